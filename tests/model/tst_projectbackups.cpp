// SPDX-License-Identifier: GPL-3.0-or-later
// Rolling backups: copies through SQLite's backup API that are complete,
// closed projects even while another connection writes; the rolling count;
// the daily rule on an injected clock; listing with counts; restore into a
// new file only.
#include "projectbackups.h"
#include "projectdatabase.h"
#include "testhelpers.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

#include <sqlite3.h>

#include <atomic>
#include <thread>

using namespace Marginalia;
using namespace TestHelpers;

namespace {

const QDateTime Start(QDate(2024, 3, 1), QTime(9, 30, 0), QTimeZone::utc());

bool addArticles(ProjectDatabase &project, int count, int annotationsEach, int from = 0)
{
    QVector<NewArticle> batch;
    for (int i = from; i < from + count; ++i) {
        NewArticle a;
        a.title = QStringLiteral("Article %1").arg(i);
        a.text = QStringLiteral("Article %1\nAlice met Bob in Paris. ").arg(i).repeated(20);
        a.source = QStringLiteral("a%1.txt").arg(i);
        batch.append(a);
    }
    QVector<ProjectDatabase::InsertOutcome> outcomes;
    QString error;
    if (!project.insertArticles(batch, &outcomes, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    for (const ProjectDatabase::InsertOutcome &outcome : std::as_const(outcomes)) {
        for (int n = 0; n < annotationsEach; ++n) {
            NewAnnotation request;
            request.articleId = outcome.id;
            request.start = 0;
            request.end = 7 + n; // distinct spans
            request.labelName = QStringLiteral("PER");
            if (!project.addAnnotation(request, &error)) {
                qWarning("%s", qPrintable(error));
                return false;
            }
        }
    }
    return true;
}

/// Everything in \a folder, hidden entries too.
QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                                  QDir::Name);
}

/// A clock the test moves by hand.
struct TestClock
{
    QDateTime now = Start;
    std::function<QDateTime()> function()
    {
        return [this] { return now; };
    }
};

} // namespace

class TestProjectBackups : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void backupIsOneClosedProject();
    void backupWhileAnotherConnectionWrites();
    void rollingCountPrunesOldestFirst();
    void keepIsAProjectSetting();
    void sameSecondBackupsGetTheirOwnNames();
    void dailyBackupIsDue_data();
    void dailyBackupIsDue();
    void restoredCopyIsNotBackedUp();
    void fallsBackToTheDataFolder();
    void listsCountsAndProblems();
    void listsMigrationCopies();
    void restoreRefusesExistingFiles();
    void restoreOpensWithTheSameWork();
    void restoreRemovesAFileThatDoesNotOpen();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectDatabase> m_project;
    TestClock m_clock;

    ProjectBackups backups()
    {
        ProjectBackups b(m_project->path());
        b.setClock(m_clock.function());
        b.setDataFolder(m_dir->filePath(QStringLiteral("data")));
        return b;
    }
    QString backupsFolder() const { return m_dir->filePath(QStringLiteral("news.backups")); }
};

void TestProjectBackups::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_project = createProject(*m_dir, QStringLiteral("news.marginalia"));
    QVERIFY(m_project);
    m_clock.now = Start;
}

void TestProjectBackups::cleanup()
{
    m_project.reset();
    m_dir.reset();
}

void TestProjectBackups::backupIsOneClosedProject()
{
    QVERIFY(addArticles(*m_project, 3, 2));
    const ProjectBackups::Outcome outcome =
        backups().backUp(*m_project, ProjectBackups::Reason::Manual);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(QFileInfo(outcome.path).absolutePath(), QFileInfo(backupsFolder()).absoluteFilePath());
    QCOMPARE(QFileInfo(outcome.path).fileName(),
             QStringLiteral("news-20240301-093000-manual.marginalia"));

    // One file: no log, no journal, no temporary left; a rollback-journal
    // header, so that readers never make side files beside it.
    QCOMPARE(entries(backupsFolder()), QStringList { QFileInfo(outcome.path).fileName() });
    const QByteArray header = readAll(outcome.path).left(100);
    QCOMPARE(int(header.at(18)), 1);
    QCOMPARE(int(header.at(19)), 1);
    QCOMPARE(rawQueryRows(outcome.path, "PRAGMA integrity_check"),
             QStringList { QStringLiteral("ok") });
    QCOMPARE(rawQueryInt(outcome.path, "SELECT count(*) FROM articles"), 3);
    QCOMPARE(rawQueryInt(outcome.path, "SELECT count(*) FROM annotations"), 6);
    QCOMPARE(entries(backupsFolder()).size(), 1);

    // The project is still open and writable; the copy is not a live file.
    QVERIFY(addArticles(*m_project, 1, 0, 10));
    QCOMPARE(rawQueryInt(outcome.path, "SELECT count(*) FROM articles"), 3);
}

