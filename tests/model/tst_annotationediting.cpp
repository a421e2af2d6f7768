// SPDX-License-Identifier: GPL-3.0-or-later
// Editing what is stored: annotations changed, deleted and put back, article
// status, entities by name, labels added, renamed, deleted and restored. Every
// check reads the project file through a connection of its own.
#include "projectdatabase.h"
#include "testhelpers.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Marginalia;
using namespace TestHelpers;

namespace {

// An emoji before the names, so that code points and UTF-16 units differ.
const char16_t LongText[] = u"Moscou\n😀 Vladimir Poutine reçoit Xi Jinping à Moscou.";
const char16_t ShortText[] = u"Court\nBref.";

qint64 codePoints(QStringView text)
{
    return text.toUcs4().size();
}

// The annotations table as another program reads it, one line per row:
// id|article|start|end|label|entity|note|annotator|status|created|modified.
const char AnnotationRows[] =
    "SELECT n.id, n.article_id, n.start, n.\"end\", l.name, coalesce(e.name, '-'), n.note, "
    "n.annotator, n.status, n.created_at, n.modified_at FROM annotations n "
    "JOIN labels l ON l.id = n.label_id LEFT JOIN entities e ON e.id = n.entity_id ORDER BY n.id";
const char LabelRows[] =
    "SELECT id, name, color, hotkey, description, position FROM labels ORDER BY id";
const char EntityRows[] = "SELECT id, name, label_id, external_id FROM entities ORDER BY id";
const char AliasRows[] = "SELECT entity_id, alias FROM entity_aliases ORDER BY entity_id, alias";

enum Column {
    Id,
    ArticleId,
    Start,
    End,
    LabelName,
    EntityName,
    Note,
    Annotator,
    Status,
    Created,
    Modified
};

QString column(const QString &row, Column c)
{
    return row.section(QLatin1Char('|'), c, c);
}

} // namespace

class TestAnnotationEditing : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void updateAnnotationStoresTheChange_data();
    void updateAnnotationStoresTheChange();
    void refusedUpdateLeavesTheRow_data();
    void refusedUpdateLeavesTheRow();
    void updateAnnotationChecksTheStoredArticle();
    void deleteAndRestoreRoundTrip();
    void restoreAnnotationRefuses_data();
    void restoreAnnotationRefuses();
    void setArticleStatus_data();
    void setArticleStatus();
    void findOrCreateEntity_data();
    void findOrCreateEntity();
    void findOrCreateEntityRefuses_data();
    void findOrCreateEntityRefuses();
    void entityNamesAreDistinctAndSorted();
    void addLabelGoesAtTheEnd();
    void addLabelRefuses_data();
    void addLabelRefuses();
    void updateLabel();
    void updateLabelRefusesATakenName_data();
    void updateLabelRefusesATakenName();
    void annotationCountForLabel();
    void deleteLabelTakesEverythingAndRestoreBringsItBack();
    void deleteUnknownLabelChangesNothing();
    void failedRestoreLabelRestoresNothing();

private:
    qint64 labelId(const char *name);
    Annotation annotate(qint64 articleId, QStringView text, QStringView words, const char *label,
                        const QString &entity = QString(), const QString &note = QString());

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectDatabase> m_project;
    QString m_path;
    qint64 m_long = 0; ///< article with LongText
    qint64 m_short = 0; ///< article with ShortText
};

void TestAnnotationEditing::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_project = createProject(*m_dir);
    QVERIFY(m_project);
    m_path = m_project->path();
    QVector<NewArticle> batch(2);
    batch[0].title = QStringLiteral("Moscou");
    batch[0].text = QString::fromUtf16(LongText);
    batch[1].title = QStringLiteral("Court");
    batch[1].text = QString::fromUtf16(ShortText);
    QVector<ProjectDatabase::InsertOutcome> outcomes;
    QString error;
    QVERIFY2(m_project->insertArticles(batch, &outcomes, &error), qPrintable(error));
    m_long = outcomes.at(0).id;
    m_short = outcomes.at(1).id;
    QCOMPARE(m_project->articleSummary(m_long)->length, codePoints(LongText));
}

void TestAnnotationEditing::cleanup()
{
    m_project.reset();
    m_dir.reset();
}

qint64 TestAnnotationEditing::labelId(const char *name)
{
    const std::optional<Label> label = m_project->labelByName(QLatin1String(name));
    return label ? label->id : 0;
}

Annotation TestAnnotationEditing::annotate(qint64 articleId, QStringView text, QStringView words,
                                           const char *label, const QString &entity,
                                           const QString &note)
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
    const std::optional<Annotation> added = m_project->addAnnotation(request, &error);
    if (!added)
        qWarning("addAnnotation: %s", qPrintable(error));
    return added.value_or(Annotation());
}

