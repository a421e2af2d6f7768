// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotedetectionrunner.h"

#include "modalprogressrun.h"
#include "projectdatabase.h"
#include "projectsession.h"

#include <QWidget>

namespace Marginalia {

QuoteDetectionRunner::QuoteDetectionRunner(QWidget *window)
    : QObject(window)
    , m_run(new ModalProgressRun(window, this))
{
    connect(m_run, &ModalProgressRun::ended, this, &QuoteDetectionRunner::deliver);
}

QuoteDetectionRunner::~QuoteDetectionRunner()
{
    m_run->abandon(); // the thread writes m_outcome
}

bool QuoteDetectionRunner::isRunning() const
{
    return m_run->isRunning();
}

void QuoteDetectionRunner::start(ProjectSession *session)
{
    Q_ASSERT(!isRunning());
    m_session = session;
    m_outcome = Outcome();
    const QString path = session->path();
    m_run->start(
        tr("Detecting quotes in every article…"), tr("Stop"),
        [this, path] {
            Outcome outcome = detect(path);
            QMutexLocker locker(&m_outcomeLock);
            m_outcome = std::move(outcome);
        },
        QStringLiteral("quote detection"));
}

QuoteDetectionRunner::Outcome QuoteDetectionRunner::detect(const QString &path)
{
    Outcome outcome;
    ProjectDatabase::OpenResult opened = ProjectDatabase::open(path);
    if (!opened.database) {
        outcome.error = opened.error;
        return outcome;
    }
    opened.database->leaveCheckpointToMainConnection();
    QuoteDetection detection(*opened.database);
    // Stopped between articles, not inside one: each is whole either way.
    const auto progress = [this](qint64 done, qint64 total) {
        m_run->postProgress(done, total);
        return !m_run->cancelRequested().load();
    };
    detection.redetectProject(&outcome.run, progress, true, &outcome.error);
    outcome.damaged = detection.damaged();
    return outcome; // the connection closes before the window hears of it
}

void QuoteDetectionRunner::cancel()
{
    m_run->cancel();
}

void QuoteDetectionRunner::deliver()
{
    Outcome outcome;
    {
        QMutexLocker locker(&m_outcomeLock);
        outcome = std::exchange(m_outcome, Outcome());
    }
    if (!m_session)
        return;
    const QuoteDetection::Run &run = outcome.run;
    // What the thread stored is in the file whether it ended, stopped or
    // failed: it becomes one undo step in each case.
    m_session->adoptRedetectedQuotes(run.changes, run.done, run.total);
    if (!outcome.damaged.isEmpty())
        emit failed(outcome.damaged.join(QLatin1Char('\n')));
    if (!outcome.error.isEmpty())
        emit failed(outcome.error);
    emit finished(run.done, run.total, run.changes.size(), run.stopped);
}

} // namespace Marginalia