void TestProjectBackups::backupWhileAnotherConnectionWrites()
{
    QVERIFY(addArticles(*m_project, 400, 1));
    const QString path = m_project->path();
    std::atomic<bool> stop { false };
    std::atomic<int> batches { 0 };
    // Another connection (another program, or the import thread) commits
    // batches of 50 rows while the window's connection backs up.
    std::thread writer([&] {
        sqlite3 *db = nullptr;
        if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK)
            return;
        sqlite3_busy_timeout(db, 5000);
        int batch = 0;
        while (!stop.load()) {
            QByteArray sql = "BEGIN IMMEDIATE;";
            for (int i = 0; i < 50; ++i)
                sql += "INSERT INTO project_settings (key, value) VALUES ('load."
                    + QByteArray::number(batch) + '.' + QByteArray::number(i) + "', '"
                    + QByteArray(200, 'x') + "');";
            sql += "COMMIT;";
            if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK)
                batches.fetch_add(1);
            else
                sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
            ++batch;
        }
        sqlite3_close(db);
    });
    while (batches.load() < 3)
        QThread::msleep(5);

    QStringList copies;
    for (int i = 0; i < 5; ++i) {
        m_clock.now = m_clock.now.addSecs(60);
        const ProjectBackups::Outcome outcome =
            backups().backUp(*m_project, ProjectBackups::Reason::Manual);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        copies.append(outcome.path);
    }
    stop = true;
    writer.join();
    QVERIFY(batches.load() > 3);

    qint64 previous = 0;
    for (const QString &copy : std::as_const(copies)) {
        QCOMPARE(rawQueryRows(copy, "PRAGMA integrity_check"),
                 QStringList { QStringLiteral("ok") });
        // Each copy is one committed state: whole batches only, growing.
        const qint64 rows =
            rawQueryInt(copy, "SELECT count(*) FROM project_settings WHERE key LIKE 'load.%'");
        QCOMPARE(rows % 50, 0);
        QVERIFY(rows >= previous);
        previous = rows;
        QCOMPARE(rawQueryInt(copy, "SELECT count(*) FROM articles"), 400);
        // A copy restores into a project that opens.
        const QString restored = copy + QLatin1String(".restored.marginalia");
        const ProjectBackups::Restored result = ProjectBackups::restore(copy, restored);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.articles, 400);
        QCOMPARE(result.annotations, 400);
    }
}

void TestProjectBackups::rollingCountPrunesOldestFirst()
{
    QVERIFY(addArticles(*m_project, 1, 0));
    // A copy written elsewhere by hand (backup --out) is never pruned.
    const QString manual = m_dir->filePath(QStringLiteral("manual-copy.marginalia"));
    QString error;
    QVERIFY2(m_project->backUpTo(manual, &error), qPrintable(error));

    const ProjectBackups::Reason reasons[] = {
        ProjectBackups::Reason::Daily,
        ProjectBackups::Reason::DeleteLabel,
        ProjectBackups::Reason::MergeEntities,
        ProjectBackups::Reason::RedetectQuotes,
        ProjectBackups::Reason::AnnotationImport,
        ProjectBackups::Reason::Manual,
        ProjectBackups::Reason::Daily,
    };
    QStringList written;
    QStringList pruned;
    for (const ProjectBackups::Reason reason : reasons) {
        m_clock.now = m_clock.now.addSecs(3600);
        const ProjectBackups::Outcome outcome = backups().backUp(*m_project, reason);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        written.append(outcome.path);
        pruned += outcome.pruned;
    }
    // Five by default: the two oldest went, in order.
    QCOMPARE(pruned, written.mid(0, 2));
    QStringList listed;
    for (const ProjectBackups::Backup &backup : backups().list())
        listed.append(backup.path);
    QCOMPARE(listed, written.mid(2));
    QVERIFY(QFileInfo::exists(manual));
    QCOMPARE(backups().list().first().reason, ProjectBackups::Reason::MergeEntities);
    QCOMPARE(backups().list().last().time, m_clock.now);
}

