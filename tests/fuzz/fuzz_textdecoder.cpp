// SPDX-License-Identifier: GPL-3.0-or-later
// TextDecoder: any bytes either decode to text that keeps the header's
// promises or are refused with a reason; both line-end modes agree, and text
// read as Unicode encodes back to the very bytes it came from.
#include "fuzzsupport.h"
#include "textdecoder.h"

#include <QStringEncoder>

using Marginalia::TextDecoder;

namespace {

/// Strict UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF),
/// written apart from the decoder so the two can disagree.
bool isStrictUtf8(QByteArrayView bytes)
{
    for (qsizetype i = 0; i < bytes.size();) {
        const uchar lead = uchar(bytes[i]);
        int length = 0;
        char32_t minimum = 0;
        char32_t value = 0;
        if (lead < 0x80) {
            ++i;
            continue;
        } else if ((lead & 0xE0) == 0xC0) {
            length = 2, minimum = 0x80, value = lead & 0x1F;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3, minimum = 0x800, value = lead & 0x0F;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4, minimum = 0x10000, value = lead & 0x07;
        } else {
            return false;
        }
        if (i + length > bytes.size())
            return false;
        for (int k = 1; k < length; ++k) {
            const uchar next = uchar(bytes[i + k]);
            if ((next & 0xC0) != 0x80)
                return false;
            value = value << 6 | (next & 0x3F);
        }
        if (value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
            return false;
        i += length;
    }
    return true;
}

struct Bom
{
    QByteArrayView bytes;
    const char *name;
    QStringConverter::Encoding encoding;
};

// Longest first: UTF-32LE's mark starts with UTF-16LE's.
const Bom Boms[] = {
    { QByteArrayView("\xEF\xBB\xBF", 3), "UTF-8", QStringConverter::Utf8 },
    { QByteArrayView("\xFF\xFE\x00\x00", 4), "UTF-32LE", QStringConverter::Utf32LE },
    { QByteArrayView("\x00\x00\xFE\xFF", 4), "UTF-32BE", QStringConverter::Utf32BE },
    { QByteArrayView("\xFF\xFE", 2), "UTF-16LE", QStringConverter::Utf16LE },
    { QByteArrayView("\xFE\xFF", 2), "UTF-16BE", QStringConverter::Utf16BE },
};

const Bom *bomOf(const QByteArray &bytes)
{
    for (const Bom &bom : Boms) {
        if (bytes.startsWith(bom.bytes))
            return &bom;
    }
    return nullptr;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = Fuzz::bytes(data, size);
    const TextDecoder::Result normalised = TextDecoder::decode(bytes);
    const TextDecoder::Result kept = TextDecoder::decode(bytes, TextDecoder::LineEnds::Keep);

    FUZZ_CHECK(normalised.ok == kept.ok);
    FUZZ_CHECK(normalised.ok == normalised.error.isEmpty());
    FUZZ_CHECK(kept.ok == kept.error.isEmpty());
    const Bom *bom = bomOf(bytes);
    if (!normalised.ok) {
        FUZZ_CHECK(normalised.text.isEmpty() && kept.text.isEmpty());
        // Sound UTF-8 without NUL or C0 controls is text, unless it is only spaces.
        bool plain = !bom && isStrictUtf8(bytes);
        for (const char c : bytes)
            plain = plain && (uchar(c) >= 0x20 || c == '\t' || c == '\n' || c == '\r');
        FUZZ_CHECK(!plain || QString::fromUtf8(bytes).trimmed().isEmpty());
        return 0;
    }

    FUZZ_CHECK(!normalised.encoding.isEmpty());
    FUZZ_CHECK(normalised.encoding == kept.encoding);
    FUZZ_CHECK(normalised.byteOrderMark == kept.byteOrderMark);
    FUZZ_CHECK(normalised.byteOrderMark == (bom != nullptr));
    FUZZ_CHECK(!bom || normalised.encoding == QLatin1String(bom->name));

    // What imports store: no BOM, no CR, no NUL, no lone surrogate, something visible.
    const QString &text = normalised.text;
    // The byte-order mark and one repeated after it are dropped; a third is
    // not (the Keep text starts with it), nor is it by normalising again.
    const bool thirdBom = kept.text.startsWith(QChar(0xFEFF));
    FUZZ_CHECK(thirdBom || !text.startsWith(QChar(0xFEFF)));
    FUZZ_CHECK(!text.contains(QLatin1Char('\r')));
    FUZZ_CHECK(!text.contains(QChar(0)));
    FUZZ_CHECK(!Fuzz::hasLoneSurrogate(kept.text));
    FUZZ_CHECK(!text.trimmed().isEmpty());

    // Keep differs from Normalise only by what normalise() does.
    QString again = kept.text;
    TextDecoder::normalise(again);
    FUZZ_CHECK(again == text);
    TextDecoder::normalise(again);
    FUZZ_CHECK(thirdBom || again == text);

    // Bytes that are sound UTF-8 are read as UTF-8, never guessed as a legacy
    // encoding; and what is read as Unicode encodes back to the same bytes.
    if (!bom && isStrictUtf8(bytes))
        FUZZ_CHECK(normalised.encoding == QLatin1String("UTF-8"));
    if (!bom && normalised.encoding == QLatin1String("UTF-8")) {
        FUZZ_CHECK(isStrictUtf8(bytes));
        FUZZ_CHECK(kept.text.toUtf8() == bytes);
    }
    if (bom) {
        QStringEncoder encoder(bom->encoding, QStringConverter::Flag::Stateless);
        const QByteArray encoded = encoder.encode(kept.text);
        FUZZ_CHECK(!encoder.hasError());
        // A byte-order mark repeated right after the first is dropped with it.
        QByteArrayView rest = QByteArrayView(bytes).sliced(bom->bytes.size());
        if (rest.startsWith(bom->bytes))
            rest = rest.sliced(bom->bytes.size());
        FUZZ_CHECK(encoded == rest);
    }
    return 0;
}
