// SPDX-License-Identifier: GPL-3.0-or-later
// Every edit of a ProjectSession, done, undone and redone, with the project
// file read after each step through a connection of its own, and the
// signals the views rely on checked for the right article.
#include "projectdatabase.h"
#include "projectsession.h"
#include "testhelpers.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <sqlite3.h>

using namespace Marginalia;
using namespace TestHelpers;

namespace {

const char16_t LongText[] = u"Moscou\n😀 Vladimir Poutine reçoit Xi Jinping à Moscou.";
const char16_t ShortText[] = u"Court\nBref.";

qint64 codePoints(QStringView text)
{
    return text.toUcs4().size();
}

// id|article|start|end|label|entity|note|annotator|status|created|modified
const char AnnotationRows[] =
    "SELECT n.id, n.article_id, n.start, n.\"end\", l.name, coalesce(e.name, '-'), n.note, "
    "n.annotator, n.status, n.created_at, n.modified_at FROM annotations n "
    "JOIN labels l ON l.id = n.label_id LEFT JOIN entities e ON e.id = n.entity_id ORDER BY n.id";
// The annotations table's own columns, without joins.
const char AnnotationColumns[] =
    "SELECT id, article_id, start, \"end\", label_id, entity_id, note, annotator, status, "
    "created_at, modified_at FROM annotations ORDER BY id";
const char LabelRows[] =
    "SELECT id, name, color, hotkey, description, position FROM labels ORDER BY id";
const char EntityRows[] = "SELECT id, name, label_id, external_id FROM entities ORDER BY id";
const char AliasRows[] = "SELECT entity_id, alias FROM entity_aliases ORDER BY entity_id, alias";

constexpr int ModifiedColumn = 10;

// Rows without modified_at, which an update (and so the undo of one) stamps anew.
QStringList withoutModified(const QStringList &rows)
{
    QStringList result;
    for (const QString &row : rows)
        result.append(row.section(QLatin1Char('|'), 0, ModifiedColumn - 1));
    return result;
}

// Every emission of an article signal so far named \a articleId.
bool allFor(const QSignalSpy &spy, qint64 articleId)
{
    for (const QList<QVariant> &arguments : spy) {
        if (arguments.value(0).toLongLong() != articleId)
            return false;
    }
    return true;
}

} // namespace

class TestUndoCommands : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void addAnnotation();
    void failingAddAnnotationLeavesNothing_data();
    void failingAddAnnotationLeavesNothing();
    void failingEditKeepsTheRedoHistory();
    void removeAnnotation();
    void changeAnnotation_data();
    void changeAnnotation();
    void failingChangeAnnotationLeavesNothing();
    void setArticleStatus_data();
    void setArticleStatus();
    void addLabel();
    void failingAddLabelLeavesNothing();
    void addLabelThenTagWithIt();
    void changeLabel_data();
    void changeLabel();
    void failingChangeLabelLeavesNothing();
    void removeLabelUndoRestoresItsAnnotations();
    void failingRemoveLabelLeavesNothing();
    void stepsReferToTheSameIdsThroughUndoAndRedo();
    void removeLabelUndoKeepsLinksFromOtherLabels();
    void removingAnUnstoredAnnotationFails();

private:
    qint64 labelId(const char *name) const;
    Annotation store(qint64 articleId, QStringView text, QStringView words, const char *label,
                     const QString &entity = QString(), const QString &note = QString());

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectSession> m_session;
    QString m_path;
    qint64 m_long = 0;
    qint64 m_short = 0;
};

void TestUndoCommands::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    ProjectDatabase::OpenResult created =
        ProjectDatabase::create(m_dir->filePath(QStringLiteral("undo.marginalia")));
    QVERIFY2(created.database, qPrintable(created.error));
    m_path = created.database->path();
    QVector<NewArticle> batch(2);
    batch[0].title = QStringLiteral("Moscou");
    batch[0].text = QString::fromUtf16(LongText);
    batch[1].title = QStringLiteral("Court");
    batch[1].text = QString::fromUtf16(ShortText);
    QVector<ProjectDatabase::InsertOutcome> outcomes;
    QString error;
    QVERIFY2(created.database->insertArticles(batch, &outcomes, &error), qPrintable(error));
    m_long = outcomes.at(0).id;
    m_short = outcomes.at(1).id;
    m_session = std::make_unique<ProjectSession>(std::move(created.database));
    QCOMPARE(m_session->labels().size(), 4);
}

void TestUndoCommands::cleanup()
{
    m_session.reset();
    m_dir.reset();
}

