// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdecoder.h"

#include <QByteArray>
#include <QStringDecoder>

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <memory>

namespace Marginalia {

namespace {

struct Bom
{
    const char *bytes;
    int size;
    QStringConverter::Encoding encoding;
    const char *name;
};

// UTF-32LE must be tried before UTF-16LE: its BOM starts with UTF-16LE's.
constexpr Bom Boms[] = {
    { "\xEF\xBB\xBF", 3, QStringConverter::Utf8, "UTF-8" },
    { "\xFF\xFE\x00\x00", 4, QStringConverter::Utf32LE, "UTF-32LE" },
    { "\x00\x00\xFE\xFF", 4, QStringConverter::Utf32BE, "UTF-32BE" },
    { "\xFF\xFE", 2, QStringConverter::Utf16LE, "UTF-16LE" },
    { "\xFE\xFF", 2, QStringConverter::Utf16BE, "UTF-16BE" },
};

bool hasUnpairedSurrogate(QStringView text)
{
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate()) {
            if (i + 1 >= size || !text[i + 1].isLowSurrogate())
                return true;
            ++i;
        } else if (c.isLowSurrogate()) {
            return true;
        }
    }
    return false;
}

// Everything decode() needs to know about decoded text, in one pass: import
// reads every character of every file, so each extra pass shows.
struct TextScan
{
    qsizetype nulls = 0; ///< U+0000, never in text, whatever the encoding
    qsizetype controls = 0; ///< C0 controls other than tab, line ends and page breaks
    bool unpairedSurrogate = false;
    bool carriageReturn = false;
    bool visible = false; ///< anything but white space and a leading BOM
};

TextScan scanText(QStringView text)
{
    TextScan scan;
    const qsizetype size = text.size();
    const QChar *data = text.data();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t u = data[i].unicode();
        if (u < 0x20) {
            if (u == u'\r')
                scan.carriageReturn = true;
            else if (u == 0)
                ++scan.nulls;
            else if (u != u'\t' && u != u'\n' && u != u'\f' && u != u'\v')
                ++scan.controls;
            continue;
        }
        if (u >= 0xD800 && u <= 0xDFFF) {
            if (u <= 0xDBFF && i + 1 < size && data[i + 1].isLowSurrogate())
                ++i;
            else
                scan.unpairedSurrogate = true;
            scan.visible = true;
            continue;
        }
        if (!scan.visible && u != 0x20 && !(i == 0 && u == 0xFEFF) && !data[i].isSpace())
            scan.visible = true;
    }
    return scan;
}

// Text files hold tabs, line ends and the odd form feed; many other C0
// controls mean we are looking at something that is not text.
bool looksBinary(const TextScan &scan, qsizetype size)
{
    return scan.controls > 0 && scan.controls * 100 > size;
}

qsizetype codeUnitSize(QStringConverter::Encoding encoding)
{
    switch (encoding) {
    case QStringConverter::Utf16LE:
    case QStringConverter::Utf16BE:
        return 2;
    case QStringConverter::Utf32LE:
    case QStringConverter::Utf32BE:
        return 4;
    default:
        return 1;
    }
}

