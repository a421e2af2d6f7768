// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlstatement.h"

#include <QStringDecoder>

#include <sqlite3.h>

namespace Marginalia {

SqlStatement::SqlStatement(sqlite3_stmt *statement)
    : m_statement(statement)
{
}

SqlStatement::~SqlStatement()
{
    if (m_statement) {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
    }
}

SqlStatement &SqlStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
    return *this;
}

SqlStatement &SqlStatement::bind(int index, const QString &value)
{
    return bindUtf8(index, value.toUtf8());
}

SqlStatement &SqlStatement::bindUtf8(int index, const QByteArray &value)
{
    sqlite3_bind_text64(m_statement, index, value.constData(), sqlite3_uint64(value.size()),
                        SQLITE_TRANSIENT, SQLITE_UTF8);
    return *this;
}

SqlStatement &SqlStatement::bindId(int index, qint64 id)
{
    return id > 0 ? bind(index, id) : bindNull(index);
}

SqlStatement &SqlStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
    return *this;
}

bool SqlStatement::next()
{
    if (!m_statement) {
        m_result = SQLITE_MISUSE;
        return false;
    }
    m_result = sqlite3_step(m_statement);
    return m_result == SQLITE_ROW;
}

bool SqlStatement::exec()
{
    if (!m_statement) {
        m_result = SQLITE_MISUSE;
        return false;
    }
    m_result = sqlite3_step(m_statement);
    return m_result == SQLITE_DONE || m_result == SQLITE_ROW;
}

qint64 SqlStatement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString SqlStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    const int size = sqlite3_column_bytes(m_statement, column);
    return decodeUtf8(QByteArrayView(data, size));
}

QString SqlStatement::decodeUtf8(QByteArrayView bytes)
{
    // QString::fromUtf8 decodes the same, replacement characters included,
    // except that a text starting with a byte order mark must keep it as
    // U+FEFF; a decoder made per call cost a fifth of reading the article
    // list.
    if (!bytes.startsWith("\xEF\xBB\xBF"))
        return QString::fromUtf8(bytes);
    QStringDecoder decoder(QStringDecoder::Utf8,
                           QStringDecoder::Flag::Stateless
                               | QStringDecoder::Flag::ConvertInitialBom);
    return decoder.decode(bytes);
}

bool SqlStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

SqlStatement::Type SqlStatement::type(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return Type::Integer;
    case SQLITE_FLOAT:
        return Type::Float;
    case SQLITE_TEXT:
        return Type::Text;
    case SQLITE_BLOB:
        return Type::Blob;
    default:
        return Type::Null;
    }
}

QByteArrayView SqlStatement::bytes(int column) const
{
    // Asked for as what it is, so SQLite converts nothing.
    const void *data = sqlite3_column_type(m_statement, column) == SQLITE_BLOB
        ? sqlite3_column_blob(m_statement, column)
        : static_cast<const void *>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(static_cast<const char *>(data),
                          sqlite3_column_bytes(m_statement, column));
}

} // namespace Marginalia
