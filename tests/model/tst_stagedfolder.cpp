// SPDX-License-Identifier: GPL-3.0-or-later
// StagedFolder: a folder export appears whole or not at all, and the hidden
// staging folders a killed export left beside the target are cleaned up by
// the next export to it — only ours by name, only when no process of ours
// can still be writing them.
#include "stagedfolder.h"
#include "testhelpers.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>

using namespace Marginalia;
using namespace TestHelpers;

namespace {

/// Sets a path's modification time \a seconds back, without following a link.
bool age(const QString &path, int seconds)
{
    const timespec now { time(nullptr) - seconds, 0 };
    const timespec times[2] = { now, now };
    return utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, AT_SYMLINK_NOFOLLOW)
        == 0;
}

/// A process id nothing runs under any more: a child that has ended.
qint64 deadProcessId()
{
    QProcess process;
    process.start(QStringLiteral("true"), QStringList());
    if (!process.waitForStarted())
        return 0;
    const qint64 pid = process.processId();
    process.waitForFinished();
    return pid;
}

} // namespace

class TestStagedFolder : public QObject
{
    Q_OBJECT

private slots:
    void appearsWholeOnCommit();
    void nothingIsLeftWithoutCommit();
    void staleStagingFoldersAreCleanedUp_data();
    void staleStagingFoldersAreCleanedUp();
};

void TestStagedFolder::appearsWholeOnCommit()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("out"));
    StagedFolder folder(target);
    QString error;
    QVERIFY2(folder.begin(&error), qPrintable(error));
    // The staging folder says whose it is, so a later export can tell a live one.
    QVERIFY2(
        QFileInfo(folder.stagingPath())
            .fileName()
            .startsWith(QStringLiteral(".out.partial-%1-").arg(QCoreApplication::applicationPid())),
        qPrintable(folder.stagingPath()));
    QVERIFY(folder.writeFile(QStringLiteral("1.txt"), "one", &error));
    QVERIFY(!QFile::exists(target));
    QVERIFY2(folder.commit(&error), qPrintable(error));
    QCOMPARE(readAll(target + QStringLiteral("/1.txt")), QByteArray("one"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList { QStringLiteral("out") });
}

void TestStagedFolder::nothingIsLeftWithoutCommit()
{
    QTemporaryDir dir;
    {
        StagedFolder folder(dir.filePath(QStringLiteral("out")));
        QString error;
        QVERIFY(folder.begin(&error));
        QVERIFY(folder.writeFile(QStringLiteral("1.txt"), "one", &error));
    }
    QVERIFY(QDir(dir.path()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
}

void TestStagedFolder::staleStagingFoldersAreCleanedUp_data()
{
    QTest::addColumn<QString>("name"); // %1: a dead process id, %2: ours
    QTest::addColumn<QString>("kind"); // folder, link (to a folder elsewhere), file
    QTest::addColumn<int>("idleSeconds");
    QTest::addColumn<int>("innerIdleSeconds"); // of the file inside
    QTest::addColumn<bool>("removed");

    QTest::newRow("owner gone, idle") << ".out.partial-%1-Ab3dE9"
                                      << "folder" << 120 << 120 << true;
    QTest::newRow("owner gone, written a moment ago") << ".out.partial-%1-Ab3dE9"
                                                      << "folder" << 2 << 2 << false;
    QTest::newRow("owner gone, a file inside written a moment ago")
        << ".out.partial-%1-Ab3dE9"
        << "folder" << 120 << 2 << false;
    QTest::newRow("owner alive (this process), idle") << ".out.partial-%2-Ab3dE9"
                                                      << "folder" << 3600 << 3600 << false;
    QTest::newRow("older name without owner, idle") << ".out.partial-Ab3dE9"
                                                    << "folder" << 120 << 120 << true;
    QTest::newRow("older name without owner, fresh") << ".out.partial-Ab3dE9"
                                                     << "folder" << 2 << 2 << false;
    QTest::newRow("another target's") << ".other.partial-%1-Ab3dE9"
                                      << "folder" << 120 << 120 << false;
    QTest::newRow("not our pattern") << ".out.partial-mine"
                                     << "folder" << 120 << 120 << false;
    QTest::newRow("a link to a folder") << ".out.partial-%1-Ab3dE9"
                                        << "link" << 120 << 120 << false;
    QTest::newRow("a file") << ".out.partial-%1-Ab3dE9"
                            << "file" << 120 << 120 << false;
}

void TestStagedFolder::staleStagingFoldersAreCleanedUp()
{
    QFETCH(QString, name);
    QFETCH(QString, kind);
    QFETCH(int, idleSeconds);
    QFETCH(int, innerIdleSeconds);
    QFETCH(bool, removed);

    const qint64 dead = deadProcessId();
    QVERIFY(dead > 0);
    QTemporaryDir dir;
    QTemporaryDir elsewhere;
    const QString leftover = dir.filePath(
        QString(name)
            .replace(QLatin1String("%1"), QString::number(dead))
            .replace(QLatin1String("%2"), QString::number(QCoreApplication::applicationPid())));
    const QString inner = kind == QLatin1String("link")
        ? elsewhere.filePath(QStringLiteral("3.txt"))
        : leftover + QStringLiteral("/3.txt");
    if (kind == QLatin1String("file")) {
        QVERIFY(writeFile(leftover, "a file of the user's"));
    } else {
        QVERIFY(writeFile(inner, "half an export"));
        QVERIFY(age(inner, innerIdleSeconds));
        if (kind == QLatin1String("link"))
            QVERIFY(QFile::link(elsewhere.path(), leftover));
    }
    QVERIFY(age(leftover, idleSeconds));

    StagedFolder folder(dir.filePath(QStringLiteral("out")));
    QString error;
    QVERIFY2(folder.begin(&error), qPrintable(error));
    QVERIFY(folder.writeFile(QStringLiteral("1.txt"), "one", &error));
    QVERIFY2(folder.commit(&error), qPrintable(error));

    QCOMPARE(QFileInfo::exists(leftover) || QFileInfo(leftover).isSymLink(), !removed);
    if (kind != QLatin1String("file"))
        QCOMPARE(QFile::exists(inner), !removed); // never what a link points to
    QCOMPARE(readAll(dir.filePath(QStringLiteral("out/1.txt"))), QByteArray("one"));
}

QTEST_GUILESS_MAIN(TestStagedFolder)
#include "tst_stagedfolder.moc"
