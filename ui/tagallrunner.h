// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "occurrencetagger.h"

#include <QMutex>
#include <QObject>
#include <QPointer>

class QWidget;

namespace Marginalia {

class ModalProgressRun;
class ProjectDatabase;
class ProjectSession;

/// Tag All in the whole of a large project: the plan (every candidate
/// article read and matched, seconds at 100,000 articles) is made and stored
/// on a thread from a connection of its own, while a window-modal progress
/// dialog with Cancel keeps the window drawn and the project unchanged; the
/// window then makes what was stored one undo step. A small project is
/// tagged at once by ProjectSession::tagAll.
class TagAllRunner : public QObject
{
    Q_OBJECT
public:
    /// Projects with more articles than this are planned on a thread.
    static constexpr qint64 OnThreadAbove = 1000;

    /// \a window parents the progress dialog.
    explicit TagAllRunner(QWidget *window);
    ~TagAllRunner() override;

    bool isRunning() const;
    /// Plans \a request (from ProjectSession::tagAllRequest) for \a session's
    /// project; tagged() follows unless cancelled. One at a time.
    void start(ProjectSession *session, const OccurrenceTagger::Request &request);
    /// Stops a plan under way and waits for its thread; nothing is tagged.
    void cancel();

signals:
    /// The plan was stored: \a count new mentions (0: none to add).
    void tagged(int count, const QString &text);
    /// Something to tell the analyst: the plan could not be made or stored
    /// (nothing was), or damaged articles were left alone.
    void failed(const QString &message);
    /// Cancelled by the analyst or by cancel(): nothing was stored.
    void cancelled();

private:
    struct Outcome
    {
        bool planned = false;
        QStringList damaged;
        std::optional<QVector<Annotation>> stored; ///< in the file, committed
        QString error;
    };
    /// On the thread.
    Outcome planAndStore(ProjectDatabase &database, const OccurrenceTagger::Request &request);
    /// Hands the thread's outcome to the session and the window.
    void deliver(bool wasCancelled);

    ModalProgressRun *m_run;
    QPointer<ProjectSession> m_session;
    OccurrenceTagger::Request m_request;
    QMutex m_outcomeLock; ///< guards m_outcome, written by the thread
    Outcome m_outcome;
};

} // namespace Marginalia