void TestProjectBackups::keepIsAProjectSetting()
{
    QVERIFY(addArticles(*m_project, 1, 0));
    QCOMPARE(ProjectBackups::keep(*m_project), ProjectBackups::DefaultKeep);
    QString error;
    QVERIFY(!ProjectBackups::setKeep(*m_project, 0, &error));
    QVERIFY(error.contains(QLatin1String("1000")));
    QVERIFY2(ProjectBackups::setKeep(*m_project, 2, &error), qPrintable(error));
    QCOMPARE(ProjectBackups::keep(*m_project), 2);
    QCOMPARE(m_project->setting(ProjectBackups::keepSettingKey()), QStringLiteral("2"));
    for (int i = 0; i < 4; ++i) {
        m_clock.now = m_clock.now.addDays(1);
        QVERIFY(backups().backUp(*m_project, ProjectBackups::Reason::Daily).ok);
    }
    QCOMPARE(backups().list().size(), 2);
    QCOMPARE(backups().list().last().time, m_clock.now);
}

void TestProjectBackups::sameSecondBackupsGetTheirOwnNames()
{
    QVERIFY(addArticles(*m_project, 1, 0));
    QStringList names;
    for (int i = 0; i < 3; ++i) {
        const ProjectBackups::Outcome outcome =
            backups().backUp(*m_project, ProjectBackups::Reason::DeleteLabel);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        names.append(QFileInfo(outcome.path).fileName());
    }
    QCOMPARE(names,
             (QStringList { QStringLiteral("news-20240301-093000-delete-label.marginalia"),
                            QStringLiteral("news-20240301-093000-delete-label-2.marginalia"),
                            QStringLiteral("news-20240301-093000-delete-label-3.marginalia") }));
    // Listed in the order they were made.
    QStringList listed;
    for (const ProjectBackups::Backup &backup : backups().list())
        listed.append(QFileInfo(backup.path).fileName());
    QCOMPARE(listed, names);
}

void TestProjectBackups::dailyBackupIsDue_data()
{
    QTest::addColumn<int>("articles");
    QTest::addColumn<qint64>("lastBackupAgo"); ///< seconds; -1: no backup
    QTest::addColumn<bool>("due");
    QTest::newRow("empty project, no backup") << 0 << qint64(-1) << false;
    QTest::newRow("first backup") << 1 << qint64(-1) << true;
    QTest::newRow("an hour ago") << 1 << qint64(3600) << false;
    QTest::newRow("exactly a day ago") << 1 << qint64(86400) << false;
    QTest::newRow("a day and a second ago") << 1 << qint64(86401) << true;
    QTest::newRow("a week ago") << 1 << qint64(7 * 86400) << true;
    QTest::newRow("empty project, a week ago") << 0 << qint64(7 * 86400) << false;
    QTest::newRow("two days in the future") << 1 << qint64(-2 * 86400) << true;
}

void TestProjectBackups::dailyBackupIsDue()
{
    QFETCH(int, articles);
    QFETCH(qint64, lastBackupAgo);
    QFETCH(bool, due);
    if (articles > 0)
        QVERIFY(addArticles(*m_project, articles, 0));
    if (lastBackupAgo != -1) {
        // Any reason counts, not only daily ones: the time is the name's.
        m_clock.now = Start.addSecs(-lastBackupAgo);
        QVERIFY(backups().backUp(*m_project, ProjectBackups::Reason::MergeEntities).ok);
    }
    m_clock.now = Start;
    QCOMPARE(backups().isDailyBackupDue(*m_project), due);
    const ProjectBackups::Outcome outcome = backups().backUpIfDue(*m_project);
    QVERIFY(outcome.ok);
    QCOMPARE(!outcome.path.isEmpty(), due);
    if (due) {
        QCOMPARE(backups().list().size(), lastBackupAgo == -1 ? 1 : 2);
        QCOMPARE(QFileInfo(outcome.path).fileName(),
                 QStringLiteral("news-20240301-093000-daily.marginalia"));
        QVERIFY(!backups().isDailyBackupDue(*m_project));
    }
    if (lastBackupAgo == -1 && due)
        QCOMPARE(backups().lastBackupTime(), std::optional<QDateTime>(Start));
}

