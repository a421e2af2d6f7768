// SPDX-License-Identifier: GPL-3.0-or-later
// marginalia-cli list: the articles, narrowed by the window's worklist
// filters (ArticleFilterMatcher), as tab-separated lines or JSON.
#include "articlefiltermatcher.h"
#include "commandline.h"
#include "exportselection.h"
#include "jsonwriter.h"
#include "projectdatabase.h"

#include <QCommandLineParser>
#include <QDir>

namespace Marginalia {

int CommandLine::runList(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QString command = QStringLiteral("list");
    const QString synopsis =
        tr("PROJECT [--status STATUS] [--from DATE] [--to DATE] [--title TEXT] [--source TEXT] "
           "[--with LABEL | --without LABEL] [--annotator NAME] [--json]");
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print a JSON array."));
    const QCommandLineOption status(
        QStringLiteral("status"), tr("Only articles with this status: todo, in-progress or done."),
        QStringLiteral("STATUS"));
    const QCommandLineOption from(
        QStringLiteral("from"),
        tr("Only articles dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD); a partial date "
           "counts when its period meets the range; undated articles are left out."),
        QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"),
                                tr("Only articles dated on or before DATE (as --from)."),
                                QStringLiteral("DATE"));
    const QCommandLineOption title(
        QStringLiteral("title"),
        tr("Only articles whose title holds TEXT, ignoring case and accents."),
        QStringLiteral("TEXT"));
    const QCommandLineOption source(
        QStringLiteral("source"),
        tr("Only articles whose source holds TEXT, ignoring case and accents."),
        QStringLiteral("TEXT"));
    const QCommandLineOption with(QStringLiteral("with"),
                                  tr("Only articles with a mention of LABEL (QUOTE: with quotes)."),
                                  QStringLiteral("LABEL"));
    const QCommandLineOption without(QStringLiteral("without"),
                                     tr("Only articles without a mention of LABEL (QUOTE: "
                                        "without quotes)."),
                                     QStringLiteral("LABEL"));
    const QCommandLineOption annotator(QStringLiteral("annotator"),
                                       tr("Only articles with a mention by NAME."),
                                       QStringLiteral("NAME"));
    const int parsed =
        parse(parser, { json, status, from, to, title, source, with, without, annotator },
              arguments, command,
              tr("List the articles: id, title, date, source, encoding, length in characters "
                 "(code points), mentions and quotes; the filters are the window's worklist "
                 "filters, and combine."),
              synopsis, 1, 1);
    if (parsed >= 0)
        return parsed;
    ArticleFilter filter;
    if (parser.isSet(status)) {
        filter.status = ExportSelection::statusFromName(parser.value(status).trimmed());
        if (!filter.status)
            return usageError(command,
                              tr("unknown status '%1' (use todo, in-progress or done)")
                                  .arg(parser.value(status)));
    }
    ExportSelection dates;
    dates.from = parser.value(from).trimmed();
    dates.to = parser.value(to).trimmed();
    QString error;
    if (!dates.validate(&error))
        return usageError(command, error);
    if (!dates.from.isEmpty())
        filter.dateFrom = ExportSelection::firstDay(dates.from);
    if (!dates.to.isEmpty())
        filter.dateTo = ExportSelection::lastDay(dates.to);
    filter.title = parser.value(title);
    filter.source = parser.value(source);
    if (parser.isSet(with) && parser.isSet(without))
        return usageError(command, tr("--with and --without cannot be given together"));
    if (parser.isSet(annotator))
        filter.annotator = parser.value(annotator);
    const std::unique_ptr<ProjectDatabase> project =
        openProject(parser.positionalArguments().first());
    if (!project)
        return Failure;
    if (parser.isSet(with) || parser.isSet(without)) {
        const QString name = parser.value(parser.isSet(with) ? with : without).trimmed();
        filter.labelPresence =
            parser.isSet(with) ? ArticleFilter::Presence::With : ArticleFilter::Presence::Without;
        if (name.compare(ExportSelection::quoteLabel(), Qt::CaseInsensitive) == 0) {
            filter.labelId = ArticleFilter::QuotesLabel;
        } else if (const std::optional<Label> label = project->labelByName(name)) {
            filter.labelId = label->id;
        } else {
            printError(tr("%1: no label named '%2'\n")
                           .arg(QDir::toNativeSeparators(project->path()), name));
            return Failure;
        }
    }
    ArticleFilterMatcher matcher(filter);
    matcher.readArticleSets(*project);
    const auto listed = [&](const ArticleSummary &article) {
        ArticleFilterMatcher::Candidate candidate;
        candidate.id = article.id;
        candidate.status = article.status;
        candidate.date = article.date;
        candidate.quoteCount = article.quoteCount;
        QString titleKey;
        QString sourceKey;
        if (matcher.needsTitleKey())
            candidate.titleKey = titleKey = ArticleFilterMatcher::normalizedKey(article.title);
        if (matcher.needsSourceKey())
            candidate.sourceKey = sourceKey = ArticleFilterMatcher::normalizedKey(article.source);
        return matcher.matches(candidate);
    };

    // Streamed: each row is printed as it is read.
    if (parser.isSet(json)) {
        print(QStringLiteral("["));
        bool first = true;
        JsonWriter row;
        project->forEachArticleSummary([&](const ArticleSummary &article) {
            if (!listed(article))
                return;
            row.clear();
            row.beginObject()
                .field(u"id", article.id)
                .field(u"title", article.title)
                .field(u"date", article.date)
                .field(u"source", article.source)
                .field(u"encoding", article.encoding)
                .field(u"characters", article.length)
                .field(u"annotations", article.annotationCount)
                .field(u"quotes", article.quoteCount)
                .endObject();
            print(first ? row.text() : QLatin1Char(',') + row.text());
            first = false;
        });
        print(QStringLiteral("]\n"));
        return Success;
    }
    // Column names are for scripts, like the JSON keys: not translated.
    print(QStringLiteral("id\ttitle\tdate\tsource\tencoding\tcharacters\tannotations\tquotes\n"));
    QString line;
    const QChar tab = QLatin1Char('\t');
    project->forEachArticleSummary([&](const ArticleSummary &article) {
        if (!listed(article))
            return;
        line.clear();
        line += QString::number(article.id) + tab + tabCell(article.title) + tab
            + tabCell(article.date) + tab + tabCell(article.source) + tab
            + tabCell(article.encoding) + tab + QString::number(article.length) + tab
            + QString::number(article.annotationCount) + tab + QString::number(article.quoteCount)
            + QLatin1Char('\n');
        print(line);
    });
    return Success;
}

} // namespace Marginalia
