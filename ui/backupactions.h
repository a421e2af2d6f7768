// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace Marginalia {

class MainWindow;

/// The window's File ▸ Back Up Now and File ▸ Restore from Backup…: kept
/// out of MainWindow, which only adds the two menu entries.
class BackupActions : public QObject
{
    Q_OBJECT
public:
    explicit BackupActions(MainWindow *window);

    /// A manual backup of the open project; the status bar says where.
    void backUpNow();
    /// The Restore from Backup dialog; after a restore, offers to open the
    /// restored project in place of the open one.
    void restoreFromBackup();
    /// The same for the backups of \a projectPath, which need not be open
    /// (\a session null): a project closed because it is damaged.
    void restoreBackupOf(const QString &projectPath, class ProjectSession *session);

private:
    MainWindow *m_window;
};

} // namespace Marginalia
