// SPDX-License-Identifier: GPL-3.0-or-later
// marginalia-cli import against inputs that are not articles: one size limit
// and one regular-file check for every importer (.txt files and folders,
// CSV and JSONL cells, brat .txt and .ann, annotation files), each refusal
// one short line naming the file. The CLI runs under a memory limit, so an
// importer that reads /dev/zero or a 5 GB sparse file fails the test by
// crashing instead of taking the machine's memory.
#include "clirun.h"
#include "testhelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace TestHelpers;

namespace {

/// The CLI with at most 1 GB of address space: reading an endless or huge
/// file whole makes it abort (exit code -2) rather than swap.
CliRun limitedCli(const QStringList &arguments)
{
    QProcess process;
#ifdef MARGINALIA_SANITIZED
    // AddressSanitizer reserves terabytes of address space for its shadow, so
    // an address-space limit kills it at start; its own RSS limit does the job.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("ASAN_OPTIONS"),
                       environment.value(QStringLiteral("ASAN_OPTIONS"))
                           + QStringLiteral(":hard_rss_limit_mb=1024"));
    process.setProcessEnvironment(environment);
#else
    process.setChildProcessModifier([] {
        const rlimit limit { 1024LL * 1024 * 1024, 1024LL * 1024 * 1024 };
        setrlimit(RLIMIT_AS, &limit);
    });
#endif
    process.start(QStringLiteral(MARGINALIA_CLI_PATH), arguments);
    CliRun run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

/// A file of plain text, \a bytes long.
bool writeText(const QString &path, qint64 bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray line("Title line\n");
    const QByteArray filler("Le pr\xC3\xA9sident s\xE2\x80\x99"
                            "est exprim\xC3\xA9 devant la presse \xC3\xA0 Minsk.\n");
    qint64 written = file.write(line);
    const QByteArray block = filler.repeated(4096);
    while (written < bytes)
        written += file.write(block.left(qMin<qint64>(block.size(), bytes - written)));
    return written == bytes;
}

/// What stands in place of the entry the row is about.
bool makeEntry(const QString &path, const QString &what)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QByteArray name = QFile::encodeName(path);
    if (what == QLatin1String("fifo"))
        return mkfifo(name.constData(), 0600) == 0;
    if (what == QLatin1String("link-to-zero"))
        return QFile::link(QStringLiteral("/dev/zero"), path);
    if (what == QLatin1String("sparse")) { // 5 GB of nothing, in no disk space
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.resize(5LL * 1024 * 1024 * 1024);
    }
    if (what == QLatin1String("big")) // over --max-size 1
        return writeText(path, 2 * 1024 * 1024);
    if (what == QLatin1String("over-default")) // over the default 50 MB
        return writeText(path, 51LL * 1024 * 1024);
    return false;
}

} // namespace

class TestCliLimits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyImporterRefusesByName_data();
    void everyImporterRefusesByName();
    void badNamesInFoldersAreReported_data();
    void badNamesInFoldersAreReported();
    void tableCellsHaveTheArticleLimit_data();
    void tableCellsHaveTheArticleLimit();
    void aLongColumnListIsCut();
};

void TestCliLimits::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(MARGINALIA_CLI_PATH)));
}

