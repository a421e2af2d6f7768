// SPDX-License-Identifier: GPL-3.0-or-later
// Version 1 is the first schema, so these tests hand-make "older" files and
// newer schemas to prove the migration machinery before it is ever needed.
#include "projectdatabase.h"
#include "schema.h"
#include "testhelpers.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Marginalia;
using namespace TestHelpers;

namespace {

// A project at the current version holding two articles, closed: the
// "older" file for the hand-made newer schemas below.
QString makeVersion1Project(const QTemporaryDir &dir)
{
    auto project = createProject(dir, QStringLiteral("old.marginalia"));
    QVector<NewArticle> batch(2);
    batch[0].title = QStringLiteral("First");
    batch[0].text = QStringLiteral("First\nThe first text.");
    batch[1].title = QStringLiteral("Second");
    batch[1].text = QStringLiteral("Second\nThe second text, longer.");
    QVector<ProjectDatabase::InsertOutcome> outcomes;
    QString error;
    project->insertArticles(batch, &outcomes, &error);
    const QString path = project->path();
    return path;
}

// The version this build writes; the hand-made steps go beyond it.
const int V = Schema::current().version;

Schema withExtraSteps(const QVector<MigrationStep> &extra)
{
    Schema schema = Schema::current();
    schema.steps += extra;
    schema.version += int(extra.size());
    return schema;
}

constexpr char AddWordCount[] =
    "ALTER TABLE articles ADD COLUMN word_count INTEGER NOT NULL DEFAULT 0;"
    "UPDATE articles SET word_count = length(title) - length(replace(title, ' ', '')) + 1;";
constexpr char AddTagsTable[] =
    "CREATE TABLE tags (id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL "
    "REFERENCES articles(id) ON DELETE CASCADE, tag TEXT NOT NULL);"
    "INSERT INTO tags (article_id, tag) SELECT id, 'imported' FROM articles;";
constexpr char Broken[] = "ALTER TABLE no_such_table ADD COLUMN x INTEGER;";

} // namespace

class TestSchemaMigration : public QObject
{
    Q_OBJECT

private slots:
    void migratesAfterTakingABackup();
    void runsStepsInOrder();
    void failedStepRollsBackAndKeepsTheFile();
    void laterFailureKeepsEarlierSteps();
    void unbuiltFileIsFinished();
    void currentSchemaStepsAreContiguous();
    void realVersion1ProjectIsUpgraded();
};

void TestSchemaMigration::migratesAfterTakingABackup()
{
    QTemporaryDir dir;
    const QString path = makeVersion1Project(dir);
    const QByteArray original = readAll(path);

    const Schema schema = withExtraSteps({ { V, "Count words", AddWordCount } });
    ProjectDatabase::OpenResult result = ProjectDatabase::open(path, schema);
    QVERIFY2(result.database, qPrintable(result.error));
    QCOMPARE(result.migratedFrom, V);
    QCOMPARE(result.database->schemaVersion(), V + 1);
    QCOMPARE(result.database->articleCount(), 2);
    QVERIFY(QFile::exists(result.backupPath));
    const QString backupPath = result.backupPath;
    result.database.reset();

    QCOMPARE(rawQueryInt(path,
                         "SELECT count(*) FROM pragma_table_info('articles') "
                         "WHERE name = 'word_count'"),
             1);
    QCOMPARE(rawQueryInt(path, "SELECT sum(word_count) FROM articles"), 2);
    // The backup is the older project, whole and openable on its own.
    QCOMPARE(rawQueryInt(backupPath, "PRAGMA user_version"), V);
    QCOMPARE(rawQueryInt(backupPath, "SELECT count(*) FROM articles"), 2);
    QCOMPARE(rawQueryInt(backupPath,
                         "SELECT count(*) FROM pragma_table_info('articles') "
                         "WHERE name = 'word_count'"),
             0);
    QVERIFY(original.size() > 0);
}

void TestSchemaMigration::runsStepsInOrder()
{
    QTemporaryDir dir;
    const QString path = makeVersion1Project(dir);
    const Schema schema =
        withExtraSteps({ { V, "Count words", AddWordCount }, { V + 1, "Tags", AddTagsTable } });
    ProjectDatabase::OpenResult result = ProjectDatabase::open(path, schema);
    QVERIFY2(result.database, qPrintable(result.error));
    QCOMPARE(result.database->schemaVersion(), V + 2);
    result.database.reset();
    QCOMPARE(rawQueryInt(path, "SELECT count(*) FROM tags"), 2);

    // Opening again at the same version neither migrates nor backs up.
    ProjectDatabase::OpenResult again = ProjectDatabase::open(path, schema);
    QVERIFY(again.database);
    QCOMPARE(again.migratedFrom, 0);
    QVERIFY(again.backupPath.isEmpty());

    // And the plain current build now refuses it as newer.
    again.database.reset();
    const ProjectDatabase::OpenResult refused = ProjectDatabase::open(path);
    QCOMPARE(refused.status, ProjectDatabase::OpenStatus::NewerVersion);
    QVERIFY(refused.error.contains(QStringLiteral("schema version %1").arg(V + 2)));
}

