// SPDX-License-Identifier: GPL-3.0-or-later
// A window notices what another window or program changed in its project
// (issue 12, defect 10): two windows on one project, the first kept showing
// an annotation the second had deleted, and relabelling it said only "no
// annotation with id 15". Now the window reads the project again when it
// becomes active and every few seconds, keeps the user's place, and an edit
// of something gone says so in plain words. Real project files, real
// MainWindows on the offscreen platform, and a raw SQLite connection as
// "another program".
#include "articlelistmodel.h"
#include "articleview.h"
#include "mainwindow.h"
#include "projectchangewatcher.h"
#include "projectsession.h"
#include "testhelpers.h"

#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

using namespace Marginalia;
using namespace TestHelpers;

namespace {

const QString FirstText = QStringLiteral("Berlin\nAngela Merkel à Berlin, puis à Paris.");
const QString SecondText = QStringLiteral("Rome\nUn reportage à Rome.");

} // namespace

class TestChangedElsewhere : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void deletionInAnotherWindowIsSeenOnActivation();
    void changesByAnotherProgramAreSeenOnTheTimer();
    void editOfSomethingGoneSaysSo();
    void articleShownDeletedElsewhere();
    void ownEditsDoNotReload();

private:
    /// The window's annotations of the article shown, as "start end LABEL".
    static QStringList shown(const MainWindow &window);
    static void activate(MainWindow &window)
    {
        // What the window gets when the analyst comes back to it.
        QEvent event(QEvent::WindowActivate);
        QCoreApplication::sendEvent(&window, &event);
    }
    static ProjectChangeWatcher *watcher(const MainWindow &window)
    {
        return window.findChild<ProjectChangeWatcher *>();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_first;
    std::unique_ptr<MainWindow> m_second;
    QString m_path;
    qint64 m_article = 0;
    qint64 m_berlin = 0; ///< a mention of Berlin in the first article
    qint64 m_paris = 0;
};

void TestChangedElsewhere::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestChangedElsewhere::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    {
        auto project = createProject(*m_dir);
        QVERIFY(project);
        m_path = project->path();
        QVector<NewArticle> batch(2);
        batch[0].title = QStringLiteral("Berlin");
        batch[0].text = FirstText;
        batch[1].title = QStringLiteral("Rome");
        batch[1].text = SecondText;
        QVector<ProjectDatabase::InsertOutcome> outcomes;
        QString error;
        QVERIFY2(project->insertArticles(batch, &outcomes, &error), qPrintable(error));
        m_article = outcomes.at(0).id;
        QVector<NewAnnotation> mentions;
        // The Berlin of the sentence, not the title's.
        for (const auto &[place, length] : { std::pair { QStringLiteral("Berlin, puis"), 6 },
                                             std::pair { QStringLiteral("Paris"), 5 } }) {
            NewAnnotation m;
            m.articleId = m_article;
            m.start = codePointOffset(FirstText, place);
            m.end = m.start + length;
            m.labelName = QStringLiteral("LOC");
            mentions.append(m);
        }
        const auto added = project->addAnnotations(mentions, &error);
        QVERIFY2(added, qPrintable(error));
        m_berlin = added->at(0).id;
        m_paris = added->at(1).id;
    }
    m_first = std::make_unique<MainWindow>();
    QVERIFY(m_first->openProject(m_path, true));
    m_first->show();
    QCOMPARE(m_first->currentArticle(), m_article);
    QCOMPARE(shown(*m_first).size(), 2);
    QVERIFY(watcher(*m_first));
}

void TestChangedElsewhere::cleanup()
{
    m_second.reset();
    m_first.reset();
    m_dir.reset();
}

QStringList TestChangedElsewhere::shown(const MainWindow &window)
{
    QStringList out;
    for (const Annotation &a : window.articleView()->annotations())
        out.append(QStringLiteral("%1 %2 %3").arg(a.start).arg(a.end).arg(a.labelName));
    return out;
}

void TestChangedElsewhere::deletionInAnotherWindowIsSeenOnActivation()
{
    m_second = std::make_unique<MainWindow>();
    QVERIFY(m_second->openProject(m_path, true));
    const std::optional<Annotation> berlin = m_second->session()->database().annotation(m_berlin);
    QVERIFY(berlin);
    m_second->session()->removeAnnotation(*berlin);
    QCOMPARE(rawQueryInt(m_path, "SELECT count(*) FROM annotations"), 1);

    // The first window still shows it until it looks; coming back to it is
    // when it looks.
    QCOMPARE(shown(*m_first).size(), 2);
    QSignalSpy reloaded(m_first->session(), &ProjectSession::changedElsewhere);
    activate(*m_first);
    QCOMPARE(reloaded.count(), 1);
    const QString paris = QStringLiteral("%1 %2 LOC")
                              .arg(codePointOffset(FirstText, u"Paris"))
                              .arg(codePointOffset(FirstText, u"Paris") + 5);
    QCOMPARE(shown(*m_first), QStringList { paris });
    // The user's place: the same article, the current row of the list.
    QCOMPARE(m_first->currentArticle(), m_article);
    QVERIFY2(m_first->statusBar()->currentMessage().contains(QStringLiteral("another window")),
             qPrintable(m_first->statusBar()->currentMessage()));
    const auto *status = m_first->findChild<QLabel *>(QStringLiteral("projectStatus"));
    QVERIFY2(status->text().contains(QStringLiteral("1 mention(s), 0 quote(s) in the project")),
             qPrintable(status->text()));
    const auto *list = m_first->findChild<ArticleListModel *>();
    QCOMPARE(list->article(list->rowForArticle(m_article)).annotationCount, 1);

    // Nothing new: looking again reads nothing.
    QVERIFY(!watcher(*m_first)->look());
    QCOMPARE(reloaded.count(), 1);
}

