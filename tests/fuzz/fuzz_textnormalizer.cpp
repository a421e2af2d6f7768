// SPDX-License-Identifier: GPL-3.0-or-later
// TextNormalizer: the fast path gives what the definition gives (ICU over the
// whole text), and the map back to the source keeps the header's promises:
// segments in order and in range, unit-for-unit stretches between them,
// monotonic maps, boundaries that map to one source index, and the source
// between two boundaries normalising to the text between them.
#include "fuzzsupport.h"
#include "textnormalizer.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

using Marginalia::TextNormalizer;
using Options = TextNormalizer::Options;

namespace {

icu::UnicodeString toIcu(QStringView text)
{
    return icu::UnicodeString(reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()));
}

/// The header's definition, step by step over the whole text.
QString definition(QStringView text, Options options)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *nfc = icu::Normalizer2::getNFCInstance(status);
    const icu::Normalizer2 *nfd = icu::Normalizer2::getNFDInstance(status);
    icu::UnicodeString t = nfc->normalize(toIcu(text), status);
    if (options.foldCase)
        t = nfc->normalize(t.foldCase(U_FOLD_CASE_DEFAULT), status);
    if (options.foldAccents) {
        const icu::UnicodeString decomposed = nfd->normalize(t, status);
        icu::UnicodeString kept;
        for (int32_t i = 0; i < decomposed.length(); i = decomposed.moveIndex32(i, 1)) {
            const UChar32 c = decomposed.char32At(i);
            if (u_charType(c) != U_NON_SPACING_MARK)
                kept.append(c);
        }
        t = nfc->normalize(kept, status);
    }
    FUZZ_CHECK(U_SUCCESS(status));
    return QString(reinterpret_cast<const QChar *>(t.getBuffer()), t.length());
}

void checkMap(QStringView source, Options options)
{
    const TextNormalizer::Mapped mapped = TextNormalizer::normalizeWithMap(source, options);
    const QString &text = mapped.text;
    FUZZ_CHECK(text == TextNormalizer::normalize(source, options));
    FUZZ_CHECK(text == definition(source, options));

    // Segments in order, in range, with unit-for-unit copies between them.
    qsizetype textAt = 0;
    qsizetype sourceAt = 0;
    const auto checkCopy = [&](qsizetype textEnd, qsizetype sourceEnd) {
        FUZZ_CHECK(textEnd - textAt == sourceEnd - sourceAt);
        const QStringView copied = source.sliced(sourceAt, sourceEnd - sourceAt);
        FUZZ_CHECK(TextNormalizer::normalize(copied, options)
                   == QStringView(text).sliced(textAt, textEnd - textAt));
    };
    for (const TextNormalizer::Segment &segment : mapped.segments) {
        FUZZ_CHECK(segment.textStart >= textAt && segment.textStart <= segment.textEnd);
        FUZZ_CHECK(segment.sourceStart >= sourceAt && segment.sourceStart < segment.sourceEnd);
        FUZZ_CHECK(segment.textEnd <= text.size() && segment.sourceEnd <= source.size());
        checkCopy(segment.textStart, segment.sourceStart);
        textAt = segment.textEnd;
        sourceAt = segment.sourceEnd;
    }
    checkCopy(text.size(), source.size());

    // The maps: monotonic, in range, exact at boundaries, widening inside segments.
    qsizetype lastStart = 0;
    qsizetype lastEnd = 0;
    qsizetype lastBoundary = 0;
    for (qsizetype t = 0; t <= text.size(); ++t) {
        const qsizetype start = mapped.sourceStart(t);
        const qsizetype end = mapped.sourceEnd(t);
        FUZZ_CHECK(start >= lastStart && end >= lastEnd);
        FUZZ_CHECK(start >= 0 && start <= source.size() && end >= 0 && end <= source.size());
        lastStart = start;
        lastEnd = end;
        const bool boundary = mapped.isBoundary(t);
        if (Fuzz::splitsPair(text, t))
            FUZZ_CHECK(!boundary);
        if (!boundary) {
            // Inside a segment the maps widen to it; between the halves of a
            // pair they give one index: the source's halves, or (lone
            // surrogates joined by dropping a mark between them, as the
            // definition does) where the second one was.
            FUZZ_CHECK(start < end || (Fuzz::splitsPair(text, t) && start == end));
            continue;
        }
        FUZZ_CHECK(start == end);
        FUZZ_CHECK(!Fuzz::splitsPair(source, start));
        // What lies between two neighbouring boundaries maps back exactly.
        if (t > 0) {
            const qsizetype from = mapped.sourceStart(lastBoundary);
            FUZZ_CHECK(TextNormalizer::normalize(source.sliced(from, end - from), options)
                       == QStringView(text).sliced(lastBoundary, t - lastBoundary));
        }
        lastBoundary = t;
    }
    FUZZ_CHECK(mapped.sourceStart(0) <= mapped.sourceEnd(0));
    FUZZ_CHECK(mapped.sourceEnd(text.size()) == source.size());
    FUZZ_CHECK(mapped.isBoundary(0) && mapped.isBoundary(text.size()));

    // A span between any two boundaries, here the text's halves, maps back too.
    qsizetype middle = text.size() / 2;
    while (middle > 0 && !mapped.isBoundary(middle))
        --middle;
    const qsizetype split = mapped.sourceStart(middle);
    FUZZ_CHECK(TextNormalizer::normalize(source.left(split), options) == text.left(middle));
    FUZZ_CHECK(TextNormalizer::normalize(source.sliced(split), options) == text.sliced(middle));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString source = Fuzz::text(data, size);
    for (const bool foldCase : { false, true }) {
        for (const bool foldAccents : { false, true })
            checkMap(source, Options { foldCase, foldAccents });
    }
    return 0;
}