void TestCliLimits::everyImporterRefusesByName_data()
{
    QTest::addColumn<QString>(
        "how"); // txt: named; folder: in a folder; brat, brat-ann; annotations
    QTest::addColumn<QString>("what");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("reason");

    const QString pipe = QStringLiteral("not a regular file: a named pipe");
    const QString device = QStringLiteral("not a regular file: a link to a device");
    const QString large = QStringLiteral("too large");
    // Annotation files have no size limit (they are read in pieces): 5 GB
    // of nothing is refused for what it holds, from its first piece.
    const QString binary = QStringLiteral("binary file");
    const QStringList oneMegabyte { QStringLiteral("--max-size"), QStringLiteral("1") };
    const struct
    {
        const char *how;
        const char *what;
        QStringList options;
        QString reason;
    } rows[] = {
        { "txt", "fifo", {}, pipe },
        { "txt", "link-to-zero", {}, device },
        { "txt", "sparse", {}, large },
        { "txt", "big", oneMegabyte, large },
        { "folder", "fifo", {}, pipe },
        { "folder", "link-to-zero", {}, device },
        { "folder", "sparse", {}, large },
        { "folder", "big", oneMegabyte, large },
        { "brat", "fifo", {}, pipe },
        { "brat", "link-to-zero", {}, device },
        { "brat", "sparse", {}, large },
        { "brat", "big", oneMegabyte, large },
        { "brat", "over-default", {}, large },
        { "brat-ann", "fifo", {}, pipe },
        { "brat-ann", "link-to-zero", {}, device },
        { "brat-ann", "sparse", {}, large },
        { "brat-ann", "big", oneMegabyte, large },
        { "annotations", "fifo", {}, pipe },
        { "annotations", "link-to-zero", {}, device },
        { "annotations", "sparse", {}, binary },
    };
    for (const auto &row : rows)
        QTest::addRow("%s %s", row.how, row.what)
            << QString::fromLatin1(row.how) << QString::fromLatin1(row.what) << row.options
            << row.reason;
}

void TestCliLimits::everyImporterRefusesByName()
{
    QFETCH(QString, how);
    QFETCH(QString, what);
    QFETCH(QStringList, options);
    QFETCH(QString, reason);

    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("p.marginalia"));
    QCOMPARE(cli({ QStringLiteral("init"), project }).exitCode, 0);
    const QString folder = dir.filePath(QStringLiteral("in"));
    // A sound article beside the bad entry: the import goes on with it.
    QVERIFY(writeFile(folder + QStringLiteral("/good.txt"), "A good title\n\nSome text.\n"));
    QString bad = folder + QStringLiteral("/doc.txt");
    QStringList arguments { QStringLiteral("import"), project };
    if (how == QLatin1String("txt")) {
        arguments << folder + QStringLiteral("/good.txt") << bad;
    } else if (how == QLatin1String("folder")) {
        arguments << folder;
    } else if (how.startsWith(QLatin1String("brat"))) {
        QVERIFY(writeFile(folder + QStringLiteral("/good.ann"), "T1\tPER 0 6\tA good\n"));
        if (how == QLatin1String("brat-ann")) {
            QVERIFY(writeFile(bad, "Doc title\n\nText.\n"));
            bad = folder + QStringLiteral("/doc.ann");
        }
        arguments << QStringLiteral("--brat") << folder;
    } else {
        bad = dir.filePath(QStringLiteral("annotations.csv"));
        arguments << QStringLiteral("--annotations") << bad;
    }
    QVERIFY(makeEntry(bad, what));
    arguments += options;

    const CliRun run = limitedCli(arguments);
    QCOMPARE(run.exitCode, 1);
    const QStringList lines = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().startsWith(QDir::toNativeSeparators(bad) + QStringLiteral(": ")),
             qPrintable(run.err));
    QVERIFY2(lines.first().contains(reason), qPrintable(run.err));
    QVERIFY2(lines.first().size() < 200, qPrintable(run.err));
    if (how != QLatin1String("annotations")) {
        const CliRun list = cli({ QStringLiteral("list"), project, QStringLiteral("--json") });
        QCOMPARE(list.exitCode, 0);
        const QJsonArray articles = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(articles.size(), 1); // the good one
        QCOMPARE(articles.first().toObject().value(QLatin1String("title")).toString(),
                 QStringLiteral("A good title"));
    }
}

void TestCliLimits::badNamesInFoldersAreReported_data()
{
    QTest::addColumn<bool>("brat");
    QTest::newRow("txt folder") << false;
    QTest::newRow("brat folder") << true;
}

