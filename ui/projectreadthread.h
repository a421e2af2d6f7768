// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "projectdatabase.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace Marginalia {

/// Reads from a project on a thread, from a connection of its own, and
/// hands the result to the thread of a context object (the window's): for
/// reads of the whole project, such as every entity or every linked
/// mention, that would hold the window for a large project. SQLite's WAL
/// gives the read one state of the file while the window goes on writing.
/// Destroying it interrupts a read under way (SQLite stops the statement)
/// and waits for the thread; that result is dropped.
template<typename Result> class ProjectReadThread
{
public:
    /// The result on the context's thread: null when the project could not
    /// be opened (\a error says why). \a ms is the read alone, without the
    /// opening, as the same read on the window's connection would take.
    using Done =
        std::function<void(std::shared_ptr<Result> result, qint64 ms, const QString &error)>;
    using Read = std::function<std::shared_ptr<Result>(ProjectDatabase &database)>;

    /// \a context must outlive this object (make it a member of the context).
    explicit ProjectReadThread(QObject *context)
        : m_context(context)
    {
    }
    ~ProjectReadThread()
    {
        {
            QMutexLocker locker(&m_reading);
            m_cancelled = true;
            if (m_database)
                m_database->interrupt();
        }
        wait();
    }
    ProjectReadThread(const ProjectReadThread &) = delete;
    ProjectReadThread &operator=(const ProjectReadThread &) = delete;

    bool isRunning() const { return m_thread != nullptr; }
    /// How the last read's open went (its result has come, or finish() returned).
    ProjectDatabase::OpenStatus openStatus() const { return m_openStatus; }
    /// Waits for a read under way; its result still follows through the
    /// context's event loop.
    void finish() { wait(); }

    /// Stops a read under way that is no longer wanted (its project was
    /// closed): SQLite stops its statement and the read ends early; \a done
    /// still follows, with whatever was read, for the caller to drop.
    void interrupt()
    {
        QMutexLocker locker(&m_reading);
        m_cancelled = true;
        if (m_database)
            m_database->interrupt();
    }

    /// Starts \a read; \a done follows through the context's event loop.
    /// One read at a time: not called while isRunning().
    void start(const QString &path, Read read, Done done, const QString &name)
    {
        Q_ASSERT(!m_thread);
        m_cancelled = false; // an interrupt() was for the read before
        m_thread.reset(
            QThread::create([this, path, read = std::move(read), done = std::move(done)] {
                std::shared_ptr<Result> result;
                QString error;
                qint64 ms = 0;
                {
                    ProjectDatabase::OpenResult opened = ProjectDatabase::open(path);
                    m_openStatus = opened.status;
                    if (opened.database) {
                        opened.database->leaveCheckpointToMainConnection();
                        opened.database->stopWhenSet(&m_cancelled);
                        if (setDatabase(opened.database.get())) {
                            QElapsedTimer timer;
                            timer.start();
                            result = read(*opened.database);
                            ms = timer.elapsed();
                        }
                        setDatabase(nullptr);
                    } else {
                        error = opened.error;
                    }
                } // closed before the window hears of it
                QMetaObject::invokeMethod(
                    m_context,
                    [this, done, result, ms, error] {
                        wait();
                        done(result, ms, error);
                    },
                    Qt::QueuedConnection);
            }));
        m_thread->setObjectName(name);
        m_thread->start();
    }

private:
    /// False when the read is no longer wanted.
    bool setDatabase(ProjectDatabase *database)
    {
        QMutexLocker locker(&m_reading);
        m_database = database;
        return !m_cancelled;
    }

    void wait()
    {
        if (m_thread) {
            m_thread->wait();
            m_thread.reset();
        }
    }

    QObject *m_context;
    std::unique_ptr<QThread> m_thread;
    QMutex m_reading; ///< guards m_database: interrupted only while it is open
    ProjectDatabase *m_database = nullptr;
    std::atomic<bool> m_cancelled { false }; ///< set on destruction
    ProjectDatabase::OpenStatus m_openStatus = ProjectDatabase::OpenStatus::Failed;
};

} // namespace Marginalia
