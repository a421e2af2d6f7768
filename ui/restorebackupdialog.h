// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "projectbackups.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace Marginalia {

class ProjectSession;

/// File ▸ Restore from Backup…: the project's backups, newest first, with
/// their dates, reasons and counts; Restore asks for a new file name and
/// restores into it (never over an existing file). The dialog is accepted
/// once a backup has been restored; restoredPath() names the new project.
class RestoreBackupDialog : public QDialog
{
    Q_OBJECT
public:
    /// Lists the backups of \a projectPath; with \a session (the project
    /// open in the window), the number of backups to keep can be changed.
    RestoreBackupDialog(const QString &projectPath, ProjectSession *session,
                        QWidget *parent = nullptr);

    /// How the new file's name is chosen, from a suggestion; an empty
    /// answer cancels. A save dialog unless replaced (tests).
    using FileChooser = std::function<QString(const QString &suggested)>;
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }

    /// Restores the selected backup: asks for the file, then restores.
    void restoreSelected();
    /// Lists the backups again, keeping the selected one.
    void reload();

    QVector<ProjectBackups::Backup> backups() const { return m_backups; }
    QString restoredPath() const { return m_restored; }
    ProjectBackups::Restored restoredResult() const { return m_result; }

private:
    enum Column { DateColumn, ReasonColumn, ArticlesColumn, AnnotationsColumn, SizeColumn };
    void updateButtons();
    void showError(const QString &message);
    /// The backup of the current row; null when none.
    const ProjectBackups::Backup *selectedBackup() const;

    ProjectBackups m_policy;
    QVector<ProjectBackups::Backup> m_backups;
    QTreeWidget *m_list;
    QLabel *m_empty;
    QLabel *m_folder;
    QLabel *m_error;
    QSpinBox *m_keep = nullptr;
    QPushButton *m_restoreButton;
    FileChooser m_chooseFile;
    QString m_restored;
    ProjectBackups::Restored m_result;
};

} // namespace Marginalia
