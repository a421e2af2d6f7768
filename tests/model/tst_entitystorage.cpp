// SPDX-License-Identifier: GPL-3.0-or-later
// Entities in the project file: counts, edits that carry over to mentions,
// merge and delete with their undo state, batches of annotations, rejected
// suggestions, and the full-text index kept in step with the articles.
#include "projectdatabase.h"
#include "testhelpers.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Marginalia;
using namespace TestHelpers;

namespace {

const QString FirstText = QStringLiteral(
    "Poutine à Minsk\nVladimir Poutine a rencontré Loukachenko. « Assez », a dit Poutine.");
const QString SecondText =
    QStringLiteral("Moscou\nLe président russe Poutine et Choïgou à l’Élysée. 😀 Fin.");

qint64 cp(const QString &text, const QString &needle, int from = 0)
{
    return QStringView(text).left(text.indexOf(needle, from)).toUcs4().size();
}

NewAnnotation mention(qint64 articleId, const QString &text, const QString &words,
                      const QString &label, int from = 0)
{
    NewAnnotation request;
    request.articleId = articleId;
    request.start = cp(text, words, from);
    request.end = request.start + words.toUcs4().size();
    request.labelName = label;
    request.annotator = QStringLiteral("test");
    return request;
}

} // namespace

class TestEntityStorage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void summariesCountMentionsAndArticles();
    void addAndUpdateCarryLabelToMentions();
    void nameClashesAreRefusedWithAMessage();
    void longNamesAreStoredWhole_data();
    void longNamesAreStoredWhole();
    void mergeMovesMentionsAliasesAndSpeakers();
    void deleteUnlinksAndStateRestores();
    void batchIsAllOrNothing();
    void batchDeleteAndRestore();
    void rejectedSuggestionsPersist();
    void searchFollowsImportsAndDeletions_data();
    void searchFollowsImportsAndDeletions();
    void searchReportsBadQueries();
    void settingsTravelWithTheFile();

private:
    QString path() const { return m_dir.filePath(QStringLiteral("test.marginalia")); }
    qint64 labelId(const QString &name) { return m_project->labelByName(name)->id; }

    QTemporaryDir m_dir;
    std::unique_ptr<ProjectDatabase> m_project;
    qint64 m_first = 0;
    qint64 m_second = 0;
};

void TestEntityStorage::init()
{
    m_project.reset();
    QFile::remove(path());
    m_project = createProject(m_dir);
    QVERIFY(m_project);
    QVector<NewArticle> batch(2);
    batch[0].title = QStringLiteral("Poutine à Minsk");
    batch[0].text = FirstText;
    batch[0].source = QStringLiteral("first.txt");
    batch[1].title = QStringLiteral("Moscou");
    batch[1].text = SecondText;
    batch[1].source = QStringLiteral("second.txt");
    QVector<ProjectDatabase::InsertOutcome> outcomes;
    QString error;
    QVERIFY2(m_project->insertArticles(batch, &outcomes, &error), qPrintable(error));
    m_first = outcomes[0].id;
    m_second = outcomes[1].id;
}

void TestEntityStorage::summariesCountMentionsAndArticles()
{
    QString error;
    NewAnnotation a =
        mention(m_first, FirstText, QStringLiteral("Vladimir Poutine"), QStringLiteral("PER"));
    a.entityName = QStringLiteral("Vladimir Poutine");
    NewAnnotation b =
        mention(m_first, FirstText, QStringLiteral("Poutine"), QStringLiteral("PER"), 40);
    b.entityName = a.entityName;
    NewAnnotation c =
        mention(m_second, SecondText, QStringLiteral("Poutine"), QStringLiteral("PER"));
    c.entityName = a.entityName;
    NewAnnotation d =
        mention(m_second, SecondText, QStringLiteral("Élysée"), QStringLiteral("LOC"));
    d.entityName = QStringLiteral("Élysée");
    const auto added = m_project->addAnnotations({ a, b, c, d }, &error);
    QVERIFY2(added, qPrintable(error));
    QCOMPARE(added->size(), 4);
    QCOMPARE(added->at(0).entityId, added->at(2).entityId);

    const QVector<EntitySummary> summaries = m_project->entitySummaries();
    QCOMPARE(summaries.size(), 2);
    QCOMPARE(summaries[0].entity.name, QStringLiteral("Vladimir Poutine"));
    QCOMPARE(summaries[0].labelName, QStringLiteral("PER"));
    QCOMPARE(summaries[0].mentions, 3);
    QCOMPARE(summaries[0].articles, 2);
    QCOMPARE(summaries[1].mentions, 1);
    QCOMPARE(summaries[1].articles, 1);

    // How the mentions write their entities, cut by code points (an emoji
    // comes before "Élysée" in the second text).
    QVector<EntityForm> forms = m_project->entityMentionForms();
    QStringList written;
    for (const EntityForm &form : forms)
        written.append(QStringLiteral("%1:%2").arg(form.entityId).arg(form.text));
    written.sort();
    QCOMPARE(written,
             QStringList({ QStringLiteral("1:Poutine"), QStringLiteral("1:Vladimir Poutine"),
                           QStringLiteral("2:Élysée") }));

    const QVector<Annotation> mentions = m_project->entityMentions(added->at(0).entityId);
    QCOMPARE(mentions.size(), 3);
    QCOMPARE(mentions[0].articleId, m_first);
    QCOMPARE(mentions[2].articleId, m_second);
}

