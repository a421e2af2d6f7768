// SPDX-License-Identifier: GPL-3.0-or-later
#include "streamingtextfile.h"

#include "inputfilecheck.h"
#include "textdecoder.h"

#include <limits>

namespace Marginalia {

namespace {

constexpr char LineFeed = '\n';
constexpr char CarriageReturn = '\r';

bool isContinuation(char byte)
{
    return (uchar(byte) & 0xC0) == 0x80;
}

/// How many bytes the last UTF-8 character of \a bytes lacks (0 when it is
/// whole); \a lead is set to where that character starts.
qsizetype missingBytes(const QByteArray &bytes, qsizetype *lead)
{
    qsizetype at = bytes.size();
    while (at > 0 && bytes.size() - at < 4 && isContinuation(bytes.at(at - 1)))
        --at;
    *lead = bytes.size();
    if (at == 0)
        return 0; // only continuation bytes: the decoder refuses them
    --at;
    const uchar first = uchar(bytes.at(at));
    const qsizetype length = first < 0xC0 ? 1 : first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : 2;
    if (at + length <= bytes.size())
        return 0;
    *lead = at;
    return at + length - bytes.size();
}

bool startsWithWideByteOrderMark(const QByteArray &bytes)
{
    return bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")
        || bytes.startsWith(QByteArrayView("\x00\x00\xFE\xFF", 4));
}

} // namespace

bool StreamingTextFile::open(const QString &path, qint64 pieceBytes, QString *error)
{
    const auto fail = [&](const QString &message) {
        m_error = message;
        if (error)
            *error = message;
        return false;
    };
    m_pieceBytes = qMax<qint64>(pieceBytes, 16);
    QByteArray bytes;
    bool whole = true;
    QString reason;
    if (!InputFileCheck::readStart(path, std::numeric_limits<qint64>::max() - 1, m_pieceBytes,
                                   &bytes, &whole, &reason))
        return fail(reason);
    if (whole) {
        // All of it fits in one piece: any encoding TextDecoder knows.
        TextDecoder::Result decoded = TextDecoder::decode(bytes);
        if (!decoded.ok)
            return fail(decoded.error);
        m_first = std::move(decoded.text);
        m_encoding = decoded.encoding;
        m_size = m_read = bytes.size();
        m_finished = true;
        return true;
    }
    if (startsWithWideByteOrderMark(bytes))
        return fail(tr("too large to read whole, and only UTF-8 is read in pieces: save it as "
                       "UTF-8 to import it"));
    // The first piece ends after a line, or failing that after a whole
    // character that is not a CR (its LF may follow in the next piece).
    qsizetype cut = bytes.lastIndexOf(LineFeed) + 1;
    if (cut <= 0) {
        missingBytes(bytes, &cut);
        while (cut > 0 && bytes.at(cut - 1) == CarriageReturn)
            --cut;
    }
    bytes.truncate(cut);
    TextDecoder::Result decoded = TextDecoder::decode(bytes);
    if (!decoded.ok)
        return fail(decoded.error);
    if (!decoded.encoding.startsWith(QLatin1String("UTF-8")))
        return fail(tr("too large to read whole, and only UTF-8 is read in pieces (this file "
                       "looks like %1): save it as UTF-8 to import it")
                        .arg(decoded.encoding));
    m_first = std::move(decoded.text);
    m_encoding = decoded.encoding;
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly) || !m_file.seek(cut))
        return fail(tr("cannot be read: %1").arg(m_file.errorString()));
    m_size = m_file.size();
    m_read = cut;
    return true;
}

bool StreamingTextFile::readMore(QString *text)
{
    if (!m_first.isEmpty()) {
        text->append(m_first);
        m_first.clear();
        return true;
    }
    if (m_finished || !m_error.isEmpty())
        return false;
    QByteArray bytes = m_file.read(m_pieceBytes);
    if (bytes.isEmpty()) {
        m_finished = true;
        if (m_file.error() != QFileDevice::NoError) {
            m_error = tr("cannot be read after byte %1: %2").arg(m_read).arg(m_file.errorString());
            return false;
        }
        if (m_pendingCarriageReturn) {
            m_pendingCarriageReturn = false;
            text->append(QLatin1Char('\n'));
            return true;
        }
        return false;
    }
    const qint64 pieceStart = m_read;
    // A character cut by the end of the piece is completed from the next.
    qsizetype lead = 0;
    if (const qsizetype missing = missingBytes(bytes, &lead); missing > 0)
        bytes.append(m_file.read(missing));
    m_read += bytes.size();
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0) {
        m_error = tr("binary file (a NUL byte at byte offset %1)").arg(pieceStart + nul);
        return false;
    }
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString decoded = decoder.decode(bytes);
    if (decoder.hasError()) {
        m_error = tr("damaged UTF-8 between byte offsets %1 and %2").arg(pieceStart).arg(m_read);
        return false;
    }
    appendNormalised(decoded, text);
    return true;
}

void StreamingTextFile::appendNormalised(QStringView piece, QString *text)
{
    qsizetype from = 0;
    if (m_pendingCarriageReturn) {
        m_pendingCarriageReturn = false;
        text->append(QLatin1Char('\n'));
        if (piece.startsWith(QLatin1Char('\n')))
            from = 1;
    }
    if (piece.endsWith(QLatin1Char('\r')) && piece.size() > from) {
        m_pendingCarriageReturn = true;
        piece.chop(1);
    }
    QString normalised = piece.mid(from).toString();
    TextDecoder::normaliseLineEnds(normalised);
    text->append(normalised);
}

} // namespace Marginalia