// Qt's UTF-32 decoder lets values above U+10FFFF and surrogate code points
// through, and some of them come out as a well-formed surrogate pair.
bool hasOnlyScalarValues(QByteArrayView bytes, QStringConverter::Encoding encoding)
{
    const bool bigEndian = encoding == QStringConverter::Utf32BE;
    for (qsizetype i = 0; i + 4 <= bytes.size(); i += 4) {
        char32_t value = 0;
        for (int k = 0; k < 4; ++k) {
            const uchar byte = uchar(bytes.at(i + (bigEndian ? k : 3 - k)));
            value = (value << 8) | byte;
        }
        if (value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
            return false;
    }
    return true;
}

bool decodeStrictly(const QByteArray &bytes, qsizetype offset, QStringConverter::Encoding encoding,
                    QString *text)
{
    // Qt's stateless UTF-16 and UTF-32 decoders turn a trailing partial code
    // unit into U+FFFD without reporting an error; a truncated file is not valid.
    if ((bytes.size() - offset) % codeUnitSize(encoding) != 0)
        return false;
    const QByteArrayView data = QByteArrayView(bytes).sliced(offset);
    if (codeUnitSize(encoding) == 4 && !hasOnlyScalarValues(data, encoding))
        return false;
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    *text = decoder.decode(data);
    return !decoder.hasError(); // the caller checks for lone surrogates in its scan
}

// Counts well-formed multi-byte UTF-8 sequences and the bytes that fit none,
// and finds the first of those. Legacy 8-bit text has almost no well-formed
// sequences; UTF-8 damaged by a stray byte or a cut has mostly well-formed ones.
// Well-formed is what the strict decoder accepts (RFC 3629): an overlong form,
// an encoded surrogate or a value above U+10FFFF counts as bytes that fit none.
struct Utf8Census
{
    qsizetype validMultiByte = 0;
    qsizetype invalidBytes = 0;
    qsizetype firstInvalid = -1;
};

Utf8Census censusOfUtf8(QByteArrayView bytes)
{
    Utf8Census census;
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size;) {
        const uchar lead = uchar(bytes[i]);
        int length = 0;
        if (lead < 0x80)
            length = 1;
        else if (lead >= 0xC2 && lead <= 0xDF)
            length = 2;
        else if (lead >= 0xE0 && lead <= 0xEF)
            length = 3;
        else if (lead >= 0xF0 && lead <= 0xF4)
            length = 4;
        bool valid = length > 0 && i + length <= size;
        for (int k = 1; valid && k < length; ++k)
            valid = (uchar(bytes[i + k]) & 0xC0) == 0x80;
        if (valid && length > 2) {
            const uchar second = uchar(bytes[i + 1]);
            valid = !(lead == 0xE0 && second < 0xA0) && !(lead == 0xED && second > 0x9F)
                && !(lead == 0xF0 && second < 0x90) && !(lead == 0xF4 && second > 0x8F);
        }
        if (!valid) {
            if (census.firstInvalid < 0)
                census.firstInvalid = i;
            ++census.invalidBytes;
            ++i;
            continue;
        }
        if (length > 1)
            ++census.validMultiByte;
        i += length;
    }
    return census;
}

struct DetectorDeleter
{
    void operator()(UCharsetDetector *d) const { ucsdet_close(d); }
};
struct ConverterDeleter
{
    void operator()(UConverter *c) const { ucnv_close(c); }
};

// Decodes with an ICU converter, refusing bytes the encoding does not map.
bool decodeWithIcu(const QByteArray &bytes, const char *encoding, QString *text)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterDeleter> converter(ucnv_open(encoding, &status));
    if (U_FAILURE(status))
        return false;
    ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr,
                        &status);
    if (U_FAILURE(status))
        return false;
    // An 8-bit encoding never yields more UTF-16 units than bytes; multi-byte
    // ones yield fewer. Two per byte leaves room for any ICU may detect.
    text->resize(bytes.size() * 2 + 1);
    const int32_t length =
        ucnv_toUChars(converter.get(), reinterpret_cast<UChar *>(text->data()),
                      int32_t(text->size()), bytes.constData(), int32_t(bytes.size()), &status);
    if (U_FAILURE(status))
        return false;
    text->resize(length);
    return !hasUnpairedSurrogate(*text);
}

// ICU reports "ISO-8859-1" for Western text with no bytes in 0x80..0x9F;
// decoding it as windows-1252 gives the same characters and, unlike
// ISO-8859-1, never C1 control codes.
const char *converterNameFor(const char *detected)
{
    if (qstrcmp(detected, "ISO-8859-1") == 0)
        return "windows-1252";
    return detected;
}

// Asks ICU's charset detector which legacy encodings fit, best first, and
// takes the first that decodes every byte.
bool decodeLegacy(const QByteArray &bytes, QString *text, QString *encoding)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, DetectorDeleter> detector(ucsdet_open(&status));
    ucsdet_setText(detector.get(), bytes.constData(), int32_t(bytes.size()), &status);
    int32_t matchCount = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(detector.get(), &matchCount, &status);
    for (int32_t i = 0; U_SUCCESS(status) && i < matchCount; ++i) {
        UErrorCode nameStatus = U_ZERO_ERROR;
        const char *name = ucsdet_getName(matches[i], &nameStatus);
        if (U_FAILURE(nameStatus) || qstrncmp(name, "UTF-", 4) == 0)
            continue; // Unicode without a BOM was ruled out before
        if (decodeWithIcu(bytes, converterNameFor(name), text)) {
            *encoding = QLatin1String(name);
            return true;
        }
    }
    return false;
}

} // namespace

