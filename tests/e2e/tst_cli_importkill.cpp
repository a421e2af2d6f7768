// SPDX-License-Identifier: GPL-3.0-or-later
// An import killed at any moment is undone as a whole at the next open. The
// CLI imports 1,200 articles (three batches of 500, each a commit) from a
// folder of .txt files, a CSV table or a JSONL table, and is killed with
// SIGKILL at each of its syncs in turn (strace injects the signal at the
// Nth fdatasync), then at random moments. After every kill the project is
// opened through the model, which undoes the dead process's run: it must
// hold no article or all of them, pass `PRAGMA integrity_check`, and take
// the same import again without a duplicate. Killing at syncs needs strace
// and ptrace; without them only the random kills run.
#include "clirun.h"
#include "projectdatabase.h"
#include "testhelpers.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace Marginalia;

namespace {

constexpr int Articles = 1200;
constexpr int RandomKills = 20;

QString articleText(int i)
{
    return QStringLiteral("Article %1 from Minsk\nVladimir Poutine est arriv\u00e9 \u00e0 Minsk, "
                          "jour %1.")
        .arg(i);
}

QByteArray csvField(const QString &text)
{
    QByteArray field = text.toUtf8();
    field.replace('"', "\"\"");
    return '"' + field + '"';
}

QByteArray jsonString(const QString &text)
{
    QByteArray out = text.toUtf8();
    out.replace('\\', "\\\\");
    out.replace('"', "\\\"");
    out.replace('\n', "\\n");
    return '"' + out + '"';
}

/// Writes the import source of \a kind into \a dir and returns its path.
QString writeSource(const QDir &dir, const QString &kind)
{
    if (kind == QLatin1String("txt")) {
        const QString folder = dir.filePath(QStringLiteral("articles"));
        QDir().mkpath(folder);
        for (int i = 0; i < Articles; ++i) {
            QFile file(QDir(folder).filePath(QStringLiteral("a%1.txt").arg(i)));
            if (!file.open(QIODevice::WriteOnly))
                return {};
            file.write(articleText(i).toUtf8());
        }
        return folder;
    }
    const bool csv = kind == QLatin1String("csv");
    const QString path =
        dir.filePath(csv ? QStringLiteral("articles.csv") : QStringLiteral("articles.jsonl"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    if (csv)
        file.write("id,text\n");
    for (int i = 0; i < Articles; ++i) {
        if (csv)
            file.write(QByteArray::number(i) + ',' + csvField(articleText(i)) + '\n');
        else
            file.write("{\"id\": " + QByteArray::number(i)
                       + ", \"text\": " + jsonString(articleText(i)) + "}\n");
    }
    return path;
}

struct Reopened
{
    qint64 articles = -1;
    QString problem;
};

/// Opens \a project as the next user would (undoing a dead run) and reads
/// its article count and integrity.
Reopened reopen(const QString &project)
{
    Reopened result;
    {
        ProjectDatabase::OpenResult opened = ProjectDatabase::open(project);
        if (!opened.database) {
            result.problem = opened.error;
            return result;
        }
        result.articles = opened.database->articleCount();
    }
    const QString check =
        TestHelpers::rawQueryRows(project, "PRAGMA integrity_check").join(QLatin1Char(' '));
    if (check != QLatin1String("ok"))
        result.problem = QStringLiteral("integrity_check: ") + check;
    return result;
}

} // namespace

class TestCliImportKill : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedAtEverySync_data();
    void killedAtEverySync();
    void killedAtRandom_data();
    void killedAtRandom();

private:
    /// Checks what a killed import left, then that the import runs whole.
    void checkAfterKill(const QString &project, const QString &source, const QString &what);

    QString m_strace;
    int m_undone = 0; ///< kills that landed inside an import, found undone
};

void TestCliImportKill::initTestCase()
{
    m_strace = QStandardPaths::findExecutable(QStringLiteral("strace"));
    if (m_strace.isEmpty())
        return;
    QProcess probe;
    probe.start(m_strace,
                { QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("true") });
    if (!probe.waitForFinished(30000) || probe.exitCode() != 0)
        m_strace.clear(); // no ptrace here (a container without the capability)
}

void TestCliImportKill::killedAtEverySync_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("txt folder") << QStringLiteral("txt");
    QTest::newRow("csv") << QStringLiteral("csv");
    QTest::newRow("jsonl") << QStringLiteral("jsonl");
}

