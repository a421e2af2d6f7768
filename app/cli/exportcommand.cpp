// SPDX-License-Identifier: GPL-3.0-or-later
// marginalia-cli export: every export format, to a file, a folder or
// standard output.
#include "commandline.h"
#include "exportjob.h"
#include "projectdatabase.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>

namespace Marginalia {

int CommandLine::runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QString synopsis =
        tr("PROJECT --format csv|articles|entities|jsonl|brat|conll|texts [--out PATH] "
           "[--bom] [--excel-safe] [--delimiter comma|semicolon|tab] [--context N] "
           "[--articles ID,...] "
           "[--status STATUS,...] [--from DATE] [--to DATE] [--labels LABEL,...]");
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file."));
    const QCommandLineOption format(
        QStringLiteral("format"),
        tr("csv: one row per annotation; articles: one row per article with counts per label; "
           "entities: one row per entity; jsonl: one article per line with its text and "
           "annotations; brat: brat standoff, <id>.txt and <id>.ann per article, in a folder; "
           "conll: CoNLL BIO, one token a line; texts: the stored texts, one <id>.txt per "
           "article, in a folder."),
        QStringLiteral("FORMAT"));
    const QCommandLineOption out(
        QStringLiteral("out"),
        tr("Write to PATH (a folder for brat and texts) instead of standard output. Files "
           "are replaced only once complete; a folder's files appear only once all are "
           "written."),
        QStringLiteral("PATH"));
    const QCommandLineOption bom(QStringLiteral("bom"),
                                 tr("CSV: start with a UTF-8 byte-order mark, so Excel reads "
                                    "the file as UTF-8."));
    const QCommandLineOption excelSafe(
        QStringLiteral("excel-safe"),
        tr("CSV: neutralise formula injection. Every text cell that starts with '=', '+', "
           "'-', '@', a tab or a carriage return gets a single quote (') in front, so Excel "
           "and LibreOffice show it as text instead of running it. Such a cell no longer "
           "equals text[start:end]: drop the one leading quote to get it back. Cells "
           "longer than Excel's 32,767 characters are reported. Numbers are never "
           "changed."));
    const QCommandLineOption delimiter(
        QStringLiteral("delimiter"),
        tr("CSV: the field separator: comma (default), semicolon or tab."),
        QStringLiteral("SEPARATOR"));
    const QCommandLineOption context(
        QStringLiteral("context"),
        tr("CSV: code points of text on each side of a span in the left_context and "
           "right_context columns (default 40, at most %1).")
            .arg(CsvOptions::MaxContextLength),
        QStringLiteral("N"));
    const QCommandLineOption articles(QStringLiteral("articles"),
                                      tr("Only these articles (ids separated by commas)."),
                                      QStringLiteral("IDS"));
    const QCommandLineOption status(
        QStringLiteral("status"),
        tr("Only articles with this status: todo, in-progress or done (several separated by "
           "commas)."),
        QStringLiteral("STATUS"));
    const QCommandLineOption from(
        QStringLiteral("from"),
        tr("Only articles dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD). An article "
           "dated only by month or year is in when that period meets the range; articles "
           "without a date are left out."),
        QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"),
                                tr("Only articles dated on or before DATE (as --from)."),
                                QStringLiteral("DATE"));
    const QCommandLineOption labels(
        QStringLiteral("labels"),
        tr("Only annotations with these labels (names separated by commas); QUOTE stands for "
           "the quotes. Without it, every label and the quotes."),
        QStringLiteral("LABELS"));
    const int parsed = parse(
        parser,
        { format, out, bom, excelSafe, delimiter, context, articles, status, from, to, labels },
        arguments, QStringLiteral("export"),
        tr("Export the project. Offsets are Unicode code points into the "
           "text as stored (and as 'texts' writes it), half-open; every "
           "format carries each article's SHA-256 text hash."),
        synopsis, 1, 1);
    if (parsed >= 0)
        return parsed;
    const QString command = QStringLiteral("export");
    const QString formatName = parser.value(format);
    const QString formatList = QStringLiteral("csv, articles, entities, jsonl, brat, conll, texts");
    if (formatName.isEmpty())
        return usageError(command, tr("--format is required (%1)").arg(formatList));
    const std::optional<ExportFormat> chosen = ExportJob::formatFromName(formatName);
    if (!chosen)
        return usageError(command, tr("unknown format '%1' (use %2)").arg(formatName, formatList));
    ExportJob::Settings settings;
    settings.format = *chosen;
    if (ExportJob::writesFolder(settings.format) && !parser.isSet(out))
        return usageError(command, tr("--format %1 needs --out FOLDER").arg(formatName));
    settings.csv.byteOrderMark = parser.isSet(bom);
    settings.csv.excelSafe = parser.isSet(excelSafe);
    if (const int refused = takeDelimiter(parser, delimiter, command, &settings.csv); refused >= 0)
        return refused;
    if (parser.isSet(context)) {
        qint64 length = 0;
        if (!parseInteger(parser.value(context), &length) || length < 0
            || length > CsvOptions::MaxContextLength)
            return usageError(command,
                              tr("--context wants a whole number from 0 to %1, not '%2'")
                                  .arg(CsvOptions::MaxContextLength)
                                  .arg(parser.value(context)));
        settings.csv.contextLength = length;
    }
    ExportSelection &selection = settings.selection;
    const auto list = [&parser](const QCommandLineOption &option) {
        return commaList(parser.value(option));
    };
    for (const QString &item : list(articles)) {
        qint64 id = 0;
        if (!parseInteger(item, &id) || id <= 0)
            return usageError(command, tr("--articles wants article ids, not '%1'").arg(item));
        selection.articleIds.append(id);
    }
    if (parser.isSet(articles) && selection.articleIds.isEmpty())
        return usageError(command, tr("--articles needs at least one article id"));
    for (const QString &item : list(status)) {
        const std::optional<ArticleStatus> value = ExportSelection::statusFromName(item);
        if (!value)
            return usageError(command,
                              tr("unknown status '%1' (use todo, in-progress or done)").arg(item));
        selection.statuses.append(*value);
    }
    selection.from = parser.value(from).trimmed();
    selection.to = parser.value(to).trimmed();
    QString error;
    if (!selection.validate(&error))
        return usageError(command, error);
    if (parser.isSet(labels)) {
        selection.labels = QStringList();
        selection.quotes = false;
        for (const QString &item : list(labels)) {
            if (item.compare(ExportSelection::quoteLabel(), Qt::CaseInsensitive) == 0)
                selection.quotes = true;
            else
                selection.labels->append(item);
        }
    }

