// SPDX-License-Identifier: GPL-3.0-or-later
// Power loss: the seeded edits of the crash test run in this process on a
// project whose files go through PowerLossVfs, which cuts the power at a
// random write, truncation, sync or deletion and keeps what the disk would
// still hold: the bytes of the last sync, and of the writes since either
// nothing or a random set of whole and torn writes. The picture is opened
// as a project: SQLite must find it sound, every edit acknowledged before
// the cut must be in it, and the edit under way whole or absent.
//
// MARGINALIA_POWERLOSS_ROUNDS sets the rounds per way of losing writes
// (default 60); MARGINALIA_POWERLOSS_SEED the first seed (default: from the
// clock, printed).
#include "editscript.h"
#include "powerlossvfs.h"
#include "projectdatabase.h"
#include "projectfingerprint.h"
#include "seedproject.h"
#include "testhelpers.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace Marginalia;
using namespace CrashSupport;

namespace {

constexpr int EditsPerRound = 40;

struct Outcome
{
    QString failure;
    bool cutInsideEdit = false;
    bool cutAtEnd = false; ///< the edits ended before the chosen call
    int acknowledged = 0;
    qint64 calls = 0;
};

/// One round: the edits of \a seed until the power goes at call \a cutAt
/// (the end if they make fewer calls), then the picture checked.
Outcome runRound(quint64 seed, qint64 cutAt, PowerLossVfs::Loss loss)
{
    Outcome outcome;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.marginalia"));
    if (!makeSeedProject(dir, path)) {
        outcome.failure = QStringLiteral("the seed project could not be made");
        return outcome;
    }
    PowerLossVfs::watch(path);
    PowerLossVfs::cutPowerAt(cutAt, loss, seed);

    // The states the picture may hold: the last acknowledged one, or the one
    // after the edit the power cut into.
    QVector<QByteArray> allowed;
    {
        ProjectDatabase::OpenResult opened = ProjectDatabase::open(path);
        if (!opened.database) {
            outcome.failure = opened.error;
            return outcome;
        }
        ProjectDatabase &project = *opened.database;
        EditScript script(project, seed, dir.path());
        std::mt19937_64 jobRandom(seed ^ 0x9e3779b97f4a7c15ULL);
        QByteArray acknowledged = projectFingerprint(project);
        for (int n = 1; n <= EditsPerRound && !PowerLossVfs::powerCut(); ++n) {
            QString error;
            if (!script.step(n, &error)) {
                outcome.failure = QStringLiteral("edit %1 failed: %2").arg(n).arg(error);
                return outcome;
            }
            const QByteArray after = projectFingerprint(project);
            if (PowerLossVfs::powerCut()) {
                outcome.cutInsideEdit = true;
                allowed = { acknowledged, after };
                break;
            }
            acknowledged = after;
            outcome.acknowledged = n;
            // As the window's export job: a second connection in this process.
            if (jobRandom() % 4 == 0
                && !script.exportOnSecondConnection(jobRandom() % 2 == 0, &error)) {
                outcome.failure = QStringLiteral("export after edit %1: %2").arg(n).arg(error);
                return outcome;
            }
        }
        if (allowed.isEmpty())
            allowed = { acknowledged };
        if (!PowerLossVfs::powerCut()) {
            outcome.cutAtEnd = true;
            PowerLossVfs::cutPowerNow();
        }
        outcome.calls = PowerLossVfs::calls();
    }

    QTemporaryDir after;
    QString error;
    const bool written = PowerLossVfs::writeImage(after.path(), &error);
    PowerLossVfs::stop();
    if (!written) {
        outcome.failure = error;
        return outcome;
    }
    const QString image = after.filePath(QStringLiteral("p.marginalia"));
    {
        ProjectDatabase::OpenResult reopened = ProjectDatabase::open(image);
        if (!reopened.database) {
            outcome.failure =
                QStringLiteral("the project does not open after the cut: %1").arg(reopened.error);
            return outcome;
        }
        const QByteArray found = projectFingerprint(*reopened.database);
        if (!allowed.contains(found)) {
            outcome.failure =
                QStringLiteral("after %1 acknowledged edits the project holds neither their "
                               "state nor the next edit's: an acknowledged edit was lost or one "
                               "was half applied")
                    .arg(outcome.acknowledged);
            return outcome;
        }
    }
    const QString integrity =
        TestHelpers::rawQueryRows(image, "PRAGMA integrity_check").join(QLatin1Char(' '));
    if (integrity != QLatin1String("ok"))
        outcome.failure = QStringLiteral("integrity_check: %1").arg(integrity);
    return outcome;
}

} // namespace