void TestAnnotationEditing::updateAnnotationStoresTheChange_data()
{
    QTest::addColumn<QString>("words"); ///< the new span
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("entity"); ///< empty: unlinked
    QTest::addColumn<QString>("note");

    // Starts as "Vladimir Poutine", PER, entity "Vladimir Poutine", note "first".
    QTest::newRow("span narrowed") << "Poutine"
                                   << "PER"
                                   << "Vladimir Poutine"
                                   << "first";
    QTest::newRow("span moved past the emoji") << "Xi Jinping"
                                               << "PER"
                                               << "Vladimir Poutine"
                                               << "first";
    QTest::newRow("relabelled") << "Vladimir Poutine"
                                << "MISC"
                                << ""
                                << "first";
    QTest::newRow("linked to another entity") << "Vladimir Poutine"
                                              << "PER"
                                              << "Poutine"
                                              << "first";
    QTest::newRow("unlinked") << "Vladimir Poutine"
                              << "PER"
                              << ""
                              << "first";
    QTest::newRow("note changed") << "Vladimir Poutine"
                                  << "PER"
                                  << "Vladimir Poutine"
                                  << "second, with \"quotes\"\nand a line";
    QTest::newRow("note cleared") << "Vladimir Poutine"
                                  << "PER"
                                  << "Vladimir Poutine"
                                  << "";
    QTest::newRow("everything at once") << "Moscou."
                                        << "LOC"
                                        << "Moskva"
                                        << "capital";
}

void TestAnnotationEditing::updateAnnotationStoresTheChange()
{
    QFETCH(QString, words);
    QFETCH(QString, label);
    QFETCH(QString, entity);
    QFETCH(QString, note);

    const Annotation before = annotate(m_long, LongText, u"Vladimir Poutine", "PER",
                                       QStringLiteral("Vladimir Poutine"), QStringLiteral("first"));
    QVERIFY(before.id > 0);
    const QStringList rowsBefore = rawQueryRows(m_path, AnnotationRows);
    QCOMPARE(rowsBefore.size(), 1);
    QTest::qSleep(5); // timestamps have millisecond resolution

    Annotation after = before;
    after.start = codePointOffset(LongText, words);
    after.end = after.start + codePoints(words);
    after.labelId = m_project->labelByName(label)->id;
    QString error;
    after.entityId = 0;
    if (!entity.isEmpty()) {
        const std::optional<qint64> id =
            m_project->findOrCreateEntity(entity, after.labelId, &error);
        QVERIFY2(id, qPrintable(error));
        after.entityId = *id;
    }
    after.note = note;
    QVERIFY2(m_project->updateAnnotation(after, &error), qPrintable(error));

    const QStringList rows = rawQueryRows(m_path, AnnotationRows);
    QCOMPARE(rows.size(), 1);
    const QString row = rows.first();
    QCOMPARE(column(row, Id).toLongLong(), before.id);
    QCOMPARE(column(row, ArticleId).toLongLong(), m_long);
    QCOMPARE(column(row, Start).toLongLong(), after.start);
    QCOMPARE(column(row, End).toLongLong(), after.end);
    QCOMPARE(column(row, LabelName), label);
    QCOMPARE(column(row, EntityName), entity.isEmpty() ? QStringLiteral("-") : entity);
    QCOMPARE(column(row, Note), note);
    QCOMPARE(column(row, Annotator), QStringLiteral("ana"));
    QCOMPARE(column(row, Created), column(rowsBefore.first(), Created));
    QVERIFY2(column(row, Modified) > column(rowsBefore.first(), Modified), qPrintable(row));

    // The API reads back what the file holds.
    const std::optional<Annotation> stored = m_project->annotation(before.id);
    QVERIFY(stored);
    QCOMPARE(stored->start, after.start);
    QCOMPARE(stored->end, after.end);
    QCOMPARE(stored->labelName, label);
    QCOMPARE(stored->entityId, after.entityId);
    QCOMPARE(stored->entityName, entity);
    QCOMPARE(stored->note, note);
    QCOMPARE(stored->createdAt, before.createdAt);
    QCOMPARE(stored->modifiedAt, column(row, Modified));
}