    const std::unique_ptr<ProjectDatabase> project =
        openProject(parser.positionalArguments().first());
    if (!project)
        return Failure;
    for (const qint64 id : std::as_const(selection.articleIds)) {
        if (!project->articleSummary(id)) {
            printError(tr("%1: no article with id %2\n")
                           .arg(QDir::toNativeSeparators(project->path()))
                           .arg(id));
            return Failure;
        }
    }

    ExportJob job(*project, settings);
    bool ok = false;
    QFile standardOutput;
    if (parser.isSet(out)) {
        ok = job.write(parser.value(out), &error);
    } else {
        fflush(m_out);
        if (!standardOutput.open(m_out, QIODevice::WriteOnly)) {
            printError(tr("cannot write to standard output\n"));
            return Failure;
        }
        ok = job.write(&standardOutput, &error);
    }
    printDamage(project->path(), job.damaged());
    for (const QString &warning : job.warnings())
        printError(warning + QLatin1Char('\n'));
    if (!ok) {
        printError(error + QLatin1Char('\n'));
        return Failure;
    }
    if (standardOutput.isOpen() && !standardOutput.flush()) {
        printError(tr("cannot write to standard output (%1)\n").arg(standardOutput.errorString()));
        return Failure;
    }
    if (ExportJob::writesFolder(settings.format))
        printError(tr("Wrote %1 to %2.\n")
                       .arg(job.summary(), QDir::toNativeSeparators(parser.value(out))));
    // Written without what is damaged, and said so: not a success.
    return job.damaged().isEmpty() ? Success : Failure;
}

} // namespace Marginalia