qint64 TestUndoCommands::labelId(const char *name) const
{
    for (const Label &label : m_session->labels()) {
        if (label.name == QLatin1String(name))
            return label.id;
    }
    return 0;
}

// Stores an annotation directly, outside the undo stack.
Annotation TestUndoCommands::store(qint64 articleId, QStringView text, QStringView words,
                                   const char *label, const QString &entity, const QString &note)
{
    NewAnnotation request;
    request.articleId = articleId;
    request.start = codePointOffset(text, words);
    request.end = request.start + codePoints(words);
    request.labelName = QLatin1String(label);
    request.entityName = entity;
    request.note = note;
    request.annotator = QStringLiteral("ana");
    QString error;
    const std::optional<Annotation> added = m_session->database().addAnnotation(request, &error);
    if (!added)
        qWarning("addAnnotation: %s", qPrintable(error));
    return added.value_or(Annotation());
}

void TestUndoCommands::addAnnotation()
{
    QSignalSpy annotationsChanged(m_session.get(), &ProjectSession::annotationsChanged);
    QSignalSpy articleChanged(m_session.get(), &ProjectSession::articleChanged);
    QSignalSpy errors(m_session.get(), &ProjectSession::errorOccurred);
    QUndoStack *stack = m_session->undoStack();

    const qint64 start = codePointOffset(LongText, u"Xi Jinping");
    const qint64 id = m_session->addAnnotation(m_long, start, start + 10, labelId("PER"));
    QVERIFY(id > 0);
    const QStringList added = rawQueryRows(m_path, AnnotationRows);
    QCOMPARE(added.size(), 1);
    QVERIFY2(
        added.first().startsWith(
            QStringLiteral("%1|%2|%3|%4|PER|-||").arg(id).arg(m_long).arg(start).arg(start + 10)),
        qPrintable(added.first()));
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->undoText(), QStringLiteral("Tag as PER"));
    QCOMPARE(annotationsChanged.count(), 1);
    QCOMPARE(articleChanged.count(), 1);
    QVERIFY(allFor(annotationsChanged, m_long));
    QVERIFY(allFor(articleChanged, m_long));
    QCOMPARE(m_session->database().articleSummary(m_long)->annotationCount, 1);

    stack->undo();
    QCOMPARE(rawQueryRows(m_path, AnnotationRows), QStringList());
    QCOMPARE(annotationsChanged.count(), 2);
    QCOMPARE(articleChanged.count(), 2);
    QVERIFY(stack->canRedo());

    // Redo puts back the same row: same id, same timestamps.
    QTest::qSleep(5);
    stack->redo();
    QCOMPARE(rawQueryRows(m_path, AnnotationRows), added);
    QCOMPARE(annotationsChanged.count(), 3);
    QCOMPARE(articleChanged.count(), 3);
    QVERIFY(allFor(annotationsChanged, m_long));
    QVERIFY(allFor(articleChanged, m_long));

    // And again.
    stack->undo();
    stack->redo();
    QCOMPARE(rawQueryRows(m_path, AnnotationRows), added);
    QCOMPARE(stack->count(), 1);
    QCOMPARE(errors.count(), 0);
}

void TestUndoCommands::failingAddAnnotationLeavesNothing_data()
{
    QTest::addColumn<qint64>("articleOffset"); ///< added to the long article's id
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("end"); ///< -1: one past the text
    QTest::addColumn<QString>("wording");

    QTest::newRow("end past the text") << qint64(0) << qint64(0) << qint64(-1) << "past the end";
    QTest::newRow("start equals end") << qint64(0) << qint64(5) << qint64(5) << "less than";
    QTest::newRow("start after end") << qint64(0) << qint64(6) << qint64(5) << "less than";
    QTest::newRow("negative start") << qint64(0) << qint64(-3) << qint64(5) << "negative";
    QTest::newRow("unknown article") << qint64(100) << qint64(0) << qint64(1) << "no article";
}

void TestUndoCommands::failingAddAnnotationLeavesNothing()
{
    QFETCH(qint64, articleOffset);
    QFETCH(qint64, start);
    QFETCH(qint64, end);
    QFETCH(QString, wording);
    if (end < 0)
        end = codePoints(LongText) + 1;

    QSignalSpy annotationsChanged(m_session.get(), &ProjectSession::annotationsChanged);
    QSignalSpy articleChanged(m_session.get(), &ProjectSession::articleChanged);
    QSignalSpy errors(m_session.get(), &ProjectSession::errorOccurred);
    const qint64 id = m_session->addAnnotation(m_long + articleOffset, start, end, labelId("PER"));
    QCOMPARE(id, 0);
    QCOMPARE(errors.count(), 1);
    QVERIFY2(errors.first().first().toString().contains(wording),
             qPrintable(errors.first().first().toString()));
    QCOMPARE(m_session->undoStack()->count(), 0);
    QVERIFY(!m_session->undoStack()->canUndo());
    QCOMPARE(rawQueryInt(m_path, "SELECT count(*) FROM annotations"), 0);
    QCOMPARE(annotationsChanged.count(), 0);
    QCOMPARE(articleChanged.count(), 0);

    // An unknown label is refused before anything is tried.
    QCOMPARE(m_session->addAnnotation(m_long, 0, 1, 999), 0);
    QCOMPARE(m_session->undoStack()->count(), 0);
    QCOMPARE(rawQueryInt(m_path, "SELECT count(*) FROM annotations"), 0);
}