void TestProjectBackups::restoredCopyIsNotBackedUp()
{
    QVERIFY(addArticles(*m_project, 2, 1));
    const ProjectBackups::Outcome outcome =
        backups().backUp(*m_project, ProjectBackups::Reason::Daily);
    QVERIFY(outcome.ok);
    QVERIFY(!backups().isDailyBackupDue(*m_project));
    // The time of the last backup is in the folder, not in the project: a
    // restored copy, elsewhere, has none yet.
    const QString restored = m_dir->filePath(QStringLiteral("restored.marginalia"));
    QVERIFY(ProjectBackups::restore(outcome.path, restored).ok);
    ProjectDatabase::OpenResult opened = ProjectDatabase::open(restored);
    QVERIFY2(opened.database, qPrintable(opened.error));
    ProjectBackups restoredBackups(restored);
    restoredBackups.setClock(m_clock.function());
    restoredBackups.setDataFolder(m_dir->filePath(QStringLiteral("data")));
    QVERIFY(!restoredBackups.lastBackupTime());
    QVERIFY(restoredBackups.isDailyBackupDue(*opened.database));
}

void TestProjectBackups::fallsBackToTheDataFolder()
{
    QVERIFY(addArticles(*m_project, 1, 0));
    // Something that is not a folder where the backups folder would be (as
    // a read-only folder would; root may write anywhere).
    QVERIFY(writeFile(backupsFolder(), "in the way"));
    const ProjectBackups b = backups();
    QVERIFY(b.fallbackFolder().startsWith(m_dir->filePath(QStringLiteral("data/"))));
    QCOMPARE(QFileInfo(b.fallbackFolder()).fileName().size(), 16);
    const ProjectBackups::Outcome outcome = b.backUp(*m_project, ProjectBackups::Reason::Daily);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(QFileInfo(outcome.path).absolutePath(), b.fallbackFolder());
    QCOMPARE(readAll(backupsFolder()), QByteArray("in the way"));
    QCOMPARE(b.list().size(), 1);
    QVERIFY(!b.isDailyBackupDue(*m_project));
    // Another project has another folder.
    QVERIFY(ProjectBackups(m_dir->filePath(QStringLiteral("other.marginalia"))).fallbackFolder()
            != ProjectBackups(m_project->path()).fallbackFolder());
}

void TestProjectBackups::listsCountsAndProblems()
{
    QVERIFY(addArticles(*m_project, 1, 0));
    QVERIFY(backups().backUp(*m_project, ProjectBackups::Reason::Daily).ok);
    QVERIFY(addArticles(*m_project, 2, 3, 10));
    m_clock.now = m_clock.now.addSecs(90);
    QVERIFY(backups().backUp(*m_project, ProjectBackups::Reason::MergeEntities).ok);
    // A damaged file named as a backup is listed with its problem.
    QVERIFY(writeFile(
        QDir(backupsFolder()).filePath(QStringLiteral("news-20240301-100000-manual.marginalia")),
        "not a database at all"));
    // Other files in the folder are not backups.
    QVERIFY(writeFile(QDir(backupsFolder()).filePath(QStringLiteral("notes.txt")), "x"));
    QVERIFY(
        writeFile(QDir(backupsFolder()).filePath(QStringLiteral("news-manual.marginalia")), "x"));

    const QVector<ProjectBackups::Backup> listed = backups().list(true);
    QCOMPARE(listed.size(), 3);
    QCOMPARE(listed.at(0).reason, ProjectBackups::Reason::Daily);
    QCOMPARE(listed.at(0).articles, 1);
    QCOMPARE(listed.at(0).annotations, 0);
    QCOMPARE(listed.at(1).reason, ProjectBackups::Reason::MergeEntities);
    QCOMPARE(listed.at(1).time, Start.addSecs(90));
    QCOMPARE(listed.at(1).articles, 3);
    QCOMPARE(listed.at(1).annotations, 6);
    QCOMPARE(listed.at(1).schemaVersion, m_project->schemaVersion());
    QCOMPARE(listed.at(1).size, QFileInfo(listed.at(1).path).size());
    QVERIFY(listed.at(1).problem.isEmpty());
    QCOMPARE(listed.at(2).reason, ProjectBackups::Reason::Manual);
    QCOMPARE(listed.at(2).articles, -1);
    QVERIFY(listed.at(2).problem.contains(QLatin1String("news-20240301-100000-manual")));
    // Reading them left nothing beside them.
    QCOMPARE(entries(backupsFolder()).size(), 5);
}

