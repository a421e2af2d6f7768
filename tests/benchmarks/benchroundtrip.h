// SPDX-License-Identifier: GPL-3.0-or-later
// The scale benchmark's round trip: a project's CSV export imported into a
// copy of the project without its annotations, and exported again.
// Not a benchmark itself (only bench_*.cpp become executables).
#pragma once

#include "benchscaleproject.h"
#include "tablefilereader.h"

namespace BenchRoundTrip {

using namespace Marginalia;

inline void exec(sqlite3 *db, const char *sql, const char *what)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK)
        BenchExport::fail(what, QString::fromUtf8(message));
}

/// A copy of the project at \a path with its articles and labels but no
/// annotations, quotes or entities: what a project holds before an export
/// of the same articles is imported into it. Made once, then reused.
inline QString annotationFreeCopy(const QString &path)
{
    const QString copy =
        path.chopped(QStringLiteral(".marginalia").size()) + QStringLiteral("-bare.marginalia");
    const QString done = copy + QStringLiteral(".complete");
    if (QFileInfo::exists(done))
        return copy;
    QFile::remove(copy);
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr)
        != SQLITE_OK)
        BenchExport::fail("open", path);
    sqlite3_stmt *vacuum = nullptr;
    sqlite3_prepare_v2(db, "VACUUM INTO ?1", -1, &vacuum, nullptr);
    const QByteArray target = copy.toUtf8();
    sqlite3_bind_text(vacuum, 1, target.constData(), int(target.size()), SQLITE_TRANSIENT);
    if (sqlite3_step(vacuum) != SQLITE_DONE)
        BenchExport::fail("VACUUM INTO", QString::fromUtf8(sqlite3_errmsg(db)));
    sqlite3_finalize(vacuum);
    sqlite3_close(db);
    if (sqlite3_open(QFile::encodeName(copy).constData(), &db) != SQLITE_OK)
        BenchExport::fail("open", copy);
    exec(db,
         "BEGIN; DELETE FROM annotations; DELETE FROM quotes; DELETE FROM entities; "
         "DELETE FROM rejected_suggestions; COMMIT",
         "empty the copy");
    sqlite3_close(db);
    QFile marker(done);
    if (!marker.open(QIODevice::WriteOnly))
        BenchExport::fail("marker", done);
    return copy;
}

/// Copies a file (the annotation-free copy, before each import into it).
inline void copyFile(const QString &from, const QString &to)
{
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(to + suffix);
    if (!QFile::copy(from, to))
        BenchExport::fail("copy", to);
}

/// The baseline for the import: SQLite itself copying the same entities,
/// annotations and quotes from the project into \a target (the
/// annotation-free copy) in one transaction, with the schema's indexes and
/// triggers; no file is read, nothing is parsed, matched or checked.
inline double insertBaseline(const QString &source, const QString &target)
{
    QElapsedTimer timer;
    timer.start();
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(target).constData(), &db) != SQLITE_OK)
        BenchExport::fail("open", target);
    exec(db, "PRAGMA journal_mode = WAL", "WAL");
    sqlite3_stmt *attach = nullptr;
    sqlite3_prepare_v2(db, "ATTACH ?1 AS source", -1, &attach, nullptr);
    const QByteArray path = source.toUtf8();
    sqlite3_bind_text(attach, 1, path.constData(), int(path.size()), SQLITE_TRANSIENT);
    if (sqlite3_step(attach) != SQLITE_DONE)
        BenchExport::fail("attach", QString::fromUtf8(sqlite3_errmsg(db)));
    sqlite3_finalize(attach);
    exec(db,
         "BEGIN IMMEDIATE; "
         "INSERT INTO main.entities SELECT * FROM source.entities; "
         "INSERT INTO main.annotations SELECT * FROM source.annotations; "
         "INSERT INTO main.quotes SELECT * FROM source.quotes; COMMIT",
         "baseline insert");
    sqlite3_close(db);
    return Bench::seconds(timer);
}

/// Rows that are one annotation at the same span with the same label as
/// an earlier row: an import keeps one of them.
inline qint64 repeatedRows(const QString &path)
{
    return BenchScale::count(path,
                             "SELECT coalesce(sum(n - 1), 0) FROM (SELECT count(*) AS n FROM "
                             "annotations GROUP BY article_id, start, \"end\", label_id)");
}

struct Comparison
{
    qint64 same = 0; ///< rows equal in every column but annotation_id
    qint64 onlyFirst = 0; ///< rows of the first file the second lacks
    qint64 onlySecond = 0;
};

/// Compares two CSV exports row by row, annotation ids aside, reading both
/// a piece at a time. Rows the second lacks are passed over in the first
/// (an import keeps one of two rows with the same span and label).
inline Comparison compareExports(const QString &first, const QString &second)
{
    TableFileReader::Options options;
    options.streaming = true;
    TableFileReader a;
    TableFileReader b;
    QString error;
    if (!a.open(first, options, &error) || !b.open(second, options, &error))
        BenchExport::fail("compare", error);
    if (a.columns() != b.columns())
        BenchExport::fail("compare", QStringLiteral("the columns differ"));
    const qsizetype id = a.columnIndex(QStringLiteral("annotation_id"));
    const auto comparable = [id](TableFileReader::Row &row) {
        if (id >= 0 && id < row.values.size())
            row.values[id].clear();
        return row.values;
    };
    Comparison result;
    TableFileReader::Row rowA;
    TableFileReader::Row rowB;
    bool hasA = a.next(&rowA);
    bool hasB = b.next(&rowB);
    while (hasA && hasB) {
        if (comparable(rowA) == comparable(rowB)) {
            ++result.same;
            hasB = b.next(&rowB);
        } else {
            ++result.onlyFirst;
        }
        hasA = a.next(&rowA);
    }
    for (; hasA; hasA = a.next(&rowA))
        ++result.onlyFirst;
    for (; hasB; hasB = b.next(&rowB))
        ++result.onlySecond;
    if (!a.error().isEmpty() || !b.error().isEmpty())
        BenchExport::fail("compare", a.error() + b.error());
    return result;
}

} // namespace BenchRoundTrip