void TestChangedElsewhere::changesByAnotherProgramAreSeenOnTheTimer()
{
    // Another program (the CLI, a script) relabels a mention and marks a
    // quote; the window is not activated, its timer looks.
    QVERIFY(
        rawExec(m_path,
                "UPDATE annotations SET label_id = (SELECT id FROM labels WHERE name = 'PER') "
                "WHERE id = "
                    + QByteArray::number(m_paris)
                    + ";"
                      "INSERT INTO quotes (article_id, start, \"end\", created_at, modified_at) "
                      "VALUES ("
                    + QByteArray::number(m_article) + ", 7, 20, 'now', 'now');"));
    QSignalSpy reloaded(m_first->session(), &ProjectSession::changedElsewhere);
    QVERIFY(reloaded.wait(ProjectChangeWatcher::IntervalMs * 3));
    QVERIFY2(shown(*m_first).last().endsWith(QStringLiteral(" PER")),
             qPrintable(shown(*m_first).join(u',')));
    QCOMPARE(m_first->articleView()->quotes().size(), 1);
    const auto *list = m_first->findChild<ArticleListModel *>();
    QCOMPARE(list->article(list->rowForArticle(m_article)).quoteCount, 1);
    QCOMPARE(list->quoteTotal(), 1);
}

void TestChangedElsewhere::editOfSomethingGoneSaysSo()
{
    // Deleted elsewhere, and the window has not looked yet: relabelling it
    // fails, says why in words, and the window then shows the file.
    const std::optional<Annotation> berlin = m_first->session()->database().annotation(m_berlin);
    QVERIFY(berlin);
    QVERIFY(rawExec(m_path, "DELETE FROM annotations WHERE id = " + QByteArray::number(m_berlin)));
    QSignalSpy errors(m_first->session(), &ProjectSession::errorOccurred);
    Annotation relabelled = *berlin;
    relabelled.labelId = m_first->session()->database().labelByName(QStringLiteral("ORG"))->id;
    m_first->session()->changeAnnotation(*berlin, relabelled, QStringLiteral("Berlin"));
    QCOMPARE(errors.count(), 1);
    const QString message = errors.at(0).at(0).toString();
    QVERIFY2(message.contains(QStringLiteral("changed in another window or program"))
                 && message.contains(QStringLiteral("may no longer be there")),
             qPrintable(message));
    QTRY_COMPARE(shown(*m_first).size(), 1);
    QCOMPARE(rawQueryInt(m_path, "SELECT count(*) FROM annotations"), 1);
}

void TestChangedElsewhere::articleShownDeletedElsewhere()
{
    QVERIFY(rawExec(m_path,
                    "PRAGMA foreign_keys = ON; DELETE FROM articles WHERE id = "
                        + QByteArray::number(m_article)));
    activate(*m_first);
    QCOMPARE(m_first->currentArticle(), 0);
    QVERIFY(m_first->articleView()->annotations().isEmpty());
    QVERIFY(m_first->articleView()->toPlainText().isEmpty());
    const auto *list = m_first->findChild<ArticleListModel *>();
    QCOMPARE(list->rowCount(), 1);
    QCOMPARE(list->annotationTotal(), 0);
    QVERIFY2(m_first->statusBar()->currentMessage().contains(QStringLiteral("deleted")),
             qPrintable(m_first->statusBar()->currentMessage()));
    // The other article still opens.
    m_first->showArticle(list->article(0).id);
    QCOMPARE(m_first->articleView()->toPlainText(), SecondText);
}

void TestChangedElsewhere::ownEditsDoNotReload()
{
    QSignalSpy reloaded(m_first->session(), &ProjectSession::changedElsewhere);
    const qint64 loc = m_first->session()->database().labelByName(QStringLiteral("LOC"))->id;
    QVERIFY(m_first->session()->addAnnotation(m_article, 0, 6, loc) > 0);
    m_first->session()->undoStack()->undo();
    m_first->session()->undoStack()->redo();
    QVERIFY(!watcher(*m_first)->look());
    activate(*m_first);
    QCOMPARE(reloaded.count(), 0);
    QCOMPARE(shown(*m_first).size(), 3);
}

QTEST_MAIN(TestChangedElsewhere)
#include "tst_changedelsewhere.moc"
