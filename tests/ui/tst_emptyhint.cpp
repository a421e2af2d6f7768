// SPDX-License-Identifier: GPL-3.0-or-later
// What a window says when there is nothing to annotate (issue 12, defect
// 17: an empty project gave no hint of what to do). Real project files, a
// real MainWindow on the offscreen platform.
#include "articlelistmodel.h"
#include "articleview.h"
#include "mainwindow.h"
#include "projectsession.h"
#include "testhelpers.h"

#include <QStandardPaths>
#include <QTest>

using namespace Marginalia;
using namespace TestHelpers;

class TestEmptyHint : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void hintFollowsWhatThereIs();
};

void TestEmptyHint::hintFollowsWhatThereIs()
{
    QTemporaryDir dir;
    QString path;
    {
        auto project = createProject(dir);
        QVERIFY(project);
        path = project->path();
    }
    MainWindow window;
    window.show();
    const ArticleView *view = window.articleView();
    QVERIFY2(view->placeholderText().contains(QStringLiteral("No project is open")),
             qPrintable(view->placeholderText()));
    QVERIFY(view->placeholderText().contains(QStringLiteral("Open the Sample Project")));

    QVERIFY(window.openProject(path, true));
    const QString hint = view->placeholderText();
    QVERIFY2(hint.contains(QStringLiteral("no articles yet")), qPrintable(hint));
    // The keys as the menus name them.
    QVERIFY2(
        hint.contains(QKeySequence(QStringLiteral("Ctrl+I")).toString(QKeySequence::NativeText)),
        qPrintable(hint));
    QVERIFY(hint.contains(QStringLiteral("drop files")));

    // Articles arrive (another connection, as an import's): the hint goes.
    {
        auto project = ProjectDatabase::open(path).database;
        QVERIFY(project);
        QVector<NewArticle> batch(1);
        batch[0].title = QStringLiteral("Un");
        batch[0].text = QStringLiteral("Un\nTexte.");
        QVector<ProjectDatabase::InsertOutcome> outcomes;
        QString error;
        QVERIFY2(project->insertArticles(batch, &outcomes, &error), qPrintable(error));
    }
    window.session()->reloadAfterImport();
    QVERIFY2(view->placeholderText().isEmpty(), qPrintable(view->placeholderText()));

    window.closeProject();
    QVERIFY(view->placeholderText().contains(QStringLiteral("No project is open")));
}

QTEST_MAIN(TestEmptyHint)
#include "tst_emptyhint.moc"
