// SPDX-License-Identifier: GPL-3.0-or-later
// When an open runs SQLite's full check of every page, and when it may skip
// it (IntegrityLedger): a file we closed and nobody changed since is
// trusted; a new file, a changed one, a log left behind, a migration, an old
// check are checked in full; and damage put into a file right after we
// closed it is always found, however quickly it follows.
#include "integrityledger.h"
#include "projectdatabase.h"
#include "schema.h"
#include "testhelpers.h"
#include "textfileimporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <sqlite3.h>

using namespace Marginalia;
using namespace TestHelpers;

using Check = ProjectDatabase::IntegrityCheck;
Q_DECLARE_METATYPE(Check)

namespace {

ProjectDatabase::OpenResult
openProject(const QString &path,
            ProjectDatabase::CheckPolicy policy = ProjectDatabase::CheckPolicy::UnlessTrusted)
{
    return ProjectDatabase::open(path, Schema::current(), policy);
}

QString recordFile(const QString &folder)
{
    const QStringList records = QDir(folder).entryList({ QStringLiteral("*.json") }, QDir::Files);
    return records.size() == 1 ? QDir(folder).filePath(records.first()) : QString();
}

bool editRecord(const QString &folder, const std::function<void(QJsonObject &)> &change)
{
    const QString file = recordFile(folder);
    if (file.isEmpty())
        return false;
    QJsonObject record = QJsonDocument::fromJson(readAll(file)).object();
    change(record);
    QFile out(file);
    return out.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && out.write(QJsonDocument(record).toJson()) > 0;
}

} // namespace

class TestIntegrityLedger : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aProjectWeClosedIsTrustedAtTheNextOpen();
    void aFileNotSeenBeforeIsCheckedInFull();
    void aChangedFileIsCheckedInFull_data();
    void aChangedFileIsCheckedInFull();
    void damageRightAfterACloseIsAlwaysFound();
    void aWriteInTheClockTickOfOurCloseIsSeen();
    void aLogLeftBesideTheFileIsCheckedInFull();
    void aCheckOlderThanThirtyDaysIsDoneAgain();
    void aProcessThatEndedVouchesForNothing();
    void aMigrationIsCheckedInFullEvenWhenTrusted();
    void theBackgroundPolicyDefersAndTheCheckFindsDamage();
    void aConnectionAddedWhileACheckIsDeferredAddsNoCheck();
    void aCloseBeforeTheDeferredCheckRecordsNothing();
    void damageFoundInATrustedFileEndsTheTrust();
    void aFileRenamedWhileOpenLeavesNothingTrustedBehind();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_ledger;
    QString m_path;
    QByteArray m_pristine; ///< the project as closed by us
};

void TestIntegrityLedger::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    if (!IntegrityLedger::tracksChanges(m_dir->path()))
        QSKIP("the temporary folder's file system stamps changes too coarsely to trust a file");
    m_ledger = m_dir->filePath(QStringLiteral("ledger"));
    IntegrityLedger::setFolder(m_ledger);
    m_path = m_dir->filePath(QStringLiteral("p.marginalia"));
    {
        std::unique_ptr<ProjectDatabase> project =
            createProject(*m_dir, QStringLiteral("p.marginalia"));
        QVERIFY(project);
        QStringList files;
        for (int i = 0; i < 40; ++i) {
            files.append(m_dir->filePath(QStringLiteral("corpus/%1.txt").arg(i)));
            QVERIFY(writeFile(files.last(),
                              "Article " + QByteArray::number(i) + "\n\n"
                                  + QByteArray(3000, char('a' + i % 26)) + "\n"));
        }
        QCOMPARE(TextFileImporter(*project).importPaths(files).importedIds.size(), 40);
    }
    QVERIFY(!QFileInfo::exists(m_path + QLatin1String("-wal")));
    m_pristine = readAll(m_path);
    QVERIFY(!withDamagedLeafPage(m_pristine).isEmpty());
}

void TestIntegrityLedger::cleanup()
{
    IntegrityLedger::setFolder(QString());
    m_dir.reset();
}