void TestUndoCommands::failingEditKeepsTheRedoHistory()
{
    QUndoStack *stack = m_session->undoStack();
    const qint64 id = m_session->addAnnotation(m_short, 6, 10, labelId("MISC"));
    QVERIFY(id > 0);
    const QStringList added = rawQueryRows(m_path, AnnotationRows);
    stack->undo();
    QVERIFY(stack->canRedo());

    // A refused edit is no step: what could be redone before still can.
    QSignalSpy errors(m_session.get(), &ProjectSession::errorOccurred);
    QCOMPARE(m_session->addAnnotation(m_short, 6, 99, labelId("MISC")), 0);
    QCOMPARE(errors.count(), 1);
    QCOMPARE(rawQueryInt(m_path, "SELECT count(*) FROM annotations"), 0);
    QVERIFY(stack->canRedo());
    stack->redo();
    QCOMPARE(rawQueryRows(m_path, AnnotationRows), added);
}

void TestUndoCommands::removeAnnotation()
{
    const Annotation stored = store(m_long, LongText, u"Vladimir Poutine", "PER",
                                    QStringLiteral("Vladimir Poutine"), QStringLiteral("first"));
    const Annotation other = store(m_long, LongText, u"Xi Jinping", "PER");
    QVERIFY(stored.id > 0 && other.id > 0);
    // A later modified_at than created_at, so both are checked on restore.
    QTest::qSleep(5);
    Annotation noted = stored;
    noted.note = QStringLiteral("second");
    QString error;
    QVERIFY2(m_session->database().updateAnnotation(noted, &error), qPrintable(error));
    const Annotation current = *m_session->database().annotation(stored.id);
    QVERIFY(current.modifiedAt != current.createdAt);
    const QStringList before = rawQueryRows(m_path, AnnotationRows);
    const QStringList entities = rawQueryRows(m_path, EntityRows);

    QSignalSpy annotationsChanged(m_session.get(), &ProjectSession::annotationsChanged);
    QSignalSpy articleChanged(m_session.get(), &ProjectSession::articleChanged);
    QUndoStack *stack = m_session->undoStack();
    m_session->removeAnnotation(current);
    QCOMPARE(rawQueryRows(m_path, AnnotationRows), QStringList { before.at(1) });
    QCOMPARE(rawQueryRows(m_path, EntityRows), entities);
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->undoText(), QStringLiteral("Delete PER Annotation"));
    QCOMPARE(annotationsChanged.count(), 1);
    QCOMPARE(articleChanged.count(), 1);

    QTest::qSleep(5);
    stack->undo();
    QCOMPARE(rawQueryRows(m_path, AnnotationRows), before); // same id, timestamps, entity, note
    QCOMPARE(annotationsChanged.count(), 2);
    QCOMPARE(articleChanged.count(), 2);

    stack->redo();
    QCOMPARE(rawQueryRows(m_path, AnnotationRows), QStringList { before.at(1) });
    stack->undo();
    QCOMPARE(rawQueryRows(m_path, AnnotationRows), before);
    QCOMPARE(annotationsChanged.count(), 4);
    QVERIFY(allFor(annotationsChanged, m_long));
    QVERIFY(allFor(articleChanged, m_long));
}

void TestUndoCommands::changeAnnotation_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("expected"); ///< start|end|label|entity|note after the change

    // Starts as "Vladimir Poutine" (9..25), PER, entity "Vladimir Poutine", note "first".
    QTest::newRow("narrowed") << "narrow"
                              << "18|25|PER|Vladimir Poutine|first";
    QTest::newRow("relabelled, unlinked") << "relabel"
                                          << "9|25|MISC|-|first";
    QTest::newRow("linked to another entity") << "link"
                                              << "9|25|PER|Poutine|first";
    QTest::newRow("unlinked") << "unlink"
                              << "9|25|PER|-|first";
    QTest::newRow("note edited") << "note"
                                 << "9|25|PER|Vladimir Poutine|second";
}

