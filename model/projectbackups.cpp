// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectbackups.h"

#include "databasecopy.h"
#include "projectdatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimeZone>

#include <algorithm>

namespace Marginalia {

namespace {

const QString Suffix = QStringLiteral(".marginalia");
const QString StampFormat = QStringLiteral("yyyyMMdd-HHmmss");
constexpr qint64 Day = 24 * 60 * 60;

QString display(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

const std::pair<ProjectBackups::Reason, const char *> ReasonNames[] = {
    { ProjectBackups::Reason::Daily, "daily" },
    { ProjectBackups::Reason::Migration, "migration" },
    { ProjectBackups::Reason::DeleteLabel, "delete-label" },
    { ProjectBackups::Reason::MergeEntities, "merge-entities" },
    { ProjectBackups::Reason::RedetectQuotes, "redetect-quotes" },
    { ProjectBackups::Reason::AnnotationImport, "annotation-import" },
    { ProjectBackups::Reason::Manual, "manual" },
};

// NAME-YYYYMMDD-HHMMSS-REASON[-N].marginalia; -N only when two backups of
// one reason fall in the same second.
const QRegularExpression &rollingName()
{
    static const QRegularExpression pattern(
        QStringLiteral("^.+-(\\d{8})-(\\d{6})-(daily|migration|delete-label|merge-entities|"
                       "redetect-quotes|annotation-import|manual)(?:-(\\d+))?\\.marginalia$"));
    return pattern;
}

QDateTime utcFromStamp(const QString &date, const QString &time)
{
    const QDateTime parsed =
        QDateTime(QDate::fromString(date, QStringLiteral("yyyyMMdd")),
                  QTime::fromString(time, QStringLiteral("HHmmss")), QTimeZone::utc());
    return parsed.isValid() ? parsed : QDateTime();
}

void sortOldestFirst(QVector<ProjectBackups::Backup> &backups)
{
    std::stable_sort(backups.begin(), backups.end(),
                     [](const ProjectBackups::Backup &a, const ProjectBackups::Backup &b) {
                         if (a.time != b.time)
                             return a.time < b.time;
                         // NAME-...-daily before NAME-...-daily-2: shorter first.
                         const QString x = QFileInfo(a.path).fileName();
                         const QString y = QFileInfo(b.path).fileName();
                         return x.size() != y.size() ? x.size() < y.size() : x < y;
                     });
}

} // namespace

QString ProjectBackups::reasonName(Reason reason)
{
    for (const auto &[r, name] : ReasonNames) {
        if (r == reason)
            return QLatin1String(name);
    }
    return QString();
}

std::optional<ProjectBackups::Reason> ProjectBackups::reasonFromName(QStringView name)
{
    for (const auto &[r, text] : ReasonNames) {
        if (name == QLatin1String(text))
            return r;
    }
    return std::nullopt;
}

QString ProjectBackups::reasonTitle(Reason reason)
{
    switch (reason) {
    case Reason::Daily:
        return tr("Daily");
    case Reason::Migration:
        return tr("Before a schema upgrade");
    case Reason::DeleteLabel:
        return tr("Before deleting a label");
    case Reason::MergeEntities:
        return tr("Before merging entities");
    case Reason::RedetectQuotes:
        return tr("Before detecting quotes again");
    case Reason::AnnotationImport:
        return tr("Before importing annotations");
    case Reason::Manual:
        return tr("Manual");
    }
    return QString();
}

ProjectBackups::ProjectBackups(const QString &projectPath)
    : m_dataFolder(defaultDataFolder())
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    // One project, one fallback folder, however it was named when opened.
    const QFileInfo info(projectPath);
    const QString canonical = info.canonicalFilePath();
    m_projectPath = canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

QString ProjectBackups::defaultDataFolder()
{
    // The window's AppDataLocation (organisation and application both
    // "Marginalia"), spelled out so that marginalia-cli, another
    // application name, finds the same folder.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("Marginalia/Marginalia/backups"));
}

QDateTime ProjectBackups::now() const
{
    return m_clock().toUTC();
}

QString ProjectBackups::baseName() const
{
    const QFileInfo info(m_projectPath);
    return info.suffix().compare(QLatin1String("marginalia"), Qt::CaseInsensitive) == 0
        ? info.completeBaseName()
        : info.fileName();
}

QString ProjectBackups::besideFolder() const
{
    return QFileInfo(m_projectPath).absoluteDir().filePath(baseName() + QLatin1String(".backups"));
}

QString ProjectBackups::fallbackFolder() const
{
    const QByteArray hash =
        QCryptographicHash::hash(QFile::encodeName(m_projectPath), QCryptographicHash::Sha256)
            .toHex()
            .left(16);
    return QDir(m_dataFolder).filePath(QString::fromLatin1(hash));
}

QString ProjectBackups::targetFolder(QString *error) const
{
    const QString beside = besideFolder();
    const QFileInfo besideInfo(beside);
    if (besideInfo.isDir()
            ? besideInfo.isWritable()
            : !besideInfo.exists() && QDir().mkdir(beside) && QFileInfo(beside).isWritable())
        return beside;
    const QString fallback = fallbackFolder();
    if (QDir().mkpath(fallback) && QFileInfo(fallback).isWritable())
        return fallback;
    if (error)
        *error = tr("%1: cannot make a folder for backups, nor %2")
                     .arg(display(beside), display(fallback));
    return QString();
}

QVector<ProjectBackups::Backup> ProjectBackups::listFolder(const QString &folder) const
{
    QVector<Backup> backups;
    const QDir dir(folder);
    if (folder.isEmpty() || !dir.exists())
        return backups;
    const QFileInfoList files =
        dir.entryInfoList({ QLatin1Char('*') + Suffix }, QDir::Files, QDir::Name);
    for (const QFileInfo &file : files) {
        const QRegularExpressionMatch match = rollingName().match(file.fileName());
        if (!match.hasMatch())
            continue;
        Backup backup;
        backup.time = utcFromStamp(match.captured(1), match.captured(2));
        if (!backup.time.isValid())
            continue;
        backup.path = file.absoluteFilePath();
        backup.reason = *reasonFromName(match.captured(3));
        backup.size = file.size();
        backups.append(backup);
    }
    sortOldestFirst(backups);
    return backups;
}

QVector<ProjectBackups::Backup> ProjectBackups::listMigrationCopies() const
{
    // ProjectDatabase::open's copies before a migration: PATH.vN-STAMP[-N].backup.
    QVector<Backup> backups;
    const QFileInfo project(m_projectPath);
    const QRegularExpression pattern(
        QLatin1Char('^') + QRegularExpression::escape(project.fileName())
        + QStringLiteral("\\.v\\d+-(\\d{8})-(\\d{6})(?:-\\d+)?\\.backup$"));
    const QFileInfoList files = project.absoluteDir().entryInfoList(
        { project.fileName() + QLatin1String(".v*.backup") }, QDir::Files, QDir::Name);
    for (const QFileInfo &file : files) {
        const QRegularExpressionMatch match = pattern.match(file.fileName());
        if (!match.hasMatch())
            continue;
        Backup backup;
        backup.time = utcFromStamp(match.captured(1), match.captured(2));
        if (!backup.time.isValid())
            continue;
        backup.path = file.absoluteFilePath();
        backup.reason = Reason::Migration;
        backup.size = file.size();
        backup.rolling = false;
        backups.append(backup);
    }
    return backups;
}

QVector<ProjectBackups::Backup> ProjectBackups::list(bool withCounts) const
{
    QVector<Backup> backups = listFolder(besideFolder()) + listFolder(fallbackFolder());
    backups += listMigrationCopies();
    sortOldestFirst(backups);
    if (withCounts) {
        for (Backup &backup : backups) {
            QString error;
            const std::optional<ProjectDatabase::FileSummary> summary =
                ProjectDatabase::summarizeFile(backup.path, &error);
            if (!summary) {
                backup.problem = error;
                continue;
            }
            backup.schemaVersion = summary->schemaVersion;
            backup.articles = summary->articles;
            backup.annotations = summary->annotations;
            backup.quotes = summary->quotes;
        }
    }
    return backups;
}

std::optional<QDateTime> ProjectBackups::lastBackupTime() const
{
    const QVector<Backup> backups = list();
    if (backups.isEmpty())
        return std::nullopt;
    return backups.last().time;
}

int ProjectBackups::keep(ProjectDatabase &database)
{
    bool ok = false;
    const int count = database.setting(keepSettingKey()).toInt(&ok);
    return ok && count >= 1 && count <= MaximumKeep ? count : DefaultKeep;
}

bool ProjectBackups::setKeep(ProjectDatabase &database, int count, QString *error)
{
    if (count < 1 || count > MaximumKeep) {
        if (error)
            *error = tr("keep between 1 and %1 backups, not %2").arg(MaximumKeep).arg(count);
        return false;
    }
    return database.setSetting(keepSettingKey(), QString::number(count), error);
}

bool ProjectBackups::isDailyBackupDue(ProjectDatabase &database) const
{
    // An empty project has nothing to lose.
    if (!database.hasArticles())
        return false;
    // A name more than a day in the future means the clock was wrong then
    // (or is now): waiting for it would mean no backups for that long, so
    // such names do not count.
    const QDateTime current = now();
    const QVector<Backup> backups = list();
    for (auto backup = backups.crbegin(); backup != backups.crend(); ++backup) {
        const qint64 age = backup->time.secsTo(current);
        if (age >= -Day)
            return age > Day;
    }
    return true;
}

QString ProjectBackups::fileName(const QDateTime &time, Reason reason) const
{
    return QStringLiteral("%1-%2-%3%4")
        .arg(baseName(), time.toUTC().toString(StampFormat), reasonName(reason), Suffix);
}

ProjectBackups::Outcome ProjectBackups::backUp(ProjectDatabase &database, Reason reason) const
{
    Outcome outcome;
    const QString folder = targetFolder(&outcome.error);
    if (folder.isEmpty())
        return outcome;
    const QDateTime time = now();
    const QDir dir(folder);
    QString path = dir.filePath(fileName(time, reason));
    for (int n = 2; QFileInfo::exists(path); ++n) {
        path = dir.filePath(QStringLiteral("%1-%2-%3-%4%5")
                                .arg(baseName(), time.toString(StampFormat), reasonName(reason))
                                .arg(n)
                                .arg(Suffix));
    }
    if (!database.backUpTo(path, &outcome.error))
        return outcome;
    outcome.ok = true;
    outcome.path = path;
    outcome.pruned = prune(folder, keep(database), path);
    return outcome;
}

ProjectBackups::Outcome ProjectBackups::backUpIfDue(ProjectDatabase &database) const
{
    if (!isDailyBackupDue(database)) {
        Outcome nothing;
        nothing.ok = true;
        return nothing;
    }
    return backUp(database, Reason::Daily);
}

ProjectBackups::Outcome ProjectBackups::backUpBefore(ProjectDatabase &database, Reason reason) const
{
    if (!database.hasArticles()) {
        Outcome nothing;
        nothing.ok = true;
        return nothing;
    }
    return backUp(database, reason);
}

QStringList ProjectBackups::prune(const QString &folder, int keep, const QString &spare) const
{
    QStringList removed;
    QVector<Backup> backups = listFolder(folder);
    qsizetype excess = backups.size() - qMax(1, keep);
    for (const Backup &backup : std::as_const(backups)) {
        if (excess <= 0)
            break;
        if (backup.path == spare)
            continue;
        if (QFile::remove(backup.path)) {
            removed.append(backup.path);
            --excess;
        }
    }
    // What a crash in the middle of a backup left; a day old, so that it is
    // not another process's copy in progress.
    const QFileInfoList partial = QDir(folder).entryInfoList(
        { DatabaseCopy::temporaryPrefix() + QLatin1Char('*') }, QDir::Files | QDir::Hidden);
    for (const QFileInfo &file : partial) {
        if (file.lastModified().secsTo(QDateTime::currentDateTime()) > Day)
            QFile::remove(file.absoluteFilePath());
    }
    return removed;
}

QString ProjectBackups::defaultRestorePath(const Backup &backup) const
{
    const QDir dir = QFileInfo(m_projectPath).absoluteDir();
    const QString stem =
        QStringLiteral("%1-restored-%2").arg(baseName(), backup.time.toUTC().toString(StampFormat));
    QString path = dir.filePath(stem + Suffix);
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir.filePath(QStringLiteral("%1-%2%3").arg(stem).arg(n).arg(Suffix));
    return path;
}

ProjectBackups::Restored ProjectBackups::restore(const QString &backup, const QString &newProject)
{
    Restored restored;
    if (QFileInfo::exists(newProject)) {
        restored.error = tr("%1: a file of that name already exists; a backup is only restored "
                            "into a new file")
                             .arg(display(newProject));
        return restored;
    }
    if (!ProjectDatabase::copyFile(backup, newProject, &restored.error))
        return restored;
    // The copy is proven the way every project is: the checks of open(),
    // and a migration when the backup is older than this version.
    ProjectDatabase::OpenResult opened = ProjectDatabase::open(newProject);
    if (!opened.database) {
        restored.error = tr("%1 (restored from %2); the restored file was removed")
                             .arg(opened.error, display(backup));
        for (const char *suffix : { "", "-wal", "-shm" })
            QFile::remove(newProject + QLatin1String(suffix));
        return restored;
    }
    restored.articles = opened.database->articleCount();
    restored.annotations = opened.database->annotationCount();
    restored.migratedFrom = opened.migratedFrom;
    restored.ok = true;
    return restored;
}

} // namespace Marginalia
