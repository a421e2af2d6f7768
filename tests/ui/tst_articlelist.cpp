// SPDX-License-Identifier: GPL-3.0-or-later
// The window's article list on a project larger than what it reads at once:
// the first ArticleListModel::HeadRows rows are there when the project
// opens, the rest arrive from a thread as appended rows, and whatever
// happened meanwhile (edits, a reload) leaves every row equal to the file.
// Real project files, a real MainWindow on the offscreen platform.
#include "articlelistmodel.h"
#include "mainwindow.h"
#include "projectsession.h"
#include "testhelpers.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QLabel>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Marginalia;
using namespace TestHelpers;

class TestArticleList : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void largeListArrivesWhole();
    void editsWhileLoadingAreInTheList();
    void reloadWhileLoadingGivesOneList();
    void smallListIsWholeAtOnce();
    void currentArticleKeepsItsRowThroughAReload();
    void tooltipReadsTitleAndSource();
    void columnsFitTheLongestValues();
    void titleGetsTheRoom();
    void quotesAreCountedBesideMentions();

private:
    /// A project of \a count articles; every seventh has one LOC mention,
    /// every fifth one quote.
    void makeProject(int count, const QString &date = QStringLiteral("2024-03-05"));
    void open();
    ArticleListModel *model() const { return m_window->findChild<ArticleListModel *>(); }
    /// The window's table of articles (behind its sort and filter proxy).
    QTableView *articleTable() const
    {
        for (QTableView *table : m_window->findChildren<QTableView *>()) {
            const auto *proxy = qobject_cast<QSortFilterProxyModel *>(table->model());
            if (proxy && proxy->sourceModel() == model())
                return table;
        }
        return nullptr;
    }
    /// Every row against the file: same ids in id order, titles, statuses
    /// and mention counts; and the total the status bar shows.
    void compareWithFile();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_path;
};

void TestArticleList::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestArticleList::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1200, 800);
}

void TestArticleList::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

void TestArticleList::makeProject(int count, const QString &date)
{
    auto project = createProject(*m_dir);
    QVERIFY(project);
    m_path = project->path();
    QVector<NewArticle> batch;
    for (int k = 1; k <= count; ++k) {
        NewArticle a;
        a.title = QStringLiteral("Article %1").arg(k);
        a.text = QStringLiteral("Article %1\nUn reportage à Paris, numéro %1.").arg(k);
        a.date = date;
        a.source = QStringLiteral("https://example.org/%1").arg(k);
        batch.append(a);
    }
    QVector<ProjectDatabase::InsertOutcome> outcomes;
    QString error;
    QVERIFY2(project->insertArticles(batch, &outcomes, &error), qPrintable(error));
    QVector<NewAnnotation> mentions;
    for (int k = 0; k < outcomes.size(); k += 7) {
        NewAnnotation m;
        m.articleId = outcomes.at(k).id;
        const QString text = batch.at(k).text;
        m.start = codePointOffset(text, u"Paris");
        m.end = m.start + 5;
        m.labelName = QStringLiteral("LOC");
        mentions.append(m);
    }
    QVERIFY2(project->addAnnotations(mentions, &error), qPrintable(error));
    for (int k = 0; k < outcomes.size(); k += 5) {
        NewQuote quote;
        quote.articleId = outcomes.at(k).id;
        quote.start = codePointOffset(batch.at(k).text, u"Un reportage");
        quote.end = quote.start + 12;
        quote.manual = true;
        QVERIFY2(project->addQuote(quote, &error), qPrintable(error));
    }
}

void TestArticleList::open()
{
    QVERIFY(m_window->openProject(m_path, true));
    m_window->show();
}

void TestArticleList::compareWithFile()
{
    const QStringList rows =
        rawQueryRows(m_path,
                     "SELECT a.id || '|' || a.title || '|' || a.status || '|' || "
                     "(SELECT count(*) FROM annotations n WHERE n.article_id = a.id) || '|' || "
                     "(SELECT count(*) FROM quotes q WHERE q.article_id = a.id) "
                     "FROM articles a ORDER BY a.id");
    ArticleListModel *list = model();
    QCOMPARE(list->rowCount(), int(rows.size()));
    for (int row = 0; row < list->rowCount(); ++row) {
        const ArticleListRow &a = list->article(row);
        QCOMPARE(QStringLiteral("%1|%2|%3|%4|%5")
                     .arg(a.id)
                     .arg(a.title)
                     .arg(int(a.status))
                     .arg(a.annotationCount)
                     .arg(a.quoteCount),
                 rows.at(row));
        QCOMPARE(list->rowForArticle(a.id), row);
    }
    QCOMPARE(list->annotationTotal(), rawQueryInt(m_path, "SELECT count(*) FROM annotations"));
    QCOMPARE(list->quoteTotal(), rawQueryInt(m_path, "SELECT count(*) FROM quotes"));
}

