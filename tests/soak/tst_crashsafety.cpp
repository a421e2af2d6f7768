// SPDX-License-Identifier: GPL-3.0-or-later
// The crash harness: a child process (crash_worker) applies a seeded stream
// of edits through the model layer and acknowledges each one once stored;
// this test kills it with SIGKILL at a random moment, reopens the project,
// and checks that SQLite finds the file sound, that every acknowledged edit
// is there, and that the edit under way is either whole or absent (the
// state equals the last acknowledgement, or a replay of one edit more).
//
// Rounds alternate between a worker alone, a worker beside the real
// marginalia-cli opening and closing the project in a loop, and a worker
// that also opens a second connection in its own process for an export (as
// the window's import and export jobs do) with the CLI alongside: the case
// that once sent every later edit of the window to a deleted log.
//
// MARGINALIA_CRASH_ROUNDS sets the number of rounds (default 50);
// MARGINALIA_CRASH_SEED the first seed (default: from the clock, printed).
#include "projectdatabase.h"
#include "projectfingerprint.h"
#include "seedproject.h"
#include "testconfig.h"
#include "testhelpers.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace Marginalia;
using namespace TestHelpers;

namespace {

QString workerPath()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/crash_worker");
}

enum class Company { Alone, Cli, JobsAndCli };

struct Round
{
    QByteArray readyFingerprint;
    QVector<QByteArray> acks; ///< fingerprint after edit i + 1
    int begun = 0; ///< the last edit the worker started
    QString failure; ///< a FAIL line: the model refused an edit
};

void readLines(QProcess &process, QByteArray *pending, Round *round)
{
    *pending += process.readAllStandardOutput();
    qsizetype newline;
    while ((newline = pending->indexOf('\n')) >= 0) {
        const QByteArray line = pending->left(newline);
        pending->remove(0, newline + 1);
        const QList<QByteArray> parts = line.split(' ');
        if (parts.first() == "READY" && parts.size() == 2)
            round->readyFingerprint = parts.at(1);
        else if (parts.first() == "BEGIN" && parts.size() == 2)
            round->begun = parts.at(1).toInt();
        else if (parts.first() == "ACK" && parts.size() == 3)
            round->acks.append(parts.at(2));
        else if (parts.first() == "FAIL")
            round->failure = QString::fromUtf8(line);
    }
}

QByteArray fingerprintOf(const QString &path, QString *error)
{
    ProjectDatabase::OpenResult opened = ProjectDatabase::open(path);
    if (!opened.database) {
        *error = opened.error;
        return QByteArray();
    }
    return CrashSupport::projectFingerprint(*opened.database);
}

QString integrityCheck(const QString &path)
{
    const QStringList rows = rawQueryRows(path, "PRAGMA integrity_check");
    return rows.join(QLatin1Char(' '));
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedWorkerLosesNothingAcknowledged();

private:
    quint64 m_firstSeed = 0;
    int m_rounds = 50;
};

void TestCrashSafety::initTestCase()
{
    QVERIFY2(QFile::exists(workerPath()), qPrintable(workerPath()));
    QVERIFY(QFile::exists(QStringLiteral(MARGINALIA_CLI_PATH)));
    bool ok = false;
    const int rounds = qEnvironmentVariableIntValue("MARGINALIA_CRASH_ROUNDS", &ok);
    if (ok && rounds > 0)
        m_rounds = rounds;
    const QByteArray seed = qgetenv("MARGINALIA_CRASH_SEED");
    m_firstSeed =
        seed.isEmpty() ? quint64(QDateTime::currentMSecsSinceEpoch()) : seed.toULongLong();
    qInfo("crash rounds: %d, first seed %llu (MARGINALIA_CRASH_SEED=%llu repeats them)", m_rounds,
          m_firstSeed, m_firstSeed);
}

