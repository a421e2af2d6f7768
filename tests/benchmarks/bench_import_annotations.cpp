// SPDX-License-Identifier: GPL-3.0-or-later
// Annotation import benchmark: 200,000 annotations over 10,000 generated
// articles are exported as CSV and as JSONL by our exporters (outside the
// timings), then imported with AnnotationFileImporter into fresh copies of a
// project that holds the same articles and no annotations. The baseline,
// measured in the same run on another fresh copy: the same rows, already in
// memory, inserted with one prepared SQLite C API statement in one
// transaction (no parsing, no matching, no checks, no entities).
//
// Options: --articles N (10000), --per-article N (20), --runs N (3),
// --seed N, --dir PATH, --keep.
//
// Prints figures only; it checks nothing about time, but fails if an
// import does not store every row.

#include "annotationcsvexporter.h"
#include "annotationfileimporter.h"
#include "benchsupport.h"
#include "jsonlexporter.h"
#include "projectdatabase.h"

#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <cstdio>

using namespace Marginalia;

namespace {

void fail(const char *what, const QString &detail)
{
    std::fprintf(stderr, "%s: %s\n", what, qPrintable(detail));
    std::exit(1);
}

/// Words (runs of letters and digits) as code point ranges.
QVector<std::pair<qint64, qint64>> words(const QString &text)
{
    QVector<std::pair<qint64, qint64>> result;
    qint64 codePoint = 0;
    qint64 wordStart = -1;
    for (qsizetype i = 0; i < text.size(); ++codePoint) {
        const QChar c = text.at(i);
        const bool pair =
            c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
        const bool inWord = !pair && c.isLetterOrNumber();
        if (inWord && wordStart < 0)
            wordStart = codePoint;
        else if (!inWord && wordStart >= 0) {
            result.append({ wordStart, codePoint });
            wordStart = -1;
        }
        i += pair ? 2 : 1;
    }
    if (wordStart >= 0)
        result.append({ wordStart, codePoint });
    return result;
}

struct Row
{
    qint64 article = 0;
    qint64 start = 0;
    qint64 end = 0;
    int label = 0;
    QByteArray entity;
    QByteArray note;
};

/// The articles, stored without quotes so that every exported row is an annotation.
void storeArticles(const QString &path, int count, const Bench::CorpusOptions &options,
                   QVector<QString> *texts)
{
    ProjectDatabase::OpenResult created = ProjectDatabase::create(path);
    if (!created.database)
        fail("create", created.error);
    QVector<NewArticle> batch;
    QVector<ProjectDatabase::InsertOutcome> outcomes;
    QString error;
    for (int i = 0; i < count; ++i) {
        const Bench::GeneratedArticle generated = Bench::generateArticle(i, options);
        NewArticle article;
        article.title = QString::fromUtf8(generated.title);
        article.date = QString::fromLatin1(generated.date);
        article.source = QStringLiteral("/corpus/article-%1.txt").arg(i, 6, 10, QLatin1Char('0'));
        article.encoding = QStringLiteral("UTF-8");
        article.text = QString::fromUtf8(generated.body);
        if (texts)
            texts->append(article.text);
        batch.append(std::move(article));
        if (batch.size() == 1000 || i + 1 == count) {
            if (!created.database->insertArticles(batch, &outcomes, &error))
                fail("insertArticles", error);
            batch.clear();
        }
    }
}

QVector<Row> annotate(const QString &path, const QVector<QString> &texts, int perArticle,
                      quint64 seed)
{
    ProjectDatabase::OpenResult opened = ProjectDatabase::open(path);
    if (!opened.database)
        fail("open", opened.error);
    const QStringList labels = { QStringLiteral("PER"), QStringLiteral("LOC"),
                                 QStringLiteral("ORG"), QStringLiteral("MISC") };
    const Bench::detail::WordList &nouns = Bench::detail::vocabulary().properNouns;
    Bench::Rng rng(seed);
    QVector<Row> rows;
    QVector<NewAnnotation> requests;
    for (qsizetype a = 0; a < texts.size(); ++a) {
        const auto spans = words(texts.at(a));
        for (int k = 0; k < perArticle && !spans.isEmpty(); ++k) {
            // One span in each slice of the text, one or two words long.
            const qsizetype from = spans.size() * k / perArticle;
            const qsizetype to = qMax(from + 1, spans.size() * (k + 1) / perArticle);
            const qsizetype first = from + rng.below(int(to - from));
            const qsizetype last = qMin(spans.size() - 1, first + rng.below(2));
            Row row;
            row.article = a + 1;
            row.start = spans.at(first).first;
            row.end = spans.at(last).second;
            row.label = rng.below(4);
            if (rng.chance(60))
                row.entity = nouns.at(rng.below(int(nouns.size())));
            if (rng.chance(10))
                row.note = "à vérifier, \"source proche\"";
            NewAnnotation request;
            request.articleId = row.article;
            request.start = row.start;
            request.end = row.end;
            request.labelName = labels.at(row.label);
            request.entityName = QString::fromUtf8(row.entity);
            request.note = QString::fromUtf8(row.note);
            request.annotator = QStringLiteral("camille");
            requests.append(request);
            rows.append(row);
        }
    }
    QString error;
    if (!opened.database->addAnnotations(requests, &error))
        fail("addAnnotations", error);
    return rows;
}

struct Measure
{
    double seconds = 0;
    qint64 stored = 0;
};

Measure runOurs(const QString &project, const QString &file)
{
    ProjectDatabase::OpenResult opened = ProjectDatabase::open(project);
    if (!opened.database)
        fail("open", opened.error);
    QElapsedTimer timer;
    timer.start();
    const AnnotationFileImporter::Report report =
        AnnotationFileImporter(*opened.database).importFile(file);
    Measure m;
    m.seconds = Bench::seconds(timer);
    if (report.hasProblems())
        fail("import", report.error.isEmpty() ? report.problems.first().toString() : report.error);
    m.stored = report.annotations;
    return m;
}

Measure runBaseline(const QString &project, const QVector<Row> &rows)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(project).constData(), &db, SQLITE_OPEN_READWRITE, nullptr)
        != SQLITE_OK)
        fail("baseline", QString::fromUtf8(sqlite3_errmsg(db)));
    sqlite3_exec(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL", nullptr, nullptr,
                 nullptr);
    QElapsedTimer timer;
    timer.start();
    sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    sqlite3_stmt *insert = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT INTO annotations (article_id, start, \"end\", label_id, note, "
                       "annotator, status, created_at, modified_at) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, 'camille', 0, ?6, ?6)",
                       -1, &insert, nullptr);
    const QByteArray now = "2024-03-01T10:00:00.000Z";
    Measure m;
    for (const Row &row : rows) {
        sqlite3_bind_int64(insert, 1, row.article);
        sqlite3_bind_int64(insert, 2, row.start);
        sqlite3_bind_int64(insert, 3, row.end);
        sqlite3_bind_int64(insert, 4, row.label + 1);
        sqlite3_bind_text(insert, 5, row.note.constData(), int(row.note.size()), SQLITE_STATIC);
        sqlite3_bind_text(insert, 6, now.constData(), int(now.size()), SQLITE_STATIC);
        if (sqlite3_step(insert) != SQLITE_DONE)
            fail("baseline", QString::fromUtf8(sqlite3_errmsg(db)));
        sqlite3_reset(insert);
        ++m.stored;
    }
    sqlite3_finalize(insert);
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    m.seconds = Bench::seconds(timer);
    sqlite3_close(db);
    return m;
}

