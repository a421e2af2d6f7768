// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagallrunner.h"

#include "modalprogressrun.h"
#include "projectdatabase.h"
#include "projectsession.h"

#include <QWidget>

#include <climits>

namespace Marginalia {

TagAllRunner::TagAllRunner(QWidget *window)
    : QObject(window)
    , m_run(new ModalProgressRun(window, this))
{
    connect(m_run, &ModalProgressRun::ended, this, &TagAllRunner::deliver);
}

TagAllRunner::~TagAllRunner()
{
    m_run->abandon(); // the thread writes m_outcome
}

bool TagAllRunner::isRunning() const
{
    return m_run->isRunning();
}

void TagAllRunner::start(ProjectSession *session, const OccurrenceTagger::Request &request)
{
    Q_ASSERT(!isRunning());
    m_session = session;
    m_request = request;
    m_outcome = Outcome();
    const QString path = session->path();
    m_run->start(
        tr("Looking for \"%1\" in every article…").arg(request.text.simplified()), QString(),
        [this, path, request] {
            Outcome outcome;
            {
                ProjectDatabase::OpenResult opened = ProjectDatabase::open(path);
                if (opened.database)
                    outcome = planAndStore(*opened.database, request);
                else
                    outcome.error = opened.error;
            } // closed before the window hears of it
            QMutexLocker locker(&m_outcomeLock);
            m_outcome = std::move(outcome);
        },
        QStringLiteral("tag all"));
}

TagAllRunner::Outcome TagAllRunner::planAndStore(ProjectDatabase &database,
                                                 const OccurrenceTagger::Request &request)
{
    Outcome outcome;
    database.leaveCheckpointToMainConnection();
    database.stopWhenSet(&m_run->cancelRequested());
    OccurrenceTagger tagger(database);
    tagger.setProgress([this](qint64 done, qint64 total) {
        m_run->postProgress(done, total);
        return !m_run->cancelRequested().load();
    });
    std::optional<OccurrenceTagger::Plan> plan = tagger.plan(request, &outcome.error);
    if (!plan)
        return outcome;
    outcome.planned = true;
    outcome.damaged = plan->damaged;
    if (plan->annotations.isEmpty() || m_run->cancelRequested())
        return outcome;
    // Stored here too, in one transaction: tens of thousands of mentions
    // took seconds on the window's thread. A cancel now interrupts it and
    // SQLite rolls all of it back.
    m_run->postBusy(tr("Tagging %n occurrence(s)…", nullptr,
                       int(qMin<qsizetype>(plan->annotations.size(), INT_MAX))));
    outcome.stored = database.addAnnotations(plan->annotations, &outcome.error);
    return outcome;
}

void TagAllRunner::cancel()
{
    // The store may have committed before the cancel reached it: what is
    // in the file is then one undo step like any tag all.
    m_run->cancel();
}

void TagAllRunner::deliver(bool wasCancelled)
{
    Outcome outcome;
    {
        QMutexLocker locker(&m_outcomeLock);
        outcome = std::exchange(m_outcome, Outcome());
    }
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