void TestAnnotationEditing::refusedUpdateLeavesTheRow_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("wording");

    QTest::newRow("end past the text") << "end past"
                                       << "past the end";
    QTest::newRow("end past the text in UTF-16 units") << "end utf16"
                                                       << "past the end";
    QTest::newRow("negative start") << "negative"
                                    << "negative";
    QTest::newRow("start equals end") << "empty"
                                      << "less than";
    QTest::newRow("start after end") << "reversed"
                                     << "less than";
    QTest::newRow("unknown id") << "id"
                                << "no annotation";
    QTest::newRow("another article than the stored one") << "article"
                                                         << "belongs to article";
    QTest::newRow("unknown label") << "label"
                                   << "FOREIGN KEY";
    QTest::newRow("unknown entity") << "entity"
                                    << "FOREIGN KEY";
}

void TestAnnotationEditing::refusedUpdateLeavesTheRow()
{
    QFETCH(QString, change);
    QFETCH(QString, wording);

    const Annotation before =
        annotate(m_long, LongText, u"Xi Jinping", "PER", QStringLiteral("Xi"), QStringLiteral("n"));
    QVERIFY(before.id > 0);
    const QStringList rowsBefore = rawQueryRows(m_path, AnnotationRows);
    const QStringList entitiesBefore = rawQueryRows(m_path, EntityRows);
    QTest::qSleep(5);

    Annotation after = before;
    after.note = QStringLiteral("must not be stored");
    const qint64 length = codePoints(LongText);
    if (change == QLatin1String("end past")) {
        after.end = length + 1;
    } else if (change == QLatin1String("end utf16")) {
        after.end = QStringView(LongText).size(); // one more than the code points
        QCOMPARE(after.end, length + 1);
    } else if (change == QLatin1String("negative")) {
        after.start = -1;
    } else if (change == QLatin1String("empty")) {
        after.end = after.start;
    } else if (change == QLatin1String("reversed")) {
        std::swap(after.start, after.end);
    } else if (change == QLatin1String("id")) {
        after.id += 100;
    } else if (change == QLatin1String("article")) {
        after.articleId = m_long + m_short + 100;
    } else if (change == QLatin1String("label")) {
        after.labelId = 999;
    } else if (change == QLatin1String("entity")) {
        after.entityId = 999;
    } else {
        QFAIL("unknown change");
    }
    QString error;
    QVERIFY(!m_project->updateAnnotation(after, &error));
    QVERIFY2(error.contains(wording, Qt::CaseInsensitive), qPrintable(error));
    QCOMPARE(rawQueryRows(m_path, AnnotationRows), rowsBefore);
    QCOMPARE(rawQueryRows(m_path, EntityRows), entitiesBefore);
    QCOMPARE(m_project->annotation(before.id)->note, QStringLiteral("n"));
}

void TestAnnotationEditing::updateAnnotationChecksTheStoredArticle()
{
    // The span is checked against the article named in the call, not the one
    // the row belongs to (article_id is never updated): a span valid for the
    // long article is stored on the short one, past its end.
    const Annotation before = annotate(m_short, ShortText, u"Bref", "MISC");
    QVERIFY(before.id > 0);
    const QStringList rowsBefore = rawQueryRows(m_path, AnnotationRows);

    Annotation after = before;
    after.articleId = m_long;
    after.end = codePoints(LongText);
    QVERIFY(after.end > codePoints(ShortText));
    QString error;
    const bool updated = m_project->updateAnnotation(after, &error);
    QVERIFY2(!updated, "a span past the end of the annotation's article was accepted");
    QCOMPARE(rawQueryRows(m_path, AnnotationRows), rowsBefore);
    // Whatever happens, the row stays with its own article.
    QCOMPARE(rawQueryInt(m_path, "SELECT article_id FROM annotations"), m_short);
}

void TestAnnotationEditing::deleteAndRestoreRoundTrip()
{
    const Annotation other = annotate(m_long, LongText, u"Xi Jinping", "PER");
    const Annotation added = annotate(m_long, LongText, u"Vladimir Poutine", "PER",
                                      QStringLiteral("Vladimir Poutine"), QStringLiteral("note"));
    QVERIFY(other.id > 0 && added.id > 0);
    // Make modified_at differ from created_at, so both are checked.
    QTest::qSleep(5);
    Annotation changed = added;
    changed.note = QStringLiteral("changed note");
    QString error;
    QVERIFY2(m_project->updateAnnotation(changed, &error), qPrintable(error));
    const std::optional<Annotation> stored = m_project->annotation(added.id);
    QVERIFY(stored);
    QVERIFY(stored->modifiedAt != stored->createdAt);
    const QStringList rowsBefore = rawQueryRows(m_path, AnnotationRows);
    const QByteArray entityLink =
        "SELECT entity_id FROM annotations WHERE id = " + QByteArray::number(added.id);
    const qint64 entityId = rawQueryInt(m_path, entityLink.constData());
    QVERIFY(entityId > 0);

    QVERIFY2(m_project->deleteAnnotation(added.id, &error), qPrintable(error));
    QVERIFY(!m_project->annotation(added.id));
    QCOMPARE(rawQueryInt(m_path, "SELECT count(*) FROM annotations"), 1);
    QCOMPARE(m_project->articleSummary(m_long)->annotationCount, 1);
    // The entity is the project's knowledge: it stays.
    QCOMPARE(rawQueryInt(m_path, "SELECT count(*) FROM entities"), 1);

    QTest::qSleep(5);
    QVERIFY2(m_project->restoreAnnotation(*stored, &error), qPrintable(error));
    QCOMPARE(rawQueryRows(m_path, AnnotationRows), rowsBefore);
    QCOMPARE(rawQueryInt(m_path, entityLink.constData()), entityId);
    const std::optional<Annotation> restored = m_project->annotation(added.id);
    QVERIFY(restored);
    QCOMPARE(restored->createdAt, stored->createdAt);
    QCOMPARE(restored->modifiedAt, stored->modifiedAt);
    QCOMPARE(restored->entityName, QStringLiteral("Vladimir Poutine"));
    QCOMPARE(restored->note, QStringLiteral("changed note"));
    QCOMPARE(restored->annotator, QStringLiteral("ana"));
    QCOMPARE(m_project->articleSummary(m_long)->annotationCount, 2);
}

