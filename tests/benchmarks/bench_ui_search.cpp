// SPDX-License-Identifier: GPL-3.0-or-later
// Full-text search benchmark: a project of 100,000 generated articles (the
// benchmarks' French and English news corpus), searched the ways the window
// does, for a rare term (one article's reference number) and common ones.
//
// 1. Search: ProjectDatabase::searchArticles(query, 200) (ranked by bm25,
//    with snippets), and the whole search of the Search panel
//    (ProjectSearchPanel::search: the query made from the typed text, the
//    200 best with snippets, the count when the list is full, each result's
//    date), which runs on a thread: "panel" is the time until its results
//    are shown, "waits" the time the window's thread spent in search() and
//    in showing them. The baseline, in the same run, is a bare
//    "SELECT rowid FROM article_search WHERE article_search MATCH ?" stepped
//    to the end through the SQLite C API on a connection of its own ("ratio"
//    is search200 / bare MATCH). Also shown: searchArticles' own statement
//    on that bare connection (bare ranked): the cost of bm25 ranking and
//    snippets in SQLite itself.
// 2. Open a result: MainWindow::openSearchResult (the article read and
//    shown, its hits located with SearchHitLocator, highlighted, the first
//    selected and scrolled to) plus a synchronous repaint of the view, for
//    several results in turn; then SearchHitLocator::locate alone.
// 3. Find in article on a generated article of --find-bytes (1 MB): the find
//    bar's work per keystroke for a common word (TextFinder::find, then the
//    highlights set on the view and the first match selected).
//
// Options: --articles N (100000), --runs N (5), --min-bytes N (1500),
// --max-bytes N (4000), --find-bytes N (1000000), --dir PATH, --keep,
// --project PATH (a project written by an earlier run with --keep, of as
// many --articles).
// Run it with QT_QPA_PLATFORM=offscreen. Prints figures only; it checks
// nothing about time.

#include "articleview.h"
#include "benchsupport.h"
#include "findbar.h"
#include "fulltextquery.h"
#include "mainwindow.h"
#include "projectdatabase.h"
#include "projectsearchpanel.h"
#include "searchhitlocator.h"
#include "searchresultmodel.h"
#include "textfinder.h"

#include <QApplication>
#include <QLineEdit>
#include <QStandardPaths>
#include <QThread>

#include <sqlite3.h>

#include <cstdio>

using namespace Marginalia;