void TestIntegrityLedger::aProjectWeClosedIsTrustedAtTheNextOpen()
{
    for (int round = 0; round < 3; ++round) {
        ProjectDatabase::OpenResult opened = openProject(m_path);
        QVERIFY2(opened.database, qPrintable(opened.error));
        QCOMPARE(opened.integrityCheck, Check::Trusted);
        QCOMPARE(opened.database->integrityCheck(), Check::Trusted);
        // An edit, then a close that folds the log in: trusted again.
        QVERIFY(opened.database->setArticleStatus(1, ArticleStatus(round % 2 + 1), nullptr));
    }
}

void TestIntegrityLedger::aFileNotSeenBeforeIsCheckedInFull()
{
    const QString copy = m_dir->filePath(QStringLiteral("received.marginalia"));
    QVERIFY(writeFile(copy, m_pristine));
    {
        ProjectDatabase::OpenResult opened = openProject(copy);
        QVERIFY2(opened.database, qPrintable(opened.error));
        QCOMPARE(opened.integrityCheck, Check::Full);
    }
    // Checked and closed by us: trusted from now on.
    ProjectDatabase::OpenResult again = openProject(copy);
    QVERIFY(again.database);
    QCOMPARE(again.integrityCheck, Check::Trusted);
}

void TestIntegrityLedger::aChangedFileIsCheckedInFull_data()
{
    QTest::addColumn<int>("change");
    QTest::newRow("rewritten with the same bytes") << 0;
    QTest::newRow("grown by a page of zeros") << 1;
    QTest::newRow("replaced by a copy (another inode)") << 2;
}

void TestIntegrityLedger::aChangedFileIsCheckedInFull()
{
    QFETCH(int, change);
    switch (change) {
    case 0:
        QVERIFY(overwriteInPlace(m_path, m_pristine));
        break;
    case 1: {
        const int pageSize = qFromBigEndian<quint16>(m_pristine.constData() + 16);
        QVERIFY(overwriteInPlace(m_path, m_pristine + QByteArray(pageSize, '\0')));
        break;
    }
    case 2:
        QVERIFY(QFile::remove(m_path));
        QVERIFY(writeFile(m_path, m_pristine));
        break;
    }
    ProjectDatabase::OpenResult opened = openProject(m_path);
    QVERIFY2(opened.database, qPrintable(opened.error));
    QCOMPARE(opened.integrityCheck, Check::Full);
}

void TestIntegrityLedger::damageRightAfterACloseIsAlwaysFound()
{
    // A write within the same clock tick as our close would leave the
    // file's times as we recorded them, unless closing waits the tick out.
    const QByteArray broken = withDamagedLeafPage(m_pristine);
    for (int round = 0; round < 25; ++round) {
        QVERIFY(overwriteInPlace(m_path, m_pristine));
        {
            ProjectDatabase::OpenResult opened = openProject(m_path);
            QVERIFY2(opened.database, qPrintable(opened.error));
        }
        QVERIFY(overwriteInPlace(m_path, broken));
        ProjectDatabase::OpenResult opened = openProject(m_path);
        QVERIFY2(!opened.database, qPrintable(QStringLiteral("round %1").arg(round)));
        QCOMPARE(opened.status, ProjectDatabase::OpenStatus::Corrupted);
        QVERIFY2(opened.error.contains(QLatin1String("p.marginalia")), qPrintable(opened.error));
    }
}

void TestIntegrityLedger::aWriteInTheClockTickOfOurCloseIsSeen()
{
    // The kernel stamps writes with a clock that ticks every few
    // milliseconds; without SQLite's work in between, a write and our close
    // fall in one tick unless closing waits for the next.
    const QString file = m_dir->filePath(QStringLiteral("tick.marginalia"));
    for (int round = 0; round < 25; ++round) {
        QVERIFY(writeFile(file, m_pristine));
        IntegrityLedger::opened(file, true, true);
        IntegrityLedger::closed(file);
        QVERIFY(IntegrityLedger::trusts(file));
        QVERIFY(overwriteInPlace(file, m_pristine));
        QVERIFY2(!IntegrityLedger::trusts(file), qPrintable(QStringLiteral("round %1").arg(round)));
    }
}