void TestEntityStorage::addAndUpdateCarryLabelToMentions()
{
    QString error;
    Entity draft;
    draft.name = QStringLiteral("  Vladimir Poutine ");
    draft.labelId = labelId(QStringLiteral("PER"));
    draft.aliases = { QStringLiteral("Poutine"), QStringLiteral("Putin"), QStringLiteral(""),
                      QStringLiteral("Poutine") };
    draft.externalId = QStringLiteral("Q7747");
    const std::optional<Entity> stored = m_project->addEntity(draft, &error);
    QVERIFY2(stored, qPrintable(error));
    QCOMPARE(stored->name, QStringLiteral("Vladimir Poutine"));
    QCOMPARE(stored->aliases, QStringList({ QStringLiteral("Poutine"), QStringLiteral("Putin") }));
    QCOMPARE(stored->externalId, QStringLiteral("Q7747"));

    NewAnnotation a =
        mention(m_first, FirstText, QStringLiteral("Poutine"), QStringLiteral("PER"), 20);
    a.entityId = stored->id;
    const auto added = m_project->addAnnotations({ a }, &error);
    QVERIFY2(added, qPrintable(error));
    QCOMPARE(added->at(0).entityName, QStringLiteral("Vladimir Poutine"));

    const std::optional<EntityState> before = m_project->entityState({ stored->id }, &error);
    QVERIFY(before);
    Entity edited = *stored;
    edited.name = QStringLiteral("V. Poutine");
    edited.labelId = labelId(QStringLiteral("ORG"));
    edited.aliases = { QStringLiteral("VVP") };
    QVERIFY2(m_project->updateEntity(edited, &error), qPrintable(error));
    QCOMPARE(m_project->annotation(added->at(0).id)->labelName, QStringLiteral("ORG"));
    QCOMPARE(m_project->entity(stored->id)->aliases, QStringList { QStringLiteral("VVP") });

    QVERIFY2(m_project->restoreEntityState(*before, &error), qPrintable(error));
    const Annotation restored = *m_project->annotation(added->at(0).id);
    QCOMPARE(restored.labelName, QStringLiteral("PER"));
    QCOMPARE(restored.modifiedAt, added->at(0).modifiedAt);
    QCOMPARE(m_project->entity(stored->id)->name, QStringLiteral("Vladimir Poutine"));
    QCOMPARE(m_project->entity(stored->id)->aliases, stored->aliases);
}

void TestEntityStorage::nameClashesAreRefusedWithAMessage()
{
    QString error;
    Entity first { 0, QStringLiteral("Minsk"), labelId(QStringLiteral("LOC")), {}, {} };
    QVERIFY(m_project->addEntity(first, &error));
    QVERIFY(!m_project->addEntity(first, &error));
    QVERIFY2(error.contains(QStringLiteral("Minsk")) && error.contains(QStringLiteral("LOC")),
             qPrintable(error));
    Entity empty { 0, QStringLiteral("  "), labelId(QStringLiteral("LOC")), {}, {} };
    QVERIFY(!m_project->addEntity(empty, &error));
    QVERIFY(!m_project->updateEntity({ 999, QStringLiteral("X"), 1, {}, {} }, &error));
    QVERIFY2(error.contains(QStringLiteral("999")), qPrintable(error));
    QCOMPARE(m_project->entities().size(), 1);
}

