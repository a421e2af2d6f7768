// SPDX-License-Identifier: GPL-3.0-or-later
// Every export format on the project of bench_export (10,000 generated
// articles, some with characters outside the BMP, 200,000 annotations, 60%
// linked to entities), each written the way the CLI and the window write it
// (ExportJob: QSaveFile for a file, a staged folder for brat and texts), and
// the plain-CSV baseline of bench_export measured in the same run.
//
// Per format: seconds (median of the runs), its rows per second (what a
// "row" is depends on the format: annotation rows, article rows, entity
// rows, JSONL lines, brat text-bound annotations, CoNLL token lines, text
// files) and megabytes written per second; then our annotation CSV's time
// over the baseline's.
//
// Two more measures, to tell our code from the disk: the annotation CSV
// written by AnnotationCsvExporter into a plain QFile, as bench_export does
// (no QSaveFile, so no fsync of the finished file), and a plain-files
// baseline for the folder formats: every text SELECTed with the SQLite C
// API and written with stdio to <id>.txt in a fresh folder.
//
// Options: --articles N (10000), --per-article N (20), --runs N (3),
// --seed N, --dir PATH, --keep, --only FORMAT[,FORMAT...].
//
// Prints figures only; it checks nothing about time.

#include "annotationcsvexporter.h"
#include "benchexportproject.h"
#include "benchsupport.h"
#include "exportjob.h"
#include "projectdatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <cstdio>

using namespace Marginalia;
using namespace BenchExport;

namespace {

qint64 bytesUnder(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isDir())
        return info.size();
    qint64 total = 0;
    QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

QString unitOf(ExportFormat format)
{
    switch (format) {
    case ExportFormat::AnnotationsCsv:
    case ExportFormat::ArticlesCsv:
    case ExportFormat::EntitiesCsv:
        return QStringLiteral("rows");
    case ExportFormat::Jsonl:
        return QStringLiteral("lines");
    case ExportFormat::Brat:
        return QStringLiteral("annotations");
    case ExportFormat::Conll:
        return QStringLiteral("tokens");
    case ExportFormat::Texts:
        return QStringLiteral("files");
    }
    return QString();
}

/// Every text written with stdio to FOLDER/<id>.txt: what a folder export
/// costs on this disk, whatever the exporter does.
Measure runPlainFiles(const QString &projectPath, const QString &folder)
{
    Measure m;
    QElapsedTimer timer;
    timer.start();
    QDir().mkpath(folder);
    sqlite3 *db = nullptr;
    sqlite3_stmt *q = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(projectPath).constData(), &db, SQLITE_OPEN_READONLY,
                        nullptr)
            != SQLITE_OK
        || sqlite3_prepare_v2(db, "SELECT article_id, text FROM article_texts ORDER BY article_id",
                              -1, &q, nullptr)
            != SQLITE_OK)
        fail("plain files", QString::fromUtf8(sqlite3_errmsg(db)));
    const QByteArray prefix = QFile::encodeName(folder) + '/';
    while (sqlite3_step(q) == SQLITE_ROW) {
        const QByteArray path = prefix + QByteArray::number(sqlite3_column_int64(q, 0)) + ".txt";
        FILE *file = std::fopen(path.constData(), "wb");
        if (!file)
            fail("plain files", QString::fromUtf8(path));
        const int size = sqlite3_column_bytes(q, 1);
        std::fwrite(sqlite3_column_text(q, 1), 1, size_t(size), file);
        std::fclose(file);
        ++m.rows;
        m.bytes += size;
    }
    sqlite3_finalize(q);
    sqlite3_close(db);
    m.seconds = Bench::seconds(timer);
    return m;
}

struct Figures
{
    QVector<double> seconds;
    qint64 rows = 0;
    qint64 bytes = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int articleCount = int(Bench::intOption("--articles", 10000));
    const int perArticle = int(Bench::intOption("--per-article", 20));
    const int runs = int(Bench::intOption("--runs", 3));
    const QStringList only =
        Bench::stringOption("--only").split(QLatin1Char(','), Qt::SkipEmptyParts);
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
    std::printf("SQLite %s, %d runs each, formats in turn within a run\n\n", sqlite3_libversion(),
                runs);

