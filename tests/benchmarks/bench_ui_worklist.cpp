// SPDX-License-Identifier: GPL-3.0-or-later
// The article list as a worklist on a year's project (issue 12): the scale
// project of bench_scale (100,000 articles, 2,000,000 mentions, the detected
// quotes), its list loaded whole in the window's models (ArticleListModel
// behind ArticleFilterModel), then the filters an analyst sets one after the
// other, each timed from setFilter to the list filtered (and sorted, in a
// second pass with the list sorted by title):
//
//   status, a month of dates, a source, with PER, without LOC, with quotes,
//   an annotator, a title word, everything at once, cleared.
//
// Goal: under 100 ms a change. Baseline, in the same run: the least an
// SQL-backed filter must do, "SELECT id FROM articles WHERE status = 0" read
// into a vector through the SQLite C API; and the same label filter read
// from the mentions themselves ("SELECT DISTINCT article_id FROM annotations
// WHERE label_id = ?"), which is what schema 7's article_labels spares.
//
// Options: --articles N (100000), --seed N (7), --dir PATH (bench_scale's
// projects, made when missing), --runs N (5).
// Prints figures only; it checks nothing about time.

#include "articlefiltermodel.h"
#include "articlelistmodel.h"
#include "benchscaleproject.h"
#include "benchsupport.h"
#include "projectdatabase.h"
#include "projectsession.h"

#include <QApplication>
#include <QElapsedTimer>

#include <sqlite3.h>

#include <cstdio>

using namespace Marginalia;

namespace {

double selectSeconds(const QString &path, const char *sql, qint64 parameter, qint64 *rows)
{
    QElapsedTimer timer;
    timer.start();
    sqlite3 *db = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(db, sql, -1, &statement, nullptr);
    if (parameter >= 0)
        sqlite3_bind_int64(statement, 1, parameter);
    QVector<qint64> ids;
    while (sqlite3_step(statement) == SQLITE_ROW)
        ids.append(sqlite3_column_int64(statement, 0));
    sqlite3_finalize(statement);
    sqlite3_close(db);
    *rows = ids.size();
    return Bench::seconds(timer);
}

struct Step
{
    const char *name;
    ArticleFilter filter;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int articles = int(Bench::intOption("--articles", 100000));
    const quint64 seed = quint64(Bench::intOption("--seed", 7));
    const int runs = int(Bench::intOption("--runs", 5));
    const QString folder = Bench::stringOption(
        "--dir", QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("scale")));
    QDir().mkpath(folder);
    const BenchScale::ScaleProject project = BenchScale::scaleProject(folder, articles, seed);
    std::printf("%s: %lld articles, %lld mentions, %lld quotes%s\n", qPrintable(project.path),
                project.articles, project.annotations, project.quotes,
                project.generateSeconds > 0 ? " (made now)" : "");
    std::fflush(stdout);

    ProjectDatabase::OpenResult opened = ProjectDatabase::open(project.path);
    if (!opened.database) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error));
        return 1;
    }
    ProjectSession session(std::move(opened.database));
    const std::optional<Label> per = session.database().labelByName(QStringLiteral("PER"));
    const std::optional<Label> loc = session.database().labelByName(QStringLiteral("LOC"));
    const QStringList annotators = session.database().annotators();
    if (!per || !loc || annotators.isEmpty()) {
        std::fprintf(stderr, "the scale project lacks PER, LOC or annotators\n");
        return 1;
    }
    ArticleListModel model;
    ArticleFilterModel proxy(&model);
    model.setSession(&session);
    model.finishLoading();

    using P = ArticleFilter::Presence;
    QVector<Step> steps;
    ArticleFilter f;
    f.status = ArticleStatus::Todo;
    steps.append({ "status: to do", f });
    f = {};
    f.dateFrom = QStringLiteral("2022-03-01");
    f.dateTo = QStringLiteral("2022-03-31");
    steps.append({ "dates: one month", f });
    f = {};
    f.source = QStringLiteral("monde");
    steps.append({ "source contains", f });
    f = {};
    f.labelId = per->id;
    f.labelPresence = P::With;
    steps.append({ "with PER", f });
    f.labelId = loc->id;
    f.labelPresence = P::Without;
    steps.append({ "without LOC", f });
    f = {};
    f.labelId = ArticleFilter::QuotesLabel;
    f.labelPresence = P::With;
    steps.append({ "with quotes", f });
    f = {};
    f.annotator = annotators.first();
    steps.append({ "an annotator", f });
    f = {};
    f.title = QStringLiteral("minist");
    steps.append({ "title word", f });
    f.status = ArticleStatus::Todo;
    f.dateFrom = QStringLiteral("2022-01-01");
    f.source = QStringLiteral("a");
    f.labelId = per->id;
    f.labelPresence = P::With;
    f.annotator = annotators.first();
    steps.append({ "all of them", f });
    steps.append({ "cleared", ArticleFilter() });

    QVector<QVector<double>> unsorted(steps.size()), sorted(steps.size());
    QVector<int> shown(steps.size());
    QVector<double> statusBaseline, labelBaseline;
    qint64 statusRows = 0, labelRows = 0;
    for (int run = 0; run < runs; ++run) {
        statusBaseline.append(selectSeconds(
            project.path, "SELECT id FROM articles WHERE status = 0 ORDER BY id", -1, &statusRows));
        labelBaseline.append(selectSeconds(
            project.path,
            "SELECT DISTINCT article_id FROM annotations WHERE label_id = ?1 ORDER BY article_id",
            per->id, &labelRows));
        for (const bool bySortedTitle : { false, true }) {
            proxy.sort(bySortedTitle ? ArticleListModel::TitleColumn : -1);
            for (int s = 0; s < steps.size(); ++s) {
                QElapsedTimer timer;
                timer.start();
                proxy.setFilter(steps.at(s).filter);
                const int rows = proxy.rowCount();
                (bySortedTitle ? sorted : unsorted)[s].append(Bench::seconds(timer));
                shown[s] = rows;
            }
        }
    }

    const double baseline = Bench::median(statusBaseline);
    std::printf("\n== median of %d runs, %d articles in the list ==\n", runs, model.rowCount());
    std::printf("baseline: SELECT id FROM articles WHERE status = 0: %.1f ms (%lld rows)\n",
                baseline * 1000, statusRows);
    std::printf("the mentions read instead of article_labels (SELECT DISTINCT article_id FROM "
                "annotations WHERE label_id = PER): %.1f ms (%lld articles)\n",
                Bench::median(labelBaseline) * 1000, labelRows);
    std::printf("%-18s %9s %9s %9s %9s %9s\n", "filter change", "articles", "list", "ratio",
                "by title", "ratio");
    double worst = 0;
    for (int s = 0; s < steps.size(); ++s) {
        const double a = Bench::median(unsorted.at(s));
        const double b = Bench::median(sorted.at(s));
        worst = std::max({ worst, a, b });
        std::printf("%-18s %9d %7.1f ms %8.2fx %6.1f ms %8.2fx\n", steps.at(s).name, shown.at(s),
                    a * 1000, a / baseline, b * 1000, b / baseline);
    }
    std::printf("slowest change: %.1f ms (goal < 100 ms: %.2f of it)\n", worst * 1000, worst / 0.1);
    model.setSession(nullptr);
    return 0;
}
