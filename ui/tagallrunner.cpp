// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagallrunner.h"

#include "projectdatabase.h"
#include "projectsession.h"

#include <QElapsedTimer>
#include <QProgressDialog>
#include <QScopedValueRollback>
#include <QThread>
#include <QWidget>

#include <climits>

namespace Marginalia {

TagAllRunner::TagAllRunner(QWidget *window)
    : QObject(window)
    , m_window(window)
{
}

TagAllRunner::~TagAllRunner()
{
    m_cancelled = true;
    waitForThread();
}

void TagAllRunner::start(ProjectSession *session, const OccurrenceTagger::Request &request)
{
    Q_ASSERT(!isRunning());
    m_session = session;
    m_request = request;
    m_cancelled = false;
    m_outcome = Outcome();

    if (!m_dialog) {
        m_dialog = new QProgressDialog(m_window);
        // Shown at once, not after a delay: until it is, the window would
        // take edits that the plan, read from a snapshot, does not see.
        m_dialog->setWindowModality(Qt::WindowModal);
        m_dialog->setMinimumDuration(0);
        m_dialog->setAutoReset(false);
        m_dialog->setAutoClose(false);
        connect(m_dialog, &QProgressDialog::canceled, this, &TagAllRunner::cancel);
        // News the thread posted before a cancel must not show the dialog
        // again; and setValue() on a modal dialog runs the event loop, so
        // the run's end waits until it returns.
        connect(this, &TagAllRunner::progress, m_dialog, [this](qint64 done, qint64 total) {
            if (!isRunning() || m_cancelled)
                return;
            const QScopedValueRollback<bool> updating(m_updatingDialog, true);
            m_dialog->setMaximum(int(qMin<qint64>(total, INT_MAX)));
            m_dialog->setValue(int(qMin<qint64>(done, INT_MAX)));
        });
        connect(this, &TagAllRunner::storing, m_dialog, [this](qint64 count) {
            if (!isRunning() || m_cancelled)
                return;
            m_dialog->setLabelText(tr("Tagging %n occurrence(s)…", nullptr, int(count)));
            m_dialog->setRange(0, 0);
        });
    }
    m_dialog->setLabelText(
        tr("Looking for \"%1\" in every article…").arg(request.text.simplified()));
    m_dialog->setRange(0, 0);
    m_dialog->reset();
    m_dialog->show();

    const QString path = session->path();
    m_thread.reset(QThread::create([this, path, request] {
        Outcome outcome;
        {
            ProjectDatabase::OpenResult opened = ProjectDatabase::open(path);
            if (opened.database)
                outcome = planAndStore(*opened.database, request);
            else
                outcome.error = opened.error;
        } // closed before the window hears of it
        {
            QMutexLocker locker(&m_outcomeLock);
            m_outcome = std::move(outcome);
        }
        QMetaObject::invokeMethod(this, &TagAllRunner::finish, Qt::QueuedConnection);
    }));
    m_thread->setObjectName(QStringLiteral("tag all"));
    m_thread->start();
}

TagAllRunner::Outcome TagAllRunner::planAndStore(ProjectDatabase &database,
                                                 const OccurrenceTagger::Request &request)
{
    Outcome outcome;
    database.leaveCheckpointToMainConnection();
    database.stopWhenSet(&m_cancelled);
    OccurrenceTagger tagger(database);
    QElapsedTimer sinceReport;
    sinceReport.start();
    tagger.setProgress([this, &sinceReport](qint64 done, qint64 total) {
        if (sinceReport.elapsed() >= 50) {
            sinceReport.restart();
            QMetaObject::invokeMethod(
                this, [this, done, total] { emit progress(done, total); }, Qt::QueuedConnection);
        }
        return !m_cancelled.load();
    });
    std::optional<OccurrenceTagger::Plan> plan = tagger.plan(request, &outcome.error);
    if (!plan)
        return outcome;
    outcome.planned = true;
    outcome.damaged = plan->damaged;
    if (plan->annotations.isEmpty() || m_cancelled)
        return outcome;
    // Stored here too, in one transaction: tens of thousands of mentions
    // took seconds on the window's thread. A cancel now interrupts it and
    // SQLite rolls all of it back.
    const qint64 count = plan->annotations.size();
    QMetaObject::invokeMethod(
        this, [this, count] { emit storing(count); }, Qt::QueuedConnection);
    outcome.stored = database.addAnnotations(plan->annotations, &outcome.error);
    return outcome;
}

void TagAllRunner::cancel()
{
    if (!isRunning())
        return;
    m_cancelled = true;
    waitForThread();
    // The store may have committed before the cancel reached it: what is
    // in the file is then one undo step like any tag all.
    deliver(true);
}

void TagAllRunner::waitForThread()
{
    if (m_thread) {
        m_thread->wait();
        m_thread.reset();
    }
}

void TagAllRunner::finish()
{
    if (!isRunning())
        return; // cancel() delivered it
    if (m_updatingDialog) {
        QMetaObject::invokeMethod(this, &TagAllRunner::finish, Qt::QueuedConnection);
        return;
    }
    waitForThread();
    deliver(m_cancelled);
}

void TagAllRunner::deliver(bool wasCancelled)
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
    if (outcome.stored) {
        m_session->adoptStoredTagAll(*outcome.stored, m_request.text, m_request.labelName);
        if (!outcome.damaged.isEmpty())
            emit failed(outcome.damaged.join(QLatin1Char('\n')));
        emit tagged(int(outcome.stored->size()), m_request.text);
        return;
    }
    if (wasCancelled) {
        emit cancelled();
        return;
    }
    if (!outcome.damaged.isEmpty())
        emit failed(outcome.damaged.join(QLatin1Char('\n')));
    if (!outcome.error.isEmpty())
        emit failed(outcome.error);
    else if (outcome.planned)
        emit tagged(0, m_request.text);
}

} // namespace Marginalia
