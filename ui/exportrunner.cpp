// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportrunner.h"

#include "projectdatabase.h"

#include <QPointer>
#include <QThread>

namespace Marginalia {

ExportRunner::ExportRunner(const QString &projectPath, QObject *parent)
    : QObject(parent)
    , m_projectPath(projectPath)
{
}

ExportRunner::~ExportRunner()
{
    if (m_thread) {
        m_cancelRequested = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool ExportRunner::start(const ExportJob::Settings &settings, const QString &destination)
{
    if (m_thread)
        return false;
    m_cancelRequested = false;
    m_progressPosted = false;
    m_done = 0;
    m_total = 0;
    m_thread = QThread::create([this, path = m_projectPath, settings, destination] {
        Result result;
        result.destination = destination;
        {
            ProjectDatabase::OpenResult opened = ProjectDatabase::open(path);
            if (!opened.database) {
                result.error = opened.error;
            } else {
                opened.database->leaveCheckpointToMainConnection();
                ExportJob job(*opened.database, settings);
                job.setProgress([this](qint64 done, qint64 total) {
                    m_done = done;
                    m_total = total;
                    // Only the latest figures count: no event per article.
                    if (!m_progressPosted.exchange(true))
                        QMetaObject::invokeMethod(this, &ExportRunner::showProgress,
                                                  Qt::QueuedConnection);
                    return !m_cancelRequested.load();
                });
                result.ok = job.write(destination, &result.error);
                result.cancelled = job.wasCancelled();
                // Damaged articles first: they are what the file lacks.
                result.warnings = job.damaged() + job.warnings();
                result.summary = job.summary();
            }
        } // the connection closes before the window hears of the result
        QMetaObject::invokeMethod(
            this, [this, result] { finish(result); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("export"));
    m_thread->start();
    return true;
}

void ExportRunner::cancel()
{
    m_cancelRequested = true;
}

void ExportRunner::showProgress()
{
    m_progressPosted = false;
    if (m_thread)
        emit progressed(m_done.load(), m_total.load());
}

void ExportRunner::finish(const Result &result)
{
    if (m_thread) {
        m_thread->wait(); // only the end of the thread function is left
        delete m_thread;
        m_thread = nullptr;
    }
    m_cancelRequested = false;
    emit finished(result);
}

} // namespace Marginalia