void TestCliImportKill::killedAtEverySync()
{
    QFETCH(QString, kind);
    if (m_strace.isEmpty())
        QSKIP("strace is not installed or cannot trace here");
    QTemporaryDir dir;
    const QString source = writeSource(QDir(dir.path()), kind);
    QVERIFY(!source.isEmpty());

    int kills = 0;
    for (int sync = 1;; ++sync) {
        QVERIFY2(sync < 200, "the import never got past its syncs");
        const QString project = dir.filePath(QStringLiteral("p%1.marginalia").arg(sync));
        QCOMPARE(cli({ QStringLiteral("init"), project }).exitCode, 0);
        QProcess traced;
        // LeakSanitizer cannot run under ptrace and would fail every import.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("ASAN_OPTIONS"),
                           environment.value(QStringLiteral("ASAN_OPTIONS"))
                               + QStringLiteral(":detect_leaks=0"));
        traced.setProcessEnvironment(environment);
        traced.start(
            m_strace,
            { QStringLiteral("-f"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
              QStringLiteral("-e"), QStringLiteral("trace=fdatasync,fsync"), QStringLiteral("-e"),
              QStringLiteral("inject=fdatasync,fsync:signal=KILL:when=%1").arg(sync),
              QStringLiteral(MARGINALIA_CLI_PATH), QStringLiteral("import"), project, source });
        QVERIFY(traced.waitForFinished(120000));
        const QByteArray err = traced.readAllStandardError();
        // strace ends itself with the signal that killed the import.
        const bool killed = traced.exitStatus() == QProcess::CrashExit;
        QVERIFY2(killed || traced.exitCode() == 0, err.constData());
        if (!killed) {
            // Past the last sync: the import finished, and all of it is there.
            const Reopened after = reopen(project);
            QVERIFY2(after.problem.isEmpty(), qPrintable(after.problem));
            QCOMPARE(after.articles, qint64(Articles));
            break;
        }
        ++kills;
        checkAfterKill(
            project, source,
            QStringLiteral("killed at sync %1 (%2)").arg(sync).arg(QString::fromUtf8(err)));
        QFile::remove(project);
    }
    QVERIFY2(kills >= 3, "every batch commit syncs, so there are at least three places to kill");
    qInfo("%s: killed at each of %d syncs, every time no article or all of them", qPrintable(kind),
          kills);
}

void TestCliImportKill::killedAtRandom_data()
{
    killedAtEverySync_data();
}

void TestCliImportKill::killedAtRandom()
{
    QFETCH(QString, kind);
    QTemporaryDir dir;
    const QString source = writeSource(QDir(dir.path()), kind);
    QVERIFY(!source.isEmpty());

    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    qInfo("seed %u", seed);
    m_undone = 0;
    for (int round = 0; round < RandomKills; ++round) {
        const QString project = dir.filePath(QStringLiteral("r%1.marginalia").arg(round));
        QCOMPARE(cli({ QStringLiteral("init"), project }).exitCode, 0);
        QProcess import;
        import.start(QStringLiteral(MARGINALIA_CLI_PATH),
                     { QStringLiteral("import"), project, source });
        QVERIFY(import.waitForStarted());
        // An import of these 1,200 articles takes about 90 ms here; some kills
        // come after it ended, which must leave every article. No event loop
        // meanwhile, so an ended import stays an unreaped zombie whose process
        // id cannot be reused before the kill.
        QThread::usleep(random.bounded(150000));
        if (const qint64 pid = import.processId(); pid > 0)
            ::kill(pid_t(pid), SIGKILL);
        if (import.state() != QProcess::NotRunning)
            QVERIFY(import.waitForFinished(60000));
        checkAfterKill(project, source, QStringLiteral("seed %1, round %2").arg(seed).arg(round));
        QFile::remove(project);
    }
    qInfo("%s: %d random kills, %d inside the import (undone), the rest after it (kept)",
          qPrintable(kind), RandomKills, m_undone);
}

void TestCliImportKill::checkAfterKill(const QString &project, const QString &source,
                                       const QString &what)
{
    const Reopened after = reopen(project);
    QVERIFY2(after.problem.isEmpty(), qPrintable(what + QStringLiteral(": ") + after.problem));
    QVERIFY2(after.articles == 0 || after.articles == Articles,
             qPrintable(QStringLiteral("%1: %2 of %3 articles left")
                            .arg(what)
                            .arg(after.articles)
                            .arg(Articles)));
    if (after.articles == 0)
        ++m_undone;
    // Whatever was left, importing again gives the whole set and says why
    // for any article it skips.
    const CliRun again = cli({ QStringLiteral("import"), project, source });
    if (after.articles == 0)
        QVERIFY2(again.exitCode == 0, qPrintable(what + QStringLiteral(": ") + again.err));
    const Reopened whole = reopen(project);
    QVERIFY2(whole.problem.isEmpty(), qPrintable(whole.problem));
    QCOMPARE(whole.articles, qint64(Articles));
}

QTEST_GUILESS_MAIN(TestCliImportKill)
#include "tst_cli_importkill.moc"
