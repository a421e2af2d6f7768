// SPDX-License-Identifier: GPL-3.0-or-later
// Article list benchmark: a project of 100,000 generated articles, opened in
// the window's article list (ArticleListModel behind a QSortFilterProxyModel),
// sorted and filtered. The baseline, measured in the same run, is a bare
// "SELECT id, title, date, status FROM articles" read into a vector through
// the SQLite C API, the least any list must do.
//
// Options: --articles N (100000), --runs N (3), --dir PATH, --keep.
// Prints figures only; it checks nothing about time.

#include "articlelistmodel.h"
#include "benchsupport.h"
#include "projectdatabase.h"
#include "projectsession.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSortFilterProxyModel>

#include <sqlite3.h>

#include <cstdio>

using namespace Marginalia;

namespace {

double baselineSeconds(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    sqlite3 *db = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(db, "SELECT id, title, date, status FROM articles ORDER BY id", -1,
                       &statement, nullptr);
    struct Row
    {
        qint64 id;
        QString title;
        QString date;
        int status;
    };
    QVector<Row> rows;
    while (sqlite3_step(statement) == SQLITE_ROW) {
        rows.append(
            { sqlite3_column_int64(statement, 0),
              QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 1))),
              QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 2))),
              sqlite3_column_int(statement, 3) });
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    const double elapsed = Bench::seconds(timer);
    if (rows.isEmpty())
        std::fprintf(stderr, "baseline read no rows\n");
    return elapsed;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int articles = int(Bench::intOption("--articles", 100000));
    const int runs = int(Bench::intOption("--runs", 3));
    const std::unique_ptr<QTemporaryDir> dir = Bench::workDir();
    const QString path = dir->filePath(QStringLiteral("list.marginalia"));

    {
        QElapsedTimer timer;
        timer.start();
        ProjectDatabase::OpenResult created = ProjectDatabase::create(path);
        Bench::CorpusOptions options;
        options.minBytes = 400; // the list never reads texts; keep the file small
        options.maxBytes = 900;
        QVector<NewArticle> batch;
        QVector<ProjectDatabase::InsertOutcome> outcomes;
        QString error;
        for (int i = 0; i < articles; ++i) {
            const Bench::GeneratedArticle generated = Bench::generateArticle(i, options);
            NewArticle article;
            article.title = QString::fromUtf8(generated.title);
            article.date = QString::fromUtf8(generated.date);
            article.text = QString::fromUtf8(generated.body);
            article.encoding = QStringLiteral("UTF-8");
            batch.append(article);
            if (batch.size() == 5000 || i + 1 == articles) {
                created.database->insertArticles(batch, &outcomes, &error);
                batch.clear();
            }
        }
        std::printf("project: %d articles written in %.2f s\n", articles, Bench::seconds(timer));
    }

    QVector<double> open, load, sortTitle, sortCount, filter, baseline;
    int rows = 0;
    for (int run = 0; run < runs; ++run) {
        baseline.append(baselineSeconds(path));

        QElapsedTimer timer;
        timer.start();
        ProjectDatabase::OpenResult opened = ProjectDatabase::open(path);
        open.append(Bench::seconds(timer));
        ProjectSession session(std::move(opened.database));

        ArticleListModel model;
        QSortFilterProxyModel proxy;
        proxy.setSortRole(ArticleListModel::SortRole);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        proxy.setFilterKeyColumn(ArticleListModel::TitleColumn);
        proxy.setSortLocaleAware(true);
        proxy.setSourceModel(&model);

        timer.restart();
        model.setSession(&session);
        model.finishLoading(); // a large list's rest is read on a thread
        load.append(Bench::seconds(timer));
        rows = model.rowCount();

        timer.restart();
        proxy.sort(ArticleListModel::TitleColumn);
        sortTitle.append(Bench::seconds(timer));

        timer.restart();
        proxy.sort(ArticleListModel::AnnotationsColumn, Qt::DescendingOrder);
        sortCount.append(Bench::seconds(timer));

        timer.restart();
        proxy.setFilterFixedString(QStringLiteral("minist"));
        filter.append(Bench::seconds(timer));
        model.setSession(nullptr);
    }

    std::printf("\n== median of %d runs, %d rows ==\n", runs, rows);
    std::printf("open project (header check, quick_check): %.0f ms\n", Bench::median(open) * 1000);
    std::printf("article list: load %.0f ms; baseline SELECT into a vector %.0f ms; ratio "
                "%.2fx\n",
                Bench::median(load) * 1000, Bench::median(baseline) * 1000,
                Bench::median(load) / Bench::median(baseline));
    std::printf("sort by title (locale-aware) %.0f ms; by annotation count %.0f ms; filter "
                "titles %.0f ms\n",
                Bench::median(sortTitle) * 1000, Bench::median(sortCount) * 1000,
                Bench::median(filter) * 1000);
    return 0;
}
