// SPDX-License-Identifier: GPL-3.0-or-later
// Annotation CSV export benchmark: a project of generated articles (some with
// characters outside the BMP) and annotations, exported with
// AnnotationCsvExporter::write into a file, against a baseline measured in
// the same run: one plain SQLite C API SELECT of the same rows (joined with
// articles, labels and entities; the text column cut by SQLite's substr())
// written as plain RFC 4180 CSV, without the sentence and context columns.
//
// The project is built outside the timings: articles through
// ProjectDatabase::insertArticles in batches, annotations straight into the
// annotations table with the C API in one transaction (addAnnotation commits
// one at a time, far too slow for 200,000 rows).
//
// Options: --articles N (10000), --per-article N (20), --runs N (3),
// --seed N, --dir PATH, --keep, --only ours|baseline.
//
// Prints figures only; it checks nothing about time.

#include "annotationcsvexporter.h"
#include "benchexportproject.h"
#include "benchsupport.h"
#include "projectdatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <charconv>
#include <cstdio>
#include <string>

using namespace Marginalia;

namespace {

using namespace BenchExport;

Measure runOurs(const QString &projectPath, const QString &csvPath)
{
    Measure m;
    QElapsedTimer timer;
    timer.start();
    ProjectDatabase::OpenResult opened = ProjectDatabase::open(projectPath);
    if (!opened.database)
        fail("open", opened.error);
    m.openSeconds = Bench::seconds(timer);

    timer.restart();
    QFile file(csvPath);
    if (!file.open(QIODevice::WriteOnly))
        fail("export", file.errorString());
    AnnotationCsvExporter exporter(*opened.database, CsvOptions());
    QString error;
    if (!exporter.write(&file, &error))
        fail("export", error);
    file.close();
    m.seconds = Bench::seconds(timer);
    m.rows = exporter.rowCount();
    m.bytes = QFileInfo(csvPath).size();
    return m;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int articleCount = int(Bench::intOption("--articles", 10000));
    const int perArticle = int(Bench::intOption("--per-article", 20));
    const int runs = int(Bench::intOption("--runs", 3));
    const QString only = Bench::stringOption("--only");
    const bool keep = Bench::flag("--keep");
    Bench::CorpusOptions options;
    options.emoji = true;
    options.seed = quint64(Bench::intOption("--seed", qint64(options.seed)));

    const std::unique_ptr<QTemporaryDir> dir = Bench::workDir();
    const QString project = dir->filePath(QStringLiteral("export.marginalia"));
    QElapsedTimer timer;
    timer.start();
    const BuiltProject built = buildProject(project, articleCount, perArticle, options);
    std::printf("project: %lld articles (%lld with non-BMP characters), %lld annotations, "
                "%.1f MB, built in %.2f s\n",
                built.articles, built.articlesWithEmoji, built.annotations,
                Bench::megabytes(QFileInfo(project).size()), Bench::seconds(timer));
    std::printf("SQLite %s, %d runs each, alternating\n\n", sqlite3_libversion(), runs);

    QVector<double> ours, baseline;
    qint64 oursRows = 0, oursBytes = 0, baselineRows = 0, baselineBytes = 0;
    for (int run = 1; run <= runs; ++run) {
        if (only.isEmpty() || only == QLatin1String("ours")) {
            const QString csv = dir->filePath(QStringLiteral("ours-%1.csv").arg(run));
            const Measure m = runOurs(project, csv);
            ours.append(m.seconds);
            oursRows = m.rows;
            oursBytes = m.bytes;
            std::printf("run %d: ours     %.3f s, %lld rows, %.1f MB (open before it: %.3f s)\n",
                        run, m.seconds, m.rows, Bench::megabytes(m.bytes), m.openSeconds);
            if (!keep || run > 1)
                QFile::remove(csv);
        }
        if (only.isEmpty() || only == QLatin1String("baseline")) {
            const QString csv = dir->filePath(QStringLiteral("baseline-%1.csv").arg(run));
            const Measure m = runBaseline(project, csv);
            baseline.append(m.seconds);
            baselineRows = m.rows;
            baselineBytes = m.bytes;
            std::printf("run %d: baseline %.3f s, %lld rows, %.1f MB\n", run, m.seconds, m.rows,
                        Bench::megabytes(m.bytes));
            if (!keep || run > 1)
                QFile::remove(csv);
        }
        std::fflush(stdout);
    }
    if (!ours.isEmpty() && !baseline.isEmpty() && oursRows != baselineRows)
        std::printf("WARNING: ours wrote %lld rows, the baseline %lld\n", oursRows, baselineRows);

    const double o = Bench::median(ours);
    const double b = Bench::median(baseline);
    std::printf("\n== median of %d runs (MB = 10^6 bytes of CSV written) ==\n", runs);
    if (!ours.isEmpty())
        std::printf("export: ours %.2f s (%.0f rows/s, %.1f MB/s, %.1f MB)", o, oursRows / o,
                    Bench::megabytes(oursBytes) / o, Bench::megabytes(oursBytes));
    if (!baseline.isEmpty())
        std::printf("; baseline %.2f s (%.0f rows/s, %.1f MB/s, %.1f MB)", b, baselineRows / b,
                    Bench::megabytes(baselineBytes) / b, Bench::megabytes(baselineBytes));
    if (!ours.isEmpty() && !baseline.isEmpty())
        std::printf("; ratio %.2fx (goal <= 2x)", o / b);
    std::printf("\nruns: ours [%s]; baseline [%s]\n", Bench::listSeconds(ours).constData(),
                Bench::listSeconds(baseline).constData());
    return 0;
}
