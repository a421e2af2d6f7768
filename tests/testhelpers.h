// SPDX-License-Identifier: GPL-3.0-or-later
// Small fixtures shared by the tests: temporary projects and files.
#pragma once

#include "projectdatabase.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

namespace TestHelpers {

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

inline QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

/// A fresh project file in \a dir; fails the test if it cannot be made.
inline std::unique_ptr<Marginalia::ProjectDatabase>
createProject(const QTemporaryDir &dir, const QString &name = QStringLiteral("test.marginalia"))
{
    Marginalia::ProjectDatabase::OpenResult result =
        Marginalia::ProjectDatabase::create(dir.filePath(name));
    if (!result.database)
        qWarning("%s", qPrintable(result.error));
    return std::move(result.database);
}

/// Code point offset of the first \a needle in \a text (Python's
/// text.index(needle)), or -1.
inline qint64 codePointOffset(QStringView text, QStringView needle)
{
    const qsizetype utf16 = text.indexOf(needle);
    return utf16 < 0 ? -1 : text.left(utf16).toUcs4().size();
}

/// How long a reader below waits out a moment when SQLite answers "busy":
/// the window's background jobs (the daily backup, an export) open and close
/// connections of their own, and a reader that meets one resetting the log
/// would otherwise see no rows at all.
constexpr int ReaderBusyTimeoutMs = 5000;

/// Runs SQL on the file through a writable connection of its own, with
/// foreign keys on, as another program would.
inline bool rawExec(const QString &path, const QByteArray &sql)
{
    sqlite3 *db = nullptr;
    char *message = nullptr;
    const bool ok = sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK
        && sqlite3_exec(db, "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr) == SQLITE_OK
        && sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message) == SQLITE_OK;
    if (message)
        qWarning("%s", message);
    sqlite3_free(message);
    sqlite3_close(db);
    return ok;
}

/// The first column of the first row of \a sql, read through a read-only
/// connection of its own, as another program would see the file; -1 if none.
inline qint64 rawQueryInt(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    sqlite3_stmt *statement = nullptr;
    qint64 value = -1;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr)
            == SQLITE_OK
        && sqlite3_busy_timeout(db, ReaderBusyTimeoutMs) == SQLITE_OK
        && sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW)
        value = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return value;
}

inline qint64 rawQueryInt(const QString &path, const QByteArray &sql)
{
    return rawQueryInt(path, sql.constData());
}

/// Every row of \a sql, columns joined by '|' and NULL written as "NULL",
/// read through a read-only connection of its own; empty if none or on error.
inline QStringList rawQueryRows(const QString &path, const QByteArray &sql)
{
    QStringList rows;
    sqlite3 *db = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr)
            == SQLITE_OK
        && sqlite3_busy_timeout(db, ReaderBusyTimeoutMs) == SQLITE_OK
        && sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr) == SQLITE_OK) {
        while (sqlite3_step(statement) == SQLITE_ROW) {
            QStringList columns;
            for (int i = 0; i < sqlite3_column_count(statement); ++i) {
                const auto *text =
                    reinterpret_cast<const char *>(sqlite3_column_text(statement, i));
                columns.append(text ? QString::fromUtf8(text) : QStringLiteral("NULL"));
            }
            rows.append(columns.join(QLatin1Char('|')));
        }
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return rows;
}

/// Stores the SQL value \a value ("42", "NULL") as article \a articleId's
/// text whatever the column says: the declaration is loosened, the value
/// written, the declaration put back, leaving a row no checked write could
/// make, as a flipped byte on disk would.
inline bool storeUncheckedText(const QString &path, qint64 articleId, const QByteArray &value)
{
    const QStringList rows =
        rawQueryRows(path, "SELECT sql FROM sqlite_schema WHERE name = 'article_texts'");
    const QByteArray schema = rows.value(0).toUtf8();
    const QByteArray loose = QByteArray(schema).replace("TEXT NOT NULL", "");
    const auto quoted = [](QByteArray sql) { return '\'' + sql.replace('\'', "''") + '\''; };
    return !schema.isEmpty() && loose != schema
        && rawExec(path,
                   "PRAGMA writable_schema = ON; UPDATE sqlite_schema SET sql = " + quoted(loose)
                       + " WHERE name = 'article_texts';")
        && rawExec(path,
                   "UPDATE article_texts SET text = " + value
                       + " WHERE article_id = " + QByteArray::number(articleId) + ';')
        && rawExec(path,
                   "PRAGMA writable_schema = ON; UPDATE sqlite_schema SET sql = " + quoted(schema)
                       + " WHERE name = 'article_texts';");
}

/// \a project's bytes with its last table or index b-tree leaf page turned
/// into the other kind: SQLite's full check reports the tree, while an open
/// (header, schema) never reads the page. Empty if there is no such page.
inline QByteArray withDamagedLeafPage(const QByteArray &project)
{
    if (project.size() < 100)
        return {};
    const int pageSize = (uchar(project.at(16)) << 8) | uchar(project.at(17));
    QByteArray bytes = project;
    for (qsizetype page = bytes.size() / pageSize - 1; page > 1; --page) {
        char &type = bytes[page * pageSize];
        if (type == 0x0D || type == 0x0A) {
            type = type == 0x0D ? 0x0A : 0x0D;
            return bytes;
        }
    }
    return {};
}

/// Rewrites \a path in place with \a bytes: the same file (inode), new times.
inline bool overwriteInPlace(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite) && file.write(bytes) == bytes.size() && file.flush();
}

} // namespace TestHelpers
