// SPDX-License-Identifier: GPL-3.0-or-later
// A start goes on from where the last one stopped (issue 12, defect 7):
// every start opened the demo project, the demo went to the top of Open
// Recent, a reopened project started at article 1 with its sort reset, and
// the window's size, panes and panels were forgotten. Real project files,
// real settings (Qt's test location), real MainWindows on the offscreen
// platform.
#include "articlelistmodel.h"
#include "mainwindow.h"
#include "projectsession.h"
#include "testhelpers.h"

#include <QDockWidget>
#include <QLineEdit>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Marginalia;
using namespace TestHelpers;

class TestProjectPlaces : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void reopensAtTheArticleWithSortAndFilter();
    void lastProjectIsTheOneClosedLast();
    void demoStaysOutOfOpenRecent();
    void deletedArticleOpensAtTheFirst();
    void layoutIsRestored();

private:
    /// A project of \a count articles "Article 1"… dated one day apart.
    QString makeProject(const QString &name, int count);
    static QTableView *articleTable(const MainWindow &window)
    {
        return window.findChild<QTableView *>(QStringLiteral("articleList"));
    }
    static QSortFilterProxyModel *proxy(const MainWindow &window)
    {
        return qobject_cast<QSortFilterProxyModel *>(articleTable(window)->model());
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestProjectPlaces::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestProjectPlaces::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestProjectPlaces::cleanup()
{
    m_dir.reset();
    QSettings().clear();
}

QString TestProjectPlaces::makeProject(const QString &name, int count)
{
    auto project = createProject(*m_dir, name);
    if (!project)
        return QString();
    QVector<NewArticle> batch;
    for (int k = 1; k <= count; ++k) {
        NewArticle a;
        a.title = QStringLiteral("Article %1").arg(k);
        a.text = QStringLiteral("Article %1\nUn reportage à Lyon.").arg(k);
        a.date = QStringLiteral("2024-03-%1").arg(k, 2, 10, QLatin1Char('0'));
        batch.append(a);
    }
    QVector<ProjectDatabase::InsertOutcome> outcomes;
    QString error;
    if (!project->insertArticles(batch, &outcomes, &error))
        return QString();
    return project->path();
}

void TestProjectPlaces::reopensAtTheArticleWithSortAndFilter()
{
    const QString path = makeProject(QStringLiteral("places.marginalia"), 12);
    QVERIFY(!path.isEmpty());
    const qint64 seventh = rawQueryInt(path, "SELECT id FROM articles WHERE title = 'Article 7'");
    {
        MainWindow window;
        QVERIFY(window.openProject(path, true));
        window.show();
        articleTable(window)->sortByColumn(ArticleListModel::DateColumn, Qt::DescendingOrder);
        window.findChild<QLineEdit *>(QStringLiteral("articleFilter"))
            ->setText(QStringLiteral("article"));
        window.showArticle(seventh);
        QVERIFY(window.close());
    }
    MainWindow window;
    QCOMPARE(MainWindow::lastProject(), QFileInfo(path).absoluteFilePath());
    QVERIFY(window.openProject(MainWindow::lastProject(), true));
    window.show();
    QCOMPARE(window.currentArticle(), seventh);
    QCOMPARE(proxy(window)->sortColumn(), int(ArticleListModel::DateColumn));
    QCOMPARE(proxy(window)->sortOrder(), Qt::DescendingOrder);
    QCOMPARE(window.findChild<QLineEdit *>(QStringLiteral("articleFilter"))->text(),
             QStringLiteral("article"));
    // The list's current row is the article, so Next Article goes on from it:
    // sorted by date downwards, the sixth comes after the seventh.
    const QModelIndex current = articleTable(window)->currentIndex();
    QCOMPARE(current.data(ArticleListModel::ArticleIdRole).toLongLong(), seventh);
    QCOMPARE(proxy(window)->index(current.row() + 1, ArticleListModel::TitleColumn).data(),
             QVariant(QStringLiteral("Article 6")));
}

void TestProjectPlaces::lastProjectIsTheOneClosedLast()
{
    const QString first = makeProject(QStringLiteral("first.marginalia"), 2);
    const QString second = makeProject(QStringLiteral("second.marginalia"), 2);
    MainWindow window;
    QVERIFY(window.openProject(first, true));
    QVERIFY(window.openProject(second, true));
    QCOMPARE(MainWindow::lastProject(), QFileInfo(second).absoluteFilePath());
    // A project moved away since is skipped.
    QVERIFY(window.openProject(first, true));
    window.closeProject();
    QVERIFY(QFile::rename(first, first + QStringLiteral(".moved")));
    QCOMPARE(MainWindow::lastProject(), QFileInfo(second).absoluteFilePath());
}

void TestProjectPlaces::demoStaysOutOfOpenRecent()
{
    // The demo where the program makes it (its sample is bundled in the
    // program, not in this test).
    QVERIFY(QDir().mkpath(QFileInfo(MainWindow::demoProjectPath()).absolutePath()));
    QFile::remove(MainWindow::demoProjectPath());
    QVERIFY(ProjectDatabase::create(MainWindow::demoProjectPath()).database);
    const QString mine = makeProject(QStringLiteral("mine.marginalia"), 2);
    MainWindow window;
    QVERIFY(window.openProject(mine, true));
    QVERIFY(window.openProject(MainWindow::demoProjectPath(), true));
    QCOMPARE(MainWindow::lastProject(), QFileInfo(mine).absoluteFilePath());
    const QStringList listed = QSettings().value(QStringLiteral("recentProjects")).toStringList();
    QCOMPARE(listed, QStringList { QFileInfo(mine).absoluteFilePath() });
}

void TestProjectPlaces::deletedArticleOpensAtTheFirst()
{
    const QString path = makeProject(QStringLiteral("deleted.marginalia"), 5);
    const qint64 fourth = rawQueryInt(path, "SELECT id FROM articles WHERE title = 'Article 4'");
    {
        MainWindow window;
        QVERIFY(window.openProject(path, true));
        window.showArticle(fourth);
        window.closeProject();
    }
    QVERIFY(rawExec(path,
                    "PRAGMA foreign_keys = ON; DELETE FROM articles WHERE id = "
                        + QByteArray::number(fourth)));
    MainWindow window;
    QVERIFY(window.openProject(path, true));
    QCOMPARE(window.currentArticle(), rawQueryInt(path, "SELECT min(id) FROM articles"));
}

void TestProjectPlaces::layoutIsRestored()
{
    QList<int> panes;
    {
        MainWindow window;
        window.restoreLayout(); // nothing kept yet: the default size
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(1000, 700);
        window.findChild<QDockWidget *>(QStringLiteral("entitiesDock"))->hide();
        auto *splitter = window.findChild<QSplitter *>(QStringLiteral("articleSplitter"));
        splitter->setSizes({ 300, 600 });
        panes = splitter->sizes();
        QVERIFY(window.close());
    }
    MainWindow window;
    window.restoreLayout();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.size(), QSize(1000, 700));
    QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("entitiesDock"))->isHidden());
    QCOMPARE(window.findChild<QSplitter *>(QStringLiteral("articleSplitter"))->sizes(), panes);
}

QTEST_MAIN(TestProjectPlaces)
#include "tst_projectplaces.moc"