TextDecoder::Result TextDecoder::decode(const QByteArray &bytes, LineEnds lineEnds)
{
    Result result;
    if (bytes.isEmpty()) {
        result.error = tr("the file is empty");
        return result;
    }

    TextScan scan;
    for (const Bom &bom : Boms) {
        if (!bytes.startsWith(QByteArrayView(bom.bytes, bom.size)))
            continue;
        bool valid = decodeStrictly(bytes, bom.size, bom.encoding, &result.text);
        if (valid) {
            scan = scanText(result.text);
            valid = !scan.unpairedSurrogate;
        }
        if (!valid) {
            result.text.clear(); // what was decoded is not the file's text
            result.error = tr("the file starts with a %1 byte-order mark but is not valid %1")
                               .arg(QLatin1String(bom.name));
            return result;
        }
        result.encoding = QLatin1String(bom.name);
        result.byteOrderMark = true;
        break;
    }

    if (result.encoding.isEmpty()) {
        if (bytes.contains('\0')) {
            result.error = tr("binary file (it contains NUL bytes)");
            return result;
        }
        bool utf8 = decodeStrictly(bytes, 0, QStringConverter::Utf8, &result.text);
        if (utf8) {
            scan = scanText(result.text);
            utf8 = !scan.unpairedSurrogate;
        }
        if (utf8) {
            result.encoding = QStringLiteral("UTF-8");
        } else if (const Utf8Census census = censusOfUtf8(bytes);
                   census.firstInvalid >= 0 && census.validMultiByte > census.invalidBytes) {
            // Guessing a legacy encoding here would import mojibake without a word.
            result.text.clear();
            result.error = tr("damaged UTF-8: %n byte(s) not valid UTF-8, the first (%1) "
                              "at byte offset %2",
                              nullptr, int(census.invalidBytes))
                               .arg(QStringLiteral("0x%1").arg(uchar(bytes.at(census.firstInvalid)),
                                                               2, 16, QLatin1Char('0')))
                               .arg(census.firstInvalid);
            return result;
        } else {
            if (!decodeLegacy(bytes, &result.text, &result.encoding)) {
                result.error = tr("cannot be decoded: not valid UTF-8 and no known encoding fits");
                result.text.clear();
                return result;
            }
            scan = scanText(result.text);
        }
    }

    if (scan.nulls > 0) {
        result.error = tr("binary file (it contains NUL characters)");
        result.text.clear();
        result.encoding.clear();
        return result;
    }
    if (looksBinary(scan, result.text.size())) {
        result.error = tr("binary file (too many control characters for text)");
        result.text.clear();
        result.encoding.clear();
        return result;
    }
    if (!scan.visible) {
        result.error = tr("the file holds no text (only white space)");
        result.text.clear();
        result.encoding.clear();
        return result;
    }
    if (lineEnds == LineEnds::Normalise) {
        // A BOM that survived (doubled, or after a legacy decode) is not text.
        if (result.text.startsWith(QChar(0xFEFF)))
            result.text.remove(0, 1);
        if (scan.carriageReturn)
            normaliseLineEnds(result.text);
    }
    result.ok = true;
    return result;
}

void TextDecoder::normalise(QString &text)
{
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    normaliseLineEnds(text);
}

void TextDecoder::normaliseLineEnds(QString &text)
{
    if (!text.contains(QLatin1Char('\r')))
        return;
    QChar *out = text.data();
    const QChar *in = out;
    const QChar *end = in + text.size();
    while (in < end) {
        if (*in == QLatin1Char('\r')) {
            *out++ = QLatin1Char('\n');
            ++in;
            if (in < end && *in == QLatin1Char('\n'))
                ++in;
        } else {
            *out++ = *in++;
        }
    }
    text.truncate(out - text.constData());
}

} // namespace Marginalia
