// SPDX-License-Identifier: GPL-3.0-or-later
// Detect Quotes in All Articles from the window: the run goes on a thread
// behind a window-modal progress dialog, every article's quotes are found,
// and the articles whose quotes changed are one undo step; Stop keeps what
// was done, as one undo step too. Real project files, a real MainWindow on
// the offscreen platform.
#include "articleview.h"
#include "mainwindow.h"
#include "projectsession.h"
#include "quotecommands.h"
#include "quotedetectionrunner.h"
#include "testhelpers.h"
#include "undorunner.h"

#include <QAction>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace Marginalia;
using namespace TestHelpers;

class TestQuoteDetectionRunner : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void everyArticleIsDetectedOnAThreadAsOneUndoStep();
    void aSecondRunChangesNothing();
    void stopKeepsWhatWasDoneAsOneUndoStep();
    void undoFromTheMenuRunsOnAThread();

private:
    static constexpr int Articles = 400;
    /// Opens a project of Articles articles, every second one with a quote
    /// and its speaker, none detected yet; starts the run from its menu action.
    void openAndStart();
    QuoteDetectionRunner *runner() const { return m_window->findChild<QuoteDetectionRunner *>(); }
    qint64 quotes() const { return rawQueryInt(m_path, "SELECT count(*) FROM quotes"); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_path;
};

void TestQuoteDetectionRunner::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestQuoteDetectionRunner::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1200, 800);
}

void TestQuoteDetectionRunner::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

void TestQuoteDetectionRunner::openAndStart()
{
    {
        auto project = createProject(*m_dir);
        QVERIFY(project);
        m_path = project->path();
        QVector<NewArticle> batch;
        for (int k = 0; k < Articles; ++k) {
            NewArticle a;
            a.title = QStringLiteral("Dépêche %1").arg(k);
            a.text = k % 2 == 0
                ? QStringLiteral("Dépêche %1\n« Nous irons jusqu'au bout », a déclaré Marie "
                                 "Curie devant la presse.")
                      .arg(k)
                : QStringLiteral("Dépêche %1\nLa délégation est repartie sans un mot.").arg(k);
            batch.append(a);
        }
        QVector<ProjectDatabase::InsertOutcome> outcomes;
        QString error;
        QVERIFY2(project->insertArticles(batch, &outcomes, &error), qPrintable(error));
    }
    QCOMPARE(quotes(), 0);
    QVERIFY(m_window->openProject(m_path, true));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QAction *detect = nullptr;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->text().remove(QLatin1Char('&'))
            == QLatin1String("Detect Quotes in All Articles"))
            detect = action;
    }
    QVERIFY(detect);
    QVERIFY(detect->isEnabled());
    detect->trigger();
    QVERIFY(runner());
    QVERIFY(runner()->isRunning());
    auto *dialog = m_window->findChild<QProgressDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->windowModality(), Qt::WindowModal);
}

void TestQuoteDetectionRunner::everyArticleIsDetectedOnAThreadAsOneUndoStep()
{
    openAndStart();
    QSignalSpy finished(runner(), &QuoteDetectionRunner::finished);
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.at(0).at(0).toLongLong(), Articles); // done
    QCOMPARE(finished.at(0).at(1).toLongLong(), Articles); // total
    QCOMPARE(finished.at(0).at(2).toLongLong(), Articles / 2); // changed
    QCOMPARE(finished.at(0).at(3).toBool(), false);
    QVERIFY(!runner()->isRunning());
    QVERIFY(!m_window->findChild<QProgressDialog *>()->isVisible());
    QCOMPARE(quotes(), Articles / 2);
    QCOMPARE(rawQueryInt(m_path, "SELECT count(*) FROM quotes WHERE speaker_name = 'Marie Curie'"),
             Articles / 2);
    QUndoStack *stack = m_window->session()->undoStack();
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->undoText(), QStringLiteral("Detect Quotes in All Articles"));
    stack->undo();
    QCOMPARE(quotes(), 0);
    stack->redo();
    QCOMPARE(quotes(), Articles / 2);
    QCOMPARE(rawQueryInt(m_path, "SELECT count(DISTINCT article_id) FROM quotes"), Articles / 2);
}

