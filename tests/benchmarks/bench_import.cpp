// SPDX-License-Identifier: GPL-3.0-or-later
// Import benchmark: a folder of generated .txt articles imported into a new
// project (ProjectDatabase::create + TextFileImporter::importPaths), against
// a baseline measured in the same run: the same texts, already in memory,
// inserted with the SQLite C API in one transaction into an equivalent table
// (WAL, synchronous=FULL, UNIQUE SHA-256 content hash, prepared statement).
// A second baseline also keeps an FTS5 index of titles and texts, as the
// project does since schema 3 (the same tokenizer, external content).
//
// Options: --articles N (10000), --runs N (3), --seed N, --dir PATH (where
// the temporary folder goes; default: next to this executable), --keep,
// --no-quotes (import without quote detection),
// --only ours|baseline (for profiling one side).
//
// Prints figures only; it checks nothing about time.

#include "benchsupport.h"
#include "projectdatabase.h"
#include "textfileimporter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>

#include <sqlite3.h>

#include <cstdio>

using namespace Marginalia;

namespace {

struct Corpus
{
    QString folder;
    QStringList paths; ///< absolute, in generation order
    QVector<QByteArray> files; ///< the bytes of each file, for the baseline
    qint64 bytes = 0;
};

Corpus writeCorpus(const QString &folder, int count, const Bench::CorpusOptions &options)
{
    Corpus corpus;
    corpus.folder = folder;
    corpus.paths.reserve(count);
    corpus.files.reserve(count);
    for (int i = 0; i < count; ++i) {
        const Bench::GeneratedArticle article = Bench::generateArticle(i, options);
        // One subfolder per year, the way people file them.
        const QString sub = QDir(folder).filePath(QString::fromLatin1(article.date.left(4)));
        QDir().mkpath(sub);
        const QString path =
            QDir(sub).filePath(QStringLiteral("article-%1.txt").arg(i, 6, 10, QLatin1Char('0')));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(article.file) != article.file.size()) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            std::exit(1);
        }
        corpus.paths.append(path);
        corpus.files.append(article.file);
        corpus.bytes += article.file.size();
    }
    return corpus;
}

struct Measure
{
    double seconds = 0; ///< the import itself
    double closeSeconds = 0; ///< closing the connection (WAL checkpoint)
    qint64 stored = 0;
};

Measure runOurs(const QString &projectPath, const Corpus &corpus)
{
    Measure m;
    QElapsedTimer timer;
    timer.start();
    ProjectDatabase::OpenResult created = ProjectDatabase::create(projectPath);
    if (!created.database) {
        std::fprintf(stderr, "%s\n", qPrintable(created.error));
        std::exit(1);
    }
    // --no-quotes measures the import without finding quotes in each article.
    TextFileImporter::Options options;
    options.detectQuotes = !Bench::flag("--no-quotes");
    TextFileImporter importer(*created.database, options);
    const TextFileImporter::Report report = importer.importPaths({ corpus.folder });
    m.seconds = Bench::seconds(timer);
    m.stored = report.importedIds.size();
    if (report.hasProblems())
        std::printf("WARNING: the import reported %lld problems%s%s\n",
                    qlonglong(report.problems.size()),
                    report.error.isEmpty() ? "" : ", error: ", qPrintable(report.error));

    timer.restart();
    created.database.reset();
    m.closeSeconds = Bench::seconds(timer);
    return m;
}

bool exec(sqlite3 *db, const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    std::fprintf(stderr, "baseline: %s: %s\n", sql, message ? message : sqlite3_errmsg(db));
    sqlite3_free(message);
    return false;
}

qint64 codePoints(const char *data, qsizetype size)
{
    qint64 n = 0;
    for (qsizetype i = 0; i < size; ++i)
        n += (static_cast<unsigned char>(data[i]) & 0xC0) != 0x80;
    return n;
}

// The same columns as the project's articles table, with the text inline.
constexpr char BaselineSchema[] = R"sql(
CREATE TABLE articles (
    id           INTEGER PRIMARY KEY,
    title        TEXT NOT NULL,
    date         TEXT NOT NULL DEFAULT '',
    source       TEXT NOT NULL DEFAULT '',
    encoding     TEXT NOT NULL DEFAULT '',
    language     TEXT NOT NULL DEFAULT '',
    status       INTEGER NOT NULL DEFAULT 0 CHECK (status IN (0, 1, 2)),
    content_hash TEXT NOT NULL UNIQUE,
    length       INTEGER NOT NULL CHECK (length >= 0),
    imported_at  TEXT NOT NULL,
    text         TEXT NOT NULL
);
)sql";

