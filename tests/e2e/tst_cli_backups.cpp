// SPDX-License-Identifier: GPL-3.0-or-later
// marginalia-cli backup, backups and restore through the real binary, and
// the backups other commands take by themselves: daily on open, before
// re-detecting every quote and before an annotation import.
#include "clirun.h"
#include "testconfig.h"
#include "testhelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace TestHelpers;

namespace {

using Run = CliRun;

/// Runs the CLI with the user's data folder in \a dataHome, so that a
/// fallback never reaches the real home folder.
Run cli(const QStringList &arguments, const QString &dataHome)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    return ::cli(arguments, environment);
}

QStringList files(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace

class TestCliBackups : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void dailyBackupOnOpen();
    void backupListAndRestore();
    void outCopiesAreNotPruned();
    void keepPrunesTheOldest();
    void backupsBeforeDestructiveWork();
    void aFailedBackupDoesNotBlock();
    void backupsOfALostProject();
    void usageErrors_data();
    void usageErrors();

private:
    Run run(const QStringList &arguments) { return cli(arguments, m_dataHome); }
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString backupsFolder() const { return path(QStringLiteral("news.backups")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
    QString m_dataHome;
};

void TestCliBackups::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_project = path(QStringLiteral("news.marginalia"));
    m_dataHome = path(QStringLiteral("home-data"));
    QVERIFY(writeFile(
        path(QStringLiteral("corpus/a.txt")),
        QStringLiteral("Poutine à Minsk\nVladimir Poutine a dit « nous verrons ».\n").toUtf8()));
    QVERIFY(writeFile(path(QStringLiteral("corpus/b.txt")),
                      QStringLiteral("Moscou\nLe Kremlin s’est tu.\n").toUtf8()));
    QCOMPARE(run({ QStringLiteral("init"), m_project }).exitCode, 0);
    // import opens the project while it is empty: nothing to back up yet.
    QCOMPARE(run({ QStringLiteral("import"), m_project, path(QStringLiteral("corpus")) }).exitCode,
             0);
    QVERIFY(!QFileInfo::exists(backupsFolder()));
    QCOMPARE(run({ QStringLiteral("annotate"), m_project, QStringLiteral("1"), QStringLiteral("0"),
                   QStringLiteral("7"), QStringLiteral("PER") })
                 .exitCode,
             0);
}

void TestCliBackups::dailyBackupOnOpen()
{
    // annotate, in init(), was the first open with articles.
    QStringList backups = files(backupsFolder());
    QCOMPARE(backups.size(), 1);
    QVERIFY2(backups.first().startsWith(QLatin1String("news-"))
                 && backups.first().endsWith(QLatin1String("-daily.marginalia")),
             qPrintable(backups.first()));
    // Within the day, opening again makes none.
    QCOMPARE(run({ QStringLiteral("list"), m_project }).exitCode, 0);
    QCOMPARE(files(backupsFolder()), backups);
    // The daily backup was taken before the annotation: 0 annotations.
    const Run listed = run({ QStringLiteral("backups"), m_project, QStringLiteral("--json") });
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray array = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    QCOMPARE(array.size(), 1);
    QCOMPARE(array.at(0)[QLatin1String("reason")].toString(), QStringLiteral("daily"));
    QCOMPARE(array.at(0)[QLatin1String("articles")].toInt(), 2);
    QCOMPARE(array.at(0)[QLatin1String("annotations")].toInt(), 0);
    QVERIFY(array.at(0)[QLatin1String("date")].toString().endsWith(QLatin1Char('Z')));
}

void TestCliBackups::backupListAndRestore()
{
    const Run backup = run({ QStringLiteral("backup"), m_project, QStringLiteral("--json") });
    QCOMPARE(backup.exitCode, 0);
    QVERIFY2(backup.err.isEmpty(), qPrintable(backup.err));
    const QJsonObject made = QJsonDocument::fromJson(backup.out.toUtf8()).object();
    const QString file = made[QLatin1String("backup")].toString();
    QVERIFY2(file.endsWith(QLatin1String(".marginalia")) && QFileInfo::exists(file),
             qPrintable(backup.out));
    QCOMPARE(QFileInfo(file).absolutePath(), QFileInfo(backupsFolder()).absoluteFilePath());
    QCOMPARE(made[QLatin1String("reason")].toString(), QStringLiteral("manual"));
    QCOMPARE(made[QLatin1String("articles")].toInt(), 2);
    QCOMPARE(made[QLatin1String("annotations")].toInt(), 1);
    QCOMPARE(made[QLatin1String("bytes")].toInteger(), QFileInfo(file).size());
    // One closed file: nothing beside it.
    for (const QString &name : files(backupsFolder()))
        QVERIFY2(name.endsWith(QLatin1String(".marginalia")), qPrintable(name));

    const Run text = run({ QStringLiteral("backups"), m_project });
    QCOMPARE(text.exitCode, 0);
    const QStringList lines = text.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.first(), QStringLiteral("date\treason\tarticles\tannotations\tbytes\tpath"));
    QVERIFY2(lines.last().contains(QLatin1String("\tmanual\t2\t1\t")), qPrintable(lines.last()));
    QVERIFY(lines.last().endsWith(file));

    // Restore into a new file, which then opens with the same work.
    const QString restored = path(QStringLiteral("restored.marginalia"));
    const Run restore =
        run({ QStringLiteral("restore"), file, restored, QStringLiteral("--json") });
    QCOMPARE(restore.exitCode, 0);
    const QJsonObject result = QJsonDocument::fromJson(restore.out.toUtf8()).object();
    QCOMPARE(result[QLatin1String("articles")].toInt(), 2);
    QCOMPARE(result[QLatin1String("annotations")].toInt(), 1);
    QCOMPARE(result[QLatin1String("migrated_from")].toInt(), 0);
    const Run list = run({ QStringLiteral("list"), restored, QStringLiteral("--json") });
    QCOMPARE(list.exitCode, 0);
    const QJsonArray articles = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(articles.size(), 2);
    QCOMPARE(articles.at(0)[QLatin1String("annotations")].toInt(), 1);

    // Never over an existing file: the message names it, nothing changes.
    const QByteArray before = readAll(restored);
    const Run again = run({ QStringLiteral("restore"), file, restored });
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(QLatin1String("restored.marginalia")), qPrintable(again.err));
    QCOMPARE(readAll(restored), before);
    const Run missing = run({ QStringLiteral("restore"), path(QStringLiteral("nope.marginalia")),
                              path(QStringLiteral("other.marginalia")) });
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(QLatin1String("nope.marginalia")), qPrintable(missing.err));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("other.marginalia"))));
}