namespace {

struct Baseline
{
    double seconds = 0;
    qint64 rows = 0;
};

Baseline bareMatch(sqlite3 *db, const QString &query)
{
    QElapsedTimer timer;
    timer.start();
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(db, "SELECT rowid FROM article_search WHERE article_search MATCH ?1", -1,
                       &statement, nullptr);
    const QByteArray utf8 = query.toUtf8();
    sqlite3_bind_text(statement, 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    Baseline result;
    while (sqlite3_step(statement) == SQLITE_ROW) {
        if (sqlite3_column_int64(statement, 0) > 0)
            ++result.rows;
    }
    sqlite3_finalize(statement);
    result.seconds = Bench::seconds(timer);
    return result;
}

// The statement searchArticles runs, on a bare connection: what ranking and
// snippets cost in SQLite itself, apart from ProjectDatabase.
double bareRanked(sqlite3 *db, const QString &query)
{
    QElapsedTimer timer;
    timer.start();
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(db,
                       "SELECT s.rowid, a.title, snippet(article_search, 1, char(2), char(3), "
                       "'…', 16) FROM article_search s JOIN articles a ON a.id = s.rowid "
                       "WHERE article_search MATCH ?1 ORDER BY s.rank LIMIT 200",
                       -1, &statement, nullptr);
    const QByteArray utf8 = query.toUtf8();
    sqlite3_bind_text(statement, 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    int rows = 0;
    while (sqlite3_step(statement) == SQLITE_ROW)
        rows += sqlite3_column_bytes(statement, 2) > 0;
    sqlite3_finalize(statement);
    return rows >= 0 ? Bench::seconds(timer) : 0;
}

void writeProject(const QString &path, int articles, const Bench::CorpusOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    ProjectDatabase::OpenResult created = ProjectDatabase::create(path);
    if (!created.database) {
        std::fprintf(stderr, "%s\n", qPrintable(created.error));
        std::exit(1);
    }
    QVector<NewArticle> batch;
    QVector<ProjectDatabase::InsertOutcome> outcomes;
    QString error;
    qint64 bytes = 0;
    for (int i = 0; i < articles; ++i) {
        const Bench::GeneratedArticle generated = Bench::generateArticle(i, options);
        NewArticle article;
        article.title = QString::fromUtf8(generated.title);
        article.date = QString::fromUtf8(generated.date);
        article.text = QString::fromUtf8(generated.body);
        article.encoding = QStringLiteral("UTF-8");
        article.language = generated.english ? QStringLiteral("en") : QStringLiteral("fr");
        bytes += generated.body.size();
        batch.append(article);
        if (batch.size() == 5000 || i + 1 == articles) {
            if (!created.database->insertArticles(batch, &outcomes, &error)) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                std::exit(1);
            }
            batch.clear();
        }
    }
    std::printf("project: %d articles, %.0f MB of text, written and indexed in %.1f s\n", articles,
                Bench::megabytes(bytes), Bench::seconds(timer));
}

QString bigArticle(qint64 bytes)
{
    Bench::CorpusOptions options;
    QByteArray text;
    for (int i = 0; text.size() < bytes; ++i) {
        text += Bench::generateArticle(1000000 + i, options).body;
        text += '\n';
    }
    return QString::fromUtf8(text);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // recent projects stay out of the user's settings
    const int articles = int(Bench::intOption("--articles", 100000));
    const int runs = int(Bench::intOption("--runs", 5));
    Bench::CorpusOptions options;
    options.minBytes = int(Bench::intOption("--min-bytes", 1500));
    options.maxBytes = int(Bench::intOption("--max-bytes", 4000));
    const std::unique_ptr<QTemporaryDir> dir = Bench::workDir();
    // --project: a project this benchmark wrote before (kept with --keep),
    // searched again without writing it anew.
    QString path = Bench::stringOption("--project");
    if (path.isEmpty()) {
        path = dir->filePath(QStringLiteral("search.marginalia"));
        writeProject(path, articles, options);
    }

    // What an analyst types: one article's reference number (its dateline
    // holds it), a name, and words in most articles.
    const QString rareRef = QString::number(articles / 2).rightJustified(6, QLatin1Char('0'));
    const QStringList typed { rareRef, QStringLiteral("Łódź"), QStringLiteral("Bruxelles"),
                              QStringLiteral("gouvernement"), QStringLiteral("de") };

    ProjectDatabase::OpenResult opened = ProjectDatabase::open(path);
    ProjectDatabase &database = *opened.database;
    ProjectSearchPanel panel;
    panel.setDatabase(&database);
    auto *queryBox = panel.findChild<QLineEdit *>(QStringLiteral("searchQuery"));
    sqlite3 *bare = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &bare, SQLITE_OPEN_READONLY, nullptr);

    std::printf("\n== search, median of %d runs (first run included) ==\n", runs);
    std::printf("%-14s %8s %13s %13s %13s %13s %13s %8s %8s\n", "typed", "matches", "bare MATCH",
                "bare ranked", "search200", "panel", "waits", "ratio", "panel/b");
    for (const QString &words : typed) {
        const QString query = FullTextQuery::userQuery(words);
        QVector<double> baseline, ranked, search, whole, waits;
        qint64 matches = 0;
        for (int run = 0; run < runs; ++run) {
            const Baseline b = bareMatch(bare, query);
            baseline.append(b.seconds);
            matches = b.rows;
            ranked.append(bareRanked(bare, query));

            QElapsedTimer timer;
            timer.start();
            QString error;
            const auto hits =
                database.searchArticles(query, ProjectSearchPanel::ResultLimit, &error);
            search.append(Bench::seconds(timer));
            if (!hits)
                std::fprintf(stderr, "%s\n", qPrintable(error));

            queryBox->setText(words);
            timer.restart();
            QElapsedTimer busy;
            busy.start();
            panel.search();
            double waited = Bench::seconds(busy);
            while (panel.searching()) {
                // Polled, so that the time spent handling the result is
                // counted and the time spent waiting for it is not.
                QThread::usleep(200);
                busy.restart();
                QCoreApplication::processEvents();
                waited += Bench::seconds(busy);
            }
            whole.append(Bench::seconds(timer));
            waits.append(waited);
        }
        const double b = Bench::median(baseline);
        std::printf("%-14s %8lld %10.2f ms %10.2f ms %10.2f ms %10.2f ms %10.2f ms %7.1fx %7.1fx\n",
                    qPrintable(words), matches, b * 1000, Bench::median(ranked) * 1000,
                    Bench::median(search) * 1000, Bench::median(whole) * 1000,
                    Bench::median(waits) * 1000, Bench::median(search) / b,
                    Bench::median(whole) / b);
        std::printf("    %s\n", qPrintable(panel.message()));
    }
    sqlite3_close(bare);
    opened.database.reset();

    // Opening results in the window.
    {
        MainWindow window;
        window.resize(1280, 800);
        QElapsedTimer timer;
        timer.start();
        if (!window.openProject(path, true)) {
            std::fprintf(stderr, "cannot open the project in the window\n");
            return 1;
        }
        window.show();
        QApplication::processEvents();
        std::printf("\nwindow: project of %d articles opened in %.0f ms\n", articles,
                    Bench::seconds(timer) * 1000);
        const QString typedWords = QStringLiteral("gouvernement");
        const QString query = FullTextQuery::userQuery(typedWords);
        auto *box = window.searchPanel()->findChild<QLineEdit *>(QStringLiteral("searchQuery"));
        box->setText(typedWords);
        window.searchPanel()->search();
        while (window.searchPanel()->searching())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        SearchResultModel *results = window.searchPanel()->model();
        const int opens = qMin(results->rowCount(), qMax(runs, 10));
        QVector<double> open, locate;
        int hits = 0;
        for (int i = 0; i < opens; ++i) {
            const qint64 id = results->index(i).data(SearchResultModel::ArticleIdRole).toLongLong();
            timer.restart();
            window.openSearchResult(id, query);
            window.articleView()->viewport()->repaint();
            open.append(Bench::seconds(timer));
            hits += int(window.articleView()->foundSpans().size());
            if (!window.articleView()->textCursor().hasSelection())
                std::fprintf(stderr, "article %lld: no hit selected\n", id);
            const QString text = window.articleView()->text();
            timer.restart();
            const auto spans = SearchHitLocator(query).locate(text);
            locate.append(Bench::seconds(timer));
            if (spans.isEmpty())
                std::fprintf(stderr, "article %lld: no hit located\n", id);
        }
        std::printf("open a result of \"%s\" and select its first hit (%d articles, %d hits): "
                    "median %.2f ms, max %.2f ms; of which locating the hits %.3f ms\n",
                    qPrintable(typedWords), opens, hits, Bench::median(open) * 1000,
                    *std::max_element(open.cbegin(), open.cend()) * 1000,
                    Bench::median(locate) * 1000);
    }

    // Find in a long article.
    {
        const QString text = bigArticle(Bench::intOption("--find-bytes", 1000000));
        ArticleView view;
        view.resize(900, 800);
        view.show();
        view.setArticle(text, QStringLiteral("fr"));
        FindBar bar(&view);
        QApplication::processEvents();
        for (const QString &needle :
             { QStringLiteral("Macron"), QStringLiteral("gouvernement"), QStringLiteral("de") }) {
            QVector<double> first, again, show;
            qsizetype found = 0;
            for (int run = 0; run < runs; ++run) {
                TextFinder finder;
                finder.setText(text);
                QElapsedTimer timer;
                timer.start();
                found = finder.find(needle, {}).size(); // normalises the article
                first.append(Bench::seconds(timer));
                timer.restart();
                finder.find(needle, {}); // the next keystroke
                again.append(Bench::seconds(timer));
            }
            for (int run = 0; run < runs; ++run) {
                auto *box = bar.findChild<QLineEdit *>(QStringLiteral("findText"));
                box->clear();
                bar.open();
                QElapsedTimer timer;
                timer.start();
                box->setText(needle); // finds, highlights, selects, as a keystroke does
                view.viewport()->repaint();
                show.append(Bench::seconds(timer));
            }
            std::printf("find \"%s\" in a %.1f MB article (%lld matches): first keystroke %.1f ms "
                        "(normalising), next ones %.1f ms; with highlights, selection and paint "
                        "%.1f ms\n",
                        qPrintable(needle), Bench::megabytes(text.toUtf8().size()), qint64(found),
                        Bench::median(first) * 1000, Bench::median(again) * 1000,
                        Bench::median(show) * 1000);
        }
    }
    return 0;
}