void TestQuoteDetectionRunner::aSecondRunChangesNothing()
{
    openAndStart();
    QSignalSpy finished(runner(), &QuoteDetectionRunner::finished);
    QVERIFY(finished.wait(60000));
    const qint64 firstIds = rawQueryInt(m_path, "SELECT sum(id) FROM quotes");
    runner()->start(m_window->session());
    QVERIFY(m_window->findChild<QProgressDialog *>()->isVisible()); // the same dialog again
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.at(1).at(2).toLongLong(), 0); // changed
    // Nothing rewritten, and no empty undo step.
    QCOMPARE(rawQueryInt(m_path, "SELECT sum(id) FROM quotes"), firstIds);
    QCOMPARE(m_window->session()->undoStack()->count(), 1);
}

void TestQuoteDetectionRunner::stopKeepsWhatWasDoneAsOneUndoStep()
{
    openAndStart();
    QSignalSpy finished(runner(), &QuoteDetectionRunner::finished);
    auto *stop = m_window->findChild<QProgressDialog *>()->findChild<QPushButton *>();
    QVERIFY(stop);
    QCOMPARE(stop->text(), QStringLiteral("Stop"));
    // The thread stops after the article under way: the first one.
    QTest::mouseClick(stop, Qt::LeftButton);
    QCOMPARE(finished.count(), 1);
    QVERIFY(!runner()->isRunning());
    const qint64 done = finished.at(0).at(0).toLongLong();
    QCOMPARE(done, 1);
    QCOMPARE(finished.at(0).at(3).toBool(), true);
    QCOMPARE(quotes(), 1); // the first article has a quote
    QUndoStack *stack = m_window->session()->undoStack();
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->undoText(), QStringLiteral("Detect Quotes in 1 of 400 Articles"));
    stack->undo();
    QCOMPARE(quotes(), 0);
    QTest::qWait(100);
    QCOMPARE(finished.count(), 1);
}

void TestQuoteDetectionRunner::undoFromTheMenuRunsOnAThread()
{
    openAndStart();
    QSignalSpy finished(runner(), &QuoteDetectionRunner::finished);
    QVERIFY(finished.wait(60000));
    QVERIFY(finished.at(0).at(2).toLongLong() > RedetectAllQuotesCommand::LongAbove);
    const qint64 first = rawQueryInt(m_path, "SELECT min(article_id) FROM quotes");
    m_window->showArticle(first);
    QCOMPARE(m_window->articleView()->quotes().size(), 1);
    const auto action = [this](const QString &prefix) -> QAction * {
        for (QAction *candidate : m_window->findChildren<QAction *>()) {
            if (candidate->text().startsWith(prefix))
                return candidate;
        }
        return nullptr;
    };
    auto *undoRunner = m_window->findChild<UndoRunner *>();
    QVERIFY(undoRunner);
    QAction *undo = action(QStringLiteral("&Undo"));
    QVERIFY(undo);
    undo->trigger();
    QVERIFY(undoRunner->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!undoRunner->isRunning(), 60000);
    QCOMPARE(quotes(), 0);
    QCOMPARE(m_window->session()->undoStack()->index(), 0);
    QVERIFY(m_window->articleView()->quotes().isEmpty()); // the view heard of it
    QAction *redo = action(QStringLiteral("&Redo"));
    QVERIFY(redo);
    redo->trigger();
    QVERIFY(undoRunner->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!undoRunner->isRunning(), 60000);
    QCOMPARE(quotes(), Articles / 2);
    QCOMPARE(m_window->articleView()->quotes().size(), 1);
    // Undone on the thread, redone by the stack itself, undone again.
    undo->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!undoRunner->isRunning(), 60000);
    QCOMPARE(quotes(), 0);
    m_window->session()->undoStack()->redo();
    QCOMPARE(quotes(), Articles / 2);
    QCOMPARE(m_window->articleView()->quotes().size(), 1);
    undo->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!undoRunner->isRunning(), 60000);
    QCOMPARE(quotes(), 0);
    QVERIFY(m_window->articleView()->quotes().isEmpty());
}

QTEST_MAIN(TestQuoteDetectionRunner)
#include "tst_quotedetectionrunner.moc"
