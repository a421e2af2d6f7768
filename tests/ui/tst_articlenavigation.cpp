// SPDX-License-Identifier: GPL-3.0-or-later
// Moving through the article list (issue 12, defects 2, 5 and 6): Next and
// Previous Article move the current row and the selection together; the
// title filter ignores case and accents as the rest of the program does;
// the filter never switches the article on screen, and the status bar and
// the next step follow the list. A real MainWindow on the offscreen
// platform over a real project file.
#include "articleview.h"
#include "mainwindow.h"
#include "testhelpers.h"

#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Marginalia;
using namespace TestHelpers;

class TestArticleNavigation : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void nextArticleMovesTheSelection();
    void shiftClickStillExtendsTheSelection();
    void titleFilterIgnoresCaseAndAccents_data();
    void titleFilterIgnoresCaseAndAccents();
    void filterKeepsTheArticleShown();
    void filterThatKeepsTheArticleNumbersItsRow();

private:
    /// A project of the articles titled \a titles, in that order, opened.
    void openProject(const QStringList &titles);
    QTableView *list() const
    {
        return m_window->findChild<QTableView *>(QStringLiteral("articleList"));
    }
    QLineEdit *filter() const
    {
        return m_window->findChild<QLineEdit *>(QStringLiteral("articleFilter"));
    }
    QString status() const
    {
        return m_window->findChild<QLabel *>(QStringLiteral("projectStatus"))->text();
    }
    void clickRow(int row, Qt::KeyboardModifiers modifiers = {});
    void pressNext(int times);
    qint64 idOf(int listRow) const { return m_ids.at(listRow); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_path;
    QVector<qint64> m_ids; ///< article ids in list order
};

void TestArticleNavigation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestArticleNavigation::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1200, 800);
}

void TestArticleNavigation::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

void TestArticleNavigation::openProject(const QStringList &titles)
{
    {
        auto project = createProject(*m_dir);
        QVERIFY(project);
        m_path = project->path();
        QVector<NewArticle> batch;
        for (const QString &title : titles) {
            NewArticle a;
            a.title = title;
            a.text =
                title + QStringLiteral("\nTexte de l’article « ") + title + QStringLiteral(" ».");
            batch.append(a);
        }
        QVector<ProjectDatabase::InsertOutcome> outcomes;
        QString error;
        QVERIFY2(project->insertArticles(batch, &outcomes, &error), qPrintable(error));
    }
    m_ids.clear();
    for (const QString &id : rawQueryRows(m_path, "SELECT id FROM articles ORDER BY id"))
        m_ids.append(id.toLongLong());
    QVERIFY(m_window->openProject(m_path, true));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get())); // shortcuts need it
    QVERIFY(list());
    QVERIFY(filter());
    QCOMPARE(m_window->currentArticle(), idOf(0));
}

void TestArticleNavigation::clickRow(int row, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex index = list()->model()->index(row, 0);
    QTest::mouseClick(list()->viewport(), Qt::LeftButton, modifiers,
                      list()->visualRect(index).center());
}

void TestArticleNavigation::pressNext(int times)
{
    for (int i = 0; i < times; ++i)
        QTest::keyClick(m_window->articleView(), Qt::Key_PageDown, Qt::ControlModifier);
}

void TestArticleNavigation::nextArticleMovesTheSelection()
{
    QStringList titles;
    for (int k = 0; k < 12; ++k)
        titles.append(QStringLiteral("Dépêche %1").arg(k, 2, 10, QLatin1Char('0')));
    openProject(titles);
    clickRow(1);
    QCOMPARE(m_window->currentArticle(), idOf(1));
    m_window->articleView()->setFocus();
    pressNext(5);
    QCOMPARE(m_window->currentArticle(), idOf(6));
    QCOMPARE(list()->currentIndex().row(), 6);
    const QModelIndexList selected = list()->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().row(), 6);
    QTest::keyClick(m_window->articleView(), Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(m_window->currentArticle(), idOf(5));
    QCOMPARE(list()->selectionModel()->selectedRows().size(), 1);
    // Next Article To Do moves it the same way.
    QTest::keyClick(m_window->articleView(), Qt::Key_J, Qt::ControlModifier);
    QCOMPARE(m_window->currentArticle(), idOf(6));
    QCOMPARE(list()->selectionModel()->selectedRows().size(), 1);
}

void TestArticleNavigation::shiftClickStillExtendsTheSelection()
{
    openProject({ QStringLiteral("Un"), QStringLiteral("Deux"), QStringLiteral("Trois"),
                  QStringLiteral("Quatre") });
    clickRow(0);
    clickRow(2, Qt::ShiftModifier);
    QCOMPARE(list()->selectionModel()->selectedRows().size(), 3);
    clickRow(3, Qt::ControlModifier);
    QCOMPARE(list()->selectionModel()->selectedRows().size(), 4);
}

