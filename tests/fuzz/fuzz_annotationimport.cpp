// SPDX-License-Identifier: GPL-3.0-or-later
// AnnotationFileImporter on a CSV or JSONL file (JSONL when the input starts
// with "{") into a fresh project holding the two articles below (sources
// a1.txt and a2.txt, as the seeds' exports name them): the report counts what
// is stored, everything stored lies inside its article, no article gets the
// same span and label twice, a refused file stores nothing, and importing the
// file again adds nothing.
#include "annotationfileimporter.h"
#include "codepointindex.h"
#include "fuzzsupport.h"
#include "projectdatabase.h"

#include <QFile>
#include <QSet>

using Marginalia::AnnotationFileImporter;
using Marginalia::ProjectDatabase;

namespace {

struct Counts
{
    qsizetype annotations = 0;
    qsizetype quotes = 0;
};

Counts checkStored(ProjectDatabase &database)
{
    Counts counts;
    for (const Marginalia::ArticleSummary &article : database.articleSummaries()) {
        const std::optional<QString> text = database.articleText(article.id);
        FUZZ_CHECK(text);
        const Marginalia::CodePointIndex index(*text);
        QSet<QString> keys;
        for (const Marginalia::Annotation &annotation : database.annotations(article.id)) {
            FUZZ_CHECK(annotation.start >= 0 && annotation.start < annotation.end);
            FUZZ_CHECK(annotation.end <= index.codePointCount());
            FUZZ_CHECK(!annotation.labelName.isEmpty());
            const QString key = QStringLiteral("%1:%2:%3")
                                    .arg(annotation.start)
                                    .arg(annotation.end)
                                    .arg(annotation.labelId);
            FUZZ_CHECK(!keys.contains(key));
            keys.insert(key);
            ++counts.annotations;
        }
        QSet<QString> spans;
        for (const Marginalia::Quote &quote : database.quotes(article.id)) {
            FUZZ_CHECK(quote.start >= 0 && quote.start < quote.end);
            FUZZ_CHECK(quote.end <= index.codePointCount());
            if (quote.cueStart >= 0)
                FUZZ_CHECK(quote.cueStart < quote.cueEnd && quote.cueEnd <= index.codePointCount());
            const QString key = QStringLiteral("%1:%2").arg(quote.start).arg(quote.end);
            FUZZ_CHECK(!spans.contains(key));
            spans.insert(key);
            ++counts.quotes;
        }
    }
    return counts;
}

void addArticles(ProjectDatabase &database)
{
    QVector<Marginalia::NewArticle> articles(2);
    articles[0].title = QStringLiteral("Poutine en Biélorussie");
    articles[0].source = QStringLiteral("a1.txt");
    articles[0].text = QStringLiteral(
        "Poutine en Biélorussie\n\n"
        "Le président russe Vladimir Poutine se rendra à Minsk, où l’attend Alexandre "
        "Loukachenko.\n\n"
        "« Nous sommes prêts », a déclaré le ministre. “We are ready,” Putin said.");
    articles[1].title = QStringLiteral("Émojis");
    articles[1].source = QStringLiteral("a2.txt");
    articles[1].text = QStringLiteral("Émojis 👍 et مرحبا\n"
                                      "Zelensky 🇺🇦 a parlé à l’Élysée : « Merci 🙏 ».\n");
    for (Marginalia::NewArticle &article : articles) {
        article.encoding = QStringLiteral("UTF-8");
        article.prepare();
    }
    QVector<ProjectDatabase::InsertOutcome> outcomes;
    QString error;
    FUZZ_CHECK(database.insertArticles(articles, &outcomes, &error));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::quietQt();
    const QByteArray bytes = Fuzz::bytes(data, size);
    QTemporaryDir scratch(Fuzz::scratchTemplate());
    FUZZ_CHECK(scratch.isValid());
    const QString path = scratch.filePath(bytes.startsWith('{') ? QStringLiteral("a.jsonl")
                                                                : QStringLiteral("a.csv"));
    {
        QFile file(path);
        FUZZ_CHECK(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size());
    }
    const std::unique_ptr<ProjectDatabase> project = Fuzz::freshProject(scratch);
    ProjectDatabase &database = *project;
    addArticles(database);

    const AnnotationFileImporter::Report report = AnnotationFileImporter(database).importFile(path);
    const Counts stored = checkStored(database);
    if (!report.error.isEmpty()) {
        FUZZ_CHECK(stored.annotations == 0 && stored.quotes == 0);
        FUZZ_CHECK(report.annotations == 0 && report.quotes == 0);
        return 0;
    }
    FUZZ_CHECK(stored.annotations == report.annotations);
    FUZZ_CHECK(stored.quotes == report.quotes);
    FUZZ_CHECK(report.replacedQuotes == 0); // no quote was detected in these articles
    for (const QString &label : report.createdLabels)
        FUZZ_CHECK(database.labelByName(label));

    const AnnotationFileImporter::Report again = AnnotationFileImporter(database).importFile(path);
    FUZZ_CHECK(again.error.isEmpty());
    FUZZ_CHECK(again.annotations == 0 && again.quotes == 0 && again.createdLabels.isEmpty());
    const Counts after = checkStored(database);
    FUZZ_CHECK(after.annotations == stored.annotations && after.quotes == stored.quotes);
    return 0;
}