void TestAnnotationEditing::restoreAnnotationRefuses_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("wording");

    QTest::newRow("the id is taken") << "not deleted"
                                     << "UNIQUE";
    QTest::newRow("end past the text") << "end past"
                                       << "past the end";
    QTest::newRow("start equals end") << "empty"
                                      << "less than";
    QTest::newRow("article deleted since") << "article gone"
                                           << "no article";
    QTest::newRow("label deleted since") << "label gone"
                                         << "FOREIGN KEY";
}

void TestAnnotationEditing::restoreAnnotationRefuses()
{
    QFETCH(QString, change);
    QFETCH(QString, wording);

    const Annotation keep = annotate(m_short, ShortText, u"Bref", "MISC");
    const Annotation added = annotate(m_long, LongText, u"Moscou.", "LOC");
    QVERIFY(keep.id > 0 && added.id > 0);
    QString error;
    Annotation restored = added;
    if (change != QLatin1String("not deleted"))
        QVERIFY(m_project->deleteAnnotation(added.id, &error));
    if (change == QLatin1String("end past"))
        restored.end = codePoints(LongText) + 1;
    else if (change == QLatin1String("empty"))
        restored.end = restored.start;
    else if (change == QLatin1String("article gone"))
        QVERIFY(m_project->deleteArticles({ m_long }, &error));
    else if (change == QLatin1String("label gone"))
        QVERIFY(m_project->deleteLabel(added.labelId, &error));
    const QStringList rowsBefore = rawQueryRows(m_path, AnnotationRows);

    QVERIFY(!m_project->restoreAnnotation(restored, &error));
    QVERIFY2(error.contains(wording, Qt::CaseInsensitive), qPrintable(error));
    QCOMPARE(rawQueryRows(m_path, AnnotationRows), rowsBefore);
}

void TestAnnotationEditing::setArticleStatus_data()
{
    QTest::addColumn<QVector<int>>("statuses"); ///< set one after the other

    QTest::newRow("in progress") << QVector<int> { 1 };
    QTest::newRow("done") << QVector<int> { 2 };
    QTest::newRow("done, then back to do") << QVector<int> { 2, 0 };
    QTest::newRow("every step") << QVector<int> { 1, 2, 1, 0, 2 };
    QTest::newRow("the same twice") << QVector<int> { 1, 1 };
}