void TestCrashSafety::killedWorkerLosesNothingAcknowledged()
{
    int totalAcks = 0;
    int replays = 0;
    for (int r = 0; r < m_rounds; ++r) {
        if (r > 0 && r % 100 == 0)
            qInfo("%d rounds passed, %d acknowledged edits checked, %d replays", r, totalAcks,
                  replays);
        const quint64 seed = m_firstSeed + quint64(r);
        const Company company = Company(seed % 3); // the seed alone repeats a round
        std::mt19937_64 random(seed);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("p.marginalia"));
        const QString initial = dir.filePath(QStringLiteral("initial.marginalia"));
        QVERIFY(CrashSupport::makeSeedProject(dir, path));
        QVERIFY(QFile::copy(path, initial)); // closed: nothing holds it

        QStringList arguments { path, QString::number(seed) };
        if (company == Company::JobsAndCli)
            arguments << QStringLiteral("--jobs");
        QProcess worker;
        worker.start(workerPath(), arguments);
        QVERIFY(worker.waitForStarted());

        // The CLI opens and closes the project over and over meanwhile.
        QProcess cli;
        int cliRuns = 0;
        const auto startCli = [&] {
            cli.start(QStringLiteral(MARGINALIA_CLI_PATH),
                      cliRuns++ % 2 == 0
                          ? QStringList { QStringLiteral("list"), path }
                          : QStringList { QStringLiteral("export"), path,
                                          QStringLiteral("--format"), QStringLiteral("articles") });
        };

        Round round;
        QByteArray pending;
        // The kill clock starts once the worker has opened the project: under
        // a sanitizer on a loaded machine the start alone can outlast a short
        // delay, and a round killed before it opened proves nothing.
        QElapsedTimer startup;
        startup.start();
        while (round.readyFingerprint.isEmpty() && round.failure.isEmpty()
               && worker.state() == QProcess::Running && startup.elapsed() < 60000) {
            worker.waitForReadyRead(10);
            readLines(worker, &pending, &round);
        }
        const int killAfterMs = int(random() % 1400);
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < killAfterMs && worker.state() == QProcess::Running) {
            worker.waitForReadyRead(10);
            readLines(worker, &pending, &round);
            if (company != Company::Alone && !round.readyFingerprint.isEmpty()
                && cli.state() == QProcess::NotRunning)
                startCli();
        }
        worker.kill(); // SIGKILL
        worker.waitForFinished();
        readLines(worker, &pending, &round);
        if (cli.state() != QProcess::NotRunning)
            cli.waitForFinished();
        QVERIFY2(round.failure.isEmpty(),
                 qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(round.failure)));
        QVERIFY2(
            !round.readyFingerprint.isEmpty(),
            qPrintable(QStringLiteral("seed %1: the worker never opened the project").arg(seed)));

        const QString integrity = integrityCheck(path);
        QVERIFY2(
            integrity == QLatin1String("ok"),
            qPrintable(QStringLiteral("seed %1: integrity_check: %2").arg(seed).arg(integrity)));
        QString error;
        const QByteArray found = fingerprintOf(path, &error);
        QVERIFY2(!found.isEmpty(), qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(error)));

        const int acknowledged = int(round.acks.size());
        totalAcks += acknowledged;
        const QByteArray expected =
            acknowledged == 0 ? round.readyFingerprint : round.acks.constLast();
        if (found == expected)
            continue;
        // The edit under way may have been stored before its acknowledgement
        // was printed: replay one edit more on the initial file and compare.
        QVERIFY2(round.begun > acknowledged,
                 qPrintable(QStringLiteral("seed %1 (%2): %3 acknowledged edits, the file holds "
                                           "another state and no edit was under way")
                                .arg(seed)
                                .arg(int(company))
                                .arg(acknowledged)));
        const QString replay = dir.filePath(QStringLiteral("replay.marginalia"));
        QVERIFY(QFile::copy(initial, replay));
        QProcess replayer;
        replayer.start(workerPath(),
                       { replay, QString::number(seed), QStringLiteral("--ops"),
                         QString::number(acknowledged + 1) });
        QVERIFY(replayer.waitForFinished(120000));
        Round replayed;
        QByteArray replayPending;
        readLines(replayer, &replayPending, &replayed);
        QVERIFY2(
            replayed.acks.size() == acknowledged + 1,
            qPrintable(
                QStringLiteral("seed %1: the replay stopped: %2").arg(seed).arg(replayed.failure)));
        QVERIFY2(replayed.acks.mid(0, acknowledged) == round.acks,
                 qPrintable(QStringLiteral("seed %1: the replay is not deterministic").arg(seed)));
        QVERIFY2(found == replayed.acks.constLast(),
                 qPrintable(QStringLiteral("seed %1 (%2): after %3 acknowledged edits the file "
                                           "holds neither their state nor the next edit's: an "
                                           "acknowledged edit was lost or one was half applied")
                                .arg(seed)
                                .arg(int(company))
                                .arg(acknowledged)));
        ++replays;
    }
    qInfo("%d rounds, %d acknowledged edits checked, %d rounds ended inside an edit that was "
          "stored whole",
          m_rounds, totalAcks, replays);
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
