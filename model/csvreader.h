// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

namespace Marginalia {

/// Reads RFC 4180 CSV from decoded text, one record at a time: fields
/// quoted or not, doubled quotes, delimiters and line breaks inside quoted
/// fields, LF or CRLF record ends. Blank lines are skipped.
///
/// A malformed record (an unterminated quoted field, a quote inside a quoted
/// field that is not doubled) is returned with an error and its start line;
/// reading goes on at the physical line after that start, so one stray quote
/// costs one record, not the rest of the file.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    struct Record
    {
        qsizetype line = 0; ///< physical line (from 1) where the record starts
        QStringList fields;
        QString error; ///< why the record is malformed; empty when it is sound
    };

    /// Appends more text to its argument; false when there is no more.
    using Refill = std::function<bool(QString *)>;

    CsvReader(const QString &text, QChar delimiter);
    /// Reads \a text, then whatever \a refill appends, for files read in
    /// pieces: a record cut by the end of a piece is read again whole, and
    /// the text before the record being read is let go.
    CsvReader(const QString &text, QChar delimiter, Refill refill);

    /// The next record; false at the end of the text.
    bool next(Record *record);
    /// How far reading has come, in UTF-16 units of the text, for progress.
    qsizetype position() const { return m_dropped + m_position; }

    /// Comma, semicolon or tab: whichever occurs most often outside quotes in
    /// the first record (the header); comma when none does.
    static QChar detectDelimiter(QStringView text);

private:
    enum class Outcome { Record, End, NeedMore };
    /// Reads one record from m_position; NeedMore when it reached the end
    /// of the text read so far and a refill may still complete it.
    Outcome read(Record *record);
    /// Lets go of the text already read and appends more; false at the end.
    bool refill();
    /// Skips to the physical line after \a line, which starts at \a lineStart.
    void resumeAfter(qsizetype lineStart, qsizetype line);

    QString m_text;
    QChar m_delimiter;
    qsizetype m_position = 0;
    qsizetype m_line = 1;
    Refill m_refill; ///< empty once the text is complete
    qsizetype m_dropped = 0; ///< UTF-16 units let go from the front
};

} // namespace Marginalia
