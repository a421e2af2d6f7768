// SPDX-License-Identifier: GPL-3.0-or-later
// The integrity ledger across processes, through the real binary: a command
// records the file it closed; the next command trusts it only while it is
// unchanged, so damage put in between is found; `check` always checks.
#include "clirun.h"
#include "integrityledger.h"
#include "testconfig.h"
#include "testhelpers.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace TestHelpers;

namespace {

} // namespace

class TestCliCheck : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void aClosedProjectIsRecordedAndCheckFindsItSound();
    void damageAfterTheLastCommandIsFoundByTheNext_data();
    void damageAfterTheLastCommandIsFoundByTheNext();
    void checkAnswersInJson();

private:
    CliRun run(const QStringList &arguments)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"),
                           m_dir->filePath(QStringLiteral("data")));
        return cli(arguments, environment);
    }
    QString ledger() const
    {
        return m_dir->filePath(QStringLiteral("data/Marginalia/Marginalia/checked"));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
};

void TestCliCheck::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_project = m_dir->filePath(QStringLiteral("news.marginalia"));
    for (int i = 0; i < 30; ++i)
        QVERIFY(writeFile(m_dir->filePath(QStringLiteral("corpus/%1.txt").arg(i)),
                          "Article " + QByteArray::number(i) + "\n\n"
                              + QByteArray(3000, char('a' + i % 26)) + "\n"));
    QCOMPARE(run({ QStringLiteral("init"), m_project }).exitCode, 0);
    const CliRun imported =
        run({ QStringLiteral("import"), m_project, m_dir->filePath(QStringLiteral("corpus")) });
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
}

void TestCliCheck::aClosedProjectIsRecordedAndCheckFindsItSound()
{
    if (!Marginalia::IntegrityLedger::tracksChanges(m_dir->path()))
        QSKIP("the temporary folder's file system stamps changes too coarsely to trust a file");
    const QStringList records = QDir(ledger()).entryList({ QStringLiteral("*.json") });
    QCOMPARE(records.size(), 1);
    const QJsonObject record =
        QJsonDocument::fromJson(readAll(QDir(ledger()).filePath(records.first()))).object();
    QCOMPARE(record.value(QStringLiteral("path")).toString(),
             QFileInfo(m_project).canonicalFilePath());
    QVERIFY(record.value(QStringLiteral("clean")).isObject());
    QVERIFY(record.value(QStringLiteral("sessions")).toArray().isEmpty());

    const CliRun checked = run({ QStringLiteral("check"), m_project });
    QCOMPARE(checked.exitCode, 0);
    QVERIFY2(checked.out.contains(QLatin1String("no damage found")), qPrintable(checked.out));
}

void TestCliCheck::damageAfterTheLastCommandIsFoundByTheNext_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("list") << QStringLiteral("list");
    QTest::newRow("check") << QStringLiteral("check");
    QTest::newRow("entities") << QStringLiteral("entities");
}

void TestCliCheck::damageAfterTheLastCommandIsFoundByTheNext()
{
    QFETCH(QString, command);
    const QByteArray broken = withDamagedLeafPage(readAll(m_project));
    QVERIFY(!broken.isEmpty());
    QVERIFY(overwriteInPlace(m_project, broken));
    const CliRun refused = run({ command, m_project });
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QLatin1String("news.marginalia"))
                 && refused.err.contains(QLatin1String("damaged")),
             qPrintable(refused.err));
    QCOMPARE(readAll(m_project), broken); // refused, and left as it was
}

void TestCliCheck::checkAnswersInJson()
{
    const CliRun sound = run({ QStringLiteral("check"), m_project, QStringLiteral("--json") });
    QCOMPARE(sound.exitCode, 0);
    const QJsonObject answer = QJsonDocument::fromJson(sound.out.toUtf8()).object();
    QCOMPARE(answer.value(QStringLiteral("damaged")).toBool(true), false);
    QCOMPARE(answer.value(QStringLiteral("problem")).toString(QStringLiteral("x")), QString());
    QVERIFY(answer.value(QStringLiteral("milliseconds")).toInteger(-1) >= 0);
}

QTEST_GUILESS_MAIN(TestCliCheck)
#include "tst_cli_check.moc"
