// SPDX-License-Identifier: GPL-3.0-or-later
// ProjectDatabase: opening, creating, checking, migrating and closing the
// project file.
#include "integrityledger.h"
#include "messagetext.h"
#include "projectdatabase.h"
#include "projectdatabasetransaction.h"
#include "projectfileinspector.h"
#include "schemaverifier.h"
#include "shmallocatingvfs.h"
#include "sqlstatement.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>

#include <sqlite3.h>

namespace Marginalia {

namespace {
QString display(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

ProjectDatabase::OpenStatus statusFor(ProjectFileInspector::Verdict verdict)
{
    using V = ProjectFileInspector::Verdict;
    using S = ProjectDatabase::OpenStatus;
    switch (verdict) {
    case V::Project:
        return S::Opened;
    case V::Missing:
        return S::Missing;
    case V::Unreadable:
        return S::Unreadable;
    case V::Empty:
        return S::Empty;
    case V::NotSqlite:
        return S::NotSqlite;
    case V::Truncated:
        return S::Truncated;
    case V::NotOurs:
        return S::NotOurs;
    case V::NewerVersion:
        return S::NewerVersion;
    }
    return S::Failed;
}

// Below this much free space an I/O error on open is taken for a full disk:
// the -shm alone needs 32 KiB.
constexpr qint64 DiskFullMargin = 256 * 1024;

// Settings every connection gets before it reads a byte of an untrusted file.
void hardenConnection(sqlite3 *db)
{
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 1, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_VIEW, 1, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, 5000);
}

} // namespace

ProjectDatabase::ProjectDatabase(sqlite3 *db, const QString &path)
    : m_db(db)
    , m_path(path)
{
}

ProjectDatabase::~ProjectDatabase()
{
    if (!m_db)
        return;
    for (sqlite3_stmt *statement : std::as_const(m_statements))
        sqlite3_finalize(statement);
    m_statements.clear();
    // Fold the log into the main file; closing the last connection then
    // removes the -wal and -shm files, so the project is one file again.
    // A file that failed to open is left as the failure found it.
    // Without waiting: while another process writes, a reader that closes
    // leaves the checkpoint to whoever closes last instead of waiting for
    // the write to end.
    if (m_ready && m_checkpointOnClose) {
        sqlite3_busy_timeout(m_db, 0);
        sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
    }
    sqlite3_close(m_db);
    // After the close, which folded the log in if this was the last
    // connection anywhere: only then is the file's state worth recording.
    IntegrityLedger::closed(m_ledgerKey);
}

ProjectDatabase::OpenResult ProjectDatabase::create(const QString &path)
{
    ShmAllocatingVfs::install();
    OpenResult result;
    if (QFileInfo::exists(path)) {
        result.status = OpenStatus::AlreadyExists;
        result.error = tr("%1: a file of that name already exists").arg(display(path));
        return result;
    }
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(
        QFile::encodeName(path).constData(), &db,
        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_EXRESCODE, nullptr);
    if (rc != SQLITE_OK) {
        result.error = tr("%1: cannot create the project (%2)")
                           .arg(display(path), QString::fromUtf8(sqlite3_errmsg(db)));
        sqlite3_close(db);
        QFile::remove(path);
        return result;
    }
    hardenConnection(db);
    std::unique_ptr<ProjectDatabase> database(new ProjectDatabase(db, path));

    // The identity and the whole schema are written in rollback-journal mode,
    // straight into the main file; WAL comes after. A crash at any point
    // leaves either nothing usable (removed below) or a file that open() can
    // finish, since version 0 with our application id means "not built yet".
    QString error;
    const QByteArray setId = "PRAGMA application_id = " + QByteArray::number(Schema::ApplicationId);
    if (!database->execute(setId.constData(), &error)
        || !database->migrate(Schema::current(), 0, &error)
        || !database->configureConnection(&error)) {
        database.reset();
        QFile::remove(path);
        QFile::remove(path + QLatin1String("-wal"));
        QFile::remove(path + QLatin1String("-shm"));
        QFile::remove(path + QLatin1String("-journal"));
        result.error = tr("%1: cannot create the project (%2)").arg(display(path), error);
        return result;
    }
    database->m_ready = true;
    database->m_ledgerKey = IntegrityLedger::opened(path, true, true);
    result.status = OpenStatus::Created;
    result.database = std::move(database);
    return result;
}

ProjectDatabase::OpenResult ProjectDatabase::open(const QString &path, const Schema &schema,
                                                  CheckPolicy policy)
{
    ShmAllocatingVfs::install();
    return openChecked(path, schema, policy, false);
}

namespace {

// Runs a check that answers one row of text, "ok" when all is well; on an
// SQLite error, its message and \a errorCode.
QString runCheck(sqlite3 *db, const char *sql, int *errorCode)
{
    *errorCode = SQLITE_OK;
    QString answer;
    sqlite3_stmt *statement = nullptr;
    const int rc = sqlite3_prepare_v2(db, sql, -1, &statement, nullptr);
    if (rc == SQLITE_OK && sqlite3_step(statement) == SQLITE_ROW) {
        answer =
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    } else {
        answer = QString::fromUtf8(sqlite3_errmsg(db));
        *errorCode = sqlite3_extended_errcode(db);
    }
    sqlite3_finalize(statement);
    return answer;
}

constexpr char FullCheckSql[] = "PRAGMA quick_check(1)";
// Reads the schema, as every open does next anyway: an I/O error of a full
// disk shows here as it would in the full check.
constexpr char ProbeSql[] = "SELECT CASE WHEN count(*) >= 0 THEN 'ok' END FROM sqlite_schema";

} // namespace

ProjectDatabase::OpenResult ProjectDatabase::openChecked(const QString &path, const Schema &schema,
                                                         CheckPolicy policy,
                                                         bool readOnlyOnFullDisk)
{
    OpenResult result;
    const ProjectFileInspector::Report report =
        ProjectFileInspector::inspect(path, Schema::ApplicationId, schema.version);
    if (report.verdict != ProjectFileInspector::Verdict::Project) {
        result.status = statusFor(report.verdict);
        result.error = report.message;
        return result;
    }

    const QString walPath = path + QLatin1String("-wal");
    const QString shmPath = path + QLatin1String("-shm");
    const bool walExisted = QFileInfo::exists(walPath);
    const bool shmExisted = QFileInfo::exists(shmPath);

    sqlite3 *db = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_EXRESCODE, nullptr);
    if (rc != SQLITE_OK) {
        result.status = OpenStatus::Unreadable;
        result.error = tr("%1: cannot be opened for writing (%2)")
                           .arg(display(path), QString::fromUtf8(sqlite3_errmsg(db)));
        sqlite3_close(db);
        return result;
    }
    hardenConnection(db);
    // Until the file has passed every check, closing must not write to it.
    sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    // On a full disk there is no room for the -shm. In exclusive locking
    // mode SQLite keeps the WAL index in this process's memory instead, so
    // the project can still be read; query_only turns every write into an
    // error rather than a half-stored edit.
    if (readOnlyOnFullDisk) {
        sqlite3_exec(db, "PRAGMA locking_mode = EXCLUSIVE", nullptr, nullptr, nullptr);
        sqlite3_exec(db, "PRAGMA query_only = 1", nullptr, nullptr, nullptr);
    }

