// SPDX-License-Identifier: GPL-3.0-or-later
// The entity commands through the real binary: tag-all across a project,
// then the entity list with its counts, in text and JSON.
#include "clirun.h"
#include "testhelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace TestHelpers;

class TestCliEntities : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tagAllCountsTaggedAndArticles_data();
    void tagAllCountsTaggedAndArticles();
    void entitiesListsCounts();
    void typedNamesMeetTheirEntity();
    void usageAndFailures_data();
    void usageAndFailures();

private:
    QTemporaryDir m_dir;
    QString m_project;
};

void TestCliEntities::initTestCase()
{
    m_project = m_dir.filePath(QStringLiteral("entities.marginalia"));
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("corpus/a.txt")),
                      QStringLiteral("Poutine à Minsk\nVladimir Poutine a vu Loukachenko. "
                                     "POUTINE l’a dit à l’Élysée.\n")
                          .toUtf8()));
    QVERIFY(
        writeFile(m_dir.filePath(QStringLiteral("corpus/b.txt")),
                  QStringLiteral("Moscou\nLe président poutine 😀 et les Poutines.\n").toUtf8()));
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("corpus/c.txt")),
                      QStringLiteral("Kiev\nRien sur lui.\n").toUtf8()));
    QCOMPARE(cli({ QStringLiteral("init"), m_project }).exitCode, 0);
    QCOMPARE(cli({ QStringLiteral("import"), m_project, m_dir.filePath(QStringLiteral("corpus")) })
                 .exitCode,
             0);
}

void TestCliEntities::tagAllCountsTaggedAndArticles_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("tagged");
    QTest::addColumn<int>("articles");
    // Rows run in order on one project: later ones find earlier tags.
    QTest::newRow("exact") << QStringList { QStringLiteral("Poutine"), QStringLiteral("PER"),
                                            QStringLiteral("--entity"),
                                            QStringLiteral("Vladimir Poutine") }
                           << 2 << 1;
    QTest::newRow("folded adds the rest")
        << QStringList { QStringLiteral("poutine"), QStringLiteral("PER"),
                         QStringLiteral("--entity"), QStringLiteral("Vladimir Poutine"),
                         QStringLiteral("--fold") }
        << 2 << 2;
    QTest::newRow("nothing left") << QStringList { QStringLiteral("POUTINE"), QStringLiteral("PER"),
                                                   QStringLiteral("--fold") }
                                  << 0 << 0;
    QTest::newRow("one article, elision")
        << QStringList { QStringLiteral("Elysee"), QStringLiteral("LOC"), QStringLiteral("--fold"),
                         QStringLiteral("--article"), QStringLiteral("1") }
        << 1 << 1;
}

void TestCliEntities::tagAllCountsTaggedAndArticles()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, tagged);
    QFETCH(int, articles);
    const CliRun run = cli(QStringList { QStringLiteral("tag-all"), m_project } + arguments
                           + QStringList { QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject result = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(result.value(QLatin1String("tagged")).toInt(-1), tagged);
    QCOMPARE(result.value(QLatin1String("articles")).toInt(-1), articles);
}

void TestCliEntities::entitiesListsCounts()
{
    const CliRun json = cli({ QStringLiteral("entities"), m_project, QStringLiteral("--json") });
    QVERIFY2(json.exitCode == 0, qPrintable(json.err));
    const QJsonArray entities = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QCOMPARE(entities.size(), 1);
    const QJsonObject entity = entities.at(0).toObject();
    QCOMPARE(entity.value(QLatin1String("name")).toString(), QStringLiteral("Vladimir Poutine"));
    QCOMPARE(entity.value(QLatin1String("label")).toString(), QStringLiteral("PER"));
    QCOMPARE(entity.value(QLatin1String("mentions")).toInt(), 4);
    QCOMPARE(entity.value(QLatin1String("articles")).toInt(), 2);
    QVERIFY(entity.value(QLatin1String("aliases")).isArray());

    const CliRun text = cli({ QStringLiteral("entities"), m_project });
    QCOMPARE(text.exitCode, 0);
    const QStringList lines = text.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0),
             QStringLiteral("id\tname\tlabel\taliases\texternal_id\tmentions\tarticles"));
    QVERIFY2(lines.at(1).endsWith(QStringLiteral("\tVladimir Poutine\tPER\t\t\t4\t2")),
             qPrintable(lines.at(1)));
}

void TestCliEntities::typedNamesMeetTheirEntity()
{
    // "VLADIMIR POUTINE" and "vladimir poutíne" are the entity tag-all made,
    // not new ones; the same name under another label is another entity.
    for (const QString &typed :
         { QStringLiteral("VLADIMIR POUTINE"), QStringLiteral("vladimir pouti\u0301ne") }) {
        const CliRun run = cli({ QStringLiteral("annotate"), m_project, QStringLiteral("3"),
                                 QStringLiteral("0"), QStringLiteral("4"), QStringLiteral("PER"),
                                 QStringLiteral("--entity"), typed, QStringLiteral("--json") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"entity").toString(),
                 QStringLiteral("Vladimir Poutine"));
    }
    QCOMPARE(rawQueryInt(m_project, "SELECT count(*) FROM entities"), 1);
    const CliRun other = cli({ QStringLiteral("annotate"), m_project, QStringLiteral("3"),
                               QStringLiteral("0"), QStringLiteral("4"), QStringLiteral("ORG"),
                               QStringLiteral("--entity"), QStringLiteral("Vladimir Poutine") });
    QCOMPARE(other.exitCode, 0);
    QCOMPARE(rawQueryInt(m_project, "SELECT count(*) FROM entities"), 2);
}

void TestCliEntities::usageAndFailures_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing label")
        << QStringList { QStringLiteral("tag-all"), QStringLiteral("P"), QStringLiteral("Poutine") }
        << 2 << QStringLiteral("missing arguments");
    QTest::newRow("bad article") << QStringList {
        QStringLiteral("tag-all"), QStringLiteral("P"),         QStringLiteral("x"),
        QStringLiteral("PER"),     QStringLiteral("--article"), QStringLiteral("x")
    } << 2 << QStringLiteral("--article");
    QTest::newRow("unknown label")
        << QStringList { QStringLiteral("tag-all"), QString(), QStringLiteral("Poutine"),
                         QStringLiteral("NOPE") }
        << 1 << QStringLiteral("NOPE");
    QTest::newRow("no such article")
        << QStringList { QStringLiteral("tag-all"),   QString(),
                         QStringLiteral("Poutine"),   QStringLiteral("PER"),
                         QStringLiteral("--article"), QStringLiteral("42") }
        << 1 << QStringLiteral("42");
    QTest::newRow("export of an unknown label")
        << QStringList { QStringLiteral("export"),   QString(),
                         QStringLiteral("--format"), QStringLiteral("entities"),
                         QStringLiteral("--labels"), QStringLiteral("NOPE") }
        << 1 << QStringLiteral("NOPE");
    QTest::newRow("entities of nothing")
        << QStringList { QStringLiteral("entities"), QStringLiteral("/nonexistent.marginalia") }
        << 1 << QStringLiteral("nonexistent");
}

void TestCliEntities::usageAndFailures()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    if (arguments.size() > 1 && arguments.at(1).isEmpty())
        arguments[1] = m_project;
    const qint64 before = rawQueryInt(m_project, "SELECT count(*) FROM annotations");
    const CliRun run = cli(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out)); // nothing half written
    QCOMPARE(rawQueryInt(m_project, "SELECT count(*) FROM annotations"), before);
}

QTEST_GUILESS_MAIN(TestCliEntities)
#include "tst_cli_entities.moc"
