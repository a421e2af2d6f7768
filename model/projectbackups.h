// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>
#include <optional>

namespace Marginalia {

class ProjectDatabase;

/// A project's rolling backups: where they go, what they are called, when
/// one is due, which are kept, and restoring one into a new project.
///
/// Backups live beside the project in a folder NAME.backups/, or, when the
/// project's folder cannot be written, in the user's data folder under
/// backups/<hash of the project's path>/. Each is a complete, closed project
/// named NAME-YYYYMMDD-HHMMSS-REASON.marginalia (the time in UTC), made with
/// ProjectDatabase::backUpTo from the open connection. The newest keep()
/// are kept; copies written elsewhere with backUpTo(file) are never pruned.
///
/// When the last backup was made is read from the names in the folder, not
/// from the project: a restored copy does not think it is backed up.
class ProjectBackups
{
    Q_DECLARE_TR_FUNCTIONS(ProjectBackups)
public:
    enum class Reason {
        Daily,
        Migration,
        DeleteLabel,
        MergeEntities,
        RedetectQuotes,
        AnnotationImport,
        Manual,
    };
    /// The name's word: daily, migration, delete-label, ... (not translated).
    static QString reasonName(Reason reason);
    static std::optional<Reason> reasonFromName(QStringView name);
    /// For people: "Daily", "Before deleting a label", ...
    static QString reasonTitle(Reason reason);

    struct Backup
    {
        QString path;
        QDateTime time; ///< UTC, from the name
        Reason reason = Reason::Manual;
        qint64 size = 0; ///< bytes
        bool rolling = true; ///< in a backups folder, so pruned in turn
        /// Read from the file when asked for; -1 when it could not be read.
        int schemaVersion = -1;
        qint64 articles = -1;
        qint64 annotations = -1;
        qint64 quotes = -1;
        QString problem; ///< why the counts are missing, naming the file
    };

    static constexpr int DefaultKeep = 5;
    static constexpr int MaximumKeep = 1000;
    /// The project setting that holds how many backups to keep.
    static QString keepSettingKey() { return QStringLiteral("backups.keep"); }

    /// For \a projectPath, which need not exist (its backups can be listed
    /// and restored when the project itself is lost or damaged).
    explicit ProjectBackups(const QString &projectPath);

    /// Tests move time: every decision and every name uses this clock.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    /// Where backups go when the project's folder cannot be written; by
    /// default the window's data folder (AppDataLocation)/backups.
    void setDataFolder(const QString &folder) { m_dataFolder = folder; }
    static QString defaultDataFolder();

    QString projectPath() const { return m_projectPath; }
    /// NAME.backups beside the project.
    QString besideFolder() const;
    /// The data folder's backups/<hash> for this project.
    QString fallbackFolder() const;
    /// Where the next backup goes, made if needed: beside the project when
    /// that folder can be made and written, else the fallback; empty, with
    /// \a error, when neither can.
    QString targetFolder(QString *error) const;

    /// Every backup of the project, oldest first: both folders, and copies
    /// taken before a schema migration beside the project
    /// (NAME.marginalia.vN-STAMP.backup). \a withCounts opens each
    /// (read-only) for its schema version and counts.
    QVector<Backup> list(bool withCounts = false) const;
    /// The newest backup's time from the names; nullopt if there is none.
    std::optional<QDateTime> lastBackupTime() const;

    /// How many backups to keep (the project's setting, DefaultKeep unless set).
    static int keep(ProjectDatabase &database);
    static bool setKeep(ProjectDatabase &database, int count, QString *error);

    /// A daily backup is due when the project holds at least one article and
    /// the newest backup is more than 24 hours old, or there is none.
    bool isDailyBackupDue(ProjectDatabase &database) const;

    struct Outcome
    {
        bool ok = false;
        QString path; ///< the new backup
        QString error; ///< names the file
        QStringList pruned; ///< older backups removed to keep the count
    };
    /// Writes a backup of the open project now, then removes the oldest
    /// rolling ones beyond keep().
    Outcome backUp(ProjectDatabase &database, Reason reason) const;
    /// backUp(Daily) when isDailyBackupDue(); otherwise nothing (ok, no path).
    Outcome backUpIfDue(ProjectDatabase &database) const;
    /// backUp(reason) before a destructive bulk operation, unless the
    /// project holds no article (then nothing: ok, no path).
    Outcome backUpBefore(ProjectDatabase &database, Reason reason) const;
    /// Removes the oldest rolling backups in \a folder beyond \a keep, never
    /// \a spare; returns the removed paths.
    QStringList prune(const QString &folder, int keep, const QString &spare = QString()) const;

    /// The file name a backup made at \a time for \a reason gets.
    QString fileName(const QDateTime &time, Reason reason) const;
    /// NAME-restored-YYYYMMDD-HHMMSS.marginalia beside the project, a name
    /// no file has yet.
    QString defaultRestorePath(const Backup &backup) const;

    struct Restored
    {
        bool ok = false;
        QString error; ///< names the file
        qint64 articles = 0;
        qint64 annotations = 0;
        int migratedFrom = 0; ///< when the backup had an older schema
    };
    /// Restores \a backup into the new project \a newProject, which must not
    /// exist (an existing file is never replaced), then opens it through
    /// ProjectDatabase::open to prove it (checks; migration if older). A
    /// restored file that does not open is removed again.
    static Restored restore(const QString &backup, const QString &newProject);

private:
    QDateTime now() const;
    /// The rolling backups in one folder, oldest first.
    QVector<Backup> listFolder(const QString &folder) const;
    QVector<Backup> listMigrationCopies() const;
    QString baseName() const;

    QString m_projectPath; ///< absolute (canonical when it exists)
    QString m_dataFolder;
    std::function<QDateTime()> m_clock;
};

} // namespace Marginalia
