// SPDX-License-Identifier: GPL-3.0-or-later
// marginalia-cli import: .txt files and folders, CSV and JSONL tables of
// articles, annotations from our own exports, brat standoff folders.
#include "annotationfileimporter.h"
#include "articletableimporter.h"
#include "bratimporter.h"
#include "commandline.h"
#include "inputfilecheck.h"
#include "jsonwriter.h"
#include "projectdatabase.h"
#include "textfileimporter.h"

#include <QCommandLineParser>
#include <QDir>

namespace Marginalia {

namespace {

QString display(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

void writeProblems(JsonWriter &out, const QVector<ImportProblem> &problems)
{
    const std::pair<ImportProblem::Kind, const char16_t *> kinds[] = {
        { ImportProblem::Kind::Rejected, u"rejected" },
        { ImportProblem::Kind::Skipped, u"skipped" },
        { ImportProblem::Kind::Warning, u"warnings" },
    };
    for (const auto &[kind, name] : kinds) {
        out.beginArray(name);
        for (const ImportProblem &problem : problems) {
            if (problem.kind != kind)
                continue;
            out.beginObject().field(u"path", problem.path);
            if (problem.line > 0)
                out.field(u"line", qint64(problem.line));
            out.field(u"reason", problem.reason).endObject();
        }
        out.endArray();
    }
}

} // namespace

int CommandLine::runImport(const QStringList &arguments)
{
    const QString command = QStringLiteral("import");
    QCommandLineParser parser;
    const QString synopsis = tr("PROJECT PATH... | PROJECT --annotations FILE | PROJECT --brat "
                                "FOLDER");
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file."));
    parser.addPositionalArgument(
        QStringLiteral("PATH"),
        tr("Files and folders: .txt articles (folders are searched recursively for *.txt), "
           "and tables of articles, one per row (.csv, .tsv, .jsonl, .ndjson)."),
        QStringLiteral("PATH..."));
    const QCommandLineOption maxSize(
        QStringLiteral("max-size"),
        tr("The largest article to import, in megabytes (default %1): a .txt file, a brat "
           ".txt or .ann file, or the text in one row of a table. Larger ones are rejected "
           "by name. A table of articles as a whole may hold up to %2 MB, or this size if "
           "that is more; an annotation file is read in pieces and may be of any size.")
            .arg(InputFileCheck::DefaultMaxBytes / (1024 * 1024))
            .arg(TableFileReader::DefaultMaxFileBytes / (1024 * 1024)),
        QStringLiteral("MB"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("Print the result as JSON: imported ids or counts, rejected "
                                     "and skipped files and rows with their reasons."));
    const QCommandLineOption textColumn(
        QStringLiteral("text-column"),
        tr("Tables: the column (CSV) or key (JSONL) holding the text (default: 'text')."),
        QStringLiteral("NAME"));
    const QCommandLineOption titleColumn(
        QStringLiteral("title-column"),
        tr("Tables: the title's column (default: 'title' if there is one; without one, the "
           "text's first line)."),
        QStringLiteral("NAME"));
    const QCommandLineOption dateColumn(
        QStringLiteral("date-column"),
        tr("Tables: the date's column (default: 'date'): ISO, DD/MM/YYYY, '5 December 2022', "
           "'5 décembre 2022' or RFC 2822."),
        QStringLiteral("NAME"));
    const QCommandLineOption dateOrder(
        QStringLiteral("date-order"),
        tr("Tables: how numeric dates such as 01/02/2024 read, dmy or mdy (default: dmy; a "
           "day over 12 reads one way whatever is chosen)."),
        QStringLiteral("ORDER"));
    const QCommandLineOption sourceColumn(
        QStringLiteral("source-column"),
        tr("Tables: the source's column (default: 'source'; without one the source is "
           "FILE#ID, or FILE:LINE)."),
        QStringLiteral("NAME"));
    const QCommandLineOption idColumn(QStringLiteral("id-column"),
                                      tr("Tables: the column of each row's id (default: 'id')."),
                                      QStringLiteral("NAME"));
    const QCommandLineOption delimiter(
        QStringLiteral("delimiter"),
        tr("CSV: the field separator, comma, semicolon or tab (default: found from the "
           "header)."),
        QStringLiteral("SEPARATOR"));
    const QCommandLineOption annotations(
        QStringLiteral("annotations"),
        tr("Import annotations and quotes from a CSV or JSONL export of Marginalia into the "
           "articles of this project that have the same texts."),
        QStringLiteral("FILE"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("With --annotations: csv or jsonl (default: from the "
                                       "file's extension)."),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption brat(
        QStringLiteral("brat"),
        tr("Import a brat standoff folder: each X.txt becomes an article (or is matched to "
           "the one with the same text) with the text-bound annotations and notes of X.ann."),
        QStringLiteral("FOLDER"));
    const int parsed =
        parse(parser,
              { maxSize, json, textColumn, titleColumn, dateColumn, dateOrder, sourceColumn,
                idColumn, delimiter, annotations, format, brat },
              arguments, command,
              tr("Import articles, annotations or brat folders. Plain-text articles: an "
                 "optional first-line header 'date YYYY[-MM[-DD]]' gives the date; the first "
                 "line is the title. Encodings: UTF-8, UTF-16/32 with a byte-order mark, and "
                 "legacy 8-bit encodings, detected. Rows and lines that cannot be imported "
                 "are reported with their line number; the rest is imported."),
              synopsis, 1, -1);
    if (parsed >= 0)
        return parsed;

    const QStringList positional = parser.positionalArguments();
    const bool annotationImport = parser.isSet(annotations);
    const bool bratImport = parser.isSet(brat);
    if (annotationImport && bratImport)
        return usageError(command, tr("--annotations and --brat cannot be combined"));
    if ((annotationImport || bratImport) && positional.size() > 1)
        return usageError(
            command,
            tr("--%1 takes no PATH arguments")
                .arg(annotationImport ? QStringLiteral("annotations") : QStringLiteral("brat")));
    if (!annotationImport && !bratImport && positional.size() < 2)
        return usageError(command, tr("missing arguments (expected: %1)").arg(synopsis));
    if (annotationImport || bratImport) {
        // Column options map tables of articles; here they would be ignored.
        for (const QCommandLineOption *option :
             { &textColumn, &titleColumn, &dateColumn, &dateOrder, &sourceColumn, &idColumn }) {
            if (parser.isSet(*option))
                return usageError(command,
                                  tr("--%1 is for tables of articles, not with --%2")
                                      .arg(option->names().first(),
                                           annotationImport ? QStringLiteral("annotations")
                                                            : QStringLiteral("brat")));
        }
    }

    QChar separator;
    if (parser.isSet(delimiter)) {
        const QString name = parser.value(delimiter).toLower();
        if (name == QLatin1String("comma") || name == QLatin1String(","))
            separator = QLatin1Char(',');
        else if (name == QLatin1String("semicolon") || name == QLatin1String(";"))
            separator = QLatin1Char(';');
        else if (name == QLatin1String("tab") || name == QLatin1String("\t"))
            separator = QLatin1Char('\t');
        else
            return usageError(command,
                              tr("unknown delimiter '%1' (use comma, semicolon or tab)")
                                  .arg(parser.value(delimiter)));
    }
    ArticleDate::Order order = ArticleDate::Order::DayFirst;
    if (parser.isSet(dateOrder)) {
        const QString name = parser.value(dateOrder).toLower();
        if (name == QLatin1String("mdy"))
            order = ArticleDate::Order::MonthFirst;
        else if (name != QLatin1String("dmy"))
            return usageError(
                command,
                tr("unknown date order '%1' (use dmy or mdy)").arg(parser.value(dateOrder)));
    }
    std::optional<TableFileReader::Format> tableFormat;
    if (parser.isSet(format)) {
        if (!annotationImport)
            return usageError(command, tr("--format goes with --annotations"));
        const QString name = parser.value(format).toLower();
        if (name == QLatin1String("csv"))
            tableFormat = TableFileReader::Format::Csv;
        else if (name == QLatin1String("jsonl"))
            tableFormat = TableFileReader::Format::Jsonl;
        else
            return usageError(
                command, tr("unknown format '%1' (use csv or jsonl)").arg(parser.value(format)));
    }
    // One limit for every way an article comes in; whole tables hold many.
    TextFileImporter::Options textOptions;
    if (parser.isSet(maxSize)) {
        bool ok = false;
        const double megabytes = parser.value(maxSize).toDouble(&ok);
        if (!ok || megabytes <= 0)
            return usageError(command,
                              tr("--max-size wants a positive number of megabytes, not '%1'")
                                  .arg(parser.value(maxSize)));
        textOptions.maxFileBytes = qint64(megabytes * 1024 * 1024);
    }
    const qint64 tableBytes = qMax(TableFileReader::DefaultMaxFileBytes, textOptions.maxFileBytes);

    const std::unique_ptr<ProjectDatabase> project = openProject(positional.first());
    if (!project)
        return Failure;

    if (annotationImport) {
        AnnotationFileImporter::Options options;
        options.format = tableFormat;
        options.delimiter = separator;
        backUpBefore(*project, ProjectBackups::Reason::AnnotationImport);
        AnnotationFileImporter importer(*project, options);
        const AnnotationFileImporter::Report report =
            importer.importFile(parser.value(annotations));
        for (const ImportProblem &problem : report.problems)
            printError(problem.toString() + QLatin1Char('\n'));
        if (!report.error.isEmpty())
            printError(report.error + QLatin1Char('\n'));
        if (parser.isSet(json)) {
            JsonWriter out;
            out.beginObject()
                .field(u"annotations", qint64(report.annotations))
                .field(u"quotes", qint64(report.quotes))
                .field(u"replaced_quotes", qint64(report.replacedQuotes))
                .field(u"duplicates", qint64(report.duplicates))
                .beginArray(u"created_labels");
            for (const QString &label : report.createdLabels)
                out.beginObject().field(u"name", label).endObject();
            out.endArray();
            writeProblems(out, report.problems);
            if (!report.error.isEmpty())
                out.field(u"error", report.error);
            out.endObject();
            print(out.text() + QLatin1Char('\n'));
        } else {
            QString summary = tr("Imported %n annotation(s)", nullptr, int(report.annotations))
                + tr(" and %n quote(s)", nullptr, int(report.quotes));
            if (report.replacedQuotes > 0)
                summary +=
                    tr(" (%n replacing a detected quote)", nullptr, int(report.replacedQuotes));
            summary += tr("; %n already in the project", nullptr, int(report.duplicates))
                + tr("; %n row(s) left out", nullptr, int(report.problems.size()));
            if (!report.createdLabels.isEmpty())
                summary +=
                    tr("; new labels: %1").arg(report.createdLabels.join(QLatin1String(", ")));
            print(summary + QLatin1String(".\n"));
        }
        return report.hasProblems() ? Failure : Success;
    }

    if (bratImport) {
        BratImporter::Options options;
        options.maxFileBytes = textOptions.maxFileBytes;
        BratImporter importer(*project, options);
        const BratImporter::Report report = importer.importFolder(parser.value(brat));
        for (const ImportProblem &problem : report.problems)
            printError(problem.toString() + QLatin1Char('\n'));
        if (!report.error.isEmpty())
            printError(report.error + QLatin1Char('\n'));
        if (parser.isSet(json)) {
            JsonWriter out;
            out.beginObject().beginArray(u"imported");
            for (const qint64 id : report.importedIds)
                out.element(id);
            out.endArray().beginArray(u"matched");
            for (const qint64 id : report.matchedIds)
                out.element(id);
            out.endArray()
                .field(u"annotations", qint64(report.annotations))
                .field(u"notes", qint64(report.notes))
                .field(u"duplicates", qint64(report.duplicates))
                .beginArray(u"created_labels");
            for (const QString &label : report.createdLabels)
                out.beginObject().field(u"name", label).endObject();
            out.endArray();
            writeProblems(out, report.problems);
            if (!report.error.isEmpty())
                out.field(u"error", report.error);
            out.endObject();
            print(out.text() + QLatin1Char('\n'));
        } else {
            QString summary = tr("Imported %n article(s)", nullptr, int(report.importedIds.size()))
                + tr(" (%n matched to a stored one)", nullptr, int(report.matchedIds.size()))
                + tr(" with %n annotation(s)", nullptr, int(report.annotations))
                + tr(" and %n note(s)", nullptr, int(report.notes))
                + tr("; %n already in the project", nullptr, int(report.duplicates));
            if (!report.createdLabels.isEmpty())
                summary +=
                    tr("; new labels: %1").arg(report.createdLabels.join(QLatin1String(", ")));
            print(summary + QLatin1String(".\n"));
        }
        return report.hasProblems() ? Failure : Success;
    }

    // Articles: tables one by one, then the .txt files and folders together.
    QStringList textPaths;
    QStringList tables;
    for (const QString &path : positional.mid(1)) {
        if (TableFileReader::formatForPath(path) && !QFileInfo(path).isDir())
            tables.append(path);
        else
            textPaths.append(path);
    }
    TextFileImporter::Report report;
    for (const QString &path : std::as_const(tables)) {
        ArticleTableImporter::Options options;
        options.table.delimiter = separator;
        options.table.maxFileBytes = tableBytes;
        options.dateOrder = order;
        options.maxArticleBytes = textOptions.maxFileBytes;
        const auto chosen = [&parser](const QCommandLineOption &option) {
            return parser.isSet(option) ? std::optional<QString>(parser.value(option))
                                        : std::nullopt;
        };
        options.mapping.text = chosen(textColumn);
        options.mapping.title = chosen(titleColumn);
        options.mapping.date = chosen(dateColumn);
        options.mapping.source = chosen(sourceColumn);
        options.mapping.id = chosen(idColumn);
        ArticleTableImporter importer(*project, options);
        const TextFileImporter::Report table = importer.importFile(path);
        report.importedIds += table.importedIds;
        report.problems += table.problems;
        if (!table.error.isEmpty())
            printError(tr("%1: the import of this file failed and was undone (%2)\n")
                           .arg(display(path), table.error));
        if (report.error.isEmpty())
            report.error = table.error;
    }
    if (!textPaths.isEmpty()) {
        TextFileImporter importer(*project, textOptions);
        const TextFileImporter::Report text = importer.importPaths(textPaths);
        report.importedIds += text.importedIds;
        report.problems += text.problems;
        if (!text.error.isEmpty())
            printError(tr("%1: the import failed and was undone (%2)\n")
                           .arg(display(project->path()), text.error));
        if (report.error.isEmpty())
            report.error = text.error;
    }
    qsizetype rejectedFiles = 0;
    qsizetype rejectedRows = 0;
    qsizetype skipped = 0;
    qsizetype warnings = 0;
    for (const ImportProblem &problem : std::as_const(report.problems)) {
        printError(problem.toString() + QLatin1Char('\n'));
        if (problem.kind == ImportProblem::Kind::Skipped)
            ++skipped;
        else if (problem.kind == ImportProblem::Kind::Warning)
            ++warnings;
        else
            ++(problem.line > 0 ? rejectedRows : rejectedFiles);
    }

    if (parser.isSet(json)) {
        JsonWriter out;
        out.beginObject().beginArray(u"imported");
        for (const qint64 id : std::as_const(report.importedIds))
            out.element(id);
        out.endArray();
        writeProblems(out, report.problems);
        if (!report.error.isEmpty())
            out.field(u"error", report.error);
        out.endObject();
        print(out.text() + QLatin1Char('\n'));
    } else {
        QString summary = tr("Imported %n article(s)", nullptr, int(report.importedIds.size()))
            + tr("; %n file(s) rejected", nullptr, int(rejectedFiles));
        if (rejectedRows > 0)
            summary += tr("; %n row(s) rejected", nullptr, int(rejectedRows));
        summary += tr("; %n duplicate(s) skipped", nullptr, int(skipped));
        if (warnings > 0)
            summary += tr("; %n warning(s)", nullptr, int(warnings));
        print(summary + QLatin1String(".\n"));
    }
    return report.hasProblems() ? Failure : Success;
}

} // namespace Marginalia