void TestIntegrityLedger::aLogLeftBesideTheFileIsCheckedInFull()
{
    // Another program's connection writes and leaves its log: the main file
    // is as we closed it, the project is not.
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(m_path).constData(), &db), SQLITE_OK);
    sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    QCOMPARE(
        sqlite3_exec(db, "UPDATE articles SET status = 2 WHERE id = 1", nullptr, nullptr, nullptr),
        SQLITE_OK);
    sqlite3_close(db);
    QVERIFY(QFileInfo(m_path + QLatin1String("-wal")).size() > 0);
    QCOMPARE(readAll(m_path), m_pristine);

    ProjectDatabase::OpenResult opened = openProject(m_path);
    QVERIFY2(opened.database, qPrintable(opened.error));
    QCOMPARE(opened.integrityCheck, Check::Full);
}

void TestIntegrityLedger::aCheckOlderThanThirtyDaysIsDoneAgain()
{
    QVERIFY(editRecord(m_ledger, [](QJsonObject &record) {
        record.insert(QStringLiteral("checkedAt"),
                      QDateTime::currentDateTimeUtc()
                          .addDays(-IntegrityLedger::RecheckDays - 1)
                          .toString(Qt::ISODate));
    }));
    {
        ProjectDatabase::OpenResult opened = openProject(m_path);
        QVERIFY(opened.database);
        QCOMPARE(opened.integrityCheck, Check::Full);
    }
    ProjectDatabase::OpenResult again = openProject(m_path);
    QVERIFY(again.database);
    QCOMPARE(again.integrityCheck, Check::Trusted);
}

void TestIntegrityLedger::aProcessThatEndedVouchesForNothing()
{
    // A session left by a process that died (pid 4194304 is past Linux's
    // largest), and a file changed since our close: nothing vouches for it.
    QVERIFY(editRecord(m_ledger, [](QJsonObject &record) {
        const QString gone = QStringList { QSysInfo::machineHostName(), QString(),
                                           QStringLiteral("4194304"), QStringLiteral("1") }
                                 .join(QLatin1Char(' '));
        record.insert(QStringLiteral("sessions"),
                      QJsonArray { QJsonObject { { QStringLiteral("process"), gone },
                                                 { QStringLiteral("verified"), true } } });
    }));
    QVERIFY(overwriteInPlace(m_path, m_pristine));
    ProjectDatabase::OpenResult opened = openProject(m_path);
    QVERIFY(opened.database);
    QCOMPARE(opened.integrityCheck, Check::Full);
}

void TestIntegrityLedger::aMigrationIsCheckedInFullEvenWhenTrusted()
{
    Schema next = Schema::current();
    next.steps.append({ next.version, "Add a table", "CREATE TABLE later_notes (id INTEGER)" });
    ++next.version;
    ProjectDatabase::OpenResult opened = ProjectDatabase::open(m_path, next);
    QVERIFY2(opened.database, qPrintable(opened.error));
    QCOMPARE(opened.migratedFrom, Schema::current().version);
    QCOMPARE(opened.integrityCheck, Check::Full);
}

void TestIntegrityLedger::theBackgroundPolicyDefersAndTheCheckFindsDamage()
{
    QVERIFY(overwriteInPlace(m_path, withDamagedLeafPage(m_pristine)));
    ProjectDatabase::OpenResult opened =
        openProject(m_path, ProjectDatabase::CheckPolicy::InBackground);
    QVERIFY2(opened.database, qPrintable(opened.error));
    QCOMPARE(opened.integrityCheck, Check::Deferred);
    const QString problem = opened.database->checkIntegrity();
    QVERIFY(!problem.isEmpty());
    QVERIFY2(problem.contains(QLatin1String("p.marginalia")), qPrintable(problem));
    QCOMPARE(opened.database->integrityCheck(), Check::Deferred);
}

