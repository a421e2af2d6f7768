// SPDX-License-Identifier: GPL-3.0-or-later
// A folder export killed half-way leaves its hidden staging folder beside
// the target; the next export to that folder removes it once no process
// owns it and nothing has written to it for a minute.
#include "clirun.h"
#include "testhelpers.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>

using namespace TestHelpers;

namespace {

QStringList stagingFolders(const QString &parent)
{
    return QDir(parent).entryList({ QStringLiteral(".out.partial-*") },
                                  QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
}

/// Sets the modification time of \a path and everything in it \a seconds back.
bool ageTree(const QString &path, int seconds)
{
    const timespec then { time(nullptr) - seconds, 0 };
    const timespec times[2] = { then, then };
    QStringList paths { path };
    QDirIterator it(path, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        paths.append(it.next());
    for (const QString &entry : std::as_const(paths)) {
        if (utimensat(AT_FDCWD, QFile::encodeName(entry).constData(), times, AT_SYMLINK_NOFOLLOW)
            != 0)
            return false;
    }
    return true;
}

} // namespace

class TestCliLeftovers : public QObject
{
    Q_OBJECT

private slots:
    void killedFolderExportIsCleanedUpByTheNext_data();
    void killedFolderExportIsCleanedUpByTheNext();
};

void TestCliLeftovers::killedFolderExportIsCleanedUpByTheNext_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("brat") << QStringLiteral("brat");
    QTest::newRow("texts") << QStringLiteral("texts");
}

void TestCliLeftovers::killedFolderExportIsCleanedUpByTheNext()
{
    QFETCH(QString, format);
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("p.marginalia"));
    QCOMPARE(cli({ QStringLiteral("init"), project }).exitCode, 0);
    // Enough articles that the export is still writing when it is killed.
    const QString corpus = dir.filePath(QStringLiteral("corpus"));
    const QByteArray body =
        QByteArray("Le pr\xC3\xA9sident a parl\xC3\xA9 longuement. ").repeated(40);
    for (int i = 0; i < 4000; ++i)
        QVERIFY(writeFile(corpus + QStringLiteral("/%1.txt").arg(i),
                          "Article " + QByteArray::number(i) + "\n\n" + body));
    const CliRun import = cli({ QStringLiteral("import"), project, corpus });
    QCOMPARE(import.exitCode, 0);

    const QString exports = dir.filePath(QStringLiteral("exports"));
    QVERIFY(QDir().mkpath(exports));
    const QString out = exports + QStringLiteral("/out");
    const QStringList arguments { QStringLiteral("export"),   project,
                                  QStringLiteral("--format"), format,
                                  QStringLiteral("--out"),    out };
    QProcess process;
    process.start(QStringLiteral(MARGINALIA_CLI_PATH), arguments);
    QVERIFY(process.waitForStarted());
    QElapsedTimer timer;
    timer.start();
    while (stagingFolders(exports).isEmpty() && process.state() == QProcess::Running
           && timer.elapsed() < 60000)
        QTest::qSleep(1);
    QVERIFY2(process.state() == QProcess::Running, "the export ended before it could be killed");
    process.kill();
    QVERIFY(process.waitForFinished());
    QVERIFY(!QFile::exists(out));
    const QStringList left = stagingFolders(exports);
    QCOMPARE(left.size(), 1);

    // Just killed: a minute of quiet first, in case it is still someone's.
    const CliRun soon = cli(arguments);
    QCOMPARE(soon.exitCode, 0);
    QCOMPARE(stagingFolders(exports), left);

    QVERIFY(ageTree(exports + QLatin1Char('/') + left.first(), 120));
    const CliRun later = cli(arguments);
    QCOMPARE(later.exitCode, 0);
    QVERIFY2(stagingFolders(exports).isEmpty(), qPrintable(stagingFolders(exports).join(u' ')));
    QVERIFY(QFile::exists(out + QStringLiteral("/manifest.csv")));
}

QTEST_GUILESS_MAIN(TestCliLeftovers)
#include "tst_cli_leftovers.moc"
