// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasecopy.h"

#include "shmallocatingvfs.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QThread>

#include <sqlite3.h>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace Marginalia {

namespace {

QString display(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString sqliteMessage(sqlite3 *db, int rc)
{
    return db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
}

// The files SQLite may leave beside a database it was writing.
void removeWithSideFiles(const QString &path)
{
    for (const char *suffix : { "", "-journal", "-wal", "-shm" })
        QFile::remove(path + QLatin1String(suffix));
}

// Our own descriptor is fine here: the file is a copy no connection holds.
bool syncFile(const QString &path, bool directory)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(),
                          O_RDONLY | O_CLOEXEC | (directory ? O_DIRECTORY : 0));
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
#else
    Q_UNUSED(path);
    Q_UNUSED(directory);
    return true;
#endif
}

QString temporaryName(const QString &target)
{
    const QFileInfo info(target);
    QString name;
    do {
        name = info.absoluteDir().filePath(
            DatabaseCopy::temporaryPrefix() + info.fileName() + QLatin1Char('-')
            + QString::number(QRandomGenerator::global()->generate64(), 36));
    } while (QFileInfo::exists(name));
    return name;
}

// Runs one statement on the copy, which is ours alone.
bool exec(sqlite3 *db, const char *sql, QString *message)
{
    char *text = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &text) == SQLITE_OK)
        return true;
    *message = QString::fromUtf8(text ? text : sqlite3_errmsg(db));
    sqlite3_free(text);
    return false;
}

} // namespace

bool DatabaseCopy::copy(sqlite3 *source, const QString &target, QString *error,
                        const QString &sourceName)
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (QFileInfo::exists(target))
        return fail(tr("%1: a file of that name already exists").arg(display(target)));
    const QString temporary = temporaryName(target);

    sqlite3 *copy = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(temporary).constData(), &copy,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_EXRESCODE,
                             nullptr);
    QString message;
    if (rc == SQLITE_OK) {
        sqlite3_backup *backup = sqlite3_backup_init(copy, "main", source, "main");
        if (!backup) {
            rc = sqlite3_errcode(copy);
            message = sqliteMessage(copy, rc);
        } else {
            // All pages in one step: one read transaction on the source, so
            // the copy is one committed state even while another connection
            // writes (WAL readers do not block writers). Busy or locked
            // means a writer holds a lock for a moment; wait and try again.
            for (int attempt = 0;; ++attempt) {
                rc = sqlite3_backup_step(backup, -1);
                if ((rc != SQLITE_BUSY && rc != SQLITE_LOCKED) || attempt >= 400)
                    break;
                QThread::msleep(25);
            }
            const int finished = sqlite3_backup_finish(backup);
            if (rc == SQLITE_DONE)
                rc = finished;
            if (rc != SQLITE_OK)
                message = QString::fromUtf8(sqlite3_errstr(rc));
        }
    } else {
        message = sqliteMessage(copy, rc);
    }
    // The pages carry the source's WAL flag; a rollback journal makes the
    // copy one self-contained file that read-only readers leave alone.
    if (rc == SQLITE_OK && !exec(copy, "PRAGMA journal_mode = DELETE", &message))
        rc = SQLITE_ERROR;
    if (sqlite3_close(copy) != SQLITE_OK && rc == SQLITE_OK) {
        rc = SQLITE_ERROR;
        message = tr("cannot close the copy");
    }
    if (rc == SQLITE_OK && !syncFile(temporary, false)) {
        rc = SQLITE_IOERR;
        message = tr("cannot write the copy to disk");
    }
    // QFile::rename never replaces an existing file (renameat2 with
    // RENAME_NOREPLACE, or link and unlink): a file made meanwhile wins.
    if (rc == SQLITE_OK && !QFile::rename(temporary, target)) {
        rc = SQLITE_CANTOPEN;
        message = QFileInfo::exists(target) ? tr("a file of that name already exists")
                                            : tr("cannot rename the finished copy");
    }
    if (rc != SQLITE_OK) {
        removeWithSideFiles(temporary);
        return fail(sourceName.isEmpty()
                        ? tr("%1: cannot write the copy (%2)").arg(display(target), message)
                        : tr("%1: cannot be copied to %2 (%3)")
                              .arg(display(sourceName), display(target), message));
    }
    syncFile(QFileInfo(target).absolutePath(), true); // the rename itself; best effort
    return true;
}

sqlite3 *DatabaseCopy::openReadOnly(const QString &path, QString *error)
{
    ShmAllocatingVfs::install();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!QFileInfo(absolute).isFile()) {
        if (error)
            *error = tr("%1: no such file").arg(display(path));
        return nullptr;
    }
    // A plain read-only connection to a WAL file creates -wal and -shm files
    // it cannot remove; immutable reads the file alone and writes nothing.
    const bool logBeside = QFileInfo::exists(absolute + QLatin1String("-wal"));
    QByteArray uri = "file:" + QFile::encodeName(absolute).toPercentEncoding("/");
    if (!logBeside)
        uri += "?immutable=1";
    sqlite3 *db = nullptr;
    const int rc =
        sqlite3_open_v2(uri.constData(), &db,
                        SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_EXRESCODE, nullptr);
    if (rc != SQLITE_OK) {
        if (error)
            *error = tr("%1: cannot be read (%2)").arg(display(path), sqliteMessage(db, rc));
        sqlite3_close(db);
        return nullptr;
    }
    // A backup may come from anyone: nothing in it runs as trusted.
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_busy_timeout(db, 5000);
    return db;
}

} // namespace Marginalia
