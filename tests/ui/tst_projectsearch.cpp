// SPDX-License-Identifier: GPL-3.0-or-later
// Project search in the real window, offscreen, over a real project file:
// Ctrl+Shift+F, typed queries, the result list, opening a result with its
// hit selected, F3 through the hits, and queries that cannot run.
#include "articleview.h"
#include "findbar.h"
#include "importrunner.h"
#include "mainwindow.h"
#include "projectdatabase.h"
#include "projectsearchpanel.h"
#include "projectsession.h"
#include "searchresultmodel.h"
#include "testhelpers.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Marginalia;
using namespace TestHelpers;

namespace {

// QTest::keyClicks takes Latin-1 only: accents and quotes go as key events
// carrying their text, as an input method sends them.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

struct Text
{
    QString title;
    QString text;
    QString date;
};

// The hit's text and its place in code points: an emoji before it makes
// UTF-16 and code point offsets differ.
const Text ElyseeArticle { QStringLiteral("Macron reçoit"),
                           QStringLiteral("Les élyséens attendent. 😀 Emmanuel Macron reçoit "
                                          "à l'Élysée le chancelier, puis quitte l’ÉLYSÉE."),
                           QStringLiteral("2022-12-01") };
const Text BerlinArticle { QStringLiteral("Scholz à Berlin"),
                           QStringLiteral("Olaf Scholz reste à Berlin avec Olaf."),
                           QStringLiteral("2023-01-15") };
const Text MarkupArticle { QStringLiteral("Une <b>balise</b> & l'ELYSEE"),
                           QStringLiteral("Le texte <script>alert(1)</script> parle de "
                                          "l'elysee aussi."),
                           QString() };
const Text TitleOnlyArticle { QStringLiteral("Élysée"), QStringLiteral("Rien à voir ici."),
                              QString() };

} // namespace

class TestProjectSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listsHitsWithTitlesDatesAndSnippets();
    void snippetsAreEscaped();
    void openingAResultSelectsTheFirstHit();
    void f3WalksTheHits();
    void phraseHit();
    void titleOnlyHitSaysSo();
    void enterSearchesAtOnce();
    void badQueriesShowAMessage_data();
    void badQueriesShowAMessage();
    void manyResultsShowTheBest();
    void closingTheProjectEmptiesThePanel();
    void aNewerQueryReplacesOneUnderWay();
    void anImportRefreshesTheResults();

private:
    void openWith(const QVector<Text> &texts);
    void typeQuery(const QString &query);
    qint64 articleTitled(const QString &title);
    int rowTitled(const QString &title);
    QStringList resultTitles();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_path;
    ProjectSearchPanel *m_panel = nullptr;
    QLineEdit *m_query = nullptr;
    QListView *m_results = nullptr;
};

void TestProjectSearch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestProjectSearch::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1200, 800);
    m_panel = m_window->searchPanel();
    m_query = m_panel->findChild<QLineEdit *>(QStringLiteral("searchQuery"));
    m_results = m_panel->findChild<QListView *>(QStringLiteral("searchResults"));
    QVERIFY(m_query);
    QVERIFY(m_results);
}

void TestProjectSearch::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

void TestProjectSearch::openWith(const QVector<Text> &texts)
{
    {
        auto project = createProject(*m_dir);
        QVERIFY(project);
        m_path = project->path();
        QVector<NewArticle> batch;
        for (const Text &text : texts) {
            NewArticle a;
            a.title = text.title;
            a.text = text.text;
            a.date = text.date;
            batch.append(a);
        }
        QVector<ProjectDatabase::InsertOutcome> outcomes;
        QString error;
        QVERIFY2(project->insertArticles(batch, &outcomes, &error), qPrintable(error));
    }
    QVERIFY(m_window->openProject(m_path, true));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    m_window->articleView()->setFocus();
}

// Ctrl+Shift+F, then the query typed, as a user would; the search runs
// after the typing pause.
void TestProjectSearch::typeQuery(const QString &query)
{
    QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Ctrl+Shift+F")));
    QVERIFY(m_window->findChild<QDockWidget *>(QStringLiteral("searchDock"))->isVisible());
    QTRY_COMPARE(QApplication::focusWidget(), m_query);
    typeText(m_query, query);
}

qint64 TestProjectSearch::articleTitled(const QString &title)
{
    for (const ArticleSummary &a : m_window->session()->database().articleSummaries()) {
        if (a.title == title)
            return a.id;
    }
    return 0;
}

int TestProjectSearch::rowTitled(const QString &title)
{
    for (int row = 0; row < m_panel->model()->rowCount(); ++row) {
        if (m_panel->model()->index(row).data().toString() == title)
            return row;
    }
    return -1;
}

