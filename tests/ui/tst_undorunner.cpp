// SPDX-License-Identifier: GPL-3.0-or-later
// Undo and Redo from the window's Edit menu: a step that stores thousands of
// mentions (a tag all) goes to a thread behind a progress dialog and the
// views hear of it once stored; a small step is done at once; a step that
// cannot be stored changes nothing. Real project files, a real MainWindow
// on the offscreen platform.
#include "annotationbatchcommands.h"
#include "articleview.h"
#include "mainwindow.h"
#include "projectsession.h"
#include "testhelpers.h"
#include "undorunner.h"

#include <QAction>
#include <QElapsedTimer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QThread>
#include <QUndoStack>

#include <sqlite3.h>

using namespace Marginalia;
using namespace TestHelpers;

class TestUndoRunner : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void largeUndoAndRedoRunOnAThread();
    void smallStepIsDoneAtOnce();
    void cancelKeepsFileAndHistoryInStep();
    void cancelAfterTheCommitStillMovesTheStack();
    void threadAndDirectStepsMix();
    void lockedProjectChangesNothing();

private:
    /// Opens a project whose articles name Poutine \a perArticle times and
    /// tags all of them in one step (more than AddAnnotationsCommand::LongAbove).
    void openAndTagAll();
    /// The Edit menu's Undo (\a redo: Redo) action, triggered as a click would.
    void trigger(bool redo);
    UndoRunner *runner() const { return m_window->findChild<UndoRunner *>(); }
    QProgressDialog *visibleDialog() const;
    qint64 annotations() const { return rawQueryInt(m_path, "SELECT count(*) FROM annotations"); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_path;
    qint64 m_tagged = 0; ///< mentions in the file after the tag all
};

void TestUndoRunner::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestUndoRunner::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1200, 800);
}

void TestUndoRunner::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

void TestUndoRunner::openAndTagAll()
{
    {
        auto project = createProject(*m_dir);
        QVERIFY(project);
        m_path = project->path();
        QVector<NewArticle> batch;
        for (int k = 0; k < 60; ++k) {
            NewArticle a;
            a.title = QStringLiteral("Dépêche %1").arg(k);
            a.text = QStringLiteral("Dépêche %1\n").arg(k)
                + QStringLiteral("Poutine a reçu la délégation. ").repeated(20);
            batch.append(a);
        }
        QVector<ProjectDatabase::InsertOutcome> outcomes;
        QString error;
        QVERIFY2(project->insertArticles(batch, &outcomes, &error), qPrintable(error));
    }
    QVERIFY(m_window->openProject(m_path, true));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    ProjectSession *session = m_window->session();
    const qint64 first = rawQueryInt(m_path, "SELECT min(id) FROM articles");
    m_window->showArticle(first);
    const QString text = m_window->articleView()->text();
    const qint64 start = codePointOffset(text, u"Poutine");
    const qint64 per = rawQueryInt(m_path, "SELECT id FROM labels WHERE name = 'PER'");
    const qint64 source = session->addAnnotation(first, start, start + 7, per);
    QVERIFY(source > 0);
    const std::optional<Annotation> tagged = session->database().annotation(source);
    QVERIFY(tagged);
    QCOMPARE(session->tagAll(*tagged, QStringLiteral("Poutine"), true, false), 60 * 20 - 1);
    m_tagged = annotations();
    QCOMPARE(m_tagged, 60 * 20);
    QVERIFY(m_tagged - 1 > AddAnnotationsCommand::LongAbove);
    QCOMPARE(m_window->articleView()->annotations().size(), 20);
}

void TestUndoRunner::trigger(bool redo)
{
    const QString prefix = redo ? QStringLiteral("&Redo") : QStringLiteral("&Undo");
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->text().startsWith(prefix)) {
            QVERIFY(action->isEnabled());
            action->trigger();
            return;
        }
    }
    QFAIL("no Undo or Redo action");
}

QProgressDialog *TestUndoRunner::visibleDialog() const
{
    for (QProgressDialog *dialog : m_window->findChildren<QProgressDialog *>()) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

void TestUndoRunner::largeUndoAndRedoRunOnAThread()
{
    openAndTagAll();
    QUndoStack *stack = m_window->session()->undoStack();
    const int index = stack->index();
    const QStringList idsBefore = rawQueryRows(m_path, "SELECT id FROM annotations ORDER BY id");

    trigger(false);
    QVERIFY(runner()->isRunning());
    QProgressDialog *dialog = visibleDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->windowModality(), Qt::WindowModal);
    QVERIFY(dialog->labelText().contains(QStringLiteral("Poutine")));
    QTRY_VERIFY_WITH_TIMEOUT(!runner()->isRunning(), 30000);
    QCOMPARE(stack->index(), index - 1);
    QCOMPARE(annotations(), 1);
    QCOMPARE(m_window->articleView()->annotations().size(), 1); // the view heard of it
    QVERIFY(!visibleDialog());

    trigger(true);
    QVERIFY(runner()->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!runner()->isRunning(), 30000);
    QCOMPARE(stack->index(), index);
    QCOMPARE(rawQueryRows(m_path, "SELECT id FROM annotations ORDER BY id"), idsBefore);
    QCOMPARE(m_window->articleView()->annotations().size(), 20);
    QCOMPARE(rawQueryInt(m_path, "SELECT annotations FROM article_counts ORDER BY article_id"), 20);
}