void TestUndoCommands::changeAnnotation()
{
    QFETCH(QString, change);
    QFETCH(QString, expected);

    QCOMPARE(codePointOffset(LongText, u"Vladimir"), 9);
    const Annotation before = store(m_long, LongText, u"Vladimir Poutine", "PER",
                                    QStringLiteral("Vladimir Poutine"), QStringLiteral("first"));
    const Annotation other = store(m_short, ShortText, u"Bref", "MISC");
    QVERIFY(before.id > 0 && other.id > 0);
    const QStringList rowsBefore = rawQueryRows(m_path, AnnotationRows);

    Annotation after = before;
    QString error;
    if (change == QLatin1String("narrow")) {
        after.start = codePointOffset(LongText, u"Poutine");
    } else if (change == QLatin1String("relabel")) {
        after.labelId = labelId("MISC");
        after.labelName = QStringLiteral("MISC");
        after.entityId = 0;
    } else if (change == QLatin1String("link")) {
        const std::optional<qint64> entity = m_session->database().findOrCreateEntity(
            QStringLiteral("Poutine"), labelId("PER"), &error);
        QVERIFY2(entity, qPrintable(error));
        after.entityId = *entity;
    } else if (change == QLatin1String("unlink")) {
        after.entityId = 0;
    } else if (change == QLatin1String("note")) {
        after.note = QStringLiteral("second");
    }
    const QString prefix = QStringLiteral("%1|%2|").arg(before.id).arg(m_long);
    const QString suffix = QStringLiteral("|ana|0|%1").arg(before.createdAt);
    const QStringList expectedAfter { prefix + expected + suffix,
                                      withoutModified(rowsBefore).at(1) };

    QSignalSpy annotationsChanged(m_session.get(), &ProjectSession::annotationsChanged);
    QSignalSpy errors(m_session.get(), &ProjectSession::errorOccurred);
    QUndoStack *stack = m_session->undoStack();
    QTest::qSleep(5);
    m_session->changeAnnotation(before, after, QStringLiteral("Edit %1").arg(change));
    const QStringList changed = rawQueryRows(m_path, AnnotationRows);
    QCOMPARE(withoutModified(changed), expectedAfter);
    QVERIFY(changed.first().section(QLatin1Char('|'), ModifiedColumn)
            > rowsBefore.first().section(QLatin1Char('|'), ModifiedColumn));
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->undoText(), QStringLiteral("Edit %1").arg(change));
    QCOMPARE(annotationsChanged.count(), 1);

    stack->undo();
    QCOMPARE(withoutModified(rawQueryRows(m_path, AnnotationRows)), withoutModified(rowsBefore));
    QCOMPARE(annotationsChanged.count(), 2);

    stack->redo();
    QCOMPARE(withoutModified(rawQueryRows(m_path, AnnotationRows)), expectedAfter);
    QCOMPARE(annotationsChanged.count(), 3);
    QVERIFY(allFor(annotationsChanged, m_long));
    QCOMPARE(errors.count(), 0);
    // The unchanged annotation is left as it was, modified_at included.
    QCOMPARE(rawQueryRows(m_path, AnnotationRows).at(1), rowsBefore.at(1));
}

void TestUndoCommands::failingChangeAnnotationLeavesNothing()
{
    const Annotation before = store(m_short, ShortText, u"Bref", "MISC");
    QVERIFY(before.id > 0);
    const QStringList rowsBefore = rawQueryRows(m_path, AnnotationRows);
    QSignalSpy annotationsChanged(m_session.get(), &ProjectSession::annotationsChanged);
    QSignalSpy errors(m_session.get(), &ProjectSession::errorOccurred);

    Annotation after = before;
    after.end = codePoints(ShortText) + 1;
    m_session->changeAnnotation(before, after, QStringLiteral("Widen Annotation"));
    QCOMPARE(errors.count(), 1);
    QVERIFY2(errors.first().first().toString().contains(QStringLiteral("past the end")),
             qPrintable(errors.first().first().toString()));
    QCOMPARE(m_session->undoStack()->count(), 0);
    QCOMPARE(rawQueryRows(m_path, AnnotationRows), rowsBefore);
    QCOMPARE(annotationsChanged.count(), 0);
}

void TestUndoCommands::setArticleStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("in progress") << int(ArticleStatus::InProgress);
    QTest::newRow("done") << int(ArticleStatus::Done);
}

