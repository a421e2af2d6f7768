// SPDX-License-Identifier: GPL-3.0-or-later
// ProjectSession's background integrity check: the window opens a project
// the ledger does not trust at once and checks every page on a thread.
#include "projectsession.h"

namespace Marginalia {

void ProjectSession::checkIntegrityInBackground()
{
    if (m_integrityCheck && m_integrityCheck->isRunning())
        return;
    if (!m_integrityCheck)
        m_integrityCheck = std::make_unique<ProjectReadThread<QString>>(this);
    m_integrityCheck->start(
        path(),
        [](ProjectDatabase &database) {
            // This connection opened deferred as well (the window's open had
            // not been checked yet), unless another process checked the file
            // meanwhile; either way the answer holds for the window's too.
            if (database.integrityCheck() != ProjectDatabase::IntegrityCheck::Deferred)
                return std::make_shared<QString>();
            return std::make_shared<QString>(database.checkIntegrity());
        },
        [this](std::shared_ptr<QString> problem, qint64, const QString &error) {
            if (!problem)
                emit integrityChecked(false, error);
            else
                emit integrityChecked(!problem->isEmpty(), *problem);
        },
        QStringLiteral("integrity check"));
}

bool ProjectSession::isCheckingIntegrity() const
{
    return m_integrityCheck && m_integrityCheck->isRunning();
}

} // namespace Marginalia