QStringList TestProjectSearch::resultTitles()
{
    QStringList titles;
    for (int row = 0; row < m_panel->model()->rowCount(); ++row)
        titles.append(m_panel->model()->index(row).data().toString());
    titles.sort();
    return titles;
}

void TestProjectSearch::listsHitsWithTitlesDatesAndSnippets()
{
    openWith({ ElyseeArticle, BerlinArticle, MarkupArticle });
    QAbstractItemModelTester tester(m_panel->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    // No accents, lower case: the index folds both.
    typeQuery(QStringLiteral("elysee"));
    QTRY_COMPARE(m_panel->model()->rowCount(), 2);
    QCOMPARE(resultTitles(), (QStringList { ElyseeArticle.title, MarkupArticle.title }));
    QCOMPARE(m_panel->message(), QStringLiteral("2 article(s) match."));
    const QModelIndex elysee = m_panel->model()->index(rowTitled(ElyseeArticle.title));
    QCOMPARE(elysee.data(SearchResultModel::DateRole).toString(), ElyseeArticle.date);
    QCOMPARE(elysee.data(SearchResultModel::ArticleIdRole).toLongLong(),
             articleTitled(ElyseeArticle.title));
    const QString html = elysee.data(SearchResultModel::SnippetHtmlRole).toString();
    QVERIFY2(html.contains(QStringLiteral("<b>Élysée</b>")), qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("<b>ÉLYSÉE</b>")), qPrintable(html));
    QVERIFY2(!html.contains(QStringLiteral("<b>élyséens</b>")), qPrintable(html));
    QVERIFY(elysee.data(SearchResultModel::SnippetRole).toString().contains(u"l'Élysée le"));

    // Another word replaces the list.
    m_query->clear();
    typeText(m_query, QStringLiteral("OLAF"));
    QTRY_COMPARE(resultTitles(), QStringList { BerlinArticle.title });
    QCOMPARE(m_panel->message(), QStringLiteral("1 article(s) match."));
}

void TestProjectSearch::snippetsAreEscaped()
{
    openWith({ MarkupArticle });
    typeQuery(QStringLiteral("ELYSEE"));
    QTRY_COMPARE(m_panel->model()->rowCount(), 1);
    const QModelIndex row = m_panel->model()->index(0);
    QCOMPARE(row.data().toString(), MarkupArticle.title);
    const QString html = row.data(SearchResultModel::SnippetHtmlRole).toString();
    QVERIFY2(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")),
             qPrintable(html));
    QVERIFY2(!html.contains(QStringLiteral("<script>")), qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("<b>elysee</b>")), qPrintable(html));
    // The tooltip escapes the title too.
    const QString tip = row.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("Une &lt;b&gt;balise&lt;/b&gt; &amp; l'ELYSEE")),
             qPrintable(tip));
    // Markers without a partner never reach the HTML.
    QCOMPARE(SearchResultModel::snippetHtml(u"a\u0003b\u0002c<d"),
             QStringLiteral("ab<b>c&lt;d</b>"));
    QCOMPARE(SearchResultModel::snippetText(u"a\u0002b\u0003\nc"), QStringLiteral("ab c"));
}

void TestProjectSearch::openingAResultSelectsTheFirstHit()
{
    openWith({ BerlinArticle, MarkupArticle, ElyseeArticle });
    typeQuery(QStringLiteral("élysée"));
    QTRY_COMPARE(m_panel->model()->rowCount(), 2);
    const int row = rowTitled(ElyseeArticle.title);
    QVERIFY(row >= 0);
    m_results->setFocus();
    m_results->setCurrentIndex(m_panel->model()->index(row));
    QTest::keyClick(m_results, Qt::Key_Return);

    QCOMPARE(m_window->currentArticle(), articleTitled(ElyseeArticle.title));
    ArticleView *view = m_window->articleView();
    QCOMPARE(view->text(), ElyseeArticle.text);
    // The first whole word, not "élyséens" before it; code points, not UTF-16.
    const qint64 start = codePointOffset(ElyseeArticle.text, u"Élysée");
    QCOMPARE(view->selectedRange(), ArticleView::Span(start, start + 6));
    QCOMPARE(view->textCursor().selectedText(), QStringLiteral("Élysée"));
    QCOMPARE(view->foundSpans().size(), 2);
    QCOMPARE(view->extraSelections().size(), 2);
    QCOMPARE(QApplication::focusWidget(), view);

    // The selection is the analyst's: a label's hotkey tags it.
    QTest::keyClick(view, Qt::Key_2);
    QCOMPARE(rawQueryRows(m_path, "SELECT start, \"end\" FROM annotations"),
             QStringList { QStringLiteral("%1|%2").arg(start).arg(start + 6) });
}