    // Reading a WAL-mode file makes SQLite create empty side files; a refused
    // file is left as we found it, so the ones we caused go.
    const auto removeSideFilesWeMade = [&] {
        if (!walExisted && QFileInfo(walPath).size() == 0)
            QFile::remove(walPath);
        if (!shmExisted)
            QFile::remove(shmPath);
    };
    const auto refuse = [&](OpenStatus status, const QString &message) {
        sqlite3_close(db);
        removeSideFilesWeMade();
        result.status = status;
        result.error = message;
        return std::move(result);
    };

    // A file about to be migrated is checked in full whatever the ledger
    // says; so is one this process has open only if that open checked it.
    IntegrityCheck integrity = IntegrityCheck::Full;
    if (report.schemaVersion >= schema.version) {
        if (IntegrityLedger::trusts(path))
            integrity = IntegrityCheck::Trusted;
        else if (policy == CheckPolicy::InBackground || IntegrityLedger::openUncheckedHere(path))
            integrity = IntegrityCheck::Deferred;
    }
    int checkError = SQLITE_OK;
    QString check =
        runCheck(db, integrity == IntegrityCheck::Full ? FullCheckSql : ProbeSql, &checkError);
    // Reading a WAL project needs room for its -shm beside it: on a full
    // disk the read fails with an I/O error, which is no damage to the file.
    const int primary = checkError & 0xFF;
    const auto fullDiskMessage = [&] {
        return tr("%1: the disk that holds it is full, so it cannot be opened (SQLite "
                  "needs a little room beside it, even to read); free some space and "
                  "open it again, the file itself was not changed")
            .arg(display(path));
    };
    if ((primary == SQLITE_IOERR || primary == SQLITE_FULL || primary == SQLITE_CANTOPEN)
        && QStorageInfo(QFileInfo(path).absolutePath()).bytesAvailable() < DiskFullMargin) {
        if (readOnlyOnFullDisk)
            return refuse(OpenStatus::Unreadable, fullDiskMessage());
        refuse(OpenStatus::Unreadable, QString());
        return openChecked(path, schema, policy, true);
    }
    if (check != QLatin1String("ok"))
        return refuse(OpenStatus::Corrupted, ProjectFileInspector::corruptedMessage(path, check));