void TestUndoCommands::setArticleStatus()
{
    QFETCH(int, status);
    const QByteArray statusOfLong =
        "SELECT status FROM articles WHERE id = " + QByteArray::number(m_long);
    const QByteArray statusOfShort =
        "SELECT status FROM articles WHERE id = " + QByteArray::number(m_short);
    QSignalSpy articleChanged(m_session.get(), &ProjectSession::articleChanged);
    QUndoStack *stack = m_session->undoStack();

    m_session->setArticleStatus(m_long, ArticleStatus(status));
    QCOMPARE(rawQueryInt(m_path, statusOfLong), status);
    QCOMPARE(rawQueryInt(m_path, statusOfShort), 0);
    QCOMPARE(stack->count(), 1);
    QCOMPARE(articleChanged.count(), 1);

    // The same status again is no step.
    m_session->setArticleStatus(m_long, ArticleStatus(status));
    QCOMPARE(stack->count(), 1);
    QCOMPARE(articleChanged.count(), 1);

    stack->undo();
    QCOMPARE(rawQueryInt(m_path, statusOfLong), 0);
    QCOMPARE(int(m_session->database().articleSummary(m_long)->status), 0);
    QCOMPARE(articleChanged.count(), 2);
    stack->redo();
    QCOMPARE(rawQueryInt(m_path, statusOfLong), status);
    QCOMPARE(articleChanged.count(), 3);
    QVERIFY(allFor(articleChanged, m_long));

    // A status for an article that is not there is no step either.
    m_session->setArticleStatus(m_long + m_short + 100, ArticleStatus(status));
    QCOMPARE(stack->count(), 1);
}

void TestUndoCommands::addLabel()
{
    const QStringList before = rawQueryRows(m_path, LabelRows);
    QSignalSpy labelsChanged(m_session.get(), &ProjectSession::labelsChanged);
    QUndoStack *stack = m_session->undoStack();
    Label label;
    label.name = QStringLiteral("EVENT");
    label.color = QStringLiteral("#123456");
    label.hotkey = QStringLiteral("5");
    label.description = QStringLiteral("Événement");

    m_session->addLabel(label);
    const QStringList added = rawQueryRows(m_path, LabelRows);
    QCOMPARE(added.size(), 5);
    QCOMPARE(added.mid(0, 4), before);
    const qint64 id = added.last().section(QLatin1Char('|'), 0, 0).toLongLong();
    QCOMPARE(added.last(), QStringLiteral("%1|EVENT|#123456|5|Événement|5").arg(id));
    QCOMPARE(m_session->labels().size(), 5);
    QCOMPARE(m_session->labels().last().name, QStringLiteral("EVENT"));
    QCOMPARE(labelsChanged.count(), 1);
    QCOMPARE(stack->undoText(), QStringLiteral("Add Label EVENT"));

    stack->undo();
    QCOMPARE(rawQueryRows(m_path, LabelRows), before);
    QCOMPARE(m_session->labels().size(), 4);
    QVERIFY(!m_session->label(id));
    QCOMPARE(labelsChanged.count(), 2);

    stack->redo();
    QCOMPARE(rawQueryRows(m_path, LabelRows), added); // the same id and position
    QCOMPARE(m_session->label(id)->name, QStringLiteral("EVENT"));
    QCOMPARE(labelsChanged.count(), 3);
}

void TestUndoCommands::failingAddLabelLeavesNothing()
{
    const QStringList before = rawQueryRows(m_path, LabelRows);
    QSignalSpy labelsChanged(m_session.get(), &ProjectSession::labelsChanged);
    QSignalSpy errors(m_session.get(), &ProjectSession::errorOccurred);
    Label label;
    label.name = QStringLiteral("per");
    label.color = QStringLiteral("#123456");
    m_session->addLabel(label);
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errors.first().first().toString(),
             QStringLiteral("a label named \"per\" exists already"));
    QCOMPARE(m_session->undoStack()->count(), 0);
    QCOMPARE(rawQueryRows(m_path, LabelRows), before);
    QCOMPARE(m_session->labels().size(), 4);
    QCOMPARE(labelsChanged.count(), 0);
}

void TestUndoCommands::addLabelThenTagWithIt()
{
    Label label;
    label.name = QStringLiteral("EVENT");
    label.color = QStringLiteral("#123456");
    m_session->addLabel(label);
    const qint64 event = labelId("EVENT");
    QVERIFY(event > 0);
    const qint64 id = m_session->addAnnotation(m_short, 6, 10, event);
    QVERIFY(id > 0);
    const QStringList labels = rawQueryRows(m_path, LabelRows);
    const QStringList annotations = rawQueryRows(m_path, AnnotationRows);
    QCOMPARE(annotations.size(), 1);

    QUndoStack *stack = m_session->undoStack();
    stack->undo();
    QCOMPARE(rawQueryInt(m_path, "SELECT count(*) FROM annotations"), 0);
    stack->undo();
    QCOMPARE(rawQueryInt(m_path, "SELECT count(*) FROM labels"), 4);
    stack->redo();
    QCOMPARE(rawQueryRows(m_path, LabelRows), labels);
    stack->redo();
    QCOMPARE(rawQueryRows(m_path, AnnotationRows), annotations);
    QCOMPARE(m_session->undoStack()->count(), 2);
}

