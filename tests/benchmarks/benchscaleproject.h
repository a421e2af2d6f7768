// SPDX-License-Identifier: GPL-3.0-or-later
// The scale benchmark's project: a year of news, deterministic from a seed.
// Articles of 2-8 KB in French and English, 20 mentions each (the names in
// the text, 60 % linked to the entity they name; 1,000 entities), and the
// quotes the detector finds,
// stored by the model as the window and the CLI store them.
// Not a benchmark itself (only bench_*.cpp become executables).
#pragma once

#include "benchexportproject.h"
#include "quotedetection.h"

#include <QFileInfo>

namespace BenchScale {

using namespace Marginalia;

inline constexpr int MentionsPerArticle = 20;

struct ScaleProject
{
    QString path;
    qint64 articles = 0;
    qint64 annotations = 0;
    qint64 quotes = 0;
    double generateSeconds = 0; ///< 0 when an earlier run's file was reused
};

inline qint64 count(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    sqlite3_stmt *q = nullptr;
    qint64 n = -1;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr)
            == SQLITE_OK
        && sqlite3_prepare_v2(db, sql, -1, &q, nullptr) == SQLITE_OK
        && sqlite3_step(q) == SQLITE_ROW)
        n = sqlite3_column_int64(q, 0);
    sqlite3_finalize(q);
    sqlite3_close(db);
    return n;
}

/// The project of \a articles articles in \a folder, made unless a complete
/// one (its name says the size and seed; a marker says it was finished) is
/// there from an earlier run.
inline ScaleProject scaleProject(const QString &folder, int articles, quint64 seed)
{
    ScaleProject project;
    project.path = QDir(folder).filePath(
        QStringLiteral("scale-names-%1-s%2.marginalia").arg(articles).arg(seed));
    const QString done = project.path + QStringLiteral(".complete");
    if (!QFileInfo::exists(done)) {
        QFile::remove(project.path);
        QFile::remove(project.path + QStringLiteral("-wal"));
        QFile::remove(project.path + QStringLiteral("-shm"));
        QElapsedTimer timer;
        timer.start();
        Bench::CorpusOptions options;
        options.minBytes = 2048;
        options.maxBytes = 8192;
        options.seed = seed;
        BenchExport::buildProject(project.path, articles, MentionsPerArticle, options,
                                  BenchExport::Mentions::Names);
        ProjectDatabase::OpenResult opened = ProjectDatabase::open(project.path);
        if (!opened.database)
            BenchExport::fail("open", opened.error);
        QString error;
        QuoteDetection detection(*opened.database);
        if (detection.redetectAll(&error) < 0)
            BenchExport::fail("quotes", error);
        opened.database.reset();
        project.generateSeconds = Bench::seconds(timer);
        QFile marker(done);
        if (!marker.open(QIODevice::WriteOnly))
            BenchExport::fail("marker", done);
    }
    project.articles = count(project.path, "SELECT count(*) FROM articles");
    project.annotations = count(project.path, "SELECT count(*) FROM annotations");
    project.quotes = count(project.path, "SELECT count(*) FROM quotes");
    return project;
}

} // namespace BenchScale
