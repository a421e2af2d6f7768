// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvreader.h"
#include "streamingtextfile.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <memory>
#include <optional>

namespace Marginalia {

/// Reads a table of records from a CSV or JSONL file, row by row, with the
/// physical line each row starts on: the header's columns for CSV, the keys
/// of the objects for JSONL (those of the first 100 objects, then any new
/// ones as they are met). The file is decoded
/// as a text file is (TextDecoder: BOM, strict UTF-8, legacy encodings) and
/// its line ends become LF, inside quoted fields too.
class TableFileReader
{
    Q_DECLARE_TR_FUNCTIONS(TableFileReader)
public:
    enum class Format { Csv, Jsonl };
    /// The whole file is decoded in memory (about three times its size).
    static constexpr qint64 DefaultMaxFileBytes = 1024LL * 1024 * 1024;

    struct Options
    {
        std::optional<Format> format; ///< unset: from the file name's extension
        QChar delimiter; ///< CSV: null to detect comma, semicolon or tab from the header
        qint64 maxFileBytes = DefaultMaxFileBytes;
        bool jsonObjects = false; ///< JSONL: give each row's object instead of values
        /// > 0: read only about this much, up to a line end, for a preview.
        qint64 previewBytes = 0;
        /// Read the file a piece at a time (StreamingTextFile): no limit on
        /// its size and memory for one piece, but only UTF-8 when it is
        /// larger than one piece. maxFileBytes does not apply.
        bool streaming = false;
        qint64 pieceBytes = StreamingTextFile::DefaultPieceBytes;
    };

    struct Row
    {
        qsizetype line = 0; ///< physical line (from 1) where the row starts
        QStringList values; ///< one per column, "" where a JSONL object lacks the key
        QJsonObject object; ///< JSONL with Options::jsonObjects: the row as read
        QString error; ///< why the row cannot be read; values are then empty
    };

    TableFileReader();
    ~TableFileReader();

    /// A JSON value as a cell: strings as they are, whole numbers without a
    /// fraction, arrays and objects as compact JSON, null as "".
    static QString jsonValueText(const QJsonValue &value);

    /// .csv and .tsv are CSV, .jsonl and .ndjson are JSONL; nullopt otherwise.
    static std::optional<Format> formatForPath(const QString &path);

    /// Reads and decodes the file and its header; false with a message
    /// naming the file and what is wrong.
    bool open(const QString &path, const Options &options, QString *error);
    /// The same for a file's bytes already in memory, in \a format (the
    /// options' format and sizes do not apply); the message names no file.
    bool openBytes(const QByteArray &bytes, Format format, const Options &options, QString *error);

    Format format() const { return m_format; }
    QChar delimiter() const { return m_delimiter; }
    QString encoding() const { return m_encoding; }
    const QStringList &columns() const { return m_columns; }
    /// The column of that exact name, -1 if none.
    qsizetype columnIndex(const QString &name) const { return m_index.value(name, -1); }

    /// The next row; false at the end of the file, or where a file read in
    /// pieces could not be read further (then error() says why).
    bool next(Row *row);
    /// Why a file read in pieces ended early, naming the file; empty if not.
    QString error() const;
    /// Progress through the file, out of size(): UTF-16 units of the text,
    /// or bytes of a file read in pieces.
    qint64 position() const;
    qint64 size() const { return m_stream ? m_stream->size() : m_text.size(); }

private:
    /// Takes the decoded text and reads the header (CSV) or the keys (JSONL).
    bool start(Format format, QString text, const QString &encoding, const Options &options,
               QString *error);
    bool nextJsonl(Row *row);
    /// Reads the next piece of a streamed file into the text; false at its end.
    bool readMore(QString *text);
    void addColumn(const QString &name);

    Format m_format = Format::Csv;
    QChar m_delimiter;
    QString m_encoding;
    QString m_text;
    QStringList m_columns;
    QHash<QString, qsizetype> m_index;
    std::unique_ptr<CsvReader> m_csv;
    std::unique_ptr<StreamingTextFile> m_stream; ///< a file read in pieces
    QString m_path; ///< as shown in messages
    bool m_scanningKeys = false; ///< JSONL: the first objects, read again after
    qsizetype m_position = 0; ///< JSONL: start of the next line
    qsizetype m_line = 1; ///< JSONL: its number
    bool m_jsonObjects = false;
};

} // namespace Marginalia
