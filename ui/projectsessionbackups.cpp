// SPDX-License-Identifier: GPL-3.0-or-later
// ProjectSession's backups: daily on open (on a thread, from a connection of
// its own), before destructive bulk edits and by hand (from the window's
// connection, since the edit waits for them).
#include "projectsession.h"

#include <QCursor>
#include <QFileInfo>
#include <QGuiApplication>
#include <QThread>

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
    finishDailyBackup();
    const ProjectBackups policy = backups();
    if (!policy.isDailyBackupDue(*m_database))
        return;
    // A failure is reported and the project stays open: not being able to
    // write a backup is no reason to refuse the work. Copying from another
    // connection reads one snapshot while the window goes on writing (WAL).
    m_dailyBackup.reset(QThread::create([this, policy, path = path()] {
        ProjectBackups::Outcome outcome;
        {
            ProjectDatabase::OpenResult opened = ProjectDatabase::open(path);
            if (opened.database) {
                opened.database->leaveCheckpointToMainConnection();
                outcome = policy.backUp(*opened.database, ProjectBackups::Reason::Daily);
            } else {
                outcome.ok = false;
                outcome.error = opened.error;
            }
        } // closed before the window hears of it
        QMetaObject::invokeMethod(
            this, [this, outcome] { reportBackup(outcome, ProjectBackups::Reason::Daily); },
            Qt::QueuedConnection);
    }));
    m_dailyBackup->setObjectName(QStringLiteral("daily backup"));
    m_dailyBackup->start();
}

void ProjectSession::finishDailyBackup()
{
    if (m_dailyBackup) {
        m_dailyBackup->wait();
        m_dailyBackup.reset();
    }
}

void ProjectSession::backUpBefore(ProjectBackups::Reason reason)
{
    finishDailyBackup(); // one writer of the backups folder at a time
    if (!copyIsSound())
        return;
    // Reported, never blocking: the edit that follows is undoable in the
    // window, and a full disk must not stop the analyst's work.
    reportBackup(withWaitCursor([&] { return backups().backUpBefore(*m_database, reason); }),
                 reason);
}

ProjectBackups::Outcome ProjectSession::backUpNow()
{
    finishDailyBackup();
    if (!copyIsSound()) {
        ProjectBackups::Outcome refused;
        refused.error = m_integrityVerdict->message;
        reportBackup(refused, ProjectBackups::Reason::Manual);
        return refused;
    }
    const ProjectBackups::Outcome outcome = withWaitCursor(
        [&] { return backups().backUp(*m_database, ProjectBackups::Reason::Manual); });
    reportBackup(outcome, ProjectBackups::Reason::Manual);
    return outcome;
}

bool ProjectSession::copyIsSound()
{
    // A copy of a damaged file would push a good backup out of the rotation.
    return withWaitCursor([this] {
               ProjectBackups::Outcome outcome;
               outcome.ok = waitForIntegrityCheck();
               return outcome;
           })
        .ok;
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
