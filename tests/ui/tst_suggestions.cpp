// SPDX-License-Identifier: GPL-3.0-or-later
// Suggestions and tag all in the real window: what the analyst decided in
// one article is offered in the next, accepted or rejected with one key, and
// every step is stored at once and undone as one.
#include "articleview.h"
#include "mainwindow.h"
#include "projectdatabase.h"
#include "projectsession.h"
#include "testhelpers.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Marginalia;
using namespace TestHelpers;

namespace {

const QString First = QStringLiteral("Poutine à Minsk\nVladimir Poutine a rencontré Loukachenko "
                                     "à Minsk. Poutine est reparti.");
const QString Second =
    QStringLiteral("Moscou 😀\nLe président Poutine et CHOÏGOU. Poutine, encore Poutine.");
const QString Third = QStringLiteral("Kiev\nRien ici sur poutine, mais Choigou à Minsk.");

/// The suggestions shown once the window has its names: a project's first
/// read of them runs on a thread, and a change is announced after the edit.
int settledSuggestionCount(MainWindow &window)
{
    QElapsedTimer timer;
    timer.start();
    do
        QTest::qWait(1);
    while (window.session()->suggestionsPending() && timer.elapsed() < 10000);
    return window.articleView()->suggestionCount();
}

} // namespace

class TestSuggestions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void namesOfEntitiesAreSuggestedElsewhere();
    void enterAcceptsBackspaceRejectsAndUndoes();
    void acceptAllIsOneStep();
    void linkingAndUnlinkingChangeTheWordingsOffered();
    void narrowingALinkedMentionCountsItsWordingOnce();
    void tagAllInArticleAndProject_data();
    void tagAllInArticleAndProject();

private:
    qint64 tagWithEntity(qint64 articleId, const QString &text, const QString &words,
                         const QString &entity, int from = 0);
    QString rows(const char *sql) const
    {
        return rawQueryRows(m_path, QByteArray(sql)).join(QLatin1Char(';'));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_path;
    QVector<qint64> m_ids;
};

void TestSuggestions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSuggestions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    {
        auto project = createProject(*m_dir);
        QVERIFY(project);
        m_path = project->path();
        QVector<NewArticle> batch;
        for (const QString &text : { First, Second, Third }) {
            NewArticle a;
            a.title = text.section(QLatin1Char('\n'), 0, 0);
            a.text = text;
            batch.append(a);
        }
        QVector<ProjectDatabase::InsertOutcome> outcomes;
        QString error;
        QVERIFY(project->insertArticles(batch, &outcomes, &error));
        m_ids.clear();
        for (const auto &outcome : outcomes)
            m_ids.append(outcome.id);
    }
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1200, 800);
    QVERIFY(m_window->openProject(m_path, true));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
}

void TestSuggestions::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

qint64 TestSuggestions::tagWithEntity(qint64 articleId, const QString &text, const QString &words,
                                      const QString &entity, int from)
{
    NewAnnotation request;
    request.articleId = articleId;
    request.start = QStringView(text).left(text.indexOf(words, from)).toUcs4().size();
    request.end = request.start + words.toUcs4().size();
    request.labelName = QStringLiteral("PER");
    request.entityName = entity;
    auto *session = m_window->session();
    const std::optional<Annotation> added = session->applyAdd(request);
    return added ? added->id : 0;
}

void TestSuggestions::namesOfEntitiesAreSuggestedElsewhere()
{
    m_window->showArticle(m_ids[0]);
    QVERIFY(tagWithEntity(m_ids[0], First, QStringLiteral("Vladimir Poutine"),
                          QStringLiteral("Vladimir Poutine")));
    // The entity's own name is not "Poutine" alone: nothing suggested yet
    // in the first article but the name itself is taken.
    Entity entity = m_window->session()->database().entities().first();
    entity.aliases = { QStringLiteral("Poutine") };
    QString error;
    QVERIFY(m_window->session()->database().updateEntity(entity, &error));
    Entity other { 0, QStringLiteral("Choïgou"), entity.labelId, {}, {} };
    QVERIFY(m_window->session()->database().addEntity(other, &error));
    m_window->session()->setMatchIgnoringAccents(true); // drops the finder: names changed

    // In the first article: the two other "Poutine" (the tagged one is not offered).
    QCOMPARE(settledSuggestionCount(*m_window), 2);
    m_window->showArticle(m_ids[1]);
    // Poutine ×3 and CHOÏGOU (case folded).
    QCOMPARE(settledSuggestionCount(*m_window), 4);
    m_window->showArticle(m_ids[2]);
    // "poutine" (case) and "Choigou" (accents folded).
    QCOMPARE(settledSuggestionCount(*m_window), 2);
    m_window->session()->setMatchIgnoringAccents(false);
    QCOMPARE(settledSuggestionCount(*m_window), 1);
    // Suggestions are not annotations: nothing stored for them.
    QCOMPARE(rows("SELECT count(*) FROM annotations"), QStringLiteral("1"));
}