void TestCliBackups::outCopiesAreNotPruned()
{
    const QString copy = path(QStringLiteral("copy.marginalia"));
    const Run out = run({ QStringLiteral("backup"), m_project, QStringLiteral("--out"), copy });
    QCOMPARE(out.exitCode, 0);
    QVERIFY(out.out.contains(QLatin1String("copy.marginalia")));
    QCOMPARE(rawQueryInt(copy, "SELECT count(*) FROM annotations"), 1);
    const Run twice = run({ QStringLiteral("backup"), m_project, QStringLiteral("--out"), copy });
    QCOMPARE(twice.exitCode, 1);
    QVERIFY2(twice.err.contains(QLatin1String("copy.marginalia")), qPrintable(twice.err));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(run({ QStringLiteral("backup"), m_project, QStringLiteral("--keep"),
                       QStringLiteral("1") })
                     .exitCode,
                 0);
    QCOMPARE(files(backupsFolder()).size(), 1);
    QVERIFY(QFileInfo::exists(copy));
}

void TestCliBackups::keepPrunesTheOldest()
{
    QStringList made;
    for (int i = 0; i < 3; ++i) {
        const Run backup = run({ QStringLiteral("backup"), m_project, QStringLiteral("--json"),
                                 QStringLiteral("--keep"), QStringLiteral("2") });
        QCOMPARE(backup.exitCode, 0);
        made.append(QJsonDocument::fromJson(backup.out.toUtf8())
                        .object()[QLatin1String("backup")]
                        .toString());
    }
    // The daily one and the first manual one went; the setting stays. Two
    // made in one second are NAME-…-manual and NAME-…-manual-2, which sort
    // the other way round by name.
    QStringList kept = { QFileInfo(made.at(1)).fileName(), QFileInfo(made.at(2)).fileName() };
    kept.sort();
    QStringList found = files(backupsFolder());
    found.sort();
    QCOMPARE(found, kept);
    const Run next = run({ QStringLiteral("backup"), m_project });
    QCOMPARE(next.exitCode, 0);
    QVERIFY2(next.out.contains(QLatin1String("Removed the older backup")), qPrintable(next.out));
    QCOMPARE(files(backupsFolder()).size(), 2);
}