void TestArticleNavigation::titleFilterIgnoresCaseAndAccents_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("found");
    const QString elysee = QStringLiteral("Réunion à l’Élysée");
    const QString hidalgo = QStringLiteral("Anne HIDALGO répond");
    const QString strasse = QStringLiteral("Die Straße der Einheit");
    const QString choigou = QStringLiteral("Choïgou à Moscou");
    const QString moscou = QStringLiteral("Moscou\u00A0: mardi, sommet");
    QTest::newRow("no accents") << QStringLiteral("elysee") << QStringList { elysee };
    QTest::newRow("upper case with accent") << QStringLiteral("ÉLYSÉE") << QStringList { elysee };
    QTest::newRow("decomposed") << QStringLiteral("E\u0301lyse\u0301e") << QStringList { elysee };
    QTest::newRow("lower case of upper") << QStringLiteral("hidalgo") << QStringList { hidalgo };
    QTest::newRow("sharp s folded") << QStringLiteral("STRASSE") << QStringList { strasse };
    QTest::newRow("diaeresis dropped") << QStringLiteral("choigou") << QStringList { choigou };
    QTest::newRow("spaces around")
        << QStringLiteral("  moscou ") << QStringList { choigou, moscou };
    // An accented letter finds it with and without its accent, in any case.
    QTest::newRow("in several") << QStringLiteral("É")
                                << QStringList { elysee, hidalgo, strasse, moscou };
    QTest::newRow("none") << QStringLiteral("elysees") << QStringList();
    // French typography puts a no-break space before the colon.
    QTest::newRow("plain space for a no-break one")
        << QStringLiteral("moscou : mardi") << QStringList { moscou };
}

void TestArticleNavigation::titleFilterIgnoresCaseAndAccents()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, found);
    openProject({ QStringLiteral("Réunion à l’Élysée"), QStringLiteral("Anne HIDALGO répond"),
                  QStringLiteral("Die Straße der Einheit"), QStringLiteral("Choïgou à Moscou"),
                  QStringLiteral("Moscou\u00A0: mardi, sommet") });
    filter()->setText(typed);
    QStringList shown;
    for (int row = 0; row < list()->model()->rowCount(); ++row)
        shown.append(list()->model()->index(row, 0).data().toString());
    shown.sort();
    found.sort();
    QCOMPARE(shown, found);
}

void TestArticleNavigation::filterKeepsTheArticleShown()
{
    openProject({ QStringLiteral("Alpha"), QStringLiteral("Bravo"), QStringLiteral("Charlie"),
                  QStringLiteral("Delta") });
    clickRow(1);
    QCOMPARE(m_window->currentArticle(), idOf(1));
    QVERIFY(status().startsWith(QStringLiteral("Article 2 of 4")));
    const QString text = m_window->articleView()->text();

    QTest::keyClicks(filter(), QStringLiteral("zulu"));
    QCOMPARE(list()->model()->rowCount(), 0);
    QCOMPARE(m_window->currentArticle(), idOf(1)); // still on screen
    QCOMPARE(m_window->articleView()->text(), text);
    QVERIFY2(status().startsWith(QStringLiteral("0 article")), qPrintable(status()));
    QVERIFY2(status().contains(QStringLiteral("match the filter")), qPrintable(status()));

    filter()->setText(QStringLiteral("a")); // Alpha, Bravo, Charlie, Delta: all
    filter()->setText(QStringLiteral("lta")); // Delta only: Bravo is hidden
    QCOMPARE(list()->model()->rowCount(), 1);
    QCOMPARE(m_window->currentArticle(), idOf(1));
    QVERIFY(!list()->currentIndex().isValid());
    QVERIFY(list()->selectionModel()->selectedRows().isEmpty());
    // Focus coming to the list by the keyboard does not make its first row
    // current, which would show that article.
    list()->setFocus(Qt::TabFocusReason);
    QVERIFY(list()->hasFocus());
    QCOMPARE(m_window->currentArticle(), idOf(1));
    QVERIFY(!list()->currentIndex().isValid());
    QVERIFY2(status().startsWith(QStringLiteral("1 article matches the filter"))
                 || status().startsWith(QStringLiteral("1 article(s) match the filter")),
             qPrintable(status()));

    filter()->clear();
    QCOMPARE(list()->model()->rowCount(), 4);
    QCOMPARE(m_window->currentArticle(), idOf(1));
    QCOMPARE(list()->currentIndex().row(), 1);
    QCOMPARE(list()->selectionModel()->selectedRows().size(), 1);
    QVERIFY2(status().startsWith(QStringLiteral("Article 2 of 4")), qPrintable(status()));
    // The next step goes on from the article shown, not from the top.
    m_window->articleView()->setFocus();
    pressNext(1);
    QCOMPARE(m_window->currentArticle(), idOf(2));
}

void TestArticleNavigation::filterThatKeepsTheArticleNumbersItsRow()
{
    openProject({ QStringLiteral("Paris vote"), QStringLiteral("Lyon gagne"),
                  QStringLiteral("Paris perd"), QStringLiteral("Paris rit") });
    clickRow(2);
    QCOMPARE(m_window->currentArticle(), idOf(2));
    filter()->setText(QStringLiteral("paris"));
    QCOMPARE(list()->model()->rowCount(), 3);
    QCOMPARE(m_window->currentArticle(), idOf(2));
    QCOMPARE(list()->currentIndex().row(), 1);
    QCOMPARE(list()->selectionModel()->selectedRows().size(), 1);
    QVERIFY2(status().startsWith(QStringLiteral("Article 2 of 3")), qPrintable(status()));
    m_window->articleView()->setFocus();
    pressNext(1);
    QCOMPARE(m_window->currentArticle(), idOf(3));
    QVERIFY2(status().startsWith(QStringLiteral("Article 3 of 3")), qPrintable(status()));
}

QTEST_MAIN(TestArticleNavigation)
#include "tst_articlenavigation.moc"