void TestEntityStorage::longNamesAreStoredWhole_data()
{
    QTest::addColumn<QString>("unit");
    QTest::newRow("accented Latin") << QStringLiteral("é");
    QTest::newRow("Chinese") << QStringLiteral("北");
    QTest::newRow("outside the BMP") << QStringLiteral("😀");
    QTest::newRow("line breaks") << QStringLiteral("a\nbc");
}

// The limit the README states: a 10,000-character entity name works, and a
// clash over it is reported in one short line.
void TestEntityStorage::longNamesAreStoredWhole()
{
    QFETCH(QString, unit);
    const QString name = unit.repeated(10000 / int(unit.toUcs4().size()));
    QCOMPARE(name.toUcs4().size(), 10000);
    QString error;
    Entity draft { 0, name, labelId(QStringLiteral("PER")), { name + QStringLiteral("x") }, {} };
    const std::optional<Entity> stored = m_project->addEntity(draft, &error);
    QVERIFY2(stored, qPrintable(error));
    QCOMPARE(m_project->entity(stored->id)->name, name);
    QCOMPARE(m_project->entity(stored->id)->aliases, draft.aliases);

    NewAnnotation a =
        mention(m_first, FirstText, QStringLiteral("Poutine"), QStringLiteral("PER"), 20);
    a.entityId = stored->id;
    const auto added = m_project->addAnnotations({ a }, &error);
    QVERIFY2(added, qPrintable(error));
    QCOMPARE(added->at(0).entityName, name);
    QCOMPARE(m_project->entitySummary(stored->id)->mentions, 1);

    QVERIFY(!m_project->addEntity(draft, &error));
    QVERIFY2(error.toUcs4().size() < 160, qPrintable(error));
    QVERIFY2(!error.contains(QLatin1Char('\n')), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("10000")) || error.contains(QStringLiteral("10,000")),
             qPrintable(error));
    QVERIFY2(error.contains(name.left(20).replace(QLatin1Char('\n'), QLatin1Char(' '))),
             qPrintable(error));
}

void TestEntityStorage::mergeMovesMentionsAliasesAndSpeakers()
{
    QString error;
    NewAnnotation a =
        mention(m_first, FirstText, QStringLiteral("Vladimir Poutine"), QStringLiteral("PER"));
    a.entityName = QStringLiteral("Vladimir Poutine");
    NewAnnotation b =
        mention(m_second, SecondText, QStringLiteral("Poutine"), QStringLiteral("MISC"));
    b.entityName = QStringLiteral("Poutine");
    const auto added = m_project->addAnnotations({ a, b }, &error);
    QVERIFY2(added, qPrintable(error));
    const qint64 kept = added->at(0).entityId;
    const qint64 gone = added->at(1).entityId;
    Entity goneEntity = *m_project->entity(gone);
    goneEntity.aliases = { QStringLiteral("Putin") };
    goneEntity.externalId = QStringLiteral("Q7747");
    QVERIFY(m_project->updateEntity(goneEntity, &error));

    NewQuote q;
    q.articleId = m_first;
    q.start = cp(FirstText, QStringLiteral("Assez"));
    q.end = q.start + 5;
    q.speakerEntityId = gone;
    const std::optional<Quote> quote = m_project->addQuote(q, &error);
    QVERIFY2(quote, qPrintable(error));
    QVERIFY(m_project->setSuggestionRejected({ m_second, 0, 6, gone }, true, &error));

    const std::optional<EntityState> before = m_project->entityState({ kept, gone }, &error);
    QVERIFY(before);
    QVERIFY2(m_project->mergeEntities(kept, gone, &error), qPrintable(error));
    QVERIFY(!m_project->entity(gone));
    const Entity merged = *m_project->entity(kept);
    QCOMPARE(merged.aliases, QStringList({ QStringLiteral("Poutine"), QStringLiteral("Putin") }));
    QCOMPARE(merged.externalId, QStringLiteral("Q7747"));
    const Annotation moved = *m_project->annotation(added->at(1).id);
    QCOMPARE(moved.entityId, kept);
    QCOMPARE(moved.labelName, QStringLiteral("PER"));
    QCOMPARE(m_project->quotes(m_first).at(0).speakerEntityId, kept);
    QCOMPARE(m_project->rejectedSuggestions(m_second).size(), 1);
    QCOMPARE(m_project->rejectedSuggestions(m_second).at(0).entityId, kept);
    QVERIFY(!m_project->mergeEntities(kept, kept, &error));

    const std::optional<EntityState> after = m_project->entityState({ kept, gone }, &error);
    QVERIFY2(m_project->restoreEntityState(*before, &error), qPrintable(error));
    QCOMPARE(m_project->entity(gone)->aliases, QStringList { QStringLiteral("Putin") });
    QCOMPARE(m_project->entity(kept)->aliases, QStringList());
    QCOMPARE(m_project->entity(kept)->externalId, QString());
    const Annotation back = *m_project->annotation(added->at(1).id);
    QCOMPARE(back.entityId, gone);
    QCOMPARE(back.labelName, QStringLiteral("MISC"));
    QCOMPARE(back.modifiedAt, added->at(1).modifiedAt);
    QCOMPARE(m_project->quotes(m_first).at(0).speakerEntityId, gone);

    // Redo is the state after, put back.
    QVERIFY2(m_project->restoreEntityState(*after, &error), qPrintable(error));
    QVERIFY(!m_project->entity(gone));
    QCOMPARE(m_project->annotation(added->at(1).id)->entityId, kept);
    QCOMPARE(rawQueryInt(path(), "SELECT count(*) FROM entities"), 1);
}

