// SPDX-License-Identifier: GPL-3.0-or-later
// The calls the entities panel relies on, in the project file: one entity's
// summary, the checks made before an edit, and undo states that put back
// everything an entity edit touched, rejected suggestions included.
#include "projectdatabase.h"
#include "testhelpers.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Marginalia;
using namespace TestHelpers;

namespace {

const QString Text = QStringLiteral("Minsk\nPoutine rencontre Loukachenko. Poutine repart.");

NewAnnotation mention(qint64 articleId, const QString &words, const QString &entity,
                      bool last = false)
{
    NewAnnotation request;
    request.articleId = articleId;
    request.start = codePointOffset(Text, words);
    if (last)
        request.start = QStringView(Text).left(Text.lastIndexOf(words)).toUcs4().size();
    request.end = request.start + words.toUcs4().size();
    request.labelName = QStringLiteral("PER");
    request.entityName = entity;
    return request;
}

const char RejectedRows[] =
    "SELECT article_id, start, \"end\", entity_id FROM rejected_suggestions ORDER BY 1, 2, 3, 4";

} // namespace

class TestEntityEdits : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void summaryOfOneEntity();
    void checksBeforeAnEdit_data();
    void checksBeforeAnEdit();
    void undoOfMergePutsRejectionsBack();
    void undoOfDeletePutsRejectionsBack();
    void linkToANewEntityIsOneCommit_data();
    void linkToANewEntityIsOneCommit();
    void undoOfALinkToANewEntityPutsEverythingBack();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectDatabase> m_project;
    qint64 m_article = 0;
    qint64 m_putin = 0;
    qint64 m_other = 0;
};

void TestEntityEdits::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_project = createProject(*m_dir);
    QVERIFY(m_project);
    QVector<NewArticle> batch(1);
    batch[0].title = QStringLiteral("Minsk");
    batch[0].text = Text;
    QVector<ProjectDatabase::InsertOutcome> outcomes;
    QString error;
    QVERIFY2(m_project->insertArticles(batch, &outcomes, &error), qPrintable(error));
    m_article = outcomes.first().id;
    const auto added = m_project->addAnnotations(
        { mention(m_article, QStringLiteral("Poutine"), QStringLiteral("Vladimir Poutine")),
          mention(m_article, QStringLiteral("Poutine"), QStringLiteral("Poutine"), true),
          mention(m_article, QStringLiteral("Loukachenko"), QString()) },
        &error);
    QVERIFY2(added, qPrintable(error));
    m_putin = added->at(0).entityId;
    m_other = added->at(1).entityId;
}

void TestEntityEdits::cleanup()
{
    m_project.reset();
    m_dir.reset();
}

void TestEntityEdits::summaryOfOneEntity()
{
    const std::optional<EntitySummary> summary = m_project->entitySummary(m_putin);
    QVERIFY(summary);
    QCOMPARE(summary->entity.name, QStringLiteral("Vladimir Poutine"));
    QCOMPARE(summary->labelName, QStringLiteral("PER"));
    QCOMPARE(summary->mentions, 1);
    QCOMPARE(summary->articles, 1);
    // The same as the whole list says about it.
    for (const EntitySummary &listed : m_project->entitySummaries()) {
        if (listed.entity.id == m_putin) {
            QCOMPARE(listed.mentions, summary->mentions);
            QCOMPARE(listed.articles, summary->articles);
            QCOMPARE(listed.labelName, summary->labelName);
        }
    }
    QVERIFY(!m_project->entitySummary(m_putin + m_other + 100));
}

void TestEntityEdits::checksBeforeAnEdit_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("label");
    QTest::addColumn<bool>("itself"); ///< the check is for m_putin's own edit
    QTest::addColumn<QString>("error"); ///< part of the message; empty when allowed
    QTest::newRow("a free name") << QStringLiteral("Vladimir V. Poutine") << QStringLiteral("PER")
                                 << true << QString();
    QTest::newRow("its own name") << QStringLiteral("Vladimir Poutine") << QStringLiteral("PER")
                                  << true << QString();
    QTest::newRow("another's name") << QStringLiteral("Poutine") << QStringLiteral("PER") << true
                                    << QStringLiteral("merge the two instead");
    QTest::newRow("another's name, another label")
        << QStringLiteral("Poutine") << QStringLiteral("LOC") << true << QString();
    QTest::newRow("a new one named as an existing one")
        << QStringLiteral("Poutine") << QStringLiteral("PER") << false
        << QStringLiteral("already a PER entity named \"Poutine\"");
    QTest::newRow("blank") << QStringLiteral("  ") << QStringLiteral("PER") << true
                           << QStringLiteral("needs a name");
    QTest::newRow("no such label")
        << QStringLiteral("X") << QString() << true << QStringLiteral("no label with id");
}