void TestProjectSearch::f3WalksTheHits()
{
    openWith({ BerlinArticle, ElyseeArticle });
    typeQuery(QStringLiteral("elysee"));
    QTRY_COMPARE(m_panel->model()->rowCount(), 1);
    // Enter again on the same query opens the current result.
    QTest::keyClick(m_query, Qt::Key_Return);
    QCOMPARE(m_window->currentArticle(), articleTitled(ElyseeArticle.title));
    ArticleView *view = m_window->articleView();
    const qint64 first = codePointOffset(ElyseeArticle.text, u"Élysée");
    const qint64 second = codePointOffset(ElyseeArticle.text, u"ÉLYSÉE");
    QCOMPARE(view->selectedRange(), ArticleView::Span(first, first + 6));
    QTest::keyClick(view, Qt::Key_F3);
    QCOMPARE(view->selectedRange(), ArticleView::Span(second, second + 6));
    QTest::keyClick(view, Qt::Key_F3);
    QCOMPARE(view->selectedRange(), ArticleView::Span(first, first + 6));
    QTest::keyClick(view, Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(view->selectedRange(), ArticleView::Span(second, second + 6));
    QCOMPARE(view->currentFound(), 1);

    // Another article: the hits go with the old one.
    QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Ctrl+PgUp")));
    QVERIFY(m_window->currentArticle() != articleTitled(ElyseeArticle.title));
    QVERIFY(view->foundSpans().isEmpty());
    QVERIFY(view->extraSelections().isEmpty());
}

void TestProjectSearch::phraseHit()
{
    openWith({ BerlinArticle, ElyseeArticle });
    typeQuery(QStringLiteral("\"olaf scholz\""));
    QTest::keyClick(m_query, Qt::Key_Return); // searches at once
    QTRY_VERIFY(!m_panel->searching()); // on its thread
    QCOMPARE(resultTitles(), QStringList { BerlinArticle.title });
    QTest::keyClick(m_query, Qt::Key_Return); // opens
    QCOMPARE(m_window->articleView()->textCursor().selectedText(), QStringLiteral("Olaf Scholz"));
    // The lone "Olaf" at the end is not a hit of the phrase.
    QCOMPARE(m_window->articleView()->foundSpans().size(), 1);
}

void TestProjectSearch::titleOnlyHitSaysSo()
{
    openWith({ BerlinArticle, TitleOnlyArticle });
    typeQuery(QStringLiteral("elysee"));
    QTRY_COMPARE(resultTitles(), QStringList { TitleOnlyArticle.title });
    QTest::keyClick(m_query, Qt::Key_Return);
    QCOMPARE(m_window->currentArticle(), articleTitled(TitleOnlyArticle.title));
    QVERIFY(!m_window->articleView()->textCursor().hasSelection());
    QVERIFY(m_window->articleView()->foundSpans().isEmpty());
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("title")));
}

void TestProjectSearch::enterSearchesAtOnce()
{
    openWith({ BerlinArticle, ElyseeArticle });
    typeQuery(QStringLiteral("berlin"));
    // Enter does not wait for the typing pause.
    QTest::keyClick(m_query, Qt::Key_Return);
    QTRY_VERIFY(!m_panel->searching()); // on its thread
    QCOMPARE(resultTitles(), QStringList { BerlinArticle.title });
    // Down goes to the list, Enter there opens.
    QTest::keyClick(m_query, Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), m_results);
    QTest::keyClick(m_results, Qt::Key_Return);
    QCOMPARE(m_window->articleView()->textCursor().selectedText(), QStringLiteral("Berlin"));
}

void TestProjectSearch::badQueriesShowAMessage_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("advanced");
    QTest::addColumn<QString>("message"); ///< how the message starts

    QTest::newRow("punctuation only")
        << QStringLiteral("!!! ?") << false << QStringLiteral("Nothing to search for in “!!! ?”");
    QTest::newRow("FTS5 syntax: dangling AND")
        << QStringLiteral("macron AND") << true
        << QStringLiteral("Cannot search for “macron AND”: ");
    QTest::newRow("FTS5 syntax: unterminated string")
        << QStringLiteral("\"macron") << true << QStringLiteral("Cannot search for “\"macron”: ");
    QTest::newRow("FTS5 syntax: unknown column")
        << QStringLiteral("author:macron") << true
        << QStringLiteral("Cannot search for “author:macron”: ");
    QTest::newRow("FTS5 syntax: lone NOT")
        << QStringLiteral("NOT") << true << QStringLiteral("Cannot search for “NOT”: ");
}

