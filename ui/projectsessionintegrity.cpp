// SPDX-License-Identifier: GPL-3.0-or-later
// ProjectSession's background integrity check: the window opens a project
// the ledger does not trust at once and checks every page on a thread.
#include "projectsession.h"

namespace Marginalia {

void ProjectSession::checkIntegrityInBackground()
{
    if (isCheckingIntegrity() || m_database->isReadOnly())
        return; // a read-only open holds the file exclusively: no second connection
    if (!m_integrityCheck)
        m_integrityCheck = std::make_unique<ProjectReadThread<IntegrityVerdict>>(this);
    m_integrityVerdict = std::make_shared<IntegrityVerdict>();
    m_integrityCheck->start(
        path(),
        [verdict = m_integrityVerdict](ProjectDatabase &database) {
            // This connection opened deferred as well (the window's open had
            // not been checked yet), unless another process checked the file
            // meanwhile; either way the answer holds for the window's too.
            if (database.integrityCheck() == ProjectDatabase::IntegrityCheck::Deferred)
                verdict->message = database.checkIntegrity(&verdict->damaged);
            verdict->done = true;
            return verdict;
        },
        [this](std::shared_ptr<IntegrityVerdict> verdict, qint64, const QString &error) {
            if (verdict) {
                reportIntegrity(*verdict);
                return;
            }
            IntegrityVerdict failed;
            failed.damaged =
                m_integrityCheck->openStatus() == ProjectDatabase::OpenStatus::Corrupted;
            failed.message = error;
            reportIntegrity(failed);
        },
        QStringLiteral("integrity check"));
}

bool ProjectSession::isCheckingIntegrity() const
{
    return m_integrityCheck && m_integrityCheck->isRunning();
}

bool ProjectSession::waitForIntegrityCheck()
{
    if (!isCheckingIntegrity())
        return !m_integrityVerdict || !m_integrityVerdict->damaged;
    m_integrityCheck->finish(); // its report follows through the event loop
    return m_integrityVerdict->done && !m_integrityVerdict->damaged;
}

void ProjectSession::reportIntegrity(const IntegrityVerdict &verdict)
{
    // Nothing more goes into a damaged file: the log keeps what was stored.
    if (verdict.damaged)
        m_database->keepLogOnClose();
    emit integrityChecked(verdict.damaged, verdict.message);
}

} // namespace Marginalia
