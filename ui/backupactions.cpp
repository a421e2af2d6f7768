// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupactions.h"

#include "mainwindow.h"
#include "projectsession.h"
#include "restorebackupdialog.h"

#include <QDir>
#include <QMessageBox>
#include <QPushButton>

namespace Marginalia {

BackupActions::BackupActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
}

void BackupActions::backUpNow()
{
    if (ProjectSession *session = m_window->session())
        session->backUpNow(); // reported in the status bar through backupReported
}

void BackupActions::restoreFromBackup()
{
    ProjectSession *session = m_window->session();
    if (!session)
        return;
    session->finishDailyBackup(); // so the list holds it whole
    restoreBackupOf(session->path(), session);
}

void BackupActions::restoreBackupOf(const QString &projectPath, ProjectSession *session)
{
    RestoreBackupDialog dialog(projectPath, session, m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.restoredPath().isEmpty())
        return;
    const ProjectBackups::Restored result = dialog.restoredResult();
    const QString path = dialog.restoredPath();
    QString text =
        tr("The backup was restored into %1 (%2, %3).")
            .arg(QDir::toNativeSeparators(path), tr("%n article(s)", nullptr, int(result.articles)),
                 tr("%n annotation(s)", nullptr, int(result.annotations)));
    if (result.migratedFrom > 0)
        text += QLatin1Char(' ')
            + tr("It was upgraded from schema version %1.").arg(result.migratedFrom);
    QMessageBox question(QMessageBox::Question, tr("Backup Restored"), text, QMessageBox::NoButton,
                         m_window);
    question.setObjectName(QStringLiteral("openRestored"));
    question.setInformativeText(
        tr("Open the restored project now? The open project is closed; nothing in it changes."));
    QPushButton *open = question.addButton(tr("&Open Restored Project"), QMessageBox::AcceptRole);
    question.addButton(tr("&Keep This Project Open"), QMessageBox::RejectRole);
    question.setDefaultButton(open);
    question.exec();
    if (question.clickedButton() == open)
        m_window->openProject(path);
}

} // namespace Marginalia