void TestSuggestions::enterAcceptsBackspaceRejectsAndUndoes()
{
    m_window->showArticle(m_ids[0]);
    QVERIFY(
        tagWithEntity(m_ids[0], First, QStringLiteral("Poutine"), QStringLiteral("Poutine"), 20));
    m_window->session()->setMatchIgnoringAccents(true);
    m_window->showArticle(m_ids[1]);
    ArticleView *view = m_window->articleView();
    QCOMPARE(settledSuggestionCount(*m_window), 3);
    view->setFocus();
    QTextCursor cursor(view->document());
    cursor.setPosition(0);
    view->setTextCursor(cursor);

    // Enter takes the first suggestion after the cursor.
    QTest::keyClick(view, Qt::Key_Return);
    const qint64 first = codePointOffset(Second, u"Poutine");
    QCOMPARE(rows("SELECT start, \"end\", entity_id FROM annotations WHERE article_id = 2"),
             QStringLiteral("%1|%2|1").arg(first).arg(first + 7));
    QCOMPARE(settledSuggestionCount(*m_window), 2);
    QCOMPARE(view->currentSuggestion(), 0);

    // Backspace turns the next one down, for good.
    QTest::keyClick(view, Qt::Key_Backspace);
    const qint64 second = codePointOffset(Second, u"Poutine,");
    QCOMPARE(rows("SELECT article_id, start, \"end\", entity_id FROM rejected_suggestions"),
             QStringLiteral("2|%1|%2|1").arg(second).arg(second + 7));
    QCOMPARE(settledSuggestionCount(*m_window), 1);

    // Undo the rejection, then the acceptance: both come back.
    QUndoStack *stack = m_window->session()->undoStack();
    stack->undo();
    QCOMPARE(rows("SELECT count(*) FROM rejected_suggestions"), QStringLiteral("0"));
    QCOMPARE(settledSuggestionCount(*m_window), 2);
    stack->undo();
    QCOMPARE(rows("SELECT count(*) FROM annotations WHERE article_id = 2"), QStringLiteral("0"));
    QCOMPARE(settledSuggestionCount(*m_window), 3);
    stack->redo();
    stack->redo();
    QCOMPARE(settledSuggestionCount(*m_window), 1);

    // The rejection outlives the window.
    m_window.reset();
    MainWindow again;
    QVERIFY(again.openProject(m_path, true));
    again.showArticle(m_ids[1]);
    QCOMPARE(settledSuggestionCount(again), 1);
}