void TestEntityEdits::checksBeforeAnEdit()
{
    QFETCH(QString, name);
    QFETCH(QString, label);
    QFETCH(bool, itself);
    QFETCH(QString, error);
    Entity entity;
    entity.id = itself ? m_putin : 0;
    entity.name = name;
    entity.labelId = label.isEmpty() ? 999 : m_project->labelByName(label)->id;
    const QStringList before = rawQueryRows(m_project->path(), "SELECT * FROM entities");
    QString message;
    QCOMPARE(m_project->checkEntity(entity, &message), error.isEmpty());
    QVERIFY2(message.contains(error), qPrintable(message));
    // Checking changes nothing; and the edit agrees with the check.
    QCOMPARE(rawQueryRows(m_project->path(), "SELECT * FROM entities"), before);
    if (itself)
        QCOMPARE(m_project->updateEntity(entity, &message), error.isEmpty());
    else
        QCOMPARE(m_project->addEntity(entity, &message).has_value(), error.isEmpty());
}

void TestEntityEdits::undoOfMergePutsRejectionsBack()
{
    QString error;
    const qint64 lukashenko = m_project
                                  ->addEntity({ 0,
                                                QStringLiteral("Alexandre Loukachenko"),
                                                m_project->labelByName(QStringLiteral("PER"))->id,
                                                {},
                                                QString() },
                                              &error)
                                  ->id;
    // Suggestions turned down for each of the two, one span for both.
    QVERIFY(m_project->setSuggestionRejected({ m_article, 6, 13, m_other }, true, &error));
    QVERIFY(m_project->setSuggestionRejected({ m_article, 18, 29, m_other }, true, &error));
    QVERIFY(m_project->setSuggestionRejected({ m_article, 18, 29, m_putin }, true, &error));
    QVERIFY(m_project->setSuggestionRejected({ m_article, 18, 29, lukashenko }, true, &error));
    const QStringList before = rawQueryRows(m_project->path(), RejectedRows);
    const std::optional<EntityState> state = m_project->entityState({ m_putin, m_other }, &error);
    QVERIFY(state);
    QVERIFY2(m_project->mergeEntities(m_putin, m_other, &error), qPrintable(error));
    // The gone entity's rejections are the kept one's now.
    QCOMPARE(rawQueryInt(m_project->path(),
                         QStringLiteral("SELECT count(*) FROM rejected_suggestions WHERE "
                                        "entity_id = %1")
                             .arg(m_putin)
                             .toUtf8()),
             2);
    const std::optional<EntityState> after = m_project->entityState({ m_putin, m_other }, &error);
    QVERIFY(after);
    QVERIFY2(m_project->restoreEntityState(*state, &error), qPrintable(error));
    QCOMPARE(rawQueryRows(m_project->path(), RejectedRows), before);
    // Redo: as after the merge again.
    QVERIFY2(m_project->restoreEntityState(*after, &error), qPrintable(error));
    QCOMPARE(rawQueryInt(m_project->path(),
                         QStringLiteral("SELECT count(*) FROM rejected_suggestions WHERE "
                                        "entity_id = %1")
                             .arg(m_putin)
                             .toUtf8()),
             2);
    QCOMPARE(rawQueryInt(m_project->path(), "SELECT count(*) FROM rejected_suggestions"), 3);
}

void TestEntityEdits::undoOfDeletePutsRejectionsBack()
{
    QString error;
    QVERIFY(m_project->setSuggestionRejected({ m_article, 6, 13, m_putin }, true, &error));
    const QStringList before = rawQueryRows(m_project->path(), RejectedRows);
    const std::optional<EntityState> state = m_project->entityState({ m_putin }, &error);
    QVERIFY(state);
    QVERIFY(m_project->deleteEntity(m_putin, &error));
    QCOMPARE(rawQueryInt(m_project->path(), "SELECT count(*) FROM rejected_suggestions"), 0);
    QVERIFY2(m_project->restoreEntityState(*state, &error), qPrintable(error));
    QCOMPARE(rawQueryRows(m_project->path(), RejectedRows), before);
}

