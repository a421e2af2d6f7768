// SPDX-License-Identifier: GPL-3.0-or-later
// The queries behind what the window and the CLI do all day (showing an
// article, an edit, an entity change, the lists) never scan the annotations:
// each operation runs on a connection of its own, and SQLite's plan for
// every statement it prepared is read with EXPLAIN QUERY PLAN. A scan of
// the table or of a whole index of it grows with the project (2 million
// mentions in a year of news) where the work should not.
#include "projectdatabase.h"
#include "testhelpers.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Marginalia;
using namespace TestHelpers;

namespace {

const QString Text =
    QStringLiteral("Minsk\nPoutine rencontre Loukachenko à Minsk. Poutine repart.");

using Operation = std::function<bool(ProjectDatabase &, QString *)>;

/// The names a statement gives \a table: its own and aliases.
QStringList tableNames(const QString &sql, const QString &table)
{
    QStringList names { table };
    const QRegularExpression alias(QStringLiteral(R"(\b%1\s+(?:AS\s+)?([A-Za-z_]\w*))").arg(table),
                                   QRegularExpression::CaseInsensitiveOption);
    static const QStringList keywords { QStringLiteral("where"), QStringLiteral("on"),
                                        QStringLiteral("set"),   QStringLiteral("join"),
                                        QStringLiteral("left"),  QStringLiteral("group"),
                                        QStringLiteral("order"), QStringLiteral("values"),
                                        QStringLiteral("using"), QStringLiteral("limit") };
    for (QRegularExpressionMatchIterator it = alias.globalMatch(sql); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!keywords.contains(name.toLower()))
            names.append(name);
    }
    return names;
}

/// The plan lines of \a sql that scan \a table (the annotations unless
/// said), read through a connection of its own.
QStringList tableScans(const QString &path, const QString &sql,
                       const QString &table = QStringLiteral("annotations"))
{
    const QStringList plan = rawQueryRows(path, "EXPLAIN QUERY PLAN " + sql.toUtf8());
    QStringList scans;
    // A plain INSERT ... VALUES has no plan to read; every query that reads
    // rows must have one, or the check below would pass by reading nothing.
    static const QRegularExpression reads(QStringLiteral(R"(^\s*(SELECT|UPDATE|DELETE|WITH)\b)"),
                                          QRegularExpression::CaseInsensitiveOption);
    if (plan.isEmpty() && reads.match(sql).hasMatch())
        scans.append(QStringLiteral("no plan read"));
    const QStringList names = tableNames(sql, table);
    for (const QString &row : plan) {
        const QString detail = row.section(QLatin1Char('|'), 3);
        for (const QString &name : names) {
            if (detail.startsWith(QStringLiteral("SCAN %1").arg(name))
                && (detail.size() == 5 + name.size()
                    || detail.at(5 + name.size()) == QLatin1Char(' ')))
                scans.append(detail);
        }
    }
    return scans;
}

} // namespace

Q_DECLARE_METATYPE(Operation)

class TestQueryPlans : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void noScanOfTheAnnotations_data();
    void noScanOfTheAnnotations();
    void aScanIsFound();
    void oneArticleReadsNoOther();

private:
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_article = 0;
    qint64 m_entity = 0;
    qint64 m_other = 0;
    QVector<Annotation> m_mentions;
};

void TestQueryPlans::initTestCase()
{
    auto project = createProject(m_dir);
    QVERIFY(project);
    m_path = project->path();
    QVector<NewArticle> batch(1);
    batch[0].title = QStringLiteral("Minsk");
    batch[0].text = Text;
    QVector<ProjectDatabase::InsertOutcome> outcomes;
    QString error;
    QVERIFY2(project->insertArticles(batch, &outcomes, &error), qPrintable(error));
    m_article = outcomes.first().id;
    NewAnnotation putin;
    putin.articleId = m_article;
    putin.start = 6;
    putin.end = 13;
    putin.labelName = QStringLiteral("PER");
    putin.entityName = QStringLiteral("Vladimir Poutine");
    NewAnnotation luka = putin;
    luka.start = 24;
    luka.end = 35;
    luka.entityName = QStringLiteral("Alexandre Loukachenko");
    const auto added = project->addAnnotations({ putin, luka }, &error);
    QVERIFY2(added, qPrintable(error));
    m_mentions = *added;
    m_entity = m_mentions.at(0).entityId;
    m_other = m_mentions.at(1).entityId;
}