void TestAnnotationEditing::setArticleStatus()
{
    QFETCH(QVector<int>, statuses);
    const QByteArray statusOfLong =
        "SELECT status FROM articles WHERE id = " + QByteArray::number(m_long);
    const QByteArray statusOfShort =
        "SELECT status FROM articles WHERE id = " + QByteArray::number(m_short);
    QCOMPARE(rawQueryInt(m_path, statusOfLong), 0);
    for (const int status : statuses) {
        QString error;
        QVERIFY2(m_project->setArticleStatus(m_long, ArticleStatus(status), &error),
                 qPrintable(error));
        QCOMPARE(rawQueryInt(m_path, statusOfLong), status);
        QCOMPARE(int(m_project->articleSummary(m_long)->status), status);
        QCOMPARE(rawQueryInt(m_path, statusOfShort), 0);
    }

    // A status the schema does not know is refused and changes nothing.
    QString error;
    QVERIFY(!m_project->setArticleStatus(m_long, ArticleStatus(7), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(rawQueryInt(m_path, statusOfLong), statuses.last());
}

void TestAnnotationEditing::findOrCreateEntity_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("label");
    QTest::addColumn<bool>("same"); ///< as "Vladimir Poutine", PER

    QTest::newRow("same name and label") << "Vladimir Poutine"
                                         << "PER" << true;
    QTest::newRow("spaces around are trimmed") << "  Vladimir Poutine \t"
                                               << "PER" << true;
    QTest::newRow("line end trimmed") << "Vladimir Poutine\n"
                                      << "PER" << true;
    QTest::newRow("same name, other label") << "Vladimir Poutine"
                                            << "MISC" << false;
    QTest::newRow("other name") << "Poutine"
                                << "PER" << false;
    QTest::newRow("inner spaces count") << "Vladimir  Poutine"
                                        << "PER" << false;
}

void TestAnnotationEditing::findOrCreateEntity()
{
    QFETCH(QString, name);
    QFETCH(QString, label);
    QFETCH(bool, same);

    QString error;
    const std::optional<qint64> first =
        m_project->findOrCreateEntity(QStringLiteral("Vladimir Poutine"), labelId("PER"), &error);
    QVERIFY2(first, qPrintable(error));
    QCOMPARE(
        rawQueryRows(m_path, EntityRows),
        QStringList { QStringLiteral("%1|Vladimir Poutine|%2|").arg(*first).arg(labelId("PER")) });

    const std::optional<qint64> found =
        m_project->findOrCreateEntity(name, m_project->labelByName(label)->id, &error);
    QVERIFY2(found, qPrintable(error));
    QCOMPARE(*found == *first, same);
    QCOMPARE(rawQueryInt(m_path, "SELECT count(*) FROM entities"), same ? 1 : 2);
    const QByteArray stored = "SELECT name FROM entities WHERE id = " + QByteArray::number(*found);
    QCOMPARE(rawQueryRows(m_path, stored), QStringList { name.trimmed() });

    // Asking again finds it, and stores nothing new.
    QCOMPARE(
        m_project->findOrCreateEntity(name, m_project->labelByName(label)->id, &error).value_or(-1),
        *found);
    QCOMPARE(rawQueryInt(m_path, "SELECT count(*) FROM entities"), same ? 1 : 2);
}

void TestAnnotationEditing::findOrCreateEntityRefuses_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("label"); ///< 0: PER
    QTest::addColumn<QString>("wording");

    QTest::newRow("empty name") << "" << qint64(0) << "needs a name";
    QTest::newRow("only spaces") << "  \t " << qint64(0) << "needs a name";
    QTest::newRow("only a line end") << "\n" << qint64(0) << "needs a name";
    QTest::newRow("unknown label") << "Nobody" << qint64(999) << "FOREIGN KEY";
}

void TestAnnotationEditing::findOrCreateEntityRefuses()
{
    QFETCH(QString, name);
    QFETCH(qint64, label);
    QFETCH(QString, wording);

    QString error;
    QVERIFY(!m_project->findOrCreateEntity(name, label ? label : labelId("PER"), &error));
    QVERIFY2(error.contains(wording, Qt::CaseInsensitive), qPrintable(error));
    QCOMPARE(rawQueryInt(m_path, "SELECT count(*) FROM entities"), 0);
}

void TestAnnotationEditing::entityNamesAreDistinctAndSorted()
{
    QString error;
    for (const auto &[name, label] :
         { std::pair { "Xi Jinping", "PER" }, std::pair { "Moscou", "LOC" },
           std::pair { "Moscou", "ORG" }, std::pair { "Vladimir Poutine", "PER" } })
        QVERIFY2(m_project->findOrCreateEntity(QString::fromUtf8(name), labelId(label), &error),
                 qPrintable(error));
    QCOMPARE(rawQueryInt(m_path, "SELECT count(*) FROM entities"), 4);
    QCOMPARE(m_project->entityNames(),
             (QStringList { QStringLiteral("Moscou"), QStringLiteral("Vladimir Poutine"),
                            QStringLiteral("Xi Jinping") }));
}