constexpr char BaselineIndex[] = R"sql(
CREATE VIRTUAL TABLE article_search USING fts5(
    title, text, content='articles', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2');
)sql";

Measure runBaseline(const QString &path, const Corpus &corpus, bool withIndex)
{
    Measure m;
    QElapsedTimer timer;
    timer.start();
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
            != SQLITE_OK
        || !exec(db, "PRAGMA journal_mode = WAL") || !exec(db, "PRAGMA synchronous = FULL")
        || !exec(db, BaselineSchema) || (withIndex && !exec(db, BaselineIndex))
        || !exec(db, "BEGIN IMMEDIATE")) {
        std::fprintf(stderr, "baseline: %s\n", sqlite3_errmsg(db));
        std::exit(1);
    }
    sqlite3_stmt *insert = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT INTO articles (title, date, source, encoding, language, "
                       "content_hash, length, imported_at, text) "
                       "VALUES (?1, ?2, ?3, 'UTF-8', '', ?4, ?5, ?6, ?7) "
                       "ON CONFLICT (content_hash) DO NOTHING",
                       -1, &insert, nullptr);
    sqlite3_stmt *index = nullptr;
    if (withIndex)
        sqlite3_prepare_v2(db,
                           "INSERT INTO article_search (rowid, title, text) "
                           "VALUES (last_insert_rowid(), ?1, ?2)",
                           -1, &index, nullptr);
    const QByteArray now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8();
    for (qsizetype i = 0; i < corpus.files.size(); ++i) {
        const QByteArray &file = corpus.files.at(i);
        // "date YYYY-MM-DD\n", then the title line: the stored text starts there.
        const qsizetype headerEnd = file.indexOf('\n') + 1;
        const char *body = file.constData() + headerEnd;
        const qsizetype bodySize = file.size() - headerEnd;
        const qsizetype titleEnd = file.indexOf('\n', headerEnd);
        const QByteArray hash =
            QCryptographicHash::hash(QByteArrayView(body, bodySize), QCryptographicHash::Sha256)
                .toHex();
        const QByteArray source = corpus.paths.at(i).toUtf8();
        sqlite3_bind_text64(insert, 1, body, sqlite3_uint64(titleEnd - headerEnd), SQLITE_STATIC,
                            SQLITE_UTF8);
        sqlite3_bind_text64(insert, 2, file.constData() + 5, sqlite3_uint64(headerEnd - 6),
                            SQLITE_STATIC, SQLITE_UTF8);
        sqlite3_bind_text64(insert, 3, source.constData(), sqlite3_uint64(source.size()),
                            SQLITE_STATIC, SQLITE_UTF8);
        sqlite3_bind_text64(insert, 4, hash.constData(), sqlite3_uint64(hash.size()), SQLITE_STATIC,
                            SQLITE_UTF8);
        sqlite3_bind_int64(insert, 5, codePoints(body, bodySize));
        sqlite3_bind_text64(insert, 6, now.constData(), sqlite3_uint64(now.size()), SQLITE_STATIC,
                            SQLITE_UTF8);
        sqlite3_bind_text64(insert, 7, body, sqlite3_uint64(bodySize), SQLITE_STATIC, SQLITE_UTF8);
        if (sqlite3_step(insert) != SQLITE_DONE) {
            std::fprintf(stderr, "baseline: %s\n", sqlite3_errmsg(db));
            std::exit(1);
        }
        m.stored += sqlite3_changes(db);
        sqlite3_reset(insert);
        if (index) {
            sqlite3_bind_text64(index, 1, body, sqlite3_uint64(titleEnd - headerEnd), SQLITE_STATIC,
                                SQLITE_UTF8);
            sqlite3_bind_text64(index, 2, body, sqlite3_uint64(bodySize), SQLITE_STATIC,
                                SQLITE_UTF8);
            if (sqlite3_step(index) != SQLITE_DONE) {
                std::fprintf(stderr, "baseline: %s\n", sqlite3_errmsg(db));
                std::exit(1);
            }
            sqlite3_reset(index);
        }
    }
    sqlite3_finalize(insert);
    sqlite3_finalize(index);
    if (!exec(db, "COMMIT"))
        std::exit(1);
    m.seconds = Bench::seconds(timer);

    timer.restart();
    sqlite3_close(db);
    m.closeSeconds = Bench::seconds(timer);
    return m;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = int(Bench::intOption("--articles", 10000));
    const int runs = int(Bench::intOption("--runs", 3));
    const QString only = Bench::stringOption("--only");
    Bench::CorpusOptions options;
    options.seed = quint64(Bench::intOption("--seed", qint64(options.seed)));

    const std::unique_ptr<QTemporaryDir> dir = Bench::workDir();
    QElapsedTimer timer;
    timer.start();
    const Corpus corpus = writeCorpus(dir->filePath(QStringLiteral("corpus")), count, options);
    std::printf("corpus: %d articles, %.1f MB (%.0f bytes on average), written in %.2f s\n", count,
                Bench::megabytes(corpus.bytes), double(corpus.bytes) / qMax(1, count),
                Bench::seconds(timer));
    std::printf("SQLite %s, %d runs each, alternating\n\n", sqlite3_libversion(), runs);

    QVector<double> ours, oursClose, baseline, baselineClose, indexed;
    for (int run = 1; run <= runs; ++run) {
        if (only.isEmpty() || only == QLatin1String("ours")) {
            const Measure m =
                runOurs(dir->filePath(QStringLiteral("project-%1.marginalia").arg(run)), corpus);
            ours.append(m.seconds);
            oursClose.append(m.closeSeconds);
            std::printf("run %d: ours     %.3f s (+ %.3f s close), %lld articles stored\n", run,
                        m.seconds, m.closeSeconds, m.stored);
        }
        if (only.isEmpty() || only == QLatin1String("baseline")) {
            const Measure m = runBaseline(
                dir->filePath(QStringLiteral("baseline-%1.sqlite").arg(run)), corpus, false);
            baseline.append(m.seconds);
            baselineClose.append(m.closeSeconds);
            std::printf("run %d: baseline %.3f s (+ %.3f s close), %lld articles stored\n", run,
                        m.seconds, m.closeSeconds, m.stored);
            const Measure i = runBaseline(
                dir->filePath(QStringLiteral("indexed-%1.sqlite").arg(run)), corpus, true);
            indexed.append(i.seconds);
            std::printf("run %d: baseline with FTS5 index %.3f s\n", run, i.seconds);
        }
        std::fflush(stdout);
    }

    const double o = Bench::median(ours);
    const double b = Bench::median(baseline);
    const double oc = Bench::median(oursClose);
    const double bc = Bench::median(baselineClose);
    std::printf("\n== median of %d runs (MB = 10^6 bytes of input files) ==\n", runs);
    if (!ours.isEmpty())
        std::printf("import: ours %.2f s (%.0f articles/s, %.1f MB/s)", o, count / o,
                    Bench::megabytes(corpus.bytes) / o);
    if (!baseline.isEmpty())
        std::printf("; baseline %.2f s (%.0f articles/s, %.1f MB/s)", b, count / b,
                    Bench::megabytes(corpus.bytes) / b);
    if (!ours.isEmpty() && !baseline.isEmpty())
        std::printf("; ratio %.2fx", o / b);
    std::printf("\n");
    if (!ours.isEmpty() && !indexed.isEmpty())
        std::printf("baseline with the FTS5 index: %.2f s; ratio %.2fx (goal <= 1.5x)\n",
                    Bench::median(indexed), o / Bench::median(indexed));
    if (!ours.isEmpty() && !baseline.isEmpty())
        std::printf("import incl. close: ours %.2f s; baseline %.2f s; ratio %.2fx\n", o + oc,
                    b + bc, (o + oc) / (b + bc));
    std::printf("runs: ours [%s] close [%s]; baseline [%s] close [%s]\n",
                Bench::listSeconds(ours).constData(), Bench::listSeconds(oursClose).constData(),
                Bench::listSeconds(baseline).constData(),
                Bench::listSeconds(baselineClose).constData());
    return 0;
}
