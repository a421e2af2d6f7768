// SPDX-License-Identifier: GPL-3.0-or-later
// ArticleTableImporter on a CSV or JSONL file (JSONL when the input starts
// with "{"), into a fresh project: every stored article has a text with LF
// line ends, a one-line title, a valid date or none, and quotes inside its
// text; problems come in line order; and importing the file again stores
// nothing, every row being a duplicate.
#include "articletableimporter.h"
#include "articletextparser.h"
#include "codepointindex.h"
#include "fuzzsupport.h"
#include "projectdatabase.h"

#include <QFile>

using Marginalia::ArticleTableImporter;
using Marginalia::ProjectDatabase;

namespace {

void checkProblems(const ArticleTableImporter::Report &report)
{
    qsizetype line = 0;
    for (const Marginalia::ImportProblem &problem : report.problems) {
        FUZZ_CHECK(!problem.reason.isEmpty());
        FUZZ_CHECK(problem.line >= line);
        line = problem.line;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::quietQt();
    const QByteArray bytes = Fuzz::bytes(data, size);
    QTemporaryDir scratch(Fuzz::scratchTemplate());
    FUZZ_CHECK(scratch.isValid());
    const bool jsonl = bytes.startsWith('{');
    const QString path =
        scratch.filePath(jsonl ? QStringLiteral("articles.jsonl") : QStringLiteral("articles.csv"));
    {
        QFile file(path);
        FUZZ_CHECK(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size());
    }
    const std::unique_ptr<ProjectDatabase> project = Fuzz::freshProject(scratch);
    ProjectDatabase &database = *project;

    ArticleTableImporter::Options options;
    options.batchSize = 3; // several batches, read ahead on the other thread
    const ArticleTableImporter::Report report =
        ArticleTableImporter(database, options).importFile(path);
    FUZZ_CHECK(report.error.isEmpty() && !report.cancelled);
    checkProblems(report);

    const QVector<Marginalia::ArticleSummary> summaries = database.articleSummaries();
    FUZZ_CHECK(summaries.size() == report.importedIds.size());
    for (const Marginalia::ArticleSummary &summary : summaries) {
        FUZZ_CHECK(report.importedIds.contains(summary.id));
        const std::optional<QString> text = database.articleText(summary.id);
        FUZZ_CHECK(text && !text->trimmed().isEmpty());
        FUZZ_CHECK(!text->contains(QLatin1Char('\r')) && !text->startsWith(QChar(0xFEFF)));
        FUZZ_CHECK(!summary.title.isEmpty() && !summary.title.contains(QLatin1Char('\n')));
        FUZZ_CHECK(summary.title == summary.title.trimmed());
        FUZZ_CHECK(summary.date.isEmpty()
                   || Marginalia::ArticleTextParser::isValidPartialDate(summary.date));
        FUZZ_CHECK(!summary.source.isEmpty());
        const Marginalia::CodePointIndex index(*text);
        FUZZ_CHECK(summary.length == index.codePointCount());
        for (const Marginalia::Quote &quote : database.quotes(summary.id))
            FUZZ_CHECK(quote.start >= 0 && quote.start < quote.end
                       && quote.end <= index.codePointCount());
    }

    const ArticleTableImporter::Report again =
        ArticleTableImporter(database, options).importFile(path);
    FUZZ_CHECK(again.error.isEmpty() && again.importedIds.isEmpty());
    checkProblems(again);
    FUZZ_CHECK(database.articleSummaries().size() == summaries.size());
    return 0;
}