void TestUndoCommands::changeLabel_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("color");
    QTest::addColumn<QString>("hotkey");
    QTest::addColumn<QString>("description");

    QTest::newRow("renamed") << "Personne"
                             << "#0072b2"
                             << "1"
                             << "Person";
    QTest::newRow("recoloured") << "PER"
                                << "#000000"
                                << "1"
                                << "Person";
    QTest::newRow("new hotkey") << "PER"
                                << "#0072b2"
                                << "p"
                                << "Person";
    QTest::newRow("no hotkey") << "PER"
                               << "#0072b2"
                               << ""
                               << "Person";
    QTest::newRow("described") << "PER"
                               << "#0072b2"
                               << "1"
                               << "Personne physique";
    QTest::newRow("name only in case") << "Per"
                                       << "#0072b2"
                                       << "1"
                                       << "Person";
}

void TestUndoCommands::changeLabel()
{
    QFETCH(QString, name);
    QFETCH(QString, color);
    QFETCH(QString, hotkey);
    QFETCH(QString, description);

    const qint64 per = labelId("PER");
    const qint64 tagged = store(m_long, LongText, u"Xi Jinping", "PER").id;
    QVERIFY(tagged > 0);
    const QStringList before = rawQueryRows(m_path, LabelRows);
    const QStringList annotations = rawQueryRows(m_path, AnnotationColumns);
    QSignalSpy labelsChanged(m_session.get(), &ProjectSession::labelsChanged);
    QSignalSpy projectAnnotationsChanged(m_session.get(),
                                         &ProjectSession::projectAnnotationsChanged);
    QUndoStack *stack = m_session->undoStack();

    const Label old = *m_session->label(per);
    Label changed = old;
    changed.name = name;
    changed.color = color;
    changed.hotkey = hotkey;
    changed.description = description;
    m_session->changeLabel(old, changed);
    const QByteArray row = "SELECT id, name, color, hotkey, description, position FROM labels "
                           "WHERE id = "
        + QByteArray::number(per);
    QCOMPARE(
        rawQueryRows(m_path, row),
        QStringList {
            QStringLiteral("%1|%2|%3|%4|%5|1").arg(per).arg(name, color, hotkey, description) });
    QCOMPARE(rawQueryInt(m_path, "SELECT count(*) FROM labels"), 4);
    QCOMPARE(m_session->label(per)->name, name);
    QCOMPARE(m_session->label(per)->color, color);
    QCOMPARE(m_session->database().annotation(tagged)->labelName, name);
    QCOMPARE(stack->count(), 1);
    QCOMPARE(labelsChanged.count(), 1);
    QCOMPARE(projectAnnotationsChanged.count(), 1);

    stack->undo();
    QCOMPARE(rawQueryRows(m_path, LabelRows), before);
    QCOMPARE(m_session->label(per)->name, QStringLiteral("PER"));
    QCOMPARE(labelsChanged.count(), 2);
    stack->redo();
    QCOMPARE(m_session->label(per)->name, name);
    QCOMPARE(rawQueryRows(m_path, row).size(), 1);
    QVERIFY(rawQueryRows(m_path, row).first().contains(description));
    QCOMPARE(labelsChanged.count(), 3);
    QCOMPARE(projectAnnotationsChanged.count(), 3);
    // The annotation rows themselves are untouched, timestamps included.
    QCOMPARE(rawQueryRows(m_path, AnnotationColumns), annotations);
}

void TestUndoCommands::failingChangeLabelLeavesNothing()
{
    const QStringList before = rawQueryRows(m_path, LabelRows);
    QSignalSpy labelsChanged(m_session.get(), &ProjectSession::labelsChanged);
    QSignalSpy errors(m_session.get(), &ProjectSession::errorOccurred);
    const Label old = *m_session->label(labelId("PER"));
    Label renamed = old;
    renamed.name = QStringLiteral("loc");
    m_session->changeLabel(old, renamed);
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errors.first().first().toString(),
             QStringLiteral("a label named \"loc\" exists already"));
    QCOMPARE(m_session->undoStack()->count(), 0);
    QCOMPARE(rawQueryRows(m_path, LabelRows), before);
    QCOMPARE(m_session->labels().first().name, QStringLiteral("PER"));
    QCOMPARE(labelsChanged.count(), 0);
}

