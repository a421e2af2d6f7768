// SPDX-License-Identifier: GPL-3.0-or-later
// Scale benchmark: generated projects of 1,000, 10,000 and 100,000 articles
// (20 mentions each, quotes as detected; benchscaleproject.h), measured end
// to end as a user meets them, each figure beside a baseline measured in the
// same run:
//   window   `marginalia --screenshot` (start, open, list, first article,
//            paint, exit), wall time and peak memory; baseline: the same on
//            a 1-article project
//   list     `marginalia-cli list`; baseline: the SQLite C API running the
//            list's own SELECT
//   export   `marginalia-cli export --format csv`; baseline: the C API
//            writing the same annotation rows as plain CSV
//   quotes   `marginalia-cli quotes --article` (one article in the middle),
//   annotate `marginalia-cli annotate` (adds one mention to it): baselines
//            are the same commands on the 1-article project
//   forms    the wordings suggestions are built from, as the window reads
//            them; baseline: recounting them from every mention
//   detect   `marginalia-cli quotes --redetect` (every article, with the
//            backup made before it); baseline: the detector alone over every
//            text read with the C API, nothing stored
//   import   `marginalia-cli import --annotations` of the project's CSV
//            export into a copy of the project without annotations, quotes
//            or entities, wall time and peak memory; baseline: SQLite
//            copying the same rows between the two files. Then the copy is
//            exported again and the two CSV files compared row by row.
//
// The projects are kept in --dir (default: beside the executable) and reused
// by later runs; the first run makes them (100,000 articles: a few minutes).
//
// Options: --articles 1000,10000,100000  --runs N (3)  --seed N  --dir PATH
//          --json FILE  --only window|list|export|quotes|annotate|forms|detect|import
//
// Prints figures only; it checks nothing about time.

#include "benchroundtrip.h"
#include "benchscaleproject.h"
#include "benchsupport.h"
#include "projectdatabase.h"
#include "quotedetector.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

using namespace Marginalia;