class TestPowerLoss : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void powerCutLosesNothingAcknowledged_data();
    void powerCutLosesNothingAcknowledged();

private:
    quint64 m_firstSeed = 0;
    int m_rounds = 60;
    qint64 m_callsPerRound = 0;
};

void TestPowerLoss::initTestCase()
{
    PowerLossVfs::install();
    bool ok = false;
    const int rounds = qEnvironmentVariableIntValue("MARGINALIA_POWERLOSS_ROUNDS", &ok);
    if (ok && rounds > 0)
        m_rounds = rounds;
    const QByteArray seed = qgetenv("MARGINALIA_POWERLOSS_SEED");
    m_firstSeed =
        seed.isEmpty() ? quint64(QDateTime::currentMSecsSinceEpoch()) : seed.toULongLong();
    qInfo("power-loss rounds: %d per way, first seed %llu (MARGINALIA_POWERLOSS_SEED=%llu "
          "repeats them)",
          m_rounds, m_firstSeed, m_firstSeed);

    // A round without a cut tells how many calls the edits make, so cuts
    // fall across all of them (and a tenth of rounds after the last).
    const Outcome whole =
        runRound(m_firstSeed, std::numeric_limits<qint64>::max(), PowerLossVfs::Loss::DropUnsynced);
    QVERIFY2(whole.failure.isEmpty(), qPrintable(whole.failure));
    QVERIFY(whole.cutAtEnd);
    QCOMPARE(whole.acknowledged, EditsPerRound);
    QVERIFY2(whole.calls > EditsPerRound, "the edits went around the power-loss VFS");
    m_callsPerRound = whole.calls;
}

void TestPowerLoss::powerCutLosesNothingAcknowledged_data()
{
    QTest::addColumn<PowerLossVfs::Loss>("loss");
    QTest::newRow("unsynced writes lost") << PowerLossVfs::Loss::DropUnsynced;
    QTest::newRow("unsynced writes reordered and torn") << PowerLossVfs::Loss::TearUnsynced;
}

void TestPowerLoss::powerCutLosesNothingAcknowledged()
{
    QFETCH(PowerLossVfs::Loss, loss);
    int acknowledged = 0;
    int insideEdit = 0;
    int atEnd = 0;
    for (int r = 0; r < m_rounds; ++r) {
        const quint64 seed = m_firstSeed + quint64(r);
        std::mt19937_64 random(seed);
        const qint64 cutAt = 1 + qint64(random() % quint64(m_callsPerRound + m_callsPerRound / 10));
        const Outcome outcome = runRound(seed, cutAt, loss);
        QVERIFY2(outcome.failure.isEmpty(),
                 qPrintable(QStringLiteral("seed %1, cut at call %2: %3")
                                .arg(seed)
                                .arg(cutAt)
                                .arg(outcome.failure)));
        acknowledged += outcome.acknowledged;
        insideEdit += outcome.cutInsideEdit ? 1 : 0;
        atEnd += outcome.cutAtEnd ? 1 : 0;
    }
    qInfo("%d rounds (%lld calls in a whole round): %d acknowledged edits checked, %d cuts inside "
          "an edit, %d after the last",
          m_rounds, m_callsPerRound, acknowledged, insideEdit, atEnd);
}

QTEST_GUILESS_MAIN(TestPowerLoss)
#include "tst_powerloss.moc"