void TestSuggestions::acceptAllIsOneStep()
{
    m_window->showArticle(m_ids[0]);
    QVERIFY(
        tagWithEntity(m_ids[0], First, QStringLiteral("Poutine"), QStringLiteral("Poutine"), 20));
    m_window->showArticle(m_ids[1]);
    QCOMPARE(settledSuggestionCount(*m_window), 3);
    QUndoStack *stack = m_window->session()->undoStack();
    const int before = stack->count();
    QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(stack->count(), before + 1);
    QCOMPARE(rows("SELECT count(*) FROM annotations WHERE article_id = 2 AND entity_id = 1"),
             QStringLiteral("3"));
    QCOMPARE(settledSuggestionCount(*m_window), 0);
    QCOMPARE(m_window->articleView()->annotations().size(), 3);
    stack->undo();
    QCOMPARE(rows("SELECT count(*) FROM annotations WHERE article_id = 2"), QStringLiteral("0"));
    QCOMPARE(settledSuggestionCount(*m_window), 3);
    stack->redo();
    QCOMPARE(rows("SELECT count(*) FROM annotations WHERE article_id = 2"), QStringLiteral("3"));
    // The batch reloaded the article list; the next article follows this one.
    QTest::keyClick(m_window.get(), Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(m_window->currentArticle(), m_ids[2]);
}

void TestSuggestions::linkingAndUnlinkingChangeTheWordingsOffered()
{
    auto *session = m_window->session();
    m_window->showArticle(m_ids[0]);
    QVERIFY(tagWithEntity(m_ids[0], First, QStringLiteral("Vladimir Poutine"),
                          QStringLiteral("Vladimir Poutine")));
    // A mention of the last "Poutine", not linked yet: nothing offers "Poutine".
    NewAnnotation plain;
    plain.articleId = m_ids[0];
    plain.start = codePointOffset(First, u"Poutine est");
    plain.end = plain.start + 7;
    plain.labelName = QStringLiteral("PER");
    const std::optional<Annotation> mention = session->applyAdd(plain);
    QVERIFY(mention);
    m_window->showArticle(m_ids[1]);
    QCOMPARE(settledSuggestionCount(*m_window), 0);

    // Linking it makes its wording a suggestion elsewhere at once.
    Annotation linked = *mention;
    linked.entityId = session->database().entities().first().id;
    session->changeAnnotation(*mention, linked, QStringLiteral("Link"));
    QCOMPARE(settledSuggestionCount(*m_window), 3);
    // Undoing the link takes it back; so does deleting a linked mention.
    session->undoStack()->undo();
    QCOMPARE(settledSuggestionCount(*m_window), 0);
    session->undoStack()->redo();
    QCOMPARE(settledSuggestionCount(*m_window), 3);
    session->removeAnnotation(*session->database().annotation(mention->id));
    QCOMPARE(settledSuggestionCount(*m_window), 0);
}

void TestSuggestions::narrowingALinkedMentionCountsItsWordingOnce()
{
    auto *session = m_window->session();
    m_window->showArticle(m_ids[0]);
    const qint64 id = tagWithEntity(m_ids[0], First, QStringLiteral("Vladimir Poutine"),
                                    QStringLiteral("Vladimir Poutine"));
    QVERIFY(id);
    m_window->showArticle(m_ids[1]);
    QCOMPARE(settledSuggestionCount(*m_window), 0); // no "Vladimir Poutine" there
    m_window->showArticle(m_ids[0]);
    QCOMPARE(settledSuggestionCount(*m_window), 0);

    // Narrowed to "Poutine": one wording goes, another comes, in one edit.
    const Annotation before = *session->database().annotation(id);
    Annotation narrowed = before;
    narrowed.start = codePointOffset(First, u"Poutine a rencontré");
    session->changeAnnotation(before, narrowed, QStringLiteral("Narrow"));
    QCOMPARE(settledSuggestionCount(*m_window), 2); // the other two "Poutine"
    m_window->showArticle(m_ids[1]);
    QCOMPARE(settledSuggestionCount(*m_window), 3);
    // Deleting the one mention so written takes the wording away: it was
    // counted once, not twice.
    session->removeAnnotation(*session->database().annotation(id));
    QCOMPARE(settledSuggestionCount(*m_window), 0);
}

void TestSuggestions::tagAllInArticleAndProject_data()
{
    QTest::addColumn<bool>("wholeProject");
    QTest::addColumn<bool>("fold");
    QTest::addColumn<int>("tagged"); // besides the source annotation
    QTest::newRow("article, exact") << false << false << 2;
    QTest::newRow("project, exact") << true << false << 4;
    QTest::newRow("project, folded") << true << true << 5;
}

void TestSuggestions::tagAllInArticleAndProject()
{
    QFETCH(bool, wholeProject);
    QFETCH(bool, fold);
    QFETCH(int, tagged);
    m_window->showArticle(m_ids[0]);
    const qint64 source = tagWithEntity(m_ids[0], First, QStringLiteral("Poutine"),
                                        QStringLiteral("Vladimir Poutine"), 20);
    QVERIFY(source);
    // An annotation already on one occurrence is not duplicated.
    QVERIFY(tagWithEntity(m_ids[1], Second, QStringLiteral("Poutine"), QString()));
    const QString before = rows("SELECT count(*) FROM annotations");
    QCOMPARE(before, QStringLiteral("2"));

    m_window->articleView()->setSelectedAnnotation(source);
    auto *session = m_window->session();
    const Annotation annotation = *session->database().annotation(source);
    QCOMPARE(session->tagAll(annotation, QStringLiteral("Poutine"), wholeProject, fold), tagged);
    QCOMPARE(rows("SELECT count(*) FROM annotations"), QString::number(2 + tagged));
    QCOMPARE(rows("SELECT count(DISTINCT start || '-' || \"end\" || '-' || article_id) FROM "
                  "annotations"),
             QString::number(2 + tagged));
    // Every new one is a whole word "Poutine", linked to the entity.
    const QStringList linked =
        rawQueryRows(m_path,
                     "SELECT a.article_id, a.start, a.\"end\", t.text FROM annotations a JOIN "
                     "article_texts t ON t.article_id = a.article_id WHERE a.entity_id = 1");
    QCOMPARE(linked.size(), 1 + tagged);
    for (const QString &row : linked) {
        const QStringList cells = row.split(QLatin1Char('|'));
        const QString text = cells.mid(3).join(QLatin1Char('|'));
        const CodePointIndex index(text);
        const qsizetype start = index.toUtf16(cells[1].toLongLong());
        const QString words = text.mid(start, index.toUtf16(cells[2].toLongLong()) - start);
        QCOMPARE(words.toCaseFolded(), QStringLiteral("poutine"));
    }
    // One undo step takes them all away.
    session->undoStack()->undo();
    QCOMPARE(rows("SELECT count(*) FROM annotations"), before);
    session->undoStack()->redo();
    QCOMPARE(rows("SELECT count(*) FROM annotations"), QString::number(2 + tagged));
    // Nothing left to tag the second time.
    QCOMPARE(session->tagAll(annotation, QStringLiteral("Poutine"), wholeProject, fold), 0);
}

QTEST_MAIN(TestSuggestions)
#include "tst_suggestions.moc"