    QList<ExportFormat> formats;
    for (const ExportFormat format : ExportJob::formats()) {
        if (only.isEmpty() || only.contains(ExportJob::formatName(format)))
            formats.append(format);
    }
    QMap<int, Figures> figures;
    Figures baseline;
    Figures plainFiles;
    Figures csvIntoQFile;
    for (int run = 1; run <= runs; ++run) {
        for (const ExportFormat format : std::as_const(formats)) {
            // A connection of its own each time, opened outside the timing,
            // as the window's worker opens one.
            ProjectDatabase::OpenResult opened = ProjectDatabase::open(project);
            if (!opened.database)
                fail("open", opened.error);
            const QString out = dir->filePath(
                QStringLiteral("run%1-%2").arg(run).arg(ExportJob::defaultFileName(format)));
            ExportJob::Settings settings;
            settings.format = format;
            ExportJob job(*opened.database, settings);
            QString error;
            timer.restart();
            if (!job.write(out, &error))
                fail("export", error);
            const double seconds = Bench::seconds(timer);
            Figures &f = figures[int(format)];
            f.seconds.append(seconds);
            f.rows = job.itemCount();
            f.bytes = bytesUnder(out);
            std::printf("run %d: %-8s %7.3f s, %s, %.1f MB\n", run,
                        qPrintable(ExportJob::formatName(format)), seconds,
                        qPrintable(job.summary()), Bench::megabytes(f.bytes));
            std::fflush(stdout);
            if (QFileInfo(out).isDir())
                QDir(out).removeRecursively();
            else
                QFile::remove(out);
        }
        {
            ProjectDatabase::OpenResult opened = ProjectDatabase::open(project);
            if (!opened.database)
                fail("open", opened.error);
            const QString csv = dir->filePath(QStringLiteral("qfile-%1.csv").arg(run));
            QFile file(csv);
            if (!file.open(QIODevice::WriteOnly))
                fail("export", file.errorString());
            AnnotationCsvExporter exporter(*opened.database, CsvOptions());
            QString error;
            timer.restart();
            if (!exporter.write(&file, &error))
                fail("export", error);
            file.close();
            csvIntoQFile.seconds.append(Bench::seconds(timer));
            csvIntoQFile.rows = exporter.rowCount();
            csvIntoQFile.bytes = QFileInfo(csv).size();
            std::printf("run %d: csv into a QFile %7.3f s\n", run, csvIntoQFile.seconds.last());
            QFile::remove(csv);
        }
        const QString csv = dir->filePath(QStringLiteral("baseline-%1.csv").arg(run));
        const Measure m = runBaseline(project, csv);
        baseline.seconds.append(m.seconds);
        baseline.rows = m.rows;
        baseline.bytes = m.bytes;
        std::printf("run %d: baseline %7.3f s, %lld rows, %.1f MB\n", run, m.seconds, m.rows,
                    Bench::megabytes(m.bytes));
        QFile::remove(csv);
        const QString folder = dir->filePath(QStringLiteral("plain-%1").arg(run));
        const Measure files = runPlainFiles(project, folder);
        plainFiles.seconds.append(files.seconds);
        plainFiles.rows = files.rows;
        plainFiles.bytes = files.bytes;
        std::printf("run %d: plain files %7.3f s, %lld files, %.1f MB\n", run, files.seconds,
                    files.rows, Bench::megabytes(files.bytes));
        QDir(folder).removeRecursively();
        std::fflush(stdout);
    }

    std::printf("\n== median of %d runs (MB = 10^6 bytes written) ==\n", runs);
    std::printf("%-9s %9s %12s %-15s %8s %8s\n", "format", "seconds", "rows/s", "(unit)", "MB/s",
                "MB");
    for (const ExportFormat format : std::as_const(formats)) {
        const Figures &f = figures[int(format)];
        const double s = Bench::median(f.seconds);
        std::printf("%-9s %9.3f %12.0f %-15s %8.1f %8.1f\n",
                    qPrintable(ExportJob::formatName(format)), s, f.rows / s,
                    qPrintable(unitOf(format) + QLatin1String("/s")), Bench::megabytes(f.bytes) / s,
                    Bench::megabytes(f.bytes));
    }
    const double b = Bench::median(baseline.seconds);
    std::printf("%-9s %9.3f %12.0f %-15s %8.1f %8.1f\n", "baseline", b, baseline.rows / b, "rows/s",
                Bench::megabytes(baseline.bytes) / b, Bench::megabytes(baseline.bytes));
    const double p = Bench::median(plainFiles.seconds);
    std::printf("%-9s %9.3f %12.0f %-15s %8.1f %8.1f\n", "plain", p, plainFiles.rows / p, "files/s",
                Bench::megabytes(plainFiles.bytes) / p, Bench::megabytes(plainFiles.bytes));
    const double q = Bench::median(csvIntoQFile.seconds);
    std::printf("\nannotation CSV into a QFile (no QSaveFile, no fsync): %.3f s, %.0f rows/s\n", q,
                csvIntoQFile.rows / q);
    if (figures.contains(int(ExportFormat::AnnotationsCsv))) {
        const Figures &csv = figures[int(ExportFormat::AnnotationsCsv)];
        std::printf("annotation CSV / plain-CSV baseline: %.2fx the time as exported (QSaveFile), "
                    "%.2fx into a QFile (goal <= 2x); %lld rows against %lld\n",
                    Bench::median(csv.seconds) / b, q / b, csv.rows, baseline.rows);
    }
    for (const ExportFormat format : { ExportFormat::Brat, ExportFormat::Texts }) {
        if (!figures.contains(int(format)))
            continue;
        // brat: a .txt and an .ann per article and three more; texts: a .txt and the manifest.
        const qint64 files =
            format == ExportFormat::Brat ? 2 * plainFiles.rows + 3 : plainFiles.rows + 1;
        std::printf("%s / plain files: %.2fx the time (%lld files against %lld)\n",
                    qPrintable(ExportJob::formatName(format)),
                    Bench::median(figures[int(format)].seconds) / p, files, plainFiles.rows);
    }
    return 0;
}