void TestSchemaMigration::failedStepRollsBackAndKeepsTheFile()
{
    QTemporaryDir dir;
    const QString path = makeVersion1Project(dir);
    const Schema schema = withExtraSteps({ { V, "Broken step", Broken } });
    const ProjectDatabase::OpenResult result = ProjectDatabase::open(path, schema);
    QVERIFY(!result.database);
    QCOMPARE(result.status, ProjectDatabase::OpenStatus::Failed);
    QVERIFY2(result.error.contains(
                 QStringLiteral("migration from schema version %1 to %2").arg(V).arg(V + 1)),
             qPrintable(result.error));
    QVERIFY2(result.error.contains(QStringLiteral("no_such_table")), qPrintable(result.error));

    QCOMPARE(rawQueryInt(path, "PRAGMA user_version"), V);
    QCOMPARE(rawQueryInt(path, "SELECT count(*) FROM articles"), 2);
    // This build still opens it as it was.
    const ProjectDatabase::OpenResult reopened = ProjectDatabase::open(path);
    QVERIFY2(reopened.database, qPrintable(reopened.error));
    QCOMPARE(reopened.database->articleCount(), 2);
}

void TestSchemaMigration::laterFailureKeepsEarlierSteps()
{
    QTemporaryDir dir;
    const QString path = makeVersion1Project(dir);
    const Schema schema =
        withExtraSteps({ { V, "Count words", AddWordCount }, { V + 1, "Broken", Broken } });
    const ProjectDatabase::OpenResult result = ProjectDatabase::open(path, schema);
    QVERIFY(!result.database);
    QVERIFY(result.error.contains(
        QStringLiteral("from schema version %1 to %2").arg(V + 1).arg(V + 2)));
    // Each step is its own transaction: the first one stands.
    QCOMPARE(rawQueryInt(path, "PRAGMA user_version"), V + 1);
    QCOMPARE(rawQueryInt(path,
                         "SELECT count(*) FROM pragma_table_info('articles') "
                         "WHERE name = 'word_count'"),
             1);
    const QDir folder(dir.path());
    QCOMPARE(folder.entryList({ QStringLiteral("old.marginalia.v%1-*.backup").arg(V) }).size(), 1);
}

void TestSchemaMigration::unbuiltFileIsFinished()
{
    // A file with our identity but no schema yet, as a crash during "init"
    // could leave it, is built rather than refused.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("unbuilt.marginalia"));
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    const QByteArray sql = "PRAGMA application_id = " + QByteArray::number(Schema::ApplicationId);
    QCOMPARE(sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);

    ProjectDatabase::OpenResult result = ProjectDatabase::open(path);
    QVERIFY2(result.database, qPrintable(result.error));
    QCOMPARE(result.database->schemaVersion(), Schema::current().version);
    QCOMPARE(result.database->labels().size(), 4);
    QVERIFY(result.backupPath.isEmpty()); // nothing worth a copy
}

void TestSchemaMigration::currentSchemaStepsAreContiguous()
{
    const Schema &schema = Schema::current();
    QCOMPARE(schema.steps.size(), schema.version);
    for (int i = 0; i < schema.steps.size(); ++i)
        QCOMPARE(schema.steps.at(i).from, i);
}

void TestSchemaMigration::realVersion1ProjectIsUpgraded()
{
    // A project as version 1 of Marginalia wrote it, made with version 1's
    // own SQL, with a quote in it.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.marginalia"));
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    const QByteArray identity = "PRAGMA application_id = "
        + QByteArray::number(Schema::ApplicationId) + "; PRAGMA user_version = 1;";
    QCOMPARE(sqlite3_exec(db, Schema::current().steps.at(0).sql, nullptr, nullptr, nullptr),
             SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, identity.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
    QCOMPARE(
        sqlite3_exec(db,
                     "INSERT INTO articles (id, title, content_hash, length, imported_at) "
                     "VALUES (1, 'T', 'h', 20, 'now');"
                     "INSERT INTO article_texts VALUES (1, 'T\n\u00ab Bonjour \u00bb, dit-il.');"
                     "INSERT INTO quotes (article_id, start, \"end\", created_at, modified_at) "
                     "VALUES (1, 4, 11, 'now', 'now');",
                     nullptr, nullptr, nullptr),
        SQLITE_OK);
    sqlite3_close(db);

    ProjectDatabase::OpenResult result = ProjectDatabase::open(path);
    QVERIFY2(result.database, qPrintable(result.error));
    QCOMPARE(result.migratedFrom, 1);
    QCOMPARE(result.database->schemaVersion(), Schema::current().version);
    const QVector<Quote> quotes = result.database->quotes(1);
    QCOMPARE(quotes.size(), 1);
    QCOMPARE(quotes.first().speakerName, QString());
    QCOMPARE(rawQueryInt(result.backupPath, "PRAGMA user_version"), 1);
    // Version 3 indexes the texts that were already there.
    QString error;
    const auto found = result.database->articlesMatching(QStringLiteral("bonjour"), &error);
    QVERIFY2(found, qPrintable(error));
    QCOMPARE(*found, QVector<qint64> { 1 });
    QVERIFY(result.database->rejectedSuggestions(1).isEmpty());
}

QTEST_GUILESS_MAIN(TestSchemaMigration)
#include "tst_schemamigration.moc"
