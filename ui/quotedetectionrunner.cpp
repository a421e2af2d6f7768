// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotedetectionrunner.h"

#include "projectdatabase.h"
#include "projectsession.h"

#include <QElapsedTimer>
#include <QProgressDialog>
#include <QScopedValueRollback>
#include <QThread>
#include <QWidget>

#include <climits>

namespace Marginalia {

QuoteDetectionRunner::QuoteDetectionRunner(QWidget *window)
    : QObject(window)
    , m_window(window)
{
}

QuoteDetectionRunner::~QuoteDetectionRunner()
{
    m_cancelled = true;
    waitForThread();
}

void QuoteDetectionRunner::start(ProjectSession *session)
{
    Q_ASSERT(!isRunning());
    m_session = session;
    m_cancelled = false;
    m_outcome = Outcome();

    if (!m_dialog) {
        m_dialog = new QProgressDialog(m_window);
        // Shown at once: an edit the window took meanwhile could be
        // overwritten by what the thread read before it.
        m_dialog->setWindowModality(Qt::WindowModal);
        m_dialog->setMinimumDuration(0);
        m_dialog->setAutoReset(false);
        m_dialog->setAutoClose(false);
        connect(m_dialog, &QProgressDialog::canceled, this, &QuoteDetectionRunner::cancel);
        connect(this, &QuoteDetectionRunner::progress, m_dialog, [this](qint64 done, qint64 total) {
            if (!isRunning() || m_cancelled)
                return;
            const QScopedValueRollback<bool> updating(m_updatingDialog, true);
            m_dialog->setMaximum(int(qMin<qint64>(total, INT_MAX)));
            m_dialog->setValue(int(qMin<qint64>(done, INT_MAX)));
        });
    }
    m_dialog->setLabelText(tr("Detecting quotes in every article…"));
    m_dialog->setCancelButtonText(tr("Stop"));
    m_dialog->setRange(0, 0);
    m_dialog->reset();
    m_dialog->show();

    const QString path = session->path();
    m_thread.reset(QThread::create([this, path] {
        Outcome outcome = detect(path);
        {
            QMutexLocker locker(&m_outcomeLock);
            m_outcome = std::move(outcome);
        }
        QMetaObject::invokeMethod(this, &QuoteDetectionRunner::finish, Qt::QueuedConnection);
    }));
    m_thread->setObjectName(QStringLiteral("quote detection"));
    m_thread->start();
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
    QElapsedTimer sinceReport;
    sinceReport.start();
    const auto report = [this, &sinceReport](qint64 done, qint64 total) {
        if (sinceReport.elapsed() >= 50 || done == total) {
            sinceReport.restart();
            QMetaObject::invokeMethod(
                this, [this, done, total] { emit progress(done, total); }, Qt::QueuedConnection);
        }
        return !m_cancelled.load();
    };
    detection.redetectProject(&outcome.run, report, true, &outcome.error);
    outcome.damaged = detection.damaged();
    return outcome; // the connection closes before the window hears of it
}

void QuoteDetectionRunner::cancel()
{
    if (!isRunning())
        return;
    m_cancelled = true;
    waitForThread();
    deliver();
}

void QuoteDetectionRunner::waitForThread()
{
    if (m_thread) {
        m_thread->wait();
        m_thread.reset();
    }
}

void QuoteDetectionRunner::finish()
{
    if (!isRunning())
        return; // cancel() delivered it
    if (m_updatingDialog) {
        QMetaObject::invokeMethod(this, &QuoteDetectionRunner::finish, Qt::QueuedConnection);
        return;
    }
    waitForThread();
    deliver();
}

void QuoteDetectionRunner::deliver()
{
    Outcome outcome;
    {
        QMutexLocker locker(&m_outcomeLock);
        outcome = std::exchange(m_outcome, Outcome());
    }
    if (m_dialog)
        m_dialog->hide();
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
