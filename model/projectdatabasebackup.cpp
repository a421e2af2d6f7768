// SPDX-License-Identifier: GPL-3.0-or-later
// ProjectDatabase's copies of whole projects: backups of the open project
// and the reading and copying of closed backup files.
#include "databasecopy.h"
#include "projectdatabase.h"
#include "projectfileinspector.h"

#include <QDir>

#include <sqlite3.h>

namespace Marginalia {

namespace {

// The first column of the first row, or nullopt with SQLite's message.
std::optional<qint64> queryInt(sqlite3 *db, const char *sql, QString *message)
{
    sqlite3_stmt *statement = nullptr;
    std::optional<qint64> value;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW)
        value = sqlite3_column_int64(statement, 0);
    else
        *message = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(statement);
    return value;
}

} // namespace

bool ProjectDatabase::backUpTo(const QString &target, QString *error)
{
    return DatabaseCopy::copy(m_db, target, error);
}

std::optional<ProjectDatabase::FileSummary> ProjectDatabase::summarizeFile(const QString &path,
                                                                           QString *error)
{
    sqlite3 *db = DatabaseCopy::openReadOnly(path, error);
    if (!db)
        return std::nullopt;
    QString message;
    FileSummary summary;
    std::optional<qint64> applicationId = queryInt(db, "PRAGMA application_id", &message);
    std::optional<qint64> version = queryInt(db, "PRAGMA user_version", &message);
    std::optional<qint64> articles, annotations, quotes;
    if (applicationId && quint32(*applicationId) == Schema::ApplicationId && version) {
        articles = queryInt(db, "SELECT count(*) FROM articles", &message);
        annotations = queryInt(db, "SELECT count(*) FROM annotations", &message);
        quotes = queryInt(db, "SELECT count(*) FROM quotes", &message);
    }
    sqlite3_close(db);
    if (applicationId && quint32(*applicationId) != Schema::ApplicationId) {
        if (error)
            *error = ProjectFileInspector::notOursMessage(path);
        return std::nullopt;
    }
    if (!articles || !annotations || !quotes) {
        if (error)
            *error = tr("%1: cannot be read (%2)").arg(QDir::toNativeSeparators(path), message);
        return std::nullopt;
    }
    summary.schemaVersion = int(*version);
    summary.articles = *articles;
    summary.annotations = *annotations;
    summary.quotes = *quotes;
    return summary;
}

bool ProjectDatabase::copyFile(const QString &source, const QString &target, QString *error)
{
    sqlite3 *db = DatabaseCopy::openReadOnly(source, error);
    if (!db)
        return false;
    const bool copied = DatabaseCopy::copy(db, target, error, source);
    sqlite3_close(db);
    return copied;
}

} // namespace Marginalia