    // The log may hold a newer header than the main file; ask SQLite now.
    const auto pragmaInt = [db](const char *sql) {
        sqlite3_stmt *statement = nullptr;
        qint64 value = -1;
        if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW)
            value = sqlite3_column_int64(statement, 0);
        sqlite3_finalize(statement);
        return value;
    };
    const auto applicationId = quint32(pragmaInt("PRAGMA application_id"));
    const int version = int(pragmaInt("PRAGMA user_version"));
    if (applicationId != Schema::ApplicationId)
        return refuse(OpenStatus::NotOurs, ProjectFileInspector::notOursMessage(path));
    if (version < 0)
        return refuse(OpenStatus::Corrupted,
                      ProjectFileInspector::corruptedMessage(
                          path, tr("its schema version %1 is negative").arg(version)));
    // Version 0 is a project whose creation stopped before the schema was
    // written; tables there are someone else's.
    if (version == 0 && pragmaInt("SELECT count(*) FROM sqlite_schema") > 0)
        return refuse(OpenStatus::Corrupted,
                      ProjectFileInspector::corruptedMessage(
                          path, tr("it holds tables but no schema version")));
    if (sqlite3_db_readonly(db, "main") == 1)
        return refuse(OpenStatus::Unreadable,
                      tr("%1: the project file is read-only; Marginalia stores every edit at "
                         "once and needs to write to it")
                          .arg(display(path)));
    if (version > schema.version)
        return refuse(OpenStatus::NewerVersion,
                      ProjectFileInspector::newerVersionMessage(path, version, schema.version));
    // The log said older than the header did: a migration after all.
    if (version < schema.version && integrity != IntegrityCheck::Full) {
        integrity = IntegrityCheck::Full;
        check = runCheck(db, FullCheckSql, &checkError);
        if (check != QLatin1String("ok"))
            return refuse(OpenStatus::Corrupted,
                          ProjectFileInspector::corruptedMessage(path, check));
    }

    // Before a byte is written or copied: a schema this version does not
    // make (an author's trigger, a version number set back by hand) is
    // refused, not run and not migrated.
    const QString foreign = SchemaVerifier::verify(db, schema, version);
    if (!foreign.isEmpty())
        return refuse(
            OpenStatus::ForeignSchema,
            tr("%1: refused, %2; the file was left as it is").arg(display(path), foreign));

    if (readOnlyOnFullDisk && version < schema.version)
        return refuse(OpenStatus::Unreadable, fullDiskMessage());

    std::unique_ptr<ProjectDatabase> database(new ProjectDatabase(db, path));
    database->m_readOnly = readOnlyOnFullDisk;
    // A failed migration rolls its step back; the copy taken before it is
    // then the file itself again and goes, as do the side files we made.
    const auto fail = [&](const QString &message, bool keepBackup) {
        database.reset(); // closes without a checkpoint: m_ready is still false
        removeSideFilesWeMade();
        if (!keepBackup && !result.backupPath.isEmpty()) {
            QFile::remove(result.backupPath);
            result.backupPath.clear();
        }
        result.status = OpenStatus::Failed;
        result.error = message;
        return std::move(result);
    };
    QString error;
    if (version < schema.version) {
        if (version > 0) {
            result.backupPath = database->backUp(version, &error);
            if (result.backupPath.isEmpty())
                return fail(tr("%1: not migrated, the backup copy failed (%2)")
                                .arg(display(path), MessageText::oneLine(error)),
                            false);
        }
        int reached = version;
        if (!database->migrate(schema, version, &error, &reached))
            return fail(tr("%1: %2").arg(display(path), MessageText::oneLine(error)),
                        reached > version);
        result.migratedFrom = version;
    }
    if (!database->configureConnection(&error))
        return fail(tr("%1: %2").arg(display(path), MessageText::oneLine(error)),
                    result.migratedFrom > 0);
    if (readOnlyOnFullDisk) {
        // Closing then leaves the log as it is: a checkpoint is a write.
        result.warning = tr("%1: the disk that holds it is full, so it was opened for reading "
                            "only; edits cannot be stored until some space is freed")
                             .arg(display(path));
    } else {
        sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 0, nullptr);
        database->m_ready = true;
        QString undoError;
        result.notices = database->undoAbandonedImportRuns(&undoError);
        if (!undoError.isEmpty())
            result.notices.append(
                tr("%1: an import that did not finish could not be undone yet (%2); it will "
                   "be tried again at the next open")
                    .arg(display(path), MessageText::oneLine(undoError)));
    }
    if (!readOnlyOnFullDisk) {
        database->m_ledgerKey = IntegrityLedger::opened(path, integrity != IntegrityCheck::Deferred,
                                                        integrity == IntegrityCheck::Full);
    }
    database->m_integrityCheck = integrity;
    result.integrityCheck = integrity;
    result.status = OpenStatus::Opened;
    result.database = std::move(database);
    return result;
}