void TestArticleList::largeListArrivesWhole()
{
    const int count = ArticleListModel::HeadRows * 2 + 37;
    makeProject(count);
    QAbstractItemModelTester tester(model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(model(), &ArticleListModel::loaded);
    open();
    // The window is usable before the rest is read: a list, its first
    // article, and the project's whole count in the status bar.
    QCOMPARE(model()->rowCount(), ArticleListModel::HeadRows);
    QVERIFY(model()->isLoading());
    QCOMPARE(loaded.count(), 0);
    QCOMPARE(m_window->currentArticle(), model()->article(0).id);
    QCOMPARE(model()->annotationTotal(), rawQueryInt(m_path, "SELECT count(*) FROM annotations"));
    QCOMPARE(model()->quoteTotal(), rawQueryInt(m_path, "SELECT count(*) FROM quotes"));

    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000);
    QVERIFY(!model()->isLoading());
    compareWithFile();
    const auto *status = m_window->findChild<QLabel *>(QStringLiteral("projectStatus"));
    QVERIFY(status);
    // The counts are grouped the locale's way, as every count the window shows.
    QVERIFY2(status->text().contains(QStringLiteral("of %1").arg(QLocale().toString(count))),
             qPrintable(status->text()));
}

void TestArticleList::editsWhileLoadingAreInTheList()
{
    makeProject(ArticleListModel::HeadRows * 3);
    open();
    QVERIFY(model()->isLoading());
    ProjectSession *session = m_window->session();
    // One edit in the part that is there, two in the part being read: the
    // thread's snapshot may be from before or after them.
    const qint64 first = model()->article(0).id;
    const qint64 last = rawQueryInt(m_path, "SELECT max(id) FROM articles");
    const qint64 loc = rawQueryInt(m_path, "SELECT id FROM labels WHERE name = 'LOC'");
    QVERIFY(session->addAnnotation(first, 0, 7, loc) > 0);
    QVERIFY(session->addAnnotation(last, 0, 7, loc) > 0);
    session->setArticleStatus(last, ArticleStatus::Done);
    model()->finishLoading();
    compareWithFile();
    QCOMPARE(int(model()->article(model()->rowCount() - 1).status), int(ArticleStatus::Done));
}

void TestArticleList::reloadWhileLoadingGivesOneList()
{
    makeProject(ArticleListModel::HeadRows * 2 + 1);
    open();
    QVERIFY(model()->isLoading());
    QSignalSpy loaded(model(), &ArticleListModel::loaded);
    model()->reload(); // as after an import, before the first rest came
    QCOMPARE(model()->rowCount(), ArticleListModel::HeadRows);
    model()->finishLoading();
    QCOMPARE(loaded.count(), 1); // the stale rest was dropped, not appended
    compareWithFile();
}

void TestArticleList::currentArticleKeepsItsRowThroughAReload()
{
    // A batch edit reloads the list; the article shown lies beyond the part
    // that comes at once, and must be the current row again when the rest
    // is there, so that Next Article goes on from it.
    const int count = ArticleListModel::HeadRows * 2;
    makeProject(count);
    open();
    model()->finishLoading();
    const qint64 last = rawQueryInt(m_path, "SELECT max(id) FROM articles");
    m_window->showArticle(last);
    QTableView *table = articleTable();
    QVERIFY(table);
    QCOMPARE(table->currentIndex().row(), count - 1);
    model()->reload();
    QVERIFY(model()->isLoading());
    model()->finishLoading();
    QCOMPARE(table->currentIndex().row(), count - 1);
    QCOMPARE(table->currentIndex().data(ArticleListModel::ArticleIdRole).toLongLong(), last);
    const auto *status = m_window->findChild<QLabel *>(QStringLiteral("projectStatus"));
    QVERIFY2(status->text().startsWith(
                 QStringLiteral("Article %1 of %1").arg(QLocale().toString(count))),
             qPrintable(status->text()));
}