void TestAnnotationEditing::addLabelGoesAtTheEnd()
{
    const qint64 lastPosition = rawQueryInt(m_path, "SELECT max(position) FROM labels");
    QCOMPARE(lastPosition, 4);
    Label label;
    label.name = QStringLiteral("  EVENT  ");
    label.color = QStringLiteral("#123456");
    label.hotkey = QStringLiteral("5");
    label.description = QStringLiteral("Événement");
    QString error;
    const std::optional<Label> added = m_project->addLabel(label, &error);
    QVERIFY2(added, qPrintable(error));
    QVERIFY(added->id > 0);
    QCOMPARE(added->name, QStringLiteral("EVENT"));
    const QByteArray row = "SELECT id, name, color, hotkey, description, position FROM labels "
                           "WHERE id = "
        + QByteArray::number(added->id);
    QCOMPARE(rawQueryRows(m_path, row),
             QStringList { QStringLiteral("%1|EVENT|#123456|5|Événement|5").arg(added->id) });
    QCOMPARE(m_project->labels().last().name, QStringLiteral("EVENT"));

    // After the last label goes, a new one still comes after every other.
    QVERIFY(m_project->deleteLabel(labelId("MISC"), &error));
    label.name = QStringLiteral("DATE");
    const std::optional<Label> second = m_project->addLabel(label, &error);
    QVERIFY2(second, qPrintable(error));
    QCOMPARE(rawQueryInt(m_path, "SELECT name = 'DATE' FROM labels ORDER BY position DESC LIMIT 1"),
             1);
    QCOMPARE(rawQueryInt(m_path, "SELECT count(DISTINCT position) FROM labels"), 5);
    QCOMPARE(m_project->labels().last().name, QStringLiteral("DATE"));
}

void TestAnnotationEditing::addLabelRefuses_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("wording");

    QTest::newRow("same name") << "PER"
                               << "a label named \"PER\" exists already";
    QTest::newRow("other case") << "per"
                                << "a label named \"per\" exists already";
    QTest::newRow("spaces around") << "  Loc "
                                   << "a label named \"Loc\" exists already";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("only spaces") << "   "
                                 << "";
}

void TestAnnotationEditing::addLabelRefuses()
{
    QFETCH(QString, name);
    QFETCH(QString, wording);

    const QStringList before = rawQueryRows(m_path, LabelRows);
    Label label;
    label.name = name;
    label.color = QStringLiteral("#000000");
    QString error;
    QVERIFY(!m_project->addLabel(label, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(wording), qPrintable(error));
    QCOMPARE(rawQueryRows(m_path, LabelRows), before);
}

void TestAnnotationEditing::updateLabel()
{
    const Annotation tagged = annotate(m_long, LongText, u"Moscou.", "LOC");
    QVERIFY(tagged.id > 0);
    Label label = *m_project->labelByName(QStringLiteral("LOC"));
    label.name = QStringLiteral(" Lieu ");
    label.color = QStringLiteral("#abcdef");
    label.hotkey = QStringLiteral("l");
    label.description = QStringLiteral("Lieu géographique");
    QString error;
    QVERIFY2(m_project->updateLabel(label, &error), qPrintable(error));
    const QByteArray row = "SELECT id, name, color, hotkey, description, position FROM labels "
                           "WHERE id = "
        + QByteArray::number(label.id);
    QCOMPARE(rawQueryRows(m_path, row),
             QStringList { QStringLiteral("%1|Lieu|#abcdef|l|Lieu géographique|2").arg(label.id) });
    QCOMPARE(rawQueryInt(m_path, "SELECT count(*) FROM labels"), 4);
    // Annotations keep the label, and read its new name.
    QCOMPARE(m_project->annotation(tagged.id)->labelName, QStringLiteral("Lieu"));

    // Changing only the case of its own name is not a conflict.
    label.name = QStringLiteral("LIEU");
    QVERIFY2(m_project->updateLabel(label, &error), qPrintable(error));
    QCOMPARE(rawQueryRows(m_path, "SELECT name FROM labels WHERE position = 2"),
             QStringList { QStringLiteral("LIEU") });
}

void TestAnnotationEditing::updateLabelRefusesATakenName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("wording");

    QTest::newRow("another label's name") << "LOC"
                                          << "a label named \"LOC\" exists already";
    QTest::newRow("in another case") << "org"
                                     << "a label named \"org\" exists already";
    QTest::newRow("with spaces around") << " MISC "
                                        << "a label named \"MISC\" exists already";
    QTest::newRow("empty") << " "
                           << "";
}