void TestEntityStorage::deleteUnlinksAndStateRestores()
{
    QString error;
    NewAnnotation a =
        mention(m_first, FirstText, QStringLiteral("Loukachenko"), QStringLiteral("PER"));
    a.entityName = QStringLiteral("Alexandre Loukachenko");
    const auto added = m_project->addAnnotations({ a }, &error);
    QVERIFY(added);
    const qint64 entityId = added->at(0).entityId;
    const std::optional<EntityState> before = m_project->entityState({ entityId }, &error);
    QVERIFY(m_project->deleteEntity(entityId, &error));
    QCOMPARE(m_project->annotationCount(), 1);
    QCOMPARE(m_project->annotation(added->at(0).id)->entityId, 0);
    QVERIFY(!m_project->deleteEntity(entityId, &error));
    QVERIFY(error.contains(QString::number(entityId)));

    QVERIFY2(m_project->restoreEntityState(*before, &error), qPrintable(error));
    QCOMPARE(m_project->annotation(added->at(0).id)->entityId, entityId);
    QCOMPARE(m_project->entity(entityId)->name, QStringLiteral("Alexandre Loukachenko"));
}

void TestEntityStorage::batchIsAllOrNothing()
{
    QString error;
    NewAnnotation good =
        mention(m_first, FirstText, QStringLiteral("Minsk"), QStringLiteral("LOC"));
    good.entityName = QStringLiteral("Minsk");
    NewAnnotation bad = good;
    bad.end = 10'000;
    QVERIFY(!m_project->addAnnotations({ good, bad }, &error));
    QVERIFY2(error.contains(QStringLiteral("10000")), qPrintable(error));
    NewAnnotation unknownEntity = good;
    unknownEntity.entityId = 4242;
    QVERIFY(!m_project->addAnnotations({ unknownEntity }, &error));
    QVERIFY2(error.contains(QStringLiteral("4242")), qPrintable(error));
    QCOMPARE(rawQueryInt(path(), "SELECT count(*) FROM annotations"), 0);
    QCOMPARE(rawQueryInt(path(), "SELECT count(*) FROM entities"), 0);
}

void TestEntityStorage::batchDeleteAndRestore()
{
    QString error;
    const auto added = m_project->addAnnotations(
        { mention(m_first, FirstText, QStringLiteral("Minsk"), QStringLiteral("LOC")),
          mention(m_second, SecondText, QStringLiteral("Moscou"), QStringLiteral("LOC")) },
        &error);
    QVERIFY(added);
    QVERIFY(m_project->deleteAnnotations({ added->at(0).id, added->at(1).id }, &error));
    QCOMPARE(m_project->annotationCount(), 0);
    QVERIFY(!m_project->deleteAnnotations({ added->at(0).id }, &error));
    QVERIFY2(m_project->restoreAnnotations(*added, &error), qPrintable(error));
    QCOMPARE(m_project->annotation(added->at(1).id)->createdAt, added->at(1).createdAt);
    QCOMPARE(m_project->annotationCount(), 2);
}