void TestArticleList::smallListIsWholeAtOnce()
{
    makeProject(ArticleListModel::HeadRows);
    open();
    QVERIFY(!model()->isLoading());
    compareWithFile();
}

void TestArticleList::tooltipReadsTitleAndSource()
{
    makeProject(3);
    open();
    const QModelIndex second = model()->index(1, ArticleListModel::TitleColumn);
    // The whole title, then the source (issue 12: it showed the source only).
    QCOMPARE(second.data(Qt::ToolTipRole).toString(),
             second.data().toString() + QStringLiteral("\nhttps://example.org/2"));
}

void TestArticleList::titleGetsTheRoom()
{
    // At the window's default size the titles were cut to 110 px, so a
    // sorted list read "Anne Hidalgo e…" thirty times (issue 12, defect 14).
    makeProject(12);
    m_window->resize(1280, 800);
    open();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTableView *table = articleTable();
    QVERIFY(table);
    const int title = table->horizontalHeader()->sectionSize(ArticleListModel::TitleColumn);
    QVERIFY2(title >= 180, qPrintable(QString::number(title)));
    // A third of the list or more, beside date, status, mentions and quotes.
    QVERIFY2(title * 3 >= table->viewport()->width(), qPrintable(QString::number(title)));
}

void TestArticleList::columnsFitTheLongestValues()
{
    const QString longDate = QStringLiteral("2024-03-05T10:30:00+01:00");
    makeProject(12, longDate);
    open();
    QTableView *table = articleTable();
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 12);
    const QFontMetrics metrics = table->fontMetrics();
    QHeaderView *header = table->horizontalHeader();
    QVERIFY(header->sectionSize(ArticleListModel::DateColumn)
            > metrics.horizontalAdvance(longDate));
    for (const ArticleStatus status :
         { ArticleStatus::Todo, ArticleStatus::InProgress, ArticleStatus::Done })
        QVERIFY(header->sectionSize(ArticleListModel::StatusColumn)
                > metrics.horizontalAdvance(ArticleListModel::statusName(status)));
    // Resizable by hand, not measured row by row.
    QCOMPARE(header->sectionResizeMode(ArticleListModel::DateColumn), QHeaderView::Interactive);
}

void TestArticleList::quotesAreCountedBesideMentions()
{
    // An article with quotes showed 0 in the list and the status bar, which
    // counted entity mentions only (issue 12, defect 15).
    makeProject(6);
    open();
    const qint64 first = model()->article(0).id;
    QCOMPARE(m_window->currentArticle(), first);
    const QModelIndex quotes = model()->index(0, ArticleListModel::QuotesColumn);
    QCOMPARE(model()->headerData(ArticleListModel::QuotesColumn, Qt::Horizontal).toString(),
             QStringLiteral("Quotes"));
    QCOMPARE(quotes.data().toLongLong(), 1);
    const auto *status = m_window->findChild<QLabel *>(QStringLiteral("projectStatus"));
    QVERIFY(status);
    QVERIFY2(status->text().contains(QStringLiteral("1 mention(s), 1 quote(s) here · "
                                                    "1 mention(s), 2 quote(s) in the project")),
             qPrintable(status->text()));

    // A second quote, then undone: the row and both counts follow.
    ProjectSession *session = m_window->session();
    QVERIFY(session->addQuote(first, 13, 21) > 0);
    QTRY_COMPARE(quotes.data().toLongLong(), 2);
    QVERIFY2(status->text().contains(QStringLiteral("1 mention(s), 2 quote(s) here · "
                                                    "1 mention(s), 3 quote(s) in the project")),
             qPrintable(status->text()));
    session->undoStack()->undo();
    QTRY_COMPARE(quotes.data().toLongLong(), 1);
    QTRY_VERIFY2(status->text().contains(QStringLiteral("2 quote(s) in the project")),
                 qPrintable(status->text()));
    compareWithFile();

    // Sorting by quotes puts the quoted articles first.
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(articleTable()->model());
    proxy->sort(ArticleListModel::QuotesColumn, Qt::DescendingOrder);
    QCOMPARE(proxy->index(0, ArticleListModel::QuotesColumn).data().toLongLong(), 1);
    QCOMPARE(proxy->index(1, ArticleListModel::QuotesColumn).data().toLongLong(), 1);
    QCOMPARE(proxy->index(2, ArticleListModel::QuotesColumn).data().toLongLong(), 0);
}

QTEST_MAIN(TestArticleList)
#include "tst_articlelist.moc"