void TestCliBackups::backupsBeforeDestructiveWork()
{
    const auto reasons = [this] {
        QStringList found;
        for (const QString &name : files(backupsFolder())) {
            for (const char *reason : { "redetect-quotes", "annotation-import" }) {
                if (name.contains(QLatin1String(reason)))
                    found.append(QLatin1String(reason));
            }
        }
        found.sort(); // made in the same second, the names sort by reason
        return found;
    };
    // One article's quotes: not the whole project, no backup.
    QCOMPARE(run({ QStringLiteral("quotes"), m_project, QStringLiteral("--redetect"),
                   QStringLiteral("--article"), QStringLiteral("1") })
                 .exitCode,
             0);
    QCOMPARE(reasons(), QStringList());
    QCOMPARE(run({ QStringLiteral("quotes"), m_project, QStringLiteral("--redetect") }).exitCode,
             0);
    QCOMPARE(reasons(), QStringList { QStringLiteral("redetect-quotes") });

    const QString exported = path(QStringLiteral("annotations.jsonl"));
    QCOMPARE(run({ QStringLiteral("export"), m_project, QStringLiteral("--format"),
                   QStringLiteral("jsonl"), QStringLiteral("--out"), exported })
                 .exitCode,
             0);
    const Run import = run({ QStringLiteral("import"), m_project, QStringLiteral("--annotations"),
                             exported, QStringLiteral("--json") });
    QCOMPARE(import.exitCode, 0);
    QCOMPARE(
        reasons(),
        (QStringList { QStringLiteral("annotation-import"), QStringLiteral("redetect-quotes") }));
    // Every backup is a whole project that restores.
    for (const QString &name : files(backupsFolder())) {
        const QString target = path(QStringLiteral("from-") + name);
        QCOMPARE(run({ QStringLiteral("restore"), QDir(backupsFolder()).filePath(name), target })
                     .exitCode,
                 0);
        QCOMPARE(rawQueryInt(target, "SELECT count(*) FROM articles"), 2);
    }
}