void TestProjectBackups::listsMigrationCopies()
{
    QVERIFY(addArticles(*m_project, 1, 0));
    // Where ProjectDatabase::open puts its copy before a migration.
    const QString copy = m_project->path() + QLatin1String(".v1-20240229-080000.backup");
    QString error;
    QVERIFY2(m_project->backUpTo(copy, &error), qPrintable(error));
    QVERIFY(backups().backUp(*m_project, ProjectBackups::Reason::Daily).ok);

    const QVector<ProjectBackups::Backup> listed = backups().list(true);
    QCOMPARE(listed.size(), 2);
    QCOMPARE(listed.first().path, QFileInfo(copy).absoluteFilePath());
    QCOMPARE(listed.first().reason, ProjectBackups::Reason::Migration);
    QVERIFY(!listed.first().rolling);
    QCOMPARE(listed.first().articles, 1);
    QCOMPARE(listed.first().time, QDateTime(QDate(2024, 2, 29), QTime(8, 0, 0), QTimeZone::utc()));
    // Not in the rolling folder, so never pruned by it.
    QVERIFY(ProjectBackups::setKeep(*m_project, 1, &error));
    m_clock.now = m_clock.now.addSecs(5);
    QVERIFY(backups().backUp(*m_project, ProjectBackups::Reason::Manual).ok);
    QVERIFY(QFileInfo::exists(copy));
    QCOMPARE(backups().list().size(), 2);
}

void TestProjectBackups::restoreRefusesExistingFiles()
{
    QVERIFY(addArticles(*m_project, 1, 1));
    const ProjectBackups::Outcome outcome =
        backups().backUp(*m_project, ProjectBackups::Reason::Manual);
    QVERIFY(outcome.ok);
    const QString precious = m_dir->filePath(QStringLiteral("precious.marginalia"));
    QVERIFY(writeFile(precious, "precious"));
    const ProjectBackups::Restored refused = ProjectBackups::restore(outcome.path, precious);
    QVERIFY(!refused.ok);
    QVERIFY2(refused.error.contains(QLatin1String("precious.marginalia")),
             qPrintable(refused.error));
    QCOMPARE(readAll(precious), QByteArray("precious"));
    // Nor the open project itself, nor the backup.
    QVERIFY(!ProjectBackups::restore(outcome.path, m_project->path()).ok);
    QVERIFY(!ProjectBackups::restore(outcome.path, outcome.path).ok);
    QCOMPARE(rawQueryInt(outcome.path, "SELECT count(*) FROM articles"), 1);
    // And a plain copy refuses too.
    QString error;
    QVERIFY(!m_project->backUpTo(precious, &error));
    QVERIFY(error.contains(QLatin1String("precious.marginalia")));
    QCOMPARE(readAll(precious), QByteArray("precious"));
    QCOMPARE(entries(m_dir->path()).filter(QStringLiteral(".partial-")), QStringList());
}

