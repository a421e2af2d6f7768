// SPDX-License-Identifier: GPL-3.0-or-later
// ProjectSession's backups: daily on open, before destructive bulk edits,
// and by hand, all from the window's own connection.
#include "projectsession.h"

#include <QCursor>
#include <QFileInfo>
#include <QGuiApplication>

namespace Marginalia {

namespace {

/// A large project takes a moment to copy; the cursor says so.
ProjectBackups::Outcome withWaitCursor(const std::function<ProjectBackups::Outcome()> &backUp)
{
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const ProjectBackups::Outcome outcome = backUp();
    QGuiApplication::restoreOverrideCursor();
    return outcome;
}

} // namespace

ProjectBackups ProjectSession::backups() const
{
    return ProjectBackups(path());
}

void ProjectSession::reportBackup(const ProjectBackups::Outcome &outcome,
                                  ProjectBackups::Reason reason)
{
    if (!outcome.ok)
        emit backupReported(tr("No backup was made (%1); the work goes on without it. File ▸ "
                               "Back Up Now tries again.")
                                .arg(outcome.error),
                            true);
    else if (!outcome.path.isEmpty())
        emit backupReported(
            tr("Backed up: %1 (%2)")
                .arg(QFileInfo(outcome.path).fileName(), ProjectBackups::reasonTitle(reason)),
            false);
}

void ProjectSession::backUpIfDue()
{
    const ProjectBackups policy = backups();
    if (!policy.isDailyBackupDue(*m_database))
        return;
    // A failure is reported and the project stays open: not being able to
    // write a backup is no reason to refuse the work.
    reportBackup(
        withWaitCursor([&] { return policy.backUp(*m_database, ProjectBackups::Reason::Daily); }),
        ProjectBackups::Reason::Daily);
}

void ProjectSession::backUpBefore(ProjectBackups::Reason reason)
{
    // Reported, never blocking: the edit that follows is undoable in the
    // window, and a full disk must not stop the analyst's work.
    reportBackup(withWaitCursor([&] { return backups().backUpBefore(*m_database, reason); }),
                 reason);
}

ProjectBackups::Outcome ProjectSession::backUpNow()
{
    const ProjectBackups::Outcome outcome = withWaitCursor(
        [&] { return backups().backUp(*m_database, ProjectBackups::Reason::Manual); });
    reportBackup(outcome, ProjectBackups::Reason::Manual);
    return outcome;
}

int ProjectSession::backupsToKeep()
{
    return ProjectBackups::keep(*m_database);
}

void ProjectSession::setBackupsToKeep(int count)
{
    QString error;
    stored(ProjectBackups::setKeep(*m_database, count, &error), error);
}

} // namespace Marginalia