void ProjectDatabase::interrupt()
{
    sqlite3_interrupt(m_db);
}

void ProjectDatabase::stopWhenSet(const std::atomic<bool> *cancelled)
{
    sqlite3_progress_handler(
        m_db, 1000,
        [](void *flag) { return static_cast<const std::atomic<bool> *>(flag)->load() ? 1 : 0; },
        const_cast<std::atomic<bool> *>(cancelled));
}

QString ProjectDatabase::checkIntegrity(bool *damaged)
{
    int errorCode = SQLITE_OK;
    const QString check = runCheck(m_db, FullCheckSql, &errorCode);
    const int primary = errorCode & 0xFF;
    // A check that could not run (the disk, a lock, an interruption) says
    // nothing about the pages.
    const bool found = errorCode == SQLITE_OK
        ? check != QLatin1String("ok")
        : primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB;
    if (damaged)
        *damaged = found;
    if (found) {
        IntegrityLedger::failed(m_ledgerKey);
        return tr("%1: the project file is damaged (%2)")
            .arg(display(m_path), MessageText::oneLine(check));
    }
    if (errorCode != SQLITE_OK)
        return tr("%1: the check for damage could not run (%2)")
            .arg(display(m_path), MessageText::oneLine(check));
    m_integrityCheck = IntegrityCheck::Full;
    IntegrityLedger::checked(m_ledgerKey);
    return {};
}

void ProjectDatabase::keepLogOnClose()
{
    m_checkpointOnClose = false;
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
}

bool ProjectDatabase::configureConnection(QString *error)
{
    // synchronous=FULL in WAL mode syncs the log at every commit: a reported
    // edit survives a power cut, not only a crash.
    return execute("PRAGMA journal_mode = WAL", error)
        && execute("PRAGMA synchronous = FULL", error)
        && execute("PRAGMA foreign_keys = ON", error)
        // Catches damaged cells in pages quick_check did not reach yet.
        && execute("PRAGMA cell_size_check = ON", error);
}

bool ProjectDatabase::migrate(const Schema &schema, int fromVersion, QString *error, int *reached)
{
    for (const MigrationStep &step : schema.steps) {
        if (step.from < fromVersion)
            continue;
        const int to = step.from + 1;
        if (reached)
            *reached = step.from;
        QString stepError;
        Transaction transaction(*this, &stepError);
        bool ok = transaction.isActive() && execute(step.sql, &stepError);
        if (ok) {
            const QByteArray setVersion = "PRAGMA user_version = " + QByteArray::number(to);
            ok = execute(setVersion.constData(), &stepError);
        }
        if (ok) {
            SqlStatement check = statement("PRAGMA foreign_key_check");
            if (check.next()) {
                ok = false;
                stepError = tr("a foreign key in table %1 points nowhere").arg(check.text(0));
            }
        }
        if (!ok || !transaction.commit(&stepError)) {
            if (error)
                *error = tr("migration from schema version %1 to %2 (%3) failed: %4")
                             .arg(step.from)
                             .arg(to)
                             .arg(QString::fromUtf8(step.description), stepError);
            return false;
        }
        if (reached)
            *reached = to;
    }
    return true;
}

QString ProjectDatabase::backUp(int version, QString *error)
{
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString backupPath = QStringLiteral("%1.v%2-%3.backup").arg(m_path).arg(version).arg(stamp);
    for (int n = 2; QFileInfo::exists(backupPath); ++n)
        backupPath =
            QStringLiteral("%1.v%2-%3-%4.backup").arg(m_path).arg(version).arg(stamp).arg(n);

    sqlite3 *target = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(backupPath).constData(), &target,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_backup *backup = sqlite3_backup_init(target, "main", m_db, "main");
        if (backup) {
            sqlite3_backup_step(backup, -1);
            sqlite3_backup_finish(backup);
        }
        rc = sqlite3_errcode(target);
    }
    if (rc != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(target));
        sqlite3_close(target);
        QFile::remove(backupPath);
        return QString();
    }
    sqlite3_close(target);
    return backupPath;
}

} // namespace Marginalia