void TestQueryPlans::noScanOfTheAnnotations_data()
{
    QTest::addColumn<Operation>("operation");
    const qint64 article = m_article;
    const qint64 entity = m_entity;
    const qint64 other = m_other;
    const Annotation first = m_mentions.at(0);

    QTest::newRow("show an article") << Operation([article](ProjectDatabase &db, QString *) {
        QString damage;
        return db.articleSummary(article) && db.verifiedArticleText(article, &damage)
            && !db.annotations(article).isEmpty() && (db.quotes(article), true)
            && (db.rejectedSuggestions(article), true);
    });
    QTest::newRow("article list") << Operation([](ProjectDatabase &db, QString *) {
        return !db.articleSummaries().isEmpty() && db.annotationCount() == 2;
    });
    QTest::newRow("add a mention") << Operation([article](ProjectDatabase &db, QString *error) {
        NewAnnotation request;
        request.articleId = article;
        request.start = 39;
        request.end = 44;
        request.labelName = QStringLiteral("LOC");
        request.entityName = QStringLiteral("Minsk");
        const std::optional<Annotation> added = db.addAnnotation(request, error);
        return added && db.deleteAnnotation(added->id, error);
    });
    QTest::newRow("move, relink and restore a mention")
        << Operation([first, other](ProjectDatabase &db, QString *error) {
               Annotation changed = first;
               changed.end = first.end + 1;
               changed.entityId = other;
               return db.updateAnnotation(changed, error)
                   && db.updateAnnotation(first, error, ProjectDatabase::Timestamp::AsGiven);
           });
    QTest::newRow("delete a mention and undo")
        << Operation([first](ProjectDatabase &db, QString *error) {
               return db.deleteAnnotations({ first.id }, error)
                   && db.restoreAnnotations({ first }, error);
           });
    QTest::newRow("link to a new entity and undo")
        << Operation([first](ProjectDatabase &db, QString *error) {
               Entity fresh;
               fresh.name = QStringLiteral("Poutine");
               fresh.labelId = first.labelId;
               const std::optional<Entity> made =
                   db.addEntityLinking(fresh, first, ProjectDatabase::Timestamp::Now, error);
               return made && db.removeEntityUnlinking(made->id, first, error);
           });
    QTest::newRow("entities panel") << Operation([entity](ProjectDatabase &db, QString *) {
        return !db.entitySummaries().isEmpty() && db.entitySummary(entity)
            && !db.entityMentions(entity).isEmpty();
    });
    QTest::newRow("suggestion wordings") << Operation([](ProjectDatabase &db, QString *) {
        return !db.entityMentionForms().isEmpty() && !db.entities().isEmpty();
    });
    QTest::newRow("rename an entity") << Operation([entity](ProjectDatabase &db, QString *error) {
        std::optional<Entity> stored = db.entity(entity);
        if (!stored)
            return false;
        const Entity before = *stored;
        stored->name = QStringLiteral("V. Poutine");
        return db.updateEntity(*stored, error) && db.updateEntity(before, error);
    });
    QTest::newRow("merge entities and undo")
        << Operation([entity, other](ProjectDatabase &db, QString *error) {
               const std::optional<EntityState> state = db.entityState({ entity, other }, error);
               return state && db.mergeEntities(entity, other, error)
                   && db.restoreEntityState(*state, error);
           });
    QTest::newRow("delete an entity and undo") << Operation(
        [other](ProjectDatabase &db, QString *error) {
            const std::optional<EntityState> state = db.entityState({ other }, error);
            return state && db.deleteEntity(other, error) && db.restoreEntityState(*state, error);
        });
    QTest::newRow("worklist filters")
        << Operation([article, first](ProjectDatabase &db, QString *) {
               return db.articlesWithLabel(first.labelId) == QVector<qint64> { article }
               && db.articleHasLabel(article, first.labelId)
                   && db.articlesByAnnotator(first.annotator) == QVector<qint64> { article }
               && db.articleHasAnnotator(article, first.annotator)
                   && db.annotators() == QStringList { first.annotator };
           });
    QTest::newRow("article status") << Operation([article](ProjectDatabase &db, QString *error) {
        return db.setArticleStatus(article, ArticleStatus::Done, error)
            && db.setArticleStatus(article, ArticleStatus::Todo, error);
    });
}