void TestUndoCommands::removeLabelUndoRestoresItsAnnotations()
{
    const Annotation putin = store(m_long, LongText, u"Vladimir Poutine", "PER",
                                   QStringLiteral("Vladimir Poutine"), QStringLiteral("chef"));
    const Annotation xi = store(m_long, LongText, u"Xi Jinping", "PER", QStringLiteral("Xi"));
    const Annotation bare = store(m_short, ShortText, u"Bref", "PER");
    const Annotation moscow = store(m_long, LongText, u"Moscou.", "LOC", QStringLiteral("Moscou"));
    QVERIFY(putin.id > 0 && xi.id > 0 && bare.id > 0 && moscow.id > 0);
    // Aliases have no API yet; another program could have written them.
    QVERIFY(rawExec(m_path,
                    "INSERT INTO entity_aliases (entity_id, alias) VALUES ("
                        + QByteArray::number(putin.entityId) + ", 'Poutine'), ("
                        + QByteArray::number(putin.entityId) + ", 'V. V. Poutine'), ("
                        + QByteArray::number(moscow.entityId) + ", 'Moskva')"));
    const QStringList labels = rawQueryRows(m_path, LabelRows);
    const QStringList entities = rawQueryRows(m_path, EntityRows);
    const QStringList aliases = rawQueryRows(m_path, AliasRows);
    const QStringList annotations = rawQueryRows(m_path, AnnotationRows);
    QCOMPARE(aliases.size(), 3);
    QCOMPARE(annotations.size(), 4);

    QSignalSpy labelsChanged(m_session.get(), &ProjectSession::labelsChanged);
    QSignalSpy projectAnnotationsChanged(m_session.get(),
                                         &ProjectSession::projectAnnotationsChanged);
    QUndoStack *stack = m_session->undoStack();
    const qint64 per = labelId("PER");
    const QByteArray perId = QByteArray::number(per);

    const auto checkRemoved = [&] {
        QCOMPARE(rawQueryInt(m_path, "SELECT count(*) FROM labels"), 3);
        QCOMPARE(rawQueryInt(m_path, "SELECT count(*) FROM labels WHERE id = " + perId), 0);
        QCOMPARE(rawQueryInt(m_path, "SELECT count(*) FROM entities WHERE label_id = " + perId), 0);
        QCOMPARE(rawQueryRows(m_path, AliasRows),
                 QStringList { QStringLiteral("%1|Moskva").arg(moscow.entityId) });
        QCOMPARE(rawQueryRows(m_path, AnnotationRows), QStringList { annotations.at(3) });
        QVERIFY(!m_session->label(per));
        QCOMPARE(m_session->labels().size(), 3);
    };
    const auto checkRestored = [&] {
        QCOMPARE(rawQueryRows(m_path, LabelRows), labels);
        QCOMPARE(rawQueryRows(m_path, EntityRows), entities);
        QCOMPARE(rawQueryRows(m_path, AliasRows), aliases);
        QCOMPARE(rawQueryRows(m_path, AnnotationRows), annotations);
        QCOMPARE(m_session->labels().first().name, QStringLiteral("PER"));
    };

    m_session->removeLabel(*m_session->label(per));
    checkRemoved();
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->undoText(), QStringLiteral("Delete Label PER"));
    QCOMPARE(labelsChanged.count(), 1);
    QCOMPARE(projectAnnotationsChanged.count(), 1);

    stack->undo();
    checkRestored();
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(labelsChanged.count(), 2);
    QCOMPARE(projectAnnotationsChanged.count(), 2);

    stack->redo();
    checkRemoved();
    if (QTest::currentTestFailed())
        return;
    stack->undo();
    checkRestored();
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_session->database().articleSummary(m_short)->annotationCount, 1);
}

void TestUndoCommands::failingRemoveLabelLeavesNothing()
{
    const QStringList before = rawQueryRows(m_path, LabelRows);
    QSignalSpy errors(m_session.get(), &ProjectSession::errorOccurred);
    QSignalSpy labelsChanged(m_session.get(), &ProjectSession::labelsChanged);
    Label ghost;
    ghost.id = 999;
    ghost.name = QStringLiteral("GHOST");
    m_session->removeLabel(ghost);
    QCOMPARE(errors.count(), 1);
    QVERIFY(errors.first().first().toString().contains(QStringLiteral("no label with id 999")));
    QCOMPARE(m_session->undoStack()->count(), 0);
    QCOMPARE(rawQueryRows(m_path, LabelRows), before);
    QCOMPARE(labelsChanged.count(), 0);
}