void TestCliBackups::aFailedBackupDoesNotBlock()
{
    // Neither the folder beside the project (a file is in the way) nor the
    // data folder (under a file) can hold a backup.
    QVERIFY(QDir(backupsFolder()).removeRecursively());
    QVERIFY(writeFile(backupsFolder(), "in the way"));
    QVERIFY(writeFile(path(QStringLiteral("blocked")), "a file"));
    const QString blockedHome = path(QStringLiteral("blocked/data"));

    const Run list = cli({ QStringLiteral("list"), m_project }, blockedHome);
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.err.contains(QLatin1String("news.backups")), qPrintable(list.err));
    QVERIFY(list.out.startsWith(QLatin1String("id\t")));
    const Run redetect = cli({ QStringLiteral("quotes"), m_project, QStringLiteral("--redetect"),
                               QStringLiteral("--json") },
                             blockedHome);
    QCOMPARE(redetect.exitCode, 0);
    QCOMPARE(redetect.err.count(QLatin1String("news.backups")), 2); // daily, then before
    QVERIFY(redetect.out.startsWith(QLatin1Char('[')));
    // A backup asked for by name is a failure.
    const Run backup = cli({ QStringLiteral("backup"), m_project }, blockedHome);
    QCOMPARE(backup.exitCode, 1);
    QVERIFY2(backup.err.contains(QLatin1String("news.backups")), qPrintable(backup.err));

    // With the data folder usable, backups go there instead.
    const Run fallback = run({ QStringLiteral("backup"), m_project, QStringLiteral("--json") });
    QCOMPARE(fallback.exitCode, 0);
    const QString file =
        QJsonDocument::fromJson(fallback.out.toUtf8()).object()[QLatin1String("backup")].toString();
    QVERIFY2(file.startsWith(m_dataHome + QLatin1String("/Marginalia/Marginalia/backups/")),
             qPrintable(file));
    const Run listed = run({ QStringLiteral("backups"), m_project, QStringLiteral("--json") });
    QCOMPARE(QJsonDocument::fromJson(listed.out.toUtf8()).array().size(), 1);
}

void TestCliBackups::backupsOfALostProject()
{
    QCOMPARE(run({ QStringLiteral("backup"), m_project }).exitCode, 0);
    QVERIFY(QFile::remove(m_project));
    const Run listed = run({ QStringLiteral("backups"), m_project, QStringLiteral("--json") });
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray array = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    QCOMPARE(array.size(), 2);
    const QString newest = array.last()[QLatin1String("path")].toString();
    QCOMPARE(run({ QStringLiteral("restore"), newest, m_project }).exitCode, 0);
    QCOMPARE(rawQueryInt(m_project, "SELECT count(*) FROM annotations"), 1);

    // A damaged backup is listed, and named on standard error.
    QVERIFY(writeFile(
        QDir(backupsFolder()).filePath(QStringLiteral("news-20200101-000000-manual.marginalia")),
        "damaged"));
    const Run damaged = run({ QStringLiteral("backups"), m_project });
    QCOMPARE(damaged.exitCode, 1);
    QVERIFY2(damaged.err.contains(QLatin1String("news-20200101-000000-manual.marginalia")),
             qPrintable(damaged.err));
    QVERIFY(damaged.out.contains(QLatin1String("\tmanual\t?\t?\t7\t")));

    // No project and no backups: said so.
    const Run nothing = run({ QStringLiteral("backups"), path(QStringLiteral("none.marginalia")) });
    QCOMPARE(nothing.exitCode, 1);
    QVERIFY2(nothing.err.contains(QLatin1String("none.marginalia")), qPrintable(nothing.err));
}

void TestCliBackups::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("backup without project") << QStringList { QStringLiteral("backup") };
    QTest::newRow("keep zero") << QStringList { QStringLiteral("backup"), QStringLiteral("p"),
                                                QStringLiteral("--keep"), QStringLiteral("0") };
    QTest::newRow("keep words") << QStringList { QStringLiteral("backup"), QStringLiteral("p"),
                                                 QStringLiteral("--keep"), QStringLiteral("five") };
    QTest::newRow("keep with out") << QStringList { QStringLiteral("backup"), QStringLiteral("p"),
                                                    QStringLiteral("--keep"), QStringLiteral("3"),
                                                    QStringLiteral("--out"),  QStringLiteral("f") };
    QTest::newRow("backups two projects")
        << QStringList { QStringLiteral("backups"), QStringLiteral("a"), QStringLiteral("b") };
    QTest::newRow("restore one argument")
        << QStringList { QStringLiteral("restore"), QStringLiteral("a") };
}

void TestCliBackups::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains(QLatin1String("--help")));
}

QTEST_GUILESS_MAIN(TestCliBackups)
#include "tst_cli_backups.moc"