QTEST_GUILESS_MAIN(TestEntityEdits)
void TestEntityEdits::linkToANewEntityIsOneCommit_data()
{
    // Each way one half fails: the other half must not be stored either.
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("annotation"); ///< 0: Loukachenko's mention; else added to its id
    QTest::addColumn<int>("article"); ///< added to the annotation's article id
    QTest::addColumn<QString>("error"); ///< part of the message; empty: both stored
    QTest::newRow("both stored") << QStringLiteral("Alexandre Loukachenko") << 0 << 0 << QString();
    QTest::newRow("the entity's name is taken")
        << QStringLiteral("Poutine") << 0 << 0 << QStringLiteral("Poutine");
    QTest::newRow("a blank name") << QStringLiteral(" ") << 0 << 0
                                  << QStringLiteral("needs a name");
    QTest::newRow("no such annotation")
        << QStringLiteral("Alexandre Loukachenko") << 1000 << 0 << QStringLiteral("no annotation");
    QTest::newRow("the annotation is in another article")
        << QStringLiteral("Alexandre Loukachenko") << 0 << 7
        << QStringLiteral("belongs to article");
}

void TestEntityEdits::linkToANewEntityIsOneCommit()
{
    QFETCH(QString, name);
    QFETCH(int, annotation);
    QFETCH(int, article);
    QFETCH(QString, error);
    const QVector<Annotation> annotations = m_project->annotations(m_article);
    Annotation target = annotations.value(1); // Loukachenko, unlinked
    QCOMPARE(target.entityId, 0);
    target.id += annotation;
    target.articleId += article;
    Entity entity;
    entity.name = name;
    entity.labelId = target.labelId;
    entity.aliases = { QStringLiteral("Loukachenko") };
    const QStringList entitiesBefore = rawQueryRows(m_project->path(), "SELECT * FROM entities");
    const QStringList aliasesBefore =
        rawQueryRows(m_project->path(), "SELECT * FROM entity_aliases");
    const QStringList annotationsBefore =
        rawQueryRows(m_project->path(), "SELECT * FROM annotations");

    QString message;
    const std::optional<Entity> made =
        m_project->addEntityLinking(entity, target, ProjectDatabase::Timestamp::Now, &message);
    QCOMPARE(bool(made), error.isEmpty());
    if (!made) {
        QVERIFY2(message.contains(error), qPrintable(message));
        QCOMPARE(rawQueryRows(m_project->path(), "SELECT * FROM entities"), entitiesBefore);
        QCOMPARE(rawQueryRows(m_project->path(), "SELECT * FROM entity_aliases"), aliasesBefore);
        QCOMPARE(rawQueryRows(m_project->path(), "SELECT * FROM annotations"), annotationsBefore);
        return;
    }
    QCOMPARE(made->name, name);
    QCOMPARE(made->aliases, entity.aliases);
    const std::optional<Annotation> linked = m_project->annotation(target.id);
    QVERIFY(linked);
    QCOMPARE(linked->entityId, made->id);
    QCOMPARE(linked->entityName, name);
}

void TestEntityEdits::undoOfALinkToANewEntityPutsEverythingBack()
{
    // Relinks a mention of one entity to a new one, then undoes and redoes
    // it as the window's command does.
    const QStringList before = rawQueryRows(m_project->path(), "SELECT * FROM annotations");
    const QStringList entitiesBefore = rawQueryRows(m_project->path(), "SELECT * FROM entities");
    const std::optional<Annotation> mention = m_project->annotations(m_article).value(2);
    QVERIFY(mention);
    QCOMPARE(mention->entityId, m_other);
    Entity entity;
    entity.name = QStringLiteral("V. V. Poutine");
    entity.labelId = mention->labelId;
    QString error;
    const std::optional<Entity> made =
        m_project->addEntityLinking(entity, *mention, ProjectDatabase::Timestamp::Now, &error);
    QVERIFY2(made, qPrintable(error));
    const QStringList after = rawQueryRows(m_project->path(), "SELECT * FROM annotations");
    const QStringList entitiesAfter = rawQueryRows(m_project->path(), "SELECT * FROM entities");
    const std::optional<Annotation> linked = m_project->annotation(mention->id);
    QVERIFY(linked);

    QVERIFY2(m_project->removeEntityUnlinking(made->id, *mention, &error), qPrintable(error));
    QCOMPARE(rawQueryRows(m_project->path(), "SELECT * FROM annotations"), before);
    QCOMPARE(rawQueryRows(m_project->path(), "SELECT * FROM entities"), entitiesBefore);

    Entity again = *made;
    const std::optional<Entity> remade =
        m_project->addEntityLinking(again, *linked, ProjectDatabase::Timestamp::AsGiven, &error);
    QVERIFY2(remade, qPrintable(error));
    QCOMPARE(remade->id, made->id);
    QCOMPARE(rawQueryRows(m_project->path(), "SELECT * FROM annotations"), after);
    QCOMPARE(rawQueryRows(m_project->path(), "SELECT * FROM entities"), entitiesAfter);
}

#include "tst_entityedits.moc"