QString freshCopy(const QString &templatePath, const QString &path)
{
    QFile::remove(path);
    if (!QFile::copy(templatePath, path))
        fail("copy", path);
    return path;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int articles = int(Bench::intOption("--articles", 10000));
    const int perArticle = int(Bench::intOption("--per-article", 20));
    const int runs = int(Bench::intOption("--runs", 3));
    Bench::CorpusOptions options;
    options.emoji = true;
    options.seed = quint64(Bench::intOption("--seed", qint64(options.seed)));
    const auto dir = Bench::workDir();

    // The annotated project, its exports, and a template with the same articles.
    QElapsedTimer setup;
    setup.start();
    const QString source = dir->filePath(QStringLiteral("source.marginalia"));
    const QString empty = dir->filePath(QStringLiteral("empty.marginalia"));
    QVector<QString> texts;
    storeArticles(source, articles, options, &texts);
    storeArticles(empty, articles, options, nullptr);
    const QVector<Row> rows = annotate(source, texts, perArticle, options.seed);
    const QString csv = dir->filePath(QStringLiteral("annotations.csv"));
    const QString jsonl = dir->filePath(QStringLiteral("annotations.jsonl"));
    {
        ProjectDatabase::OpenResult opened = ProjectDatabase::open(source);
        QFile csvFile(csv);
        QFile jsonlFile(jsonl);
        QString error;
        if (!opened.database || !csvFile.open(QIODevice::WriteOnly)
            || !AnnotationCsvExporter(*opened.database, CsvOptions()).write(&csvFile, &error)
            || !jsonlFile.open(QIODevice::WriteOnly)
            || !JsonlExporter(*opened.database).write(&jsonlFile, &error))
            fail("export", error);
    }
    std::printf("%d articles, %lld annotations; CSV %.1f MB, JSONL %.1f MB; setup %.1f s\n",
                articles, qint64(rows.size()), Bench::megabytes(QFileInfo(csv).size()),
                Bench::megabytes(QFileInfo(jsonl).size()), Bench::seconds(setup));

    QVector<double> ours;
    QVector<double> oursJsonl;
    QVector<double> baseline;
    const QString target = dir->filePath(QStringLiteral("target.marginalia"));
    for (int run = 0; run < runs; ++run) {
        const Measure b = runBaseline(freshCopy(empty, target), rows);
        baseline.append(b.seconds);
        const Measure c = runOurs(freshCopy(empty, target), csv);
        if (c.stored != rows.size())
            fail("csv import", QStringLiteral("stored %1 of %2").arg(c.stored).arg(rows.size()));
        ours.append(c.seconds);
        const Measure j = runOurs(freshCopy(empty, target), jsonl);
        if (j.stored != rows.size())
            fail("jsonl import", QStringLiteral("stored %1 of %2").arg(j.stored).arg(rows.size()));
        oursJsonl.append(j.seconds);
    }
    const double n = double(rows.size());
    const double b = Bench::median(baseline);
    const double c = Bench::median(ours);
    const double j = Bench::median(oursJsonl);
    std::printf("baseline (prepared INSERTs, one transaction): %s s; median %.3f s, %.0f rows/s\n",
                Bench::listSeconds(baseline).constData(), b, n / b);
    std::printf("import CSV:   %s s; median %.3f s, %.0f rows/s, %.1f MB/s, %.1fx the baseline\n",
                Bench::listSeconds(ours).constData(), c, n / c,
                Bench::megabytes(QFileInfo(csv).size()) / c, c / b);
    std::printf("import JSONL: %s s; median %.3f s, %.0f rows/s, %.1f MB/s, %.1fx the baseline\n",
                Bench::listSeconds(oursJsonl).constData(), j, n / j,
                Bench::megabytes(QFileInfo(jsonl).size()) / j, j / b);
    return 0;
}
