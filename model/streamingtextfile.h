// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QString>
#include <QStringDecoder>

namespace Marginalia {

/// A UTF-8 text file read a piece at a time, for tables too large to hold
/// whole (a year's annotation export is 1.4 GiB, three times that decoded).
/// The text is what TextDecoder gives for the whole file: the first piece is
/// decoded by it (so the checks for binary files and damaged UTF-8 apply),
/// the BOM is dropped, CRLF and lone CR become LF even where a piece ends
/// between the two, and a multi-byte character cut by a piece is joined.
///
/// Only UTF-8 is read this way: a legacy encoding is guessed from the whole
/// file, and a file in one is refused with a message that says so.
class StreamingTextFile
{
    Q_DECLARE_TR_FUNCTIONS(StreamingTextFile)
public:
    static constexpr qint64 DefaultPieceBytes = 8LL * 1024 * 1024;

    /// Opens \a path (through InputFileCheck's checks) and decodes its first
    /// piece of about \a pieceBytes; false with \a error (without the path).
    bool open(const QString &path, qint64 pieceBytes, QString *error);

    /// Appends the next piece of text to \a text; false at the end of the
    /// file or on an error (then error() says what is wrong).
    bool readMore(QString *text);

    QString error() const { return m_error; }
    QString encoding() const { return m_encoding; }
    /// The file's size and how much of it was read, in bytes, for progress.
    qint64 size() const { return m_size; }
    qint64 bytesRead() const { return m_read; }
    bool atEnd() const { return m_first.isEmpty() && m_finished; }

private:
    /// Line ends of \a piece to LF; a CR at its end waits for the next piece.
    void appendNormalised(QStringView piece, QString *text);

    QFile m_file;
    QStringDecoder m_decoder;
    QString m_first; ///< the first piece, decoded at open(), until read
    QString m_encoding;
    QString m_error;
    qint64 m_pieceBytes = DefaultPieceBytes;
    qint64 m_size = 0;
    qint64 m_read = 0;
    bool m_finished = false;
    bool m_pendingCarriageReturn = false;
};

} // namespace Marginalia