namespace {

struct Child
{
    double seconds = 0;
    qint64 peakKiB = 0;
    int status = -1;
};

/// Runs \a program with \a args, standard output into \a output, and waits:
/// wait4() gives this child's own peak memory.
Child run(const QString &program, const QStringList &args, const QString &output)
{
    QVector<QByteArray> storage { QFile::encodeName(program) };
    for (const QString &arg : args)
        storage.append(arg.toUtf8());
    QVector<char *> argv;
    for (QByteArray &arg : storage)
        argv.append(arg.data());
    argv.append(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    const QByteArray out = QFile::encodeName(output);
    posix_spawn_file_actions_addopen(&actions, 1, out.constData(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0644);
    Child child;
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    if (posix_spawn(&pid, argv.first(), &actions, nullptr, argv.data(), environ) != 0) {
        posix_spawn_file_actions_destroy(&actions);
        BenchExport::fail("spawn", program);
    }
    posix_spawn_file_actions_destroy(&actions);
    int status = 0;
    rusage usage {};
    wait4(pid, &status, 0, &usage);
    child.seconds = Bench::seconds(timer);
    child.peakKiB = usage.ru_maxrss;
    child.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    if (child.status != 0)
        std::fprintf(stderr, "%s %s: exit status %d\n", qPrintable(program),
                     qPrintable(args.join(QLatin1Char(' '))), child.status);
    return child;
}

/// The list's own SELECT through the C API, every column read.
double bareList(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    sqlite3 *db = nullptr;
    sqlite3_stmt *q = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_prepare_v2(db,
                       "SELECT a.id, a.title, a.date, a.source, a.encoding, a.language, a.status, "
                       "a.content_hash, a.length, a.imported_at, "
                       "(SELECT count(*) FROM annotations n WHERE n.article_id = a.id) "
                       "FROM articles a ORDER BY a.id",
                       -1, &q, nullptr);
    qint64 bytes = 0;
    while (sqlite3_step(q) == SQLITE_ROW) {
        for (int i = 0; i < 11; ++i)
            bytes += sqlite3_column_bytes(q, i);
    }
    sqlite3_finalize(q);
    sqlite3_close(db);
    return bytes > 0 ? Bench::seconds(timer) : -1;
}

/// Every mention's wording recounted, as suggestions were read before
/// schema version 5.
double recountForms(const QString &path, qint64 *rows)
{
    QElapsedTimer timer;
    timer.start();
    sqlite3 *db = nullptr;
    sqlite3_stmt *q = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_prepare_v2(db,
                       "SELECT e.id, e.label_id, substr(t.text, n.start + 1, n.\"end\" - n.start) "
                       "AS form, count(*) FROM annotations n JOIN entities e ON e.id = "
                       "n.entity_id JOIN article_texts t ON t.article_id = n.article_id "
                       "GROUP BY e.id, form ORDER BY e.id",
                       -1, &q, nullptr);
    *rows = 0;
    while (sqlite3_step(q) == SQLITE_ROW)
        ++*rows;
    sqlite3_finalize(q);
    sqlite3_close(db);
    return Bench::seconds(timer);
}

double readForms(const QString &path, qint64 *rows)
{
    QElapsedTimer timer;
    ProjectDatabase::OpenResult opened = ProjectDatabase::open(path);
    if (!opened.database)
        BenchExport::fail("open", opened.error);
    timer.start();
    *rows = opened.database->entityMentionForms().size();
    return Bench::seconds(timer);
}

/// The quote detector alone over every article's text, read with the C
/// API; returns the seconds and sets \a found to the quotes found.
double bareDetection(const QString &path, qint64 *found)
{
    QElapsedTimer timer;
    timer.start();
    sqlite3 *db = nullptr;
    sqlite3_stmt *q = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_prepare_v2(db, "SELECT text FROM article_texts ORDER BY article_id", -1, &q, nullptr);
    const QuoteDetector detector;
    *found = 0;
    while (sqlite3_step(q) == SQLITE_ROW) {
        const QString text = QString::fromUtf8(static_cast<const char *>(sqlite3_column_blob(q, 0)),
                                               sqlite3_column_bytes(q, 0));
        *found += detector.detect(text, {}).size();
    }
    sqlite3_finalize(q);
    sqlite3_close(db);
    return Bench::seconds(timer);
}

struct Row
{
    QString what;
    int articles = 0;
    QVector<double> ours; ///< seconds, one per run
    QVector<double> baseline;
    qint64 peakKiB = 0; ///< the largest over the runs, 0 when not measured
    QString goal;
};

/// Exports the project as CSV, imports the file into a copy without
/// annotations (timed, with its peak memory, beside the baseline), exports
/// the copy and compares the two files.
void roundTrip(const QString &cli, const QString &project, const QString &folder,
               const QString &sink, Row *row)
{
    const QString bare = BenchRoundTrip::annotationFreeCopy(project);
    const QString first = QDir(folder).filePath(QStringLiteral("round-trip-1.csv"));
    const QString second = QDir(folder).filePath(QStringLiteral("round-trip-2.csv"));
    const QString target = QDir(folder).filePath(QStringLiteral("round-trip.marginalia"));
    const QString csv = QStringLiteral("csv");
    if (run(cli,
            { QStringLiteral("export"), project, QStringLiteral("--format"), csv,
              QStringLiteral("--out"), first },
            sink)
            .status
        != 0)
        BenchExport::fail("export", project);
    BenchRoundTrip::copyFile(bare, target);
    const Child ours = run(
        cli, { QStringLiteral("import"), target, QStringLiteral("--annotations"), first }, sink);
    if (ours.status != 0)
        BenchExport::fail("import", first);
    row->ours.append(ours.seconds);
    row->peakKiB = qMax(row->peakKiB, ours.peakKiB);
    if (run(cli,
            { QStringLiteral("export"), target, QStringLiteral("--format"), csv,
              QStringLiteral("--out"), second },
            sink)
            .status
        != 0)
        BenchExport::fail("export", target);
    const BenchRoundTrip::Comparison same = BenchRoundTrip::compareExports(first, second);
    const qint64 repeated = BenchRoundTrip::repeatedRows(project);
    std::printf("round trip: %.1f MB of CSV, %lld rows the same apart from annotation ids, "
                "%lld left out (the project holds %lld repeated span+label rows), %lld new%s\n",
                Bench::megabytes(QFileInfo(first).size()), same.same, same.onlyFirst, repeated,
                same.onlySecond,
                same.onlyFirst == repeated && same.onlySecond == 0 ? "" : "  MISMATCH");
    std::fflush(stdout);
    BenchRoundTrip::copyFile(bare, target);
    row->baseline.append(BenchRoundTrip::insertBaseline(project, target));
    for (const QString &file : { first, second, target, target + QStringLiteral("-wal"),
                                 target + QStringLiteral("-shm") })
        QFile::remove(file);
    // The import's backup of the copy, kept beside it.
    QDir(target.chopped(QStringLiteral(".marginalia").size()) + QStringLiteral(".backups"))
        .removeRecursively();
}

QString sizeName(int articles)
{
    return articles >= 1000 && articles % 1000 == 0 ? QStringLiteral("%1k").arg(articles / 1000)
                                                    : QString::number(articles);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = int(Bench::intOption("--runs", 3));
    const quint64 seed = quint64(Bench::intOption("--seed", 20261206));
    const QString only = Bench::stringOption("--only");
    const QString jsonPath = Bench::stringOption("--json");
    const QString folder = Bench::stringOption(
        "--dir", QCoreApplication::applicationDirPath() + QStringLiteral("/scale"));
    QDir().mkpath(folder);
    QVector<int> sizes;
    for (const QString &size :
         Bench::stringOption("--articles", QStringLiteral("1000,10000,100000"))
             .split(QLatin1Char(','), Qt::SkipEmptyParts))
        sizes.append(size.toInt());
    const QString bin = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral(".."));
    const QString window = QDir(bin).filePath(QStringLiteral("marginalia"));
    const QString cli = QDir(bin).filePath(QStringLiteral("marginalia-cli"));
    const QString sink = QDir(folder).filePath(QStringLiteral("output.txt"));
    const auto wanted = [&only](const char *name) {
        return only.isEmpty() || only == QLatin1String(name);
    };
    qputenv("QT_QPA_PLATFORM", "offscreen");

    const BenchScale::ScaleProject one = BenchScale::scaleProject(folder, 1, seed);
    QVector<BenchScale::ScaleProject> projects;
    for (const int size : std::as_const(sizes)) {
        projects.append(BenchScale::scaleProject(folder, size, seed));
        const BenchScale::ScaleProject &p = projects.last();
        std::printf(
            "%s: %lld articles, %lld mentions, %lld quotes, %.1f MB%s\n", qPrintable(p.path),
            p.articles, p.annotations, p.quotes, Bench::megabytes(QFileInfo(p.path).size()),
            p.generateSeconds > 0
                ? qPrintable(QStringLiteral(", made in %1 s").arg(p.generateSeconds, 0, 'f', 1))
                : ", reused");
        std::fflush(stdout);
    }

    QVector<Row> rows;
    for (const BenchScale::ScaleProject &p : std::as_const(projects)) {
        const int n = int(p.articles);
        const QString middle = QString::number(qMax<qint64>(1, p.articles / 2));
        Row windowRow { QStringLiteral("window: start to first article painted"),
                        n,
                        {},
                        {},
                        0,
                        QStringLiteral("< 1 s and <= 2x") };
        Row listRow { QStringLiteral("cli list"), n, {}, {}, 0, QStringLiteral("<= 3x") };
        Row exportRow {
            QStringLiteral("cli export --format csv"), n, {}, {}, 0, QStringLiteral("<= 2x")
        };
        Row quotesRow { QStringLiteral("cli quotes --article"), n, {}, {}, 0,
                        QStringLiteral("as at 1 article") };
        Row annotateRow { QStringLiteral("cli annotate"),   n, {}, {}, 0,
                          QStringLiteral("as at 1 article") };
        Row formsRow { QStringLiteral("suggestion wordings read"), n, {}, {}, 0, QString() };
        Row detectRow {
            QStringLiteral("cli quotes --redetect (all)"), n, {}, {}, 0, QStringLiteral("reported")
        };
        Row importRow { QStringLiteral("cli import --annotations (csv)"),
                        n,
                        {},
                        {},
                        0,
                        QStringLiteral("< 500 MB") };
        for (int r = 0; r < runs; ++r) {
            if (wanted("window")) {
                const QString shot = QDir(folder).filePath(QStringLiteral("shot.png"));
                const Child ours =
                    run(window, { QStringLiteral("--screenshot"), shot, p.path }, sink);
                const Child base =
                    run(window, { QStringLiteral("--screenshot"), shot, one.path }, sink);
                windowRow.ours.append(ours.seconds);
                windowRow.baseline.append(base.seconds);
                windowRow.peakKiB = qMax(windowRow.peakKiB, ours.peakKiB);
            }
            if (wanted("list")) {
                listRow.ours.append(run(cli, { QStringLiteral("list"), p.path }, sink).seconds);
                listRow.baseline.append(bareList(p.path));
            }
            if (wanted("export")) {
                const QString csv = QDir(folder).filePath(QStringLiteral("export.csv"));
                const Child ours =
                    run(cli,
                        { QStringLiteral("export"), p.path, QStringLiteral("--format"),
                          QStringLiteral("csv"), QStringLiteral("--out"), csv },
                        sink);
                exportRow.ours.append(ours.seconds);
                exportRow.peakKiB = qMax(exportRow.peakKiB, ours.peakKiB);
                exportRow.baseline.append(BenchExport::runBaseline(p.path, csv).seconds);
                QFile::remove(csv);
            }
            if (wanted("quotes")) {
                quotesRow.ours.append(
                    run(cli,
                        { QStringLiteral("quotes"), p.path, QStringLiteral("--article"), middle },
                        sink)
                        .seconds);
                quotesRow.baseline.append(run(cli,
                                              { QStringLiteral("quotes"), one.path,
                                                QStringLiteral("--article"), QStringLiteral("1") },
                                              sink)
                                              .seconds);
            }
            if (wanted("annotate")) {
                const QStringList span { QStringLiteral("0"), QStringLiteral("4"),
                                         QStringLiteral("MISC") };
                annotateRow.ours.append(
                    run(cli, QStringList { QStringLiteral("annotate"), p.path, middle } + span,
                        sink)
                        .seconds);
                annotateRow.baseline.append(
                    run(cli,
                        QStringList { QStringLiteral("annotate"), one.path, QStringLiteral("1") }
                            + span,
                        sink)
                        .seconds);
            }
            if (wanted("forms")) {
                qint64 read = 0;
                qint64 recounted = 0;
                formsRow.ours.append(readForms(p.path, &read));
                formsRow.baseline.append(recountForms(p.path, &recounted));
                if (read != recounted)
                    std::printf("WARNING: %lld wordings read, %lld recounted\n", read, recounted);
            }
            if (wanted("detect")) {
                const Child ours = run(
                    cli, { QStringLiteral("quotes"), p.path, QStringLiteral("--redetect") }, sink);
                detectRow.ours.append(ours.seconds);
                detectRow.peakKiB = qMax(detectRow.peakKiB, ours.peakKiB);
                qint64 found = 0;
                detectRow.baseline.append(bareDetection(p.path, &found));
                std::printf("quotes: %lld in the project after detection, %lld found by the "
                            "detector alone\n",
                            BenchScale::count(p.path, "SELECT count(*) FROM quotes"), found);
                // The backup made before it, kept beside the project.
                QDir(p.path.chopped(QStringLiteral(".marginalia").size())
                     + QStringLiteral(".backups"))
                    .removeRecursively();
            }
            if (wanted("import"))
                roundTrip(cli, p.path, folder, sink, &importRow);
            std::printf("%s, run %d done\n", qPrintable(sizeName(n)), r + 1);
            std::fflush(stdout);
        }
        for (Row *row : { &windowRow, &listRow, &exportRow, &quotesRow, &annotateRow, &formsRow,
                          &detectRow, &importRow }) {
            if (!row->ours.isEmpty())
                rows.append(*row);
        }
    }

    std::printf("\n== median of %d runs; baseline measured in the same run ==\n", runs);
    std::printf("%-40s %8s %10s %10s %8s %9s  %s\n", "what", "articles", "ours s", "baseline s",
                "ratio", "peak MB", "goal");
    QJsonArray json;
    for (const Row &row : std::as_const(rows)) {
        const double o = Bench::median(row.ours);
        const double b = Bench::median(row.baseline);
        std::printf("%-40s %8s %10.3f %10.3f %7.2fx %9s  %s\n", qPrintable(row.what),
                    qPrintable(sizeName(row.articles)), o, b, b > 0 ? o / b : 0.0,
                    row.peakKiB ? qPrintable(QString::number(row.peakKiB / 1024.0, 'f', 0)) : "",
                    qPrintable(row.goal));
        json.append(QJsonObject { { QStringLiteral("what"), row.what },
                                  { QStringLiteral("articles"), row.articles },
                                  { QStringLiteral("seconds"), o },
                                  { QStringLiteral("baseline_seconds"), b },
                                  { QStringLiteral("ratio"), b > 0 ? o / b : 0.0 },
                                  { QStringLiteral("peak_mib"), row.peakKiB / 1024.0 },
                                  { QStringLiteral("runs"), QJsonArray::fromVariantList([&row] {
                                        QVariantList v;
                                        for (const double s : row.ours)
                                            v.append(s);
                                        return v;
                                    }()) } });
    }
    if (!jsonPath.isEmpty()) {
        QFile file(jsonPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(json).toJson()) < 0)
            BenchExport::fail("json", jsonPath);
    }
    return 0;
}