void TestEntityStorage::rejectedSuggestionsPersist()
{
    QString error;
    const std::optional<Entity> entity = m_project->addEntity(
        { 0, QStringLiteral("Choïgou"), labelId(QStringLiteral("PER")), {}, {} }, &error);
    QVERIFY(entity);
    const qint64 start = cp(SecondText, QStringLiteral("Choïgou"));
    const RejectedSuggestion rejected { m_second, start, start + 7, entity->id };
    QVERIFY2(m_project->setSuggestionRejected(rejected, true, &error), qPrintable(error));
    QVERIFY(m_project->setSuggestionRejected(rejected, true, &error)); // twice is once
    QVERIFY(!m_project->setSuggestionRejected({ m_second, 5, 500, entity->id }, true, &error));
    m_project.reset();
    const ProjectDatabase::OpenResult reopened = ProjectDatabase::open(path());
    QVERIFY2(reopened.database, qPrintable(reopened.error));
    const QVector<RejectedSuggestion> stored = reopened.database->rejectedSuggestions(m_second);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored[0].start, start);
    QCOMPARE(stored[0].end, start + 7);
    QVERIFY(reopened.database->setSuggestionRejected(rejected, false, &error));
    QVERIFY(reopened.database->rejectedSuggestions(m_second).isEmpty());
}

void TestEntityStorage::searchFollowsImportsAndDeletions_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("hits");
    QTest::addColumn<QString>("snippetHas");
    QTest::newRow("in both") << QStringLiteral("poutine") << 2 << QStringLiteral("Poutine");
    QTest::newRow("accents folded") << QStringLiteral("choigou") << 1 << QStringLiteral("Choïgou");
    QTest::newRow("upper case") << QStringLiteral("MINSK") << 1 << QStringLiteral("Minsk");
    QTest::newRow("after elision") << QStringLiteral("elysee") << 1 << QStringLiteral("Élysée");
    QTest::newRow("phrase") << QStringLiteral("\"président russe\"") << 1
                            << QStringLiteral("président russe");
    QTest::newRow("absent") << QStringLiteral("Varsovie") << 0 << QString();
}

void TestEntityStorage::searchFollowsImportsAndDeletions()
{
    QFETCH(QString, query);
    QFETCH(int, hits);
    QFETCH(QString, snippetHas);
    QString error;
    const auto found = m_project->searchArticles(query, 10, &error);
    QVERIFY2(found, qPrintable(error));
    QCOMPARE(found->size(), hits);
    if (hits > 0) {
        QVERIFY2(found->at(0).snippet.contains(QChar(2) + snippetHas),
                 qPrintable(found->at(0).snippet));
        QVERIFY(!found->at(0).title.isEmpty());
    }
    const auto ids = m_project->articlesMatching(query, &error);
    QVERIFY(ids);
    QCOMPARE(ids->size(), hits);

    // Deleted articles leave the index; the index stays sound.
    QVERIFY(m_project->deleteArticles({ m_second }, &error));
    const auto afterDelete = m_project->articlesMatching(query, &error);
    QVERIFY(afterDelete);
    QVERIFY(!afterDelete->contains(m_second));
    QVERIFY(rawExec(path(),
                    "INSERT INTO article_search (article_search) VALUES "
                    "('integrity-check')"));
}

void TestEntityStorage::searchReportsBadQueries()
{
    QString error;
    QVERIFY(!m_project->searchArticles(QStringLiteral("\"unterminated"), 10, &error));
    QVERIFY2(error.contains(QStringLiteral("unterminated")), qPrintable(error));
    // The connection is still usable after a failed query.
    QVERIFY(m_project->searchArticles(QStringLiteral("Minsk"), 10, &error));
}

void TestEntityStorage::settingsTravelWithTheFile()
{
    QString error;
    QVERIFY(m_project->matchIgnoringAccents());
    QCOMPARE(m_project->setting(QStringLiteral("nothing"), QStringLiteral("x")),
             QStringLiteral("x"));
    QVERIFY2(
        m_project->setSetting(QStringLiteral("matching.fold_accents"), QStringLiteral("0"), &error),
        qPrintable(error));
    QVERIFY(m_project->setSetting(QStringLiteral("matching.fold_accents"), QStringLiteral("0"),
                                  &error));
    m_project.reset();
    const ProjectDatabase::OpenResult reopened = ProjectDatabase::open(path());
    QVERIFY(reopened.database);
    QVERIFY(!reopened.database->matchIgnoringAccents());
}

QTEST_GUILESS_MAIN(TestEntityStorage)
#include "tst_entitystorage.moc"
