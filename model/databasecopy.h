// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

struct sqlite3;

namespace Marginalia {

/// Copies an SQLite database into a new file through SQLite's online backup
/// API, never by reading the file ourselves: closing a descriptor of our own
/// on a file this process has open through SQLite would drop the process's
/// POSIX locks on it. Used by ProjectDatabase only; nothing here knows the
/// project's schema.
class DatabaseCopy
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopy)
public:
    /// Copies \a source's main database, as committed now, into \a target,
    /// which must not exist. The copy is written to a hidden temporary name
    /// in the target's folder, switched to a rollback journal (one file, no
    /// -wal beside it), synced, and only then renamed to \a target without
    /// replacing anything: a crash never leaves a partial file under that
    /// name. \a error names the target, and \a sourceName when given.
    static bool copy(sqlite3 *source, const QString &target, QString *error,
                     const QString &sourceName = QString());

    /// A read-only connection to a closed database file (a backup) that
    /// writes nothing beside it: immutable unless a write-ahead log is there,
    /// in which case someone may still be writing and SQLite reads the log.
    /// Null on failure, with \a error naming the file.
    static sqlite3 *openReadOnly(const QString &path, QString *error);

    /// The prefix of the temporary files copy() writes, so that a folder's
    /// listing can skip them.
    static QString temporaryPrefix() { return QStringLiteral(".partial-"); }
};

} // namespace Marginalia
