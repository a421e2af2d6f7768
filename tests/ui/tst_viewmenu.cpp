// SPDX-License-Identifier: GPL-3.0-or-later
// The View menu brings back every panel (issue 12, defect 9): each dock of
// the main window has its toggle there, and a closed panel comes back from
// it. A real MainWindow on the offscreen platform.
#include "mainwindow.h"
#include "testhelpers.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTest>

using namespace Marginalia;
using namespace TestHelpers;

class TestViewMenu : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyPanelIsInTheViewMenu();
};

void TestViewMenu::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestViewMenu::everyPanelIsInTheViewMenu()
{
    QTemporaryDir dir;
    auto project = createProject(dir);
    QVERIFY(project);
    const QString path = project->path();
    project.reset();
    MainWindow window;
    QVERIFY(window.openProject(path, true));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QMenu *view = nullptr;
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->text().remove(QLatin1Char('&')) == QStringLiteral("View"))
            view = menu->menu();
    }
    QVERIFY(view);
    const QList<QDockWidget *> docks = window.findChildren<QDockWidget *>();
    QVERIFY(docks.size() >= 4); // labels, annotations, entities, search
    for (QDockWidget *dock : docks) {
        QVERIFY2(view->actions().contains(dock->toggleViewAction()),
                 qPrintable(dock->windowTitle()));
        if (!dock->isVisible())
            dock->toggleViewAction()->trigger();
        QVERIFY2(dock->isVisible(), qPrintable(dock->windowTitle()));
        dock->close();
        QVERIFY(!dock->isVisible());
        QVERIFY(!dock->toggleViewAction()->isChecked());
        dock->toggleViewAction()->trigger();
        QVERIFY2(dock->isVisible(), qPrintable(dock->windowTitle()));
    }
}

QTEST_MAIN(TestViewMenu)
#include "tst_viewmenu.moc"