void TestUndoCommands::stepsReferToTheSameIdsThroughUndoAndRedo()
{
    // Tag, edit the note, delete the label: undo all, redo all. Later steps
    // refer to the annotation by id, so every redo must bring back the same.
    QUndoStack *stack = m_session->undoStack();
    const qint64 per = labelId("PER");
    const qint64 start = codePointOffset(LongText, u"Xi Jinping");
    const qint64 id = m_session->addAnnotation(m_long, start, start + 10, per);
    QVERIFY(id > 0);
    const QStringList tagged = rawQueryRows(m_path, AnnotationRows);
    const Annotation before = *m_session->database().annotation(id);
    Annotation noted = before;
    noted.note = QStringLiteral("président");
    QTest::qSleep(5);
    m_session->changeAnnotation(before, noted, QStringLiteral("Edit Note"));
    const QStringList withNote = rawQueryRows(m_path, AnnotationRows);
    QVERIFY(withNote.first().contains(QStringLiteral("|président|")));
    m_session->removeLabel(*m_session->label(per));
    QCOMPARE(rawQueryInt(m_path, "SELECT count(*) FROM annotations"), 0);
    QCOMPARE(stack->count(), 3);

    stack->undo(); // the label and its annotation, as they were
    QCOMPARE(rawQueryRows(m_path, AnnotationRows), withNote);
    stack->undo(); // the note
    QCOMPARE(withoutModified(rawQueryRows(m_path, AnnotationRows)), withoutModified(tagged));
    stack->undo(); // the tag
    QCOMPARE(rawQueryInt(m_path, "SELECT count(*) FROM annotations"), 0);
    QCOMPARE(rawQueryInt(m_path, "SELECT count(*) FROM labels WHERE name = 'PER'"), 1);

    stack->redo();
    QCOMPARE(rawQueryRows(m_path, AnnotationRows), tagged); // same id, same timestamps
    stack->redo();
    QCOMPARE(withoutModified(rawQueryRows(m_path, AnnotationRows)), withoutModified(withNote));
    stack->redo();
    QCOMPARE(rawQueryInt(m_path, "SELECT count(*) FROM annotations"), 0);
    QCOMPARE(rawQueryInt(m_path, "SELECT count(*) FROM labels WHERE name = 'PER'"), 0);
    stack->undo();
    QCOMPARE(rawQueryInt(m_path, "SELECT id FROM annotations"), id);
}

void TestUndoCommands::removeLabelUndoKeepsLinksFromOtherLabels()
{
    // MainWindow::applyLabel relabels a selected annotation and keeps its
    // entity, so an ORG annotation can link to a PER entity. Deleting PER
    // unlinks it (ON DELETE SET NULL); undoing the deletion should link it again.
    const Annotation tagged =
        store(m_long, LongText, u"Vladimir Poutine", "PER", QStringLiteral("Vladimir Poutine"));
    QVERIFY(tagged.entityId > 0);
    Annotation relabelled = tagged;
    relabelled.labelId = labelId("ORG");
    relabelled.labelName = QStringLiteral("ORG");
    m_session->changeAnnotation(tagged, relabelled, QStringLiteral("Relabel as ORG"));
    const QStringList linked = rawQueryRows(m_path, AnnotationRows);
    QVERIFY2(linked.first().contains(QStringLiteral("|ORG|Vladimir Poutine|")),
             qPrintable(linked.first()));

    m_session->removeLabel(*m_session->label(labelId("PER")));
    QCOMPARE(rawQueryRows(m_path, "SELECT coalesce(entity_id, 'NULL') FROM annotations"),
             QStringList { QStringLiteral("NULL") });
    m_session->undoStack()->undo();
    QCOMPARE(rawQueryRows(m_path, AnnotationRows), linked);
}

void TestUndoCommands::removingAnUnstoredAnnotationFails()
{
    // An annotation that is not (or no longer) in the file cannot be removed;
    // the step must not go on the stack, or its undo would write the row.
    const Annotation stored = store(m_short, ShortText, u"Bref", "MISC");
    QVERIFY(stored.id > 0);
    QString error;
    QVERIFY(m_session->database().deleteAnnotation(stored.id, &error));
    QSignalSpy errors(m_session.get(), &ProjectSession::errorOccurred);
    m_session->removeAnnotation(stored);
    QCOMPARE(m_session->undoStack()->count(), 0);
    QCOMPARE(errors.count(), 1);
    m_session->undoStack()->undo();
    QCOMPARE(rawQueryInt(m_path, "SELECT count(*) FROM annotations"), 0);
}

QTEST_MAIN(TestUndoCommands)
#include "tst_undocommands.moc"