void TestUndoRunner::smallStepIsDoneAtOnce()
{
    openAndTagAll();
    QUndoStack *stack = m_window->session()->undoStack();
    trigger(false); // the tag all, on the thread
    QTRY_VERIFY_WITH_TIMEOUT(!runner()->isRunning(), 30000);
    trigger(false); // the one mention: at once
    QVERIFY(!runner()->isRunning());
    QCOMPARE(stack->index(), 0);
    QCOMPARE(annotations(), 0);
    QVERIFY(m_window->articleView()->annotations().isEmpty());
    trigger(true);
    QVERIFY(!runner()->isRunning());
    QCOMPARE(annotations(), 1);
}

void TestUndoRunner::cancelKeepsFileAndHistoryInStep()
{
    openAndTagAll();
    QUndoStack *stack = m_window->session()->undoStack();
    const int index = stack->index();
    trigger(false);
    QVERIFY(runner()->isRunning());
    QProgressDialog *dialog = visibleDialog();
    QVERIFY(dialog);
    auto *cancel = dialog->findChild<QPushButton *>();
    QVERIFY(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!runner()->isRunning());
    QTest::qWait(100);
    // Either the delete was stopped and rolled back, or it had committed and
    // the history moved with it: never one without the other.
    if (stack->index() == index) {
        QCOMPARE(annotations(), m_tagged);
        QCOMPARE(m_window->articleView()->annotations().size(), 20);
    } else {
        QCOMPARE(stack->index(), index - 1);
        QCOMPARE(annotations(), 1);
        QCOMPARE(m_window->articleView()->annotations().size(), 1);
    }
}

void TestUndoRunner::cancelAfterTheCommitStillMovesTheStack()
{
    openAndTagAll();
    QUndoStack *stack = m_window->session()->undoStack();
    const int index = stack->index();
    QSignalSpy late(runner(), &UndoRunner::doneDespiteCancel);
    QSignalSpy cancelled(runner(), &UndoRunner::cancelled);
    trigger(false);
    QProgressDialog *dialog = visibleDialog();
    QVERIFY(dialog);
    // The event loop does not run meanwhile, so the end of the run waits.
    QElapsedTimer waited;
    waited.start();
    while (annotations() != 1 && waited.elapsed() < 30000)
        QThread::msleep(5);
    QCOMPARE(annotations(), 1);
    QTest::mouseClick(dialog->findChild<QPushButton *>(), Qt::LeftButton);
    QVERIFY(!runner()->isRunning());
    QCOMPARE(stack->index(), index - 1);
    QCOMPARE(m_window->articleView()->annotations().size(), 1);
    QCOMPARE(late.count(), 1);
    QCOMPARE(cancelled.count(), 0);
    // The step is an ordinary one afterwards.
    trigger(true);
    QTRY_VERIFY_WITH_TIMEOUT(!runner()->isRunning(), 30000);
    QCOMPARE(annotations(), m_tagged);
    QCOMPARE(m_window->articleView()->annotations().size(), 20);
}

void TestUndoRunner::threadAndDirectStepsMix()
{
    openAndTagAll();
    QUndoStack *stack = m_window->session()->undoStack();
    const auto settled = [this] { return !runner()->isRunning(); };
    trigger(false); // thread
    QTRY_VERIFY_WITH_TIMEOUT(settled(), 30000);
    QCOMPARE(annotations(), 1);
    stack->redo(); // direct
    QCOMPARE(annotations(), m_tagged);
    QCOMPARE(m_window->articleView()->annotations().size(), 20);
    trigger(false); // thread again
    QTRY_VERIFY_WITH_TIMEOUT(settled(), 30000);
    QCOMPARE(annotations(), 1);
    trigger(true); // thread
    QTRY_VERIFY_WITH_TIMEOUT(settled(), 30000);
    QCOMPARE(annotations(), m_tagged);
    stack->undo(); // direct: stores, as no step was marked stored
    QCOMPARE(annotations(), 1);
    QCOMPARE(m_window->articleView()->annotations().size(), 1);
    stack->redo();
    QCOMPARE(annotations(), m_tagged);
}

void TestUndoRunner::lockedProjectChangesNothing()
{
    openAndTagAll();
    QUndoStack *stack = m_window->session()->undoStack();
    const int index = stack->index();
    sqlite3 *holder = nullptr;
    QCOMPARE(sqlite3_open_v2(QFile::encodeName(m_path).constData(), &holder, SQLITE_OPEN_READWRITE,
                             nullptr),
             SQLITE_OK);
    QCOMPARE(sqlite3_exec(holder, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
    QSignalSpy failed(runner(), &UndoRunner::failed);
    trigger(false);
    QTRY_VERIFY_WITH_TIMEOUT(!runner()->isRunning(), 30000); // after the busy timeout
    sqlite3_exec(holder, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(holder);
    QCOMPARE(failed.count(), 1);
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.contains(QStringLiteral("Undo Tag All")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("locked")), qPrintable(message));
    QCOMPARE(stack->index(), index);
    QCOMPARE(annotations(), m_tagged);
    QCOMPARE(m_window->articleView()->annotations().size(), 20);
}

QTEST_MAIN(TestUndoRunner)
#include "tst_undorunner.moc"
