// SPDX-License-Identifier: GPL-3.0-or-later
// The View menu brings back every panel (issue 12, defect 9): each dock of
// the main window has its toggle there, and a closed panel comes back from
// it; so does the toolbar, which holds the menus' own actions. A real
// MainWindow on the offscreen platform.
#include "mainwindow.h"
#include "testhelpers.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTest>
#include <QToolBar>

using namespace Marginalia;
using namespace TestHelpers;

class TestViewMenu : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyPanelIsInTheViewMenu();
    void toolbarSharesTheMenusActions();
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

void TestViewMenu::toolbarSharesTheMenusActions()
{
    // Issue 12, "a toolbar with the main actions": the menus' own actions,
    // so a key, an enabled state or an undo text is never out of step.
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *bar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    QVERIFY(bar);
    QVERIFY(bar->isVisible());
    QStringList shown;
    for (QAction *action : bar->actions()) {
        if (action->isSeparator())
            continue;
        shown.append(action->objectName());
        QVERIFY2(!action->icon().isNull(), qPrintable(action->objectName()));
        QVERIFY2(!action->associatedObjects().isEmpty(), qPrintable(action->objectName()));
        bool inAMenu = false;
        for (QObject *owner : action->associatedObjects())
            inAMenu = inAMenu || qobject_cast<QMenu *>(owner);
        QVERIFY2(inAMenu, qPrintable(action->objectName()));
    }
    QCOMPARE(shown,
             (QStringList { QStringLiteral("importFilesAction"), QStringLiteral("exportAction"),
                            QStringLiteral("undoAction"), QStringLiteral("redoAction"),
                            QStringLiteral("labelsAction"), QStringLiteral("nextToDoAction"),
                            QStringLiteral("searchProjectAction") }));
    // Without a project, its project actions are off like the menus'.
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("exportAction"))->isEnabled());
    // View > Toolbar hides it and brings it back.
    QAction *toggle = bar->toggleViewAction();
    QVERIFY(window.findChild<QMenu *>(QStringLiteral("viewMenu"))->actions().contains(toggle));
    toggle->trigger();
    QVERIFY(!bar->isVisible());
    toggle->trigger();
    QVERIFY(bar->isVisible());
}

QTEST_MAIN(TestViewMenu)
#include "tst_viewmenu.moc"