void TestCliLimits::badNamesInFoldersAreReported()
{
    QFETCH(bool, brat);
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("p.marginalia"));
    QCOMPARE(cli({ QStringLiteral("init"), project }).exitCode, 0);
    const QString folder = dir.filePath(QStringLiteral("in"));
    QVERIFY(writeFile(folder + QStringLiteral("/good.txt"), "A good title\n\nSome text.\n"));
    // "café.txt" written in Latin-1: not UTF-8, so Qt cannot name it.
    const QByteArray badName = QFile::encodeName(folder) + "/caf\xE9.txt";
    const int fd = ::open(badName.constData(), O_WRONLY | O_CREAT | O_EXCL, 0600);
    QVERIFY(fd >= 0);
    QCOMPARE(::write(fd, "Another title\n", 14), 14);
    ::close(fd);

    const QStringList arguments = brat
        ? QStringList { QStringLiteral("import"), project, QStringLiteral("--brat"), folder }
        : QStringList { QStringLiteral("import"), project, folder };
    const CliRun run = limitedCli(arguments);
    QCOMPARE(run.exitCode, 1);
    const QStringList lines = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().startsWith(folder + QStringLiteral("/caf\\xE9.txt: ")),
             qPrintable(run.err));
    QVERIFY2(lines.first().contains(QStringLiteral("not valid UTF-8")), qPrintable(run.err));
}

void TestCliLimits::tableCellsHaveTheArticleLimit_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("csv") << QStringLiteral("csv");
    QTest::newRow("jsonl") << QStringLiteral("jsonl");
}

void TestCliLimits::tableCellsHaveTheArticleLimit()
{
    QFETCH(QString, format);
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("p.marginalia"));
    QCOMPARE(cli({ QStringLiteral("init"), project }).exitCode, 0);
    const QByteArray big = QByteArray("Le pr\xC3\xA9sident parle. ").repeated(100000); // 2.2 MB
    const QString table = dir.filePath(QStringLiteral("articles.") + format);
    const bool csv = format == QLatin1String("csv");
    const QByteArray bytes = csv
        ? QByteArray("title,text\nSmall,A short text.\nBig,\"") + big
            + "\"\nAfter,Another short text.\n"
        : QByteArray("{\"title\": \"Small\", \"text\": \"A short text.\"}\n"
                     "{\"title\": \"Big\", \"text\": \"")
            + big
            + "\"}\n"
              "{\"title\": \"After\", \"text\": \"Another short text.\"}\n";
    QVERIFY(writeFile(table, bytes));

    const CliRun run = limitedCli({ QStringLiteral("import"), project, table,
                                    QStringLiteral("--max-size"), QStringLiteral("1") });
    QCOMPARE(run.exitCode, 1);
    const QStringList lines = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(
        lines.first().startsWith(table + (csv ? QStringLiteral(":3: ") : QStringLiteral(":2: "))),
        qPrintable(run.err));
    QVERIFY2(lines.first().contains(QStringLiteral("too large")), qPrintable(run.err));
    const CliRun list = cli({ QStringLiteral("list"), project, QStringLiteral("--json") });
    QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 2);
}

void TestCliLimits::aLongColumnListIsCut()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("p.marginalia"));
    QCOMPARE(cli({ QStringLiteral("init"), project }).exitCode, 0);
    QByteArray header;
    QByteArray row;
    for (int i = 0; i < 100000; ++i) {
        header += (i ? "," : "") + QByteArray("column_") + QByteArray::number(i);
        row += (i ? "," : "") + QByteArray::number(i);
    }
    const QString table = dir.filePath(QStringLiteral("wide.csv"));
    QVERIFY(writeFile(table, header + '\n' + row + '\n'));
    const CliRun run = cli({ QStringLiteral("import"), project, table });
    QCOMPARE(run.exitCode, 1);
    const QStringList lines = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().size() < 400, qPrintable(lines.first().left(400)));
    QVERIFY2(lines.first().startsWith(table + QStringLiteral(": no text column")),
             qPrintable(lines.first()));
    QVERIFY(lines.first().contains(QStringLiteral("\"column_9\"")));
    QVERIFY(!lines.first().contains(QStringLiteral("\"column_10\"")));
    QVERIFY2(lines.first().contains(QStringLiteral("99990 more"))
                 || lines.first().contains(QStringLiteral("99,990 more")),
             qPrintable(lines.first()));
}

QTEST_GUILESS_MAIN(TestCliLimits)
#include "tst_cli_limits.moc"