void TestIntegrityLedger::aConnectionAddedWhileACheckIsDeferredAddsNoCheck()
{
    QVERIFY(overwriteInPlace(m_path, m_pristine));
    ProjectDatabase::OpenResult window =
        openProject(m_path, ProjectDatabase::CheckPolicy::InBackground);
    QVERIFY(window.database);
    QCOMPARE(window.integrityCheck, Check::Deferred);
    // A job's connection in the same process: the window's check covers it.
    ProjectDatabase::OpenResult job = openProject(m_path);
    QVERIFY(job.database);
    QCOMPARE(job.integrityCheck, Check::Deferred);
    QCOMPARE(job.database->checkIntegrity(), QString());
    QCOMPARE(job.database->integrityCheck(), Check::Full);
    ProjectDatabase::OpenResult later = openProject(m_path);
    QVERIFY(later.database);
    QCOMPARE(later.integrityCheck, Check::Trusted);
}

void TestIntegrityLedger::aCloseBeforeTheDeferredCheckRecordsNothing()
{
    QVERIFY(overwriteInPlace(m_path, m_pristine));
    {
        ProjectDatabase::OpenResult opened =
            openProject(m_path, ProjectDatabase::CheckPolicy::InBackground);
        QVERIFY(opened.database);
        QCOMPARE(opened.integrityCheck, Check::Deferred);
    }
    ProjectDatabase::OpenResult again = openProject(m_path);
    QVERIFY(again.database);
    QCOMPARE(again.integrityCheck, Check::Full);
}

void TestIntegrityLedger::damageFoundInATrustedFileEndsTheTrust()
{
    {
        ProjectDatabase::OpenResult window = openProject(m_path);
        QVERIFY(window.database);
        QCOMPARE(window.integrityCheck, Check::Trusted);
        // Damaged while open (a failing disk), then found by a check.
        QVERIFY(overwriteInPlace(m_path, withDamagedLeafPage(m_pristine)));
        ProjectDatabase::OpenResult checker = openProject(m_path);
        QVERIFY(checker.database);
        QCOMPARE(checker.integrityCheck, Check::Trusted);
        bool found = false;
        const QString problem = checker.database->checkIntegrity(&found);
        QVERIFY(found);
        QVERIFY2(problem.contains(QLatin1String("damaged")), qPrintable(problem));
        // Nothing vouches for it now, in this process either.
        ProjectDatabase::OpenResult another = openProject(m_path);
        QVERIFY(!another.database);
        QCOMPARE(another.status, ProjectDatabase::OpenStatus::Corrupted);
    }
    // Closing recorded nothing clean: the next open checks and refuses.
    ProjectDatabase::OpenResult later = openProject(m_path);
    QVERIFY(!later.database);
    QCOMPARE(later.status, ProjectDatabase::OpenStatus::Corrupted);
}

void TestIntegrityLedger::aFileRenamedWhileOpenLeavesNothingTrustedBehind()
{
    const QString moved = m_dir->filePath(QStringLiteral("moved.marginalia"));
    {
        ProjectDatabase::OpenResult opened = openProject(m_path);
        QVERIFY(opened.database);
        QCOMPARE(opened.integrityCheck, Check::Trusted);
        QVERIFY(QFile::rename(m_path, moved));
        // Another file put where it was is not the one this process checked.
        QVERIFY(writeFile(m_path, withDamagedLeafPage(m_pristine)));
        ProjectDatabase::OpenResult impostor = openProject(m_path);
        QVERIFY(!impostor.database);
        QCOMPARE(impostor.status, ProjectDatabase::OpenStatus::Corrupted);
    }
    ProjectDatabase::OpenResult again = openProject(m_path);
    QVERIFY(!again.database);
    QCOMPARE(again.status, ProjectDatabase::OpenStatus::Corrupted);
}

QTEST_GUILESS_MAIN(TestIntegrityLedger)
#include "tst_integrityledger.moc"
