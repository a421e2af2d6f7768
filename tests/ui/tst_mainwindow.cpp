// SPDX-License-Identifier: GPL-3.0-or-later
// The window is bare until the annotation issue; this keeps it honest: it
// opens a real project file and lists what the model layer stored.
#include "mainwindow.h"
#include "projectdatabase.h"
#include "testhelpers.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Marginalia;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void listsTheArticlesOfAProject();
};

void TestMainWindow::listsTheArticlesOfAProject()
{
    QTemporaryDir dir;
    QString path;
    {
        auto project = TestHelpers::createProject(dir);
        QVERIFY(project);
        path = project->path();
        QVector<NewArticle> batch(2);
        batch[0].title = QStringLiteral("Premier 😀");
        batch[0].text = QStringLiteral("Premier 😀\nTexte.");
        batch[0].date = QStringLiteral("2022-12");
        batch[1].title = QStringLiteral("Second");
        batch[1].text = QStringLiteral("Second\nAutre texte.");
        QVector<ProjectDatabase::InsertOutcome> outcomes;
        QString error;
        QVERIFY(project->insertArticles(batch, &outcomes, &error));
    }

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openProject(path));
    auto *table = window.findChild<QTableWidget *>();
    QVERIFY(table);
    QAbstractItemModelTester tester(table->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Premier 😀"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("2022-12"));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("16")); // code points, not UTF-16 units
    QVERIFY(window.windowTitle().contains(QStringLiteral("test")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