void TestProjectBackups::restoreOpensWithTheSameWork()
{
    QVERIFY(addArticles(*m_project, 3, 2));
    QString error;
    QVERIFY(m_project->setSetting(QStringLiteral("matching.fold_accents"), QStringLiteral("0"),
                                  &error));
    const QVector<ArticleSummary> articles = m_project->articleSummaries();
    QVector<QVector<Annotation>> annotations;
    for (const ArticleSummary &a : articles)
        annotations.append(m_project->annotations(a.id));
    const ProjectBackups::Outcome outcome =
        backups().backUp(*m_project, ProjectBackups::Reason::DeleteLabel);
    QVERIFY(outcome.ok);

    // The destructive operation the backup was for.
    const std::optional<Label> per = m_project->labelByName(QStringLiteral("PER"));
    QVERIFY(per);
    QVERIFY(m_project->deleteLabel(per->id, &error));
    QCOMPARE(m_project->annotationCount(), 0);

    const QString restoredPath =
        ProjectBackups(m_project->path()).defaultRestorePath(backups().list().first());
    QCOMPARE(QFileInfo(restoredPath).fileName(),
             QStringLiteral("news-restored-20240301-093000.marginalia"));
    const ProjectBackups::Restored restored = ProjectBackups::restore(outcome.path, restoredPath);
    QVERIFY2(restored.ok, qPrintable(restored.error));
    QCOMPARE(restored.articles, 3);
    QCOMPARE(restored.annotations, 6);
    QCOMPARE(restored.migratedFrom, 0);

    ProjectDatabase::OpenResult opened = ProjectDatabase::open(restoredPath);
    QVERIFY2(opened.database, qPrintable(opened.error));
    ProjectDatabase &copy = *opened.database;
    QCOMPARE(copy.journalMode(), QStringLiteral("wal")); // a live project again
    QCOMPARE(copy.articleSummaries().size(), articles.size());
    for (int i = 0; i < articles.size(); ++i) {
        QCOMPARE(copy.articleText(articles.at(i).id), m_project->articleText(articles.at(i).id));
        const QVector<Annotation> back = copy.annotations(articles.at(i).id);
        QCOMPARE(back.size(), annotations.at(i).size());
        for (int n = 0; n < back.size(); ++n) {
            QCOMPARE(back.at(n).id, annotations.at(i).at(n).id);
            QCOMPARE(back.at(n).start, annotations.at(i).at(n).start);
            QCOMPARE(back.at(n).end, annotations.at(i).at(n).end);
            QCOMPARE(back.at(n).labelName, annotations.at(i).at(n).labelName);
            QCOMPARE(back.at(n).createdAt, annotations.at(i).at(n).createdAt);
        }
    }
    QCOMPARE(copy.matchIgnoringAccents(), false);
    // The backup itself was only read.
    QCOMPARE(entries(backupsFolder()), QStringList { QFileInfo(outcome.path).fileName() });
}

void TestProjectBackups::restoreRemovesAFileThatDoesNotOpen()
{
    const QString damaged = m_dir->filePath(QStringLiteral("damaged.marginalia"));
    QVERIFY(writeFile(damaged, QByteArray(8192, 'z')));
    const QString target = m_dir->filePath(QStringLiteral("target.marginalia"));
    const ProjectBackups::Restored restored = ProjectBackups::restore(damaged, target);
    QVERIFY(!restored.ok);
    QVERIFY2(restored.error.contains(QLatin1String("damaged.marginalia")),
             qPrintable(restored.error));
    QVERIFY(!QFileInfo::exists(target));
    QCOMPARE(entries(m_dir->path()).filter(QStringLiteral("target")), QStringList());

    // An SQLite file that is not ours copies, then fails open()'s checks.
    const QString foreign = m_dir->filePath(QStringLiteral("foreign.sqlite"));
    QVERIFY(rawExec(foreign, "CREATE TABLE t (x); INSERT INTO t VALUES (1);"));
    const ProjectBackups::Restored notOurs = ProjectBackups::restore(foreign, target);
    QVERIFY(!notOurs.ok);
    QVERIFY2(notOurs.error.contains(QLatin1String("foreign.sqlite")), qPrintable(notOurs.error));
    QVERIFY(!QFileInfo::exists(target));
}

QTEST_GUILESS_MAIN(TestProjectBackups)
#include "tst_projectbackups.moc"