void TestQueryPlans::noScanOfTheAnnotations()
{
    QFETCH(Operation, operation);
    ProjectDatabase::OpenResult opened = ProjectDatabase::open(m_path);
    QVERIFY2(opened.database, qPrintable(opened.error));
    QString error;
    QVERIFY2(operation(*opened.database, &error), qPrintable(error));
    const QStringList statements = opened.database->preparedStatements();
    QVERIFY(!statements.isEmpty());
    QStringList scans;
    // The worklist filters' tables hold a row per article and label or
    // annotator: read by key ranges, never whole.
    for (const QString &sql : statements) {
        for (const QString &table :
             { QStringLiteral("annotations"), QStringLiteral("article_labels"),
               QStringLiteral("article_annotators") }) {
            for (const QString &scan : tableScans(m_path, sql, table))
                scans.append(scan + QLatin1String(" in: ") + sql);
        }
    }
    QVERIFY2(scans.isEmpty(), qPrintable(scans.join(QLatin1Char('\n'))));
}

void TestQueryPlans::aScanIsFound()
{
    // The check itself: the recount the kept counts replaced reads a whole
    // index of the annotations, and a filter on an unindexed column the table.
    const QStringList scans = tableScans(
        m_path,
        QStringLiteral("SELECT n.entity_id, count(*) FROM annotations n GROUP BY n.entity_id"));
    QVERIFY2(!scans.isEmpty(), "a full scan went unnoticed");
    QVERIFY(!tableScans(m_path,
                        QStringLiteral("SELECT count(*) FROM annotations WHERE "
                                       "label_id + 0 = 1"))
                 .isEmpty());
    QVERIFY(
        tableScans(m_path, QStringLiteral("SELECT count(*) FROM annotations WHERE article_id = 1"))
            .isEmpty());
}

void TestQueryPlans::oneArticleReadsNoOther()
{
    // quotes --article and the export of chosen articles: the work of one
    // article, whatever the project holds besides.
    ProjectDatabase::OpenResult opened = ProjectDatabase::open(m_path);
    QVERIFY2(opened.database, qPrintable(opened.error));
    ProjectDatabase::ExportQuery query;
    query.onlyAnnotated = true;
    query.selection.articleIds = { m_article };
    int visited = 0;
    QString error;
    QVERIFY2(opened.database->forEachArticle(
                 query,
                 [&visited](const ProjectDatabase::ExportArticle &) {
                     ++visited;
                     return true;
                 },
                 &error),
             qPrintable(error));
    QCOMPARE(visited, 1);
    QVERIFY(opened.database->exportArticleCount(query, &error) == 1);
    QStringList scans;
    for (const QString &sql : opened.database->preparedStatements()) {
        if (!sql.contains(QLatin1String("json_each(?1)")))
            continue; // the open's own statements
        for (const QString &table : { QStringLiteral("annotations"), QStringLiteral("articles"),
                                      QStringLiteral("quotes") })
            for (const QString &scan : tableScans(m_path, sql, table))
                scans.append(scan + QLatin1String(" in: ") + sql);
    }
    QVERIFY2(scans.isEmpty(), qPrintable(scans.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestQueryPlans)
#include "tst_queryplans.moc"
