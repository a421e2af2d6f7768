// SPDX-License-Identifier: GPL-3.0-or-later
// A project on a full ext4 disk with 1 KiB blocks (what mkfs.ext4 makes
// below 512 MiB). SQLite extends the -shm by writing one byte per 4 KiB
// page, so with 8 to 10 blocks free the rest of each page stayed a hole and
// the first store into it through the mapping killed the CLI with SIGBUS.
// Space is freed one block at a time; at every step `list` must still read
// the project (it opens for reading only when the disk is full), `annotate`
// must exit with a message or succeed, never die, and every annotation it
// reports must be in the file once the disk has room again. Needs a loop
// mount, so it runs as root where mounting is allowed and is skipped
// elsewhere.
#include "clirun.h"
#include "projectdatabase.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Marginalia;

namespace {

// Enough for one annotation's commit: 65 blocks of 1 KiB with schema 7 (the
// mention, its indexes and the counts the triggers keep, in the WAL).
constexpr int Spacers = 96;

bool run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    return process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit
        && process.exitCode() == 0;
}

} // namespace

class TestCliFullDisk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void neverDiesOnAFullDisk();

private:
    QTemporaryDir m_work;
    QString m_mountPoint;
    bool m_mounted = false;
};

void TestCliFullDisk::initTestCase()
{
    const QStringList sbin = { QStringLiteral("/sbin"), QStringLiteral("/usr/sbin") };
    QString mkfs = QStandardPaths::findExecutable(QStringLiteral("mkfs.ext4"));
    if (mkfs.isEmpty())
        mkfs = QStandardPaths::findExecutable(QStringLiteral("mkfs.ext4"), sbin);
    if (mkfs.isEmpty())
        QSKIP("mkfs.ext4 is not installed (Debian's e2fsprogs)");
    const QString image = m_work.filePath(QStringLiteral("disk.img"));
    {
        QFile file(image);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(16 * 1024 * 1024));
    }
    QVERIFY(run(mkfs,
                { QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("1024"),
                  QStringLiteral("-F"), image }));
    m_mountPoint = m_work.filePath(QStringLiteral("mnt"));
    QVERIFY(QDir().mkpath(m_mountPoint));
    m_mounted = run(QStringLiteral("mount"),
                    { QStringLiteral("-o"), QStringLiteral("loop"), image, m_mountPoint });
    if (!m_mounted)
        QSKIP("cannot loop-mount a small ext4 image here (not root, or no loop devices)");
}

void TestCliFullDisk::cleanupTestCase()
{
    if (m_mounted)
        QProcess::execute(QStringLiteral("umount"), { m_mountPoint });
}

void TestCliFullDisk::neverDiesOnAFullDisk()
{
    const QDir disk(m_mountPoint);
    const QString project = disk.filePath(QStringLiteral("p.marginalia"));
    const QString article = disk.filePath(QStringLiteral("minsk.txt"));
    {
        QFile file(article);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Poutine \xc3\xa0 Minsk\nVladimir Poutine est arriv\xc3\xa9 \xc3\xa0 Minsk.\n");
    }
    QCOMPARE(cli({ QStringLiteral("init"), project }).exitCode, 0);
    QCOMPARE(cli({ QStringLiteral("import"), project, article }).exitCode, 0);

    // One-block spacers, then a filler up to the last block: deleting the
    // spacers one by one frees exactly one block at a time.
    for (int i = 0; i < Spacers; ++i) {
        QFile spacer(disk.filePath(QStringLiteral("spacer%1").arg(i)));
        QVERIFY(spacer.open(QIODevice::WriteOnly));
        QCOMPARE(spacer.write(QByteArray(1024, 's')), qint64(1024));
    }
    const QString filler = disk.filePath(QStringLiteral("filler"));
    {
        QFile file(filler);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        const QByteArray block(1024, 'x');
        while (file.write(block) == block.size()) { }
    }

    int acknowledged = 0;
    int refusedAsFull = 0;
    for (int freed = 1; freed <= Spacers; ++freed) {
        QVERIFY(QFile::remove(disk.filePath(QStringLiteral("spacer%1").arg(freed - 1))));
        const CliRun listed = cli({ QStringLiteral("list"), project });
        QVERIFY2(listed.exitCode != -2,
                 qPrintable(QStringLiteral("list died with %1 block(s) free").arg(freed)));
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        QVERIFY2(listed.out.contains(QStringLiteral("Poutine")), qPrintable(listed.out));

        const CliRun tagged =
            cli({ QStringLiteral("annotate"), project, QStringLiteral("1"), QStringLiteral("0"),
                  QStringLiteral("7"), QStringLiteral("PER") });
        QVERIFY2(tagged.exitCode != -2,
                 qPrintable(QStringLiteral("annotate died with %1 block(s) free").arg(freed)));
        QVERIFY2(tagged.exitCode == 0 || tagged.exitCode == 1, qPrintable(tagged.err));
        if (tagged.exitCode == 0) {
            ++acknowledged;
        } else {
            QVERIFY2(tagged.err.contains(QLatin1String("full")), qPrintable(tagged.err));
            ++refusedAsFull;
        }
    }
    // The disk was full at first: some annotation must have been refused, and
    // with 64 blocks free the project works again.
    QVERIFY(refusedAsFull > 0);
    QVERIFY(acknowledged > 0);

    QVERIFY(QFile::remove(filler));
    ProjectDatabase::OpenResult opened = ProjectDatabase::open(project);
    QVERIFY2(opened.database, qPrintable(opened.error));
    QVERIFY(opened.warning.isEmpty());
    QCOMPARE(opened.database->annotationCount(), qint64(acknowledged));
}

QTEST_GUILESS_MAIN(TestCliFullDisk)
#include "tst_cli_fulldisk.moc"
