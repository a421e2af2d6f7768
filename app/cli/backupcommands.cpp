// SPDX-License-Identifier: GPL-3.0-or-later
// marginalia-cli backup, backups and restore, and the automatic backups the
// other commands take: daily on open, and before destructive bulk work.
#include "commandline.h"
#include "jsonwriter.h"
#include "projectbackups.h"
#include "projectdatabase.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace Marginalia {

namespace {

QString display(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace

void CommandLine::backUpIfDue(ProjectDatabase &project)
{
    const ProjectBackups::Outcome outcome = ProjectBackups(project.path()).backUpIfDue(project);
    // A failed daily backup is reported but does not stop the command: the
    // user asked for the command, and the project itself is unharmed.
    if (!outcome.ok)
        printError(
            tr("%1; the daily backup was not made, the command goes on\n").arg(outcome.error));
}

void CommandLine::backUpBefore(ProjectDatabase &project, ProjectBackups::Reason reason)
{
    const ProjectBackups::Outcome outcome =
        ProjectBackups(project.path()).backUpBefore(project, reason);
    // Reported, not fatal: the operation goes ahead without its backup, in
    // its one transaction as ever; a full disk must not stop the work.
    if (!outcome.ok)
        printError(tr("%1; no backup before this operation, it goes on\n").arg(outcome.error));
}

int CommandLine::runBackup(const QStringList &arguments)
{
    const QString command = QStringLiteral("backup");
    QCommandLineParser parser;
    const QString synopsis = tr("PROJECT [--out FILE] [--keep N] [--json]");
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file."));
    const QCommandLineOption out(
        QStringLiteral("out"),
        tr("Write the copy to FILE, which must not exist, instead of the project's backups "
           "folder; such copies are never pruned."),
        QStringLiteral("FILE"));
    const QCommandLineOption keep(
        QStringLiteral("keep"),
        tr("Keep the newest N backups from now on (a project setting; default %1).")
            .arg(ProjectBackups::DefaultKeep),
        QStringLiteral("N"));
    const QCommandLineOption json(
        QStringLiteral("json"),
        tr("Print {project, backup, reason, articles, annotations, bytes, pruned} as JSON."));
    const int parsed = parse(
        parser, { out, keep, json }, arguments, command,
        tr("Back up the project through SQLite's backup API, safe while the window or another "
           "command has it open. Without --out the copy goes to NAME.backups/ beside the "
           "project (or the user's data folder when that cannot be written), named "
           "NAME-YYYYMMDD-HHMMSS-manual.marginalia (UTC), and the oldest backups beyond the "
           "number to keep are removed."),
        synopsis, 1, 1);
    if (parsed >= 0)
        return parsed;
    int keepCount = 0;
    if (parser.isSet(keep)) {
        if (parser.isSet(out))
            return usageError(command, tr("--keep goes with the backups folder, not --out"));
        bool ok = false;
        keepCount = parser.value(keep).toInt(&ok);
        if (!ok || keepCount < 1 || keepCount > ProjectBackups::MaximumKeep)
            return usageError(command,
                              tr("--keep wants a number from 1 to %1, not '%2'")
                                  .arg(ProjectBackups::MaximumKeep)
                                  .arg(parser.value(keep)));
    }

    const QString path = parser.positionalArguments().first();
    // No daily backup first: this command makes one anyway.
    const std::unique_ptr<ProjectDatabase> project = openProject(path, false);
    if (!project)
        return Failure;
    QString error;
    if (keepCount > 0 && !ProjectBackups::setKeep(*project, keepCount, &error)) {
        printError(tr("%1: %2\n").arg(display(path), error));
        return Failure;
    }
    ProjectBackups::Outcome outcome;
    const ProjectBackups::Reason reason = ProjectBackups::Reason::Manual;
    if (parser.isSet(out)) {
        outcome.ok = project->backUpTo(parser.value(out), &outcome.error);
        outcome.path = parser.value(out);
    } else {
        outcome = ProjectBackups(path).backUp(*project, reason);
    }
    if (!outcome.ok) {
        printError(outcome.error + QLatin1Char('\n'));
        return Failure;
    }
    // Counted in the copy, which is what the user now holds.
    const std::optional<ProjectDatabase::FileSummary> summary =
        ProjectDatabase::summarizeFile(outcome.path, &error);
    if (!summary) {
        printError(error + QLatin1Char('\n'));
        return Failure;
    }
    const qint64 bytes = QFileInfo(outcome.path).size();
    if (parser.isSet(json)) {
        JsonWriter writer;
        writer.beginObject()
            .field(u"project", display(path))
            .field(u"backup", display(outcome.path))
            .field(u"reason", ProjectBackups::reasonName(reason))
            .field(u"articles", summary->articles)
            .field(u"annotations", summary->annotations)
            .field(u"bytes", bytes)
            .beginArray(u"pruned");
        for (const QString &pruned : std::as_const(outcome.pruned))
            writer.element(display(pruned));
        writer.endArray().endObject();
        print(writer.text() + QLatin1Char('\n'));
        return Success;
    }
    print(tr("Backed up %1 to %2 (%3, %4)\n")
              .arg(display(path), display(outcome.path),
                   tr("%n article(s)", nullptr, int(summary->articles)),
                   tr("%n annotation(s)", nullptr, int(summary->annotations))));
    for (const QString &pruned : std::as_const(outcome.pruned))
        print(tr("Removed the older backup %1\n").arg(display(pruned)));
    return Success;
}

int CommandLine::runBackups(const QStringList &arguments)
{
    const QString command = QStringLiteral("backups");
    QCommandLineParser parser;
    const QString synopsis = tr("PROJECT [--json]");
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                 tr("The project file; it may be missing or damaged."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("Print a JSON array of {path, date, reason, bytes, "
                                     "schema_version, articles, annotations, quotes}."));
    const int parsed = parse(
        parser, { json }, arguments, command,
        tr("List the project's backups, oldest first: date (UTC), reason, articles, "
           "annotations, size in bytes and file. Each backup is only read; the project is not "
           "opened, so this works when it is lost or damaged."),
        synopsis, 1, 1);
    if (parsed >= 0)
        return parsed;
    const QString path = parser.positionalArguments().first();
    const ProjectBackups backups(path);
    const QVector<ProjectBackups::Backup> listed = backups.list(true);
    if (listed.isEmpty() && !QFileInfo::exists(path)) {
        printError(tr("%1: no such project, and no backups of it in %2 or %3\n")
                       .arg(display(path), display(backups.besideFolder()),
                            display(backups.fallbackFolder())));
        return Failure;
    }
    int status = Success;
    for (const ProjectBackups::Backup &backup : listed) {
        if (!backup.problem.isEmpty()) {
            printError(backup.problem + QLatin1Char('\n'));
            status = Failure;
        }
    }
    if (parser.isSet(json)) {
        JsonWriter writer;
        QString text = QStringLiteral("[");
        for (const ProjectBackups::Backup &backup : listed) {
            writer.clear();
            writer.beginObject()
                .field(u"path", display(backup.path))
                .field(u"date", isoUtc(backup.time))
                .field(u"reason", ProjectBackups::reasonName(backup.reason))
                .field(u"bytes", backup.size);
            if (backup.problem.isEmpty()) {
                writer.field(u"schema_version", qint64(backup.schemaVersion))
                    .field(u"articles", backup.articles)
                    .field(u"annotations", backup.annotations)
                    .field(u"quotes", backup.quotes);
            } else {
                writer.field(u"problem", backup.problem);
            }
            writer.endObject();
            if (text.size() > 1)
                text += QLatin1Char(',');
            text += writer.text();
        }
        print(text + QLatin1String("]\n"));
        return status;
    }
    // Column names are for scripts, like the JSON keys: not translated.
    print(QStringLiteral("date\treason\tarticles\tannotations\tbytes\tpath\n"));
    for (const ProjectBackups::Backup &backup : listed) {
        const auto count = [&backup](qint64 value) {
            return backup.problem.isEmpty() ? QString::number(value) : QStringLiteral("?");
        };
        print(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\n")
                  .arg(isoUtc(backup.time), ProjectBackups::reasonName(backup.reason),
                       count(backup.articles), count(backup.annotations))
                  .arg(backup.size)
                  .arg(display(backup.path)));
    }
    return status;
}

int CommandLine::runRestore(const QStringList &arguments)
{
    const QString command = QStringLiteral("restore");
    QCommandLineParser parser;
    const QString synopsis = tr("BACKUP NEW_PROJECT [--json]");
    parser.addPositionalArgument(QStringLiteral("BACKUP"),
                                 tr("A backup file, as 'backups' lists them."));
    parser.addPositionalArgument(QStringLiteral("NEW_PROJECT"),
                                 tr("The project file to create; it must not exist."));
    const QCommandLineOption json(
        QStringLiteral("json"),
        tr("Print {project, backup, articles, annotations, migrated_from} as JSON."));
    const int parsed = parse(
        parser, { json }, arguments, command,
        tr("Restore a backup into a new project file, then open it to check it (and upgrade "
           "it if it is older). An existing file is never replaced. The backup is only read."),
        synopsis, 2, 2);
    if (parsed >= 0)
        return parsed;
    const QString backup = parser.positionalArguments().at(0);
    const QString target = parser.positionalArguments().at(1);
    const ProjectBackups::Restored restored = ProjectBackups::restore(backup, target);
    if (!restored.ok) {
        printError(restored.error + QLatin1Char('\n'));
        return Failure;
    }
    if (parser.isSet(json)) {
        JsonWriter writer;
        writer.beginObject()
            .field(u"project", display(target))
            .field(u"backup", display(backup))
            .field(u"articles", restored.articles)
            .field(u"annotations", restored.annotations)
            .field(u"migrated_from", qint64(restored.migratedFrom))
            .endObject();
        print(writer.text() + QLatin1Char('\n'));
        return Success;
    }
    print(tr("Restored %1 into %2 (%3, %4)\n")
              .arg(display(backup), display(target),
                   tr("%n article(s)", nullptr, int(restored.articles)),
                   tr("%n annotation(s)", nullptr, int(restored.annotations))));
    if (restored.migratedFrom > 0)
        print(tr("Upgraded from schema version %1\n").arg(restored.migratedFrom));
    return Success;
}

} // namespace Marginalia
