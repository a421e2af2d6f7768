// SPDX-License-Identifier: GPL-3.0-or-later
// A project file from someone else must not run its author's SQL: its schema
// is compared with the one this version makes before anything is written,
// and anything extra or different is refused by name, the file untouched.
#include "projectdatabase.h"
#include "schema.h"
#include "testhelpers.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Marginalia;
using namespace TestHelpers;

class TestForeignSchema : public QObject
{
    Q_OBJECT

private slots:
    void refusedByName_data();
    void refusedByName();
    void ownSchemaOpensAtEveryVersion();
    void analyzedProjectOpens();
};

void TestForeignSchema::refusedByName_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<QString>("named");
    QTest::addColumn<QString>("wording");

    QTest::newRow("trigger rewriting notes")
        << QByteArray("CREATE TRIGGER rewrite AFTER INSERT ON annotations BEGIN "
                      "UPDATE annotations SET note = 'pwned' WHERE id = new.id; END;")
        << "rewrite"
        << "trigger";
    QTest::newRow("trigger on import with an endless CTE")
        << QByteArray("CREATE TRIGGER spin AFTER INSERT ON articles BEGIN "
                      "SELECT count(*) FROM (WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL "
                      "SELECT x + 1 FROM c) SELECT x FROM c); END;")
        << "spin"
        << "trigger";
    QTest::newRow("index of ours redefined")
        << QByteArray("DROP INDEX annotations_label; "
                      "CREATE INDEX annotations_label ON annotations(note);")
        << "annotations_label"
        << "differs";
    QTest::newRow("extra view") << QByteArray("CREATE VIEW everything AS SELECT * FROM articles;")
                                << "everything"
                                << "view";
    QTest::newRow("extra index") << QByteArray("CREATE INDEX by_note ON annotations(note);")
                                 << "by_note"
                                 << "index";
    QTest::newRow("extra table") << QByteArray("CREATE TABLE payload(x BLOB);") << "payload"
                                 << "table";
    QTest::newRow("missing index")
        << QByteArray("DROP INDEX annotations_label;") << "annotations_label"
        << "missing";
    QTest::newRow("column type changed")
        << QByteArray("PRAGMA writable_schema = ON; UPDATE sqlite_schema SET sql = "
                      "replace(sql, 'note        TEXT', 'note        BLOB') "
                      "WHERE name = 'annotations'; PRAGMA writable_schema = OFF;")
        << "annotations"
        << "differs";
    QTest::newRow("version set back to 2")
        << QByteArray("PRAGMA user_version = 2;") << "annotation_counts_after_delete"
        << "version 2";
    QTest::newRow("version set back to 1") << QByteArray("PRAGMA user_version = 1;") << ""
                                           << "version 1";
}

void TestForeignSchema::refusedByName()
{
    QFETCH(QByteArray, sql);
    QFETCH(QString, named);
    QFETCH(QString, wording);

    QTemporaryDir dir;
    QString path;
    {
        auto project = createProject(dir, QStringLiteral("gift.marginalia"));
        QVERIFY(project);
        path = project->path();
        QVector<NewArticle> batch(1);
        batch[0].title = QStringLiteral("Titre");
        batch[0].text = QStringLiteral("Titre\nVladimir Poutine à Minsk.");
        QVector<ProjectDatabase::InsertOutcome> outcomes;
        QString error;
        QVERIFY2(project->insertArticles(batch, &outcomes, &error), qPrintable(error));
    }
    QVERIFY(rawExec(path, sql));
    const QStringList before = QDir(dir.path()).entryList(QDir::Files);
    const QByteArray bytes = readAll(path);

    const ProjectDatabase::OpenResult result = ProjectDatabase::open(path);
    QVERIFY(!result.database);
    QCOMPARE(result.status, ProjectDatabase::OpenStatus::ForeignSchema);
    QVERIFY2(result.error.contains(QLatin1String("gift.marginalia")), qPrintable(result.error));
    QVERIFY2(result.error.contains(named), qPrintable(result.error));
    QVERIFY2(result.error.contains(wording), qPrintable(result.error));
    QVERIFY2(!result.error.contains(QLatin1Char('\n')), qPrintable(result.error));
    // Nothing written, copied or left beside it: no backup, no side files.
    QCOMPARE(readAll(path), bytes);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), before);
}

void TestForeignSchema::ownSchemaOpensAtEveryVersion()
{
    // A file built by the steps up to each older version opens (and is
    // migrated): the check compares with that version's own schema.
    const Schema &schema = Schema::current();
    for (int version = 1; version <= schema.version; ++version) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v%1.marginalia").arg(version));
        QByteArray sql = "PRAGMA application_id = " + QByteArray::number(Schema::ApplicationId)
            + "; PRAGMA user_version = " + QByteArray::number(version) + ";";
        for (int step = 0; step < version; ++step)
            sql += schema.steps.at(step).sql;
        QVERIFY(rawExec(path, sql));
        const ProjectDatabase::OpenResult result = ProjectDatabase::open(path);
        QVERIFY2(result.database, qPrintable(result.error));
        QCOMPARE(result.database->schemaVersion(), schema.version);
    }
}

void TestForeignSchema::analyzedProjectOpens()
{
    // ANALYZE (ours one day, or the user's) adds statistics tables: no code.
    QTemporaryDir dir;
    QString path;
    {
        auto project = createProject(dir);
        path = project->path();
    }
    QVERIFY(rawExec(path, "ANALYZE;"));
    QVERIFY(rawQueryInt(path, "SELECT count(*) FROM sqlite_schema WHERE name = 'sqlite_stat1'")
            == 1);
    const ProjectDatabase::OpenResult result = ProjectDatabase::open(path);
    QVERIFY2(result.database, qPrintable(result.error));
}

QTEST_GUILESS_MAIN(TestForeignSchema)
#include "tst_foreignschema.moc"