void TestProjectSearch::badQueriesShowAMessage()
{
    QFETCH(QString, query);
    QFETCH(bool, advanced);
    QFETCH(QString, message);
    openWith({ BerlinArticle, ElyseeArticle });
    m_panel->findChild<QCheckBox *>(QStringLiteral("searchAdvanced"))->setChecked(advanced);
    typeQuery(query);
    QTest::keyClick(m_query, Qt::Key_Return);
    QTRY_VERIFY(!m_panel->searching()); // on its thread
    QVERIFY2(m_panel->message().startsWith(message), qPrintable(m_panel->message()));
    QVERIFY(m_panel->findChild<QLabel *>(QStringLiteral("searchMessage"))->isVisible());
    QCOMPARE(m_panel->model()->rowCount(), 0);
    // Enter on a failed query opens nothing, and the panel still searches.
    const qint64 shown = m_window->currentArticle();
    QTest::keyClick(m_query, Qt::Key_Return);
    QCOMPARE(m_window->currentArticle(), shown);
    m_query->clear();
    typeText(m_query, QStringLiteral("berlin"));
    QTest::keyClick(m_query, Qt::Key_Return);
    QTRY_VERIFY(!m_panel->searching()); // on its thread
    QCOMPARE(resultTitles(), QStringList { BerlinArticle.title });
}

void TestProjectSearch::manyResultsShowTheBest()
{
    QVector<Text> texts;
    const int count = ProjectSearchPanel::ResultLimit + 5;
    for (int i = 0; i < count; ++i)
        texts.append({ QStringLiteral("Article %1").arg(i),
                       QStringLiteral("Un mot commun, numéro %1.").arg(i), QString() });
    openWith(texts);
    typeQuery(QStringLiteral("commun"));
    QTest::keyClick(m_query, Qt::Key_Return);
    QTRY_VERIFY(!m_panel->searching()); // on its thread
    QCOMPARE(m_panel->model()->rowCount(), ProjectSearchPanel::ResultLimit);
    QCOMPARE(m_panel->message(),
             QStringLiteral("%1 articles match; showing the best %2.")
                 .arg(count)
                 .arg(ProjectSearchPanel::ResultLimit));
}

void TestProjectSearch::closingTheProjectEmptiesThePanel()
{
    openWith({ BerlinArticle });
    typeQuery(QStringLiteral("berlin"));
    QTest::keyClick(m_query, Qt::Key_Return);
    QTRY_VERIFY(!m_panel->searching()); // on its thread
    QCOMPARE(m_panel->model()->rowCount(), 1);
    m_window->closeProject();
    QCOMPARE(m_panel->model()->rowCount(), 0);
    QVERIFY(!m_panel->isEnabled());
    // Opening it again runs the query box's search again.
    QVERIFY(m_window->openProject(m_path, true));
    QTRY_COMPARE(m_panel->model()->rowCount(), 1);
}

void TestProjectSearch::aNewerQueryReplacesOneUnderWay()
{
    openWith({ BerlinArticle, ElyseeArticle });
    typeQuery(QStringLiteral("berlin"));
    QTest::keyClick(m_query, Qt::Key_Return);
    // Changed before the first has come back: only the second is shown.
    m_query->clear();
    typeText(m_query, QStringLiteral("elysee"));
    QTest::keyClick(m_query, Qt::Key_Return);
    QTRY_VERIFY(!m_panel->searching()); // on its thread
    QCOMPARE(resultTitles(), QStringList { ElyseeArticle.title });
    QTest::qWait(100);
    QCOMPARE(resultTitles(), QStringList { ElyseeArticle.title });
    // Closing the project while a search runs drops its result.
    m_query->clear();
    typeText(m_query, QStringLiteral("berlin"));
    QTest::keyClick(m_query, Qt::Key_Return);
    m_window->closeProject();
    // The read ends when its thread has opened the project and been
    // interrupted: a moment, longer on a loaded machine (CI failed once
    // on a fixed 200 ms wait).
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->searching(), 10000);
    QTest::qWait(50);
    QCOMPARE(m_panel->model()->rowCount(), 0);
}

void TestProjectSearch::anImportRefreshesTheResults()
{
    openWith({ BerlinArticle });
    typeQuery(QStringLiteral("elysee"));
    QTRY_COMPARE(m_panel->shownQuery().isEmpty(), false);
    QCOMPARE(m_panel->model()->rowCount(), 0);
    const QString file = m_dir->filePath(QStringLiteral("new/elysee.txt"));
    QVERIFY(writeFile(file, QStringLiteral("À l’Élysée\nLe président à l’Élysée.\n").toUtf8()));
    m_window->importPaths({ file });
    QVERIFY(m_window->importRunner());
    QSignalSpy done(m_window->importRunner(), &ImportRunner::finished);
    QVERIFY(done.wait(60000));
    QTRY_COMPARE(m_panel->model()->rowCount(), 1);
    QCOMPARE(resultTitles(), QStringList { QStringLiteral("À l’Élysée") });
}

QTEST_MAIN(TestProjectSearch)
#include "tst_projectsearch.moc"