void TestAnnotationEditing::updateLabelRefusesATakenName()
{
    QFETCH(QString, name);
    QFETCH(QString, wording);

    const QStringList before = rawQueryRows(m_path, LabelRows);
    Label label = *m_project->labelByName(QStringLiteral("PER"));
    label.name = name;
    label.color = QStringLiteral("#000000");
    QString error;
    QVERIFY(!m_project->updateLabel(label, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(wording), qPrintable(error));
    QCOMPARE(rawQueryRows(m_path, LabelRows), before);
}

void TestAnnotationEditing::annotationCountForLabel()
{
    QCOMPARE(m_project->annotationCountForLabel(labelId("PER")), 0);
    QVERIFY(annotate(m_long, LongText, u"Vladimir Poutine", "PER").id > 0);
    QVERIFY(annotate(m_long, LongText, u"Xi Jinping", "PER").id > 0);
    QVERIFY(annotate(m_long, LongText, u"Moscou.", "LOC").id > 0);
    QVERIFY(annotate(m_short, ShortText, u"Bref", "PER").id > 0);
    for (const char *name : { "PER", "LOC", "ORG", "MISC" }) {
        const QByteArray sql = "SELECT count(*) FROM annotations WHERE label_id = "
            + QByteArray::number(labelId(name));
        QCOMPARE(m_project->annotationCountForLabel(labelId(name)), rawQueryInt(m_path, sql));
    }
    QCOMPARE(m_project->annotationCountForLabel(labelId("PER")), 3);
    QCOMPARE(m_project->annotationCountForLabel(labelId("LOC")), 1);
    QCOMPARE(m_project->annotationCountForLabel(labelId("ORG")), 0);
    QCOMPARE(m_project->annotationCountForLabel(999), 0);
}

void TestAnnotationEditing::deleteLabelTakesEverythingAndRestoreBringsItBack()
{
    const qint64 per = labelId("PER");
    const Annotation putin = annotate(m_long, LongText, u"Vladimir Poutine", "PER",
                                      QStringLiteral("Vladimir Poutine"), QStringLiteral("chef"));
    const Annotation xi = annotate(m_long, LongText, u"Xi Jinping", "PER", QStringLiteral("Xi"));
    const Annotation bare = annotate(m_short, ShortText, u"Bref", "PER");
    const Annotation moscow =
        annotate(m_long, LongText, u"Moscou.", "LOC", QStringLiteral("Moscou"));
    QVERIFY(putin.id > 0 && xi.id > 0 && bare.id > 0 && moscow.id > 0);
    QVERIFY(rawExec(m_path,
                    "INSERT INTO entity_aliases (entity_id, alias) VALUES ("
                        + QByteArray::number(putin.entityId) + ", 'Poutine'), ("
                        + QByteArray::number(putin.entityId) + ", 'V. Poutine'), ("
                        + QByteArray::number(moscow.entityId) + ", 'Moskva');"
                        + "UPDATE entities SET external_id = 'Q7747' WHERE id = "
                        + QByteArray::number(putin.entityId)));
    QCOMPARE(m_project->annotationCountForLabel(per), 3);
    // A quote spoken by the Poutine mention, another by the Xi entity, and a
    // rejected suggestion of Xi: the cascade unlinks or deletes them all.
    QString setupError;
    NewQuote quoted;
    quoted.articleId = m_long;
    quoted.start = moscow.start;
    quoted.end = moscow.end;
    quoted.speakerAnnotationId = putin.id;
    QVERIFY(m_project->addQuote(quoted, &setupError));
    quoted.start = putin.start;
    quoted.end = putin.end;
    quoted.speakerAnnotationId = 0;
    quoted.speakerEntityId = xi.entityId;
    QVERIFY(m_project->addQuote(quoted, &setupError));
    QVERIFY(m_project->setSuggestionRejected({ m_long, xi.start, xi.end, xi.entityId }, true,
                                             &setupError));
    constexpr char QuoteSpeakers[] =
        "SELECT id, speaker_entity_id, speaker_annotation_id FROM quotes ORDER BY id";
    constexpr char Rejections[] = "SELECT * FROM rejected_suggestions";
    const QStringList speakers = rawQueryRows(m_path, QuoteSpeakers);
    const QStringList rejections = rawQueryRows(m_path, Rejections);
    QCOMPARE(rejections.size(), 1);

    const QStringList labels = rawQueryRows(m_path, LabelRows);
    const QStringList entities = rawQueryRows(m_path, EntityRows);
    const QStringList aliases = rawQueryRows(m_path, AliasRows);
    const QStringList annotations = rawQueryRows(m_path, AnnotationRows);
    QCOMPARE(aliases.size(), 3);

    QString error;
    const std::optional<ProjectDatabase::LabelSnapshot> snapshot =
        m_project->deleteLabel(per, &error);
    QVERIFY2(snapshot, qPrintable(error));
    QCOMPARE(snapshot->label.name, QStringLiteral("PER"));
    QCOMPARE(snapshot->position, 1);
    QCOMPARE(snapshot->entities.size(), 2);
    QCOMPARE(snapshot->annotations.size(), 3);

    // Everything of PER is gone from the file; LOC's are untouched.
    const QByteArray perId = QByteArray::number(per);
    QCOMPARE(rawQueryInt(m_path, "SELECT count(*) FROM labels WHERE id = " + perId), 0);
    QCOMPARE(rawQueryInt(m_path, "SELECT count(*) FROM entities WHERE label_id = " + perId), 0);
    QCOMPARE(rawQueryInt(m_path, "SELECT count(*) FROM annotations WHERE label_id = " + perId), 0);
    QCOMPARE(rawQueryRows(m_path, AliasRows),
             QStringList { QStringLiteral("%1|Moskva").arg(moscow.entityId) });
    QCOMPARE(rawQueryRows(m_path, AnnotationRows),
             QStringList { annotations.at(3) }); // moscow, the last added
    QCOMPARE(rawQueryInt(m_path, "SELECT count(*) FROM entities"), 1);
    QCOMPARE(m_project->annotationCountForLabel(per), 0);
    QVERIFY(!m_project->labelByName(QStringLiteral("PER")));
    QCOMPARE(m_project->articleSummary(m_short)->annotationCount, 0);

    QVERIFY2(m_project->restoreLabel(*snapshot, &error), qPrintable(error));
    QCOMPARE(rawQueryRows(m_path, LabelRows), labels);
    QCOMPARE(rawQueryRows(m_path, EntityRows), entities);
    QCOMPARE(rawQueryRows(m_path, AliasRows), aliases);
    QCOMPARE(rawQueryRows(m_path, AnnotationRows), annotations);
    QCOMPARE(m_project->labels().first().name, QStringLiteral("PER"));
    QCOMPARE(m_project->annotationCountForLabel(per), 3);
    QCOMPARE(m_project->annotation(putin.id)->entityName, QStringLiteral("Vladimir Poutine"));
    QCOMPARE(rawQueryInt(m_path, "PRAGMA foreign_key_check"), -1); // no dangling row
    QCOMPARE(rawQueryRows(m_path, QuoteSpeakers), speakers);
    QCOMPARE(rawQueryRows(m_path, Rejections), rejections);

    // The round trip can be made again: delete, restore, same file.
    const std::optional<ProjectDatabase::LabelSnapshot> again = m_project->deleteLabel(per, &error);
    QVERIFY2(again, qPrintable(error));
    QVERIFY2(m_project->restoreLabel(*again, &error), qPrintable(error));
    QCOMPARE(rawQueryRows(m_path, AnnotationRows), annotations);
    QCOMPARE(rawQueryRows(m_path, AliasRows), aliases);
}

void TestAnnotationEditing::deleteUnknownLabelChangesNothing()
{
    QVERIFY(annotate(m_long, LongText, u"Moscou.", "LOC").id > 0);
    const QStringList labels = rawQueryRows(m_path, LabelRows);
    QString error;
    QVERIFY(!m_project->deleteLabel(999, &error));
    QVERIFY2(error.contains(QStringLiteral("no label with id 999")), qPrintable(error));
    QCOMPARE(rawQueryRows(m_path, LabelRows), labels);
    QCOMPARE(rawQueryInt(m_path, "SELECT count(*) FROM annotations"), 1);
}

void TestAnnotationEditing::failedRestoreLabelRestoresNothing()
{
    const Annotation putin =
        annotate(m_long, LongText, u"Vladimir Poutine", "PER", QStringLiteral("Vladimir Poutine"));
    QVERIFY(putin.id > 0);
    QString error;
    const std::optional<ProjectDatabase::LabelSnapshot> snapshot =
        m_project->deleteLabel(putin.labelId, &error);
    QVERIFY2(snapshot, qPrintable(error));

    // Another label took the name in the meantime: the restore fails as a
    // whole, without a stray entity or annotation.
    Label taken;
    taken.name = QStringLiteral("per");
    taken.color = QStringLiteral("#000000");
    QVERIFY2(m_project->addLabel(taken, &error), qPrintable(error));
    const QStringList labels = rawQueryRows(m_path, LabelRows);
    QVERIFY(!m_project->restoreLabel(*snapshot, &error));
    QVERIFY2(error.contains(QStringLiteral("UNIQUE")), qPrintable(error));
    QCOMPARE(rawQueryRows(m_path, LabelRows), labels);
    QCOMPARE(rawQueryInt(m_path, "SELECT count(*) FROM entities"), 0);
    QCOMPARE(rawQueryInt(m_path, "SELECT count(*) FROM annotations"), 0);

    // Once the name is free again, the same snapshot restores.
    QVERIFY(m_project->deleteLabel(m_project->labelByName(QStringLiteral("per"))->id, &error));
    QVERIFY2(m_project->restoreLabel(*snapshot, &error), qPrintable(error));
    QCOMPARE(m_project->annotation(putin.id)->entityName, QStringLiteral("Vladimir Poutine"));
}

QTEST_GUILESS_MAIN(TestAnnotationEditing)
#include "tst_annotationediting.moc"
