// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace Marginalia {

/// A prepared statement borrowed from ProjectDatabase's cache for one use:
/// bind, step, read columns; the destructor resets it for the next user.
class SqlStatement
{
public:
    explicit SqlStatement(sqlite3_stmt *statement);
    ~SqlStatement();
    SqlStatement(const SqlStatement &) = delete;
    SqlStatement &operator=(const SqlStatement &) = delete;

    bool isValid() const { return m_statement != nullptr; }

    SqlStatement &bind(int index, qint64 value);
    SqlStatement &bind(int index, const QString &value);
    SqlStatement &bindUtf8(int index, const QByteArray &value);
    SqlStatement &bindNull(int index);
    /// A row id, or NULL when \a id is 0 or less (no link).
    SqlStatement &bindId(int index, qint64 id);

    /// Steps once: true while a row is available. Errors end up in lastError().
    bool next();
    /// Runs a statement that returns no rows; true on success.
    bool exec();
    int resultCode() const { return m_result; }

    qint64 int64(int column) const;
    QString text(int column) const;
    /// UTF-8 as SQLite holds it. Unlike QString::fromUtf8, a leading U+FEFF
    /// is kept: in a stored string it is a character, never a byte-order
    /// mark, and dropping it would shift every offset into the text.
    static QString decodeUtf8(QByteArrayView bytes);
    bool isNull(int column) const;

    /// What a column holds in this row, whatever its declaration says: a
    /// damaged file can hold a number or a blob where text belongs.
    enum class Type { Integer, Float, Text, Blob, Null };
    Type type(int column) const;
    /// A text or blob column's bytes as stored, unchecked and not copied;
    /// valid until the next step.
    QByteArrayView bytes(int column) const;

private:
    sqlite3_stmt *m_statement = nullptr;
    int m_result = 0;
};

} // namespace Marginalia
