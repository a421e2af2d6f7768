// SPDX-License-Identifier: GPL-3.0-or-later
// Tag All in the whole of a project larger than TagAllRunner::OnThreadAbove:
// Ctrl+Shift+T plans on a thread behind a progress dialog, then stores every
// occurrence as one undo step; Cancel, and closing the project, store
// nothing. Real project files, a real MainWindow on the offscreen platform.
#include "articleview.h"
#include "mainwindow.h"
#include "projectsession.h"
#include "tagallrunner.h"
#include "testhelpers.h"

#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextCursor>
#include <QUndoStack>

using namespace Marginalia;
using namespace TestHelpers;

class TestTagAllRunner : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void largeProjectIsTaggedOnAThread();
    void cancelStoresNothing();
    void closingTheProjectStoresNothing();

private:
    /// Opens a project of OnThreadAbove + 600 articles, a third of them
    /// naming Poutine, with the first mention tagged and selected; starts
    /// Tag All in the Project from the keyboard.
    void openAndStartTagAll();
    TagAllRunner *runner() const { return m_window->findChild<TagAllRunner *>(); }
    qint64 annotations() const { return rawQueryInt(m_path, "SELECT count(*) FROM annotations"); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_path;
    int m_naming = 0; ///< articles that name Poutine
};

void TestTagAllRunner::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestTagAllRunner::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1200, 800);
}

void TestTagAllRunner::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

void TestTagAllRunner::openAndStartTagAll()
{
    {
        auto project = createProject(*m_dir);
        QVERIFY(project);
        m_path = project->path();
        QVector<NewArticle> batch;
        m_naming = 0;
        for (int k = 0; k < TagAllRunner::OnThreadAbove + 600; ++k) {
            NewArticle a;
            a.title = QStringLiteral("Dépêche %1").arg(k);
            const bool names = k % 3 == 0;
            m_naming += names ? 1 : 0;
            a.text = names ? QStringLiteral("Dépêche %1\nPoutine a reçu la délégation.").arg(k)
                           : QStringLiteral("Dépêche %1\nLa délégation est repartie.").arg(k);
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
    ProjectSession *session = m_window->session();
    const qint64 first = rawQueryInt(m_path, "SELECT min(id) FROM articles");
    m_window->showArticle(first);
    const QString text = m_window->articleView()->text();
    const qint64 start = codePointOffset(text, u"Poutine");
    const qint64 per = rawQueryInt(m_path, "SELECT id FROM labels WHERE name = 'PER'");
    const qint64 source = session->addAnnotation(first, start, start + 7, per);
    QVERIFY(source > 0);
    // Selected by a click on it, as the analyst would.
    ArticleView *view = m_window->articleView();
    QTextCursor cursor(view->document());
    cursor.setPosition(int(text.indexOf(QStringLiteral("Poutine")) + 2));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->cursorRect(cursor).center());
    QCOMPARE(view->selectedAnnotation(), source);
    view->setFocus();
    QCOMPARE(annotations(), 1);

    QTest::keyClick(m_window->articleView(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(runner());
    QVERIFY(runner()->isRunning());
    // The window keeps drawing behind a dialog that can cancel.
    auto *dialog = m_window->findChild<QProgressDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->windowModality(), Qt::WindowModal);
}

void TestTagAllRunner::largeProjectIsTaggedOnAThread()
{
    openAndStartTagAll();
    QSignalSpy tagged(runner(), &TagAllRunner::tagged);
    QVERIFY(tagged.wait(30000));
    // Over 500, so the suggestion wordings are read again, not counted.
    QVERIFY(m_naming - 1 > 500);
    QCOMPARE(tagged.at(0).at(0).toInt(), m_naming - 1);
    QCOMPARE(annotations(), m_naming);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->session()->suggestionsPending(), 20000);
    QVERIFY(!runner()->isRunning());
    QVERIFY(!m_window->findChild<QProgressDialog *>()->isVisible());
    // One undo step, as when tagged at once.
    m_window->session()->undoStack()->undo();
    QCOMPARE(annotations(), 1);
    m_window->session()->undoStack()->redo();
    QCOMPARE(annotations(), m_naming);
}

void TestTagAllRunner::cancelStoresNothing()
{
    openAndStartTagAll();
    QSignalSpy tagged(runner(), &TagAllRunner::tagged);
    QSignalSpy cancelled(runner(), &TagAllRunner::cancelled);
    auto *cancel = m_window->findChild<QProgressDialog *>()->findChild<QPushButton *>();
    QVERIFY(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QCOMPARE(cancelled.count(), 1);
    QVERIFY(!runner()->isRunning());
    QTest::qWait(200); // a plan that was already on its way is dropped
    QCOMPARE(tagged.count(), 0);
    QCOMPARE(annotations(), 1);
    QVERIFY(!m_window->session()->undoStack()->canRedo());
}

void TestTagAllRunner::closingTheProjectStoresNothing()
{
    openAndStartTagAll();
    QSignalSpy tagged(runner(), &TagAllRunner::tagged);
    m_window->closeProject();
    QVERIFY(!runner()->isRunning());
    QTest::qWait(200);
    QCOMPARE(tagged.count(), 0);
    QCOMPARE(annotations(), 1);
}

QTEST_MAIN(TestTagAllRunner)
#include "tst_tagallrunner.moc"
