// SPDX-License-Identifier: GPL-3.0-or-later
#include "textnormalizer.h"

#include <QMutex>
#include <QMutexLocker>

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <memory>

namespace Marginalia {

namespace {

using Options = TextNormalizer::Options;
using Segment = TextNormalizer::Segment;

const UNormalizer2 *nfc()
{
    static const UNormalizer2 *const instance = [] {
        UErrorCode status = U_ZERO_ERROR;
        return unorm2_getNFCInstance(&status);
    }();
    return instance;
}

const UNormalizer2 *nfd()
{
    static const UNormalizer2 *const instance = [] {
        UErrorCode status = U_ZERO_ERROR;
        return unorm2_getNFDInstance(&status);
    }();
    return instance;
}

const UChar *icuText(QStringView text)
{
    return reinterpret_cast<const UChar *>(text.utf16());
}

UChar *icuBuffer(QString &buffer)
{
    return reinterpret_cast<UChar *>(buffer.data());
}

QString applyNormalizer(const UNormalizer2 *normalizer, QStringView text)
{
    UErrorCode status = U_ZERO_ERROR;
    if (unorm2_isNormalized(normalizer, icuText(text), int32_t(text.size()), &status)
        && U_SUCCESS(status))
        return text.toString();
    QString out(text.size() * 2 + 8, Qt::Uninitialized);
    status = U_ZERO_ERROR;
    int32_t length = unorm2_normalize(normalizer, icuText(text), int32_t(text.size()),
                                      icuBuffer(out), int32_t(out.size()), &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
        out.resize(length);
        status = U_ZERO_ERROR;
        length = unorm2_normalize(normalizer, icuText(text), int32_t(text.size()), icuBuffer(out),
                                  int32_t(out.size()), &status);
    }
    if (U_FAILURE(status))
        return text.toString();
    out.resize(length);
    return out;
}

QString foldCase(QStringView text)
{
    QString out(text.size() + 8, Qt::Uninitialized);
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = u_strFoldCase(icuBuffer(out), int32_t(out.size()), icuText(text),
                                   int32_t(text.size()), U_FOLD_CASE_DEFAULT, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
        out.resize(length);
        status = U_ZERO_ERROR;
        length = u_strFoldCase(icuBuffer(out), int32_t(out.size()), icuText(text),
                               int32_t(text.size()), U_FOLD_CASE_DEFAULT, &status);
    }
    if (U_FAILURE(status))
        return text.toString();
    out.resize(length);
    return out;
}

QString withoutNonspacingMarks(QStringView text)
{
    QString out;
    out.reserve(text.size());
    const UChar *s = icuText(text);
    const int32_t n = int32_t(text.size());
    for (int32_t i = 0; i < n;) {
        const int32_t start = i;
        UChar32 c;
        U16_NEXT(s, i, n, c);
        if (u_charType(c) != U_NON_SPACING_MARK)
            out.append(QStringView(text).sliced(start, i - start));
    }
    return out;
}

/// The definition of the normalisation, step by step, for one segment (or
/// any text): what the tables cache and the slow path runs.
QString pipeline(QStringView text, Options options)
{
    QString t = applyNormalizer(nfc(), text);
    if (options.foldCase)
        t = foldCase(t);
    if (options.foldAccents)
        t = applyNormalizer(nfc(), withoutNonspacingMarks(applyNormalizer(nfd(), t)));
    else if (options.foldCase)
        t = applyNormalizer(nfc(), t); // folding may leave a text that is no longer NFC
    return t;
}

// The bits of a table entry, one per BMP code unit.
constexpr quint32 UnitMask = 0xFFFF;
/// An NFC segment may start at this code unit.
constexpr quint32 Boundary = 1u << 16;
/// The code unit alone normalises to the one unit in UnitMask; otherwise to
/// Block::results[entry & UnitMask] (empty or several units).
constexpr quint32 Single = 1u << 17;
/// A nonspacing mark that joins the segment before it, that case folding
/// leaves alone and that decomposes to itself: accent folding drops it
/// whatever it follows, so a base with such marks folds like the base alone.
constexpr quint32 FoldableMark = 1u << 18;
constexpr quint32 Surrogate = 1u << 19;

struct Block
{
    std::array<quint32, 256> entries {};
    QVector<QString> results;
};

/// Per-character results for one set of options, computed with ICU the first
/// time a 256-character block is met.
class Tables
{
public:
    explicit Tables(Options options)
        : m_options(options)
    {
    }
    ~Tables()
    {
        for (auto &block : m_blocks)
            delete block.load();
    }
    Tables(const Tables &) = delete;
    Tables &operator=(const Tables &) = delete;

    const Block &block(char16_t c)
    {
        const Block *block = m_blocks[c >> 8].load(std::memory_order_acquire);
        return block ? *block : build(c >> 8);
    }

    quint32 entry(char16_t c) { return block(c).entries[c & 0xFF]; }

private:
    const Block &build(int high)
    {
        const QMutexLocker locker(&m_mutex);
        if (const Block *done = m_blocks[high].load(std::memory_order_acquire))
            return *done;
        auto block = std::make_unique<Block>();
        for (int low = 0; low < 256; ++low) {
            const char16_t c = char16_t(high << 8 | low);
            if (QChar::isSurrogate(c)) {
                block->entries[low] = Surrogate;
                continue;
            }
            quint32 entry = unorm2_hasBoundaryBefore(nfc(), c) ? Boundary : 0u;
            const QStringView alone(&c, 1);
            const QString result = pipeline(alone, m_options);
            if (result.size() == 1) {
                entry |= Single | result.at(0).unicode();
            } else {
                entry |= quint32(block->results.size());
                block->results.append(result);
            }
            if (!(entry & Boundary) && u_charType(c) == U_NON_SPACING_MARK
                && foldCase(alone) == alone && applyNormalizer(nfd(), alone) == alone)
                entry |= FoldableMark;
            block->entries[low] = entry;
        }
        const Block *built = block.release();
        m_blocks[high].store(built, std::memory_order_release);
        return *built;
    }

    const Options m_options;
    std::array<std::atomic<const Block *>, 256> m_blocks {};
    QMutex m_mutex;
};

Tables &tablesFor(Options options)
{
    static const std::array<std::unique_ptr<Tables>, 4> all = {
        std::make_unique<Tables>(Options { false, false }),
        std::make_unique<Tables>(Options { false, true }),
        std::make_unique<Tables>(Options { true, false }),
        std::make_unique<Tables>(Options { true, true }),
    };
    return *all[(options.foldCase ? 2 : 0) + (options.foldAccents ? 1 : 0)];
}

/// ASCII with case folding is ASCII lower-casing.
constexpr std::array<char16_t, 128> asciiTable(bool foldCase)
{
    std::array<char16_t, 128> table {};
    for (int c = 0; c < 128; ++c)
        table[c] = char16_t(foldCase && c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    return table;
}

constexpr std::array<char16_t, 128> foldedAscii = asciiTable(true);
constexpr std::array<char16_t, 128> plainAscii = asciiTable(false);

/// Normalises \a source segment by segment, recording in \a segments (when
/// WithMap) every segment whose result is not a unit-for-unit copy in length.
template<bool WithMap>
QString normalizeSegments(QStringView source, Options options, QVector<Segment> *segments)
{
    const qsizetype n = source.size();
    const char16_t *s = source.utf16();
    Tables &tables = tablesFor(options);
    const std::array<char16_t, 128> &ascii = options.foldCase ? foldedAscii : plainAscii;

    QString out(n + 16, Qt::Uninitialized);
    char16_t *o = reinterpret_cast<char16_t *>(out.data());
    qsizetype capacity = out.size();
    qsizetype w = 0;
    const auto reserve = [&](qsizetype extra) {
        if (w + extra <= capacity)
            return;
        out.resize(std::max(capacity * 2, w + extra));
        o = reinterpret_cast<char16_t *>(out.data());
        capacity = out.size();
    };
    const auto append = [&](QStringView result) {
        reserve(result.size());
        std::copy(result.utf16(), result.utf16() + result.size(), o + w);
        w += result.size();
    };
    const auto record = [&](qsizetype textStart, qsizetype sourceStart, qsizetype sourceEnd) {
        if constexpr (WithMap)
            segments->append({ textStart, w, sourceStart, sourceEnd });
        Q_UNUSED(textStart);
        Q_UNUSED(sourceStart);
        Q_UNUSED(sourceEnd);
    };
    const auto isPairAt = [&](qsizetype j) {
        return QChar::isHighSurrogate(s[j]) && j + 1 < n && QChar::isLowSurrogate(s[j + 1]);
    };
    const auto boundaryAt = [&](qsizetype j) {
        const char16_t d = s[j];
        if (d < 0x300) // all starters that combine with nothing before them
            return true;
        if (!QChar::isSurrogate(d))
            return (tables.entry(d) & Boundary) != 0;
        if (isPairAt(j))
            return bool(unorm2_hasBoundaryBefore(nfc(), QChar::surrogateToUcs4(d, s[j + 1])));
        return true; // a lone surrogate stands alone
    };

    qsizetype i = 0;
    while (i < n) {
        // Runs of ASCII with no mark after them: most of a Latin-script text.
        reserve(1);
        const qsizetype runEnd = std::min(n - 1, i + (capacity - w));
        while (i < runEnd && s[i] < 0x80 && s[i + 1] < 0x300)
            o[w++] = ascii[s[i++]];
        if (i == n - 1 && s[i] < 0x80) {
            o[w++] = ascii[s[i++]];
            break;
        }
        if (i >= n)
            break;

        const char16_t c = s[i];
        const qsizetype textStart = w;
        if (!QChar::isSurrogate(c)) {
            const Block &block = tables.block(c);
            const quint32 entry = block.entries[c & 0xFF];
            qsizetype end = i + 1;
            if (options.foldAccents) {
                while (end < n && !QChar::isSurrogate(s[end])
                       && (tables.entry(s[end]) & FoldableMark))
                    ++end;
            }
            if (end == n || boundaryAt(end)) {
                if (entry & Single) {
                    reserve(1);
                    o[w++] = char16_t(entry & UnitMask);
                } else {
                    append(block.results.at(entry & UnitMask));
                }
                if (end > i + 1 || !(entry & Single))
                    record(textStart, i, end);
                i = end;
                continue;
            }
        }

        // Anything else: the whole segment through ICU.
        qsizetype end = i + (isPairAt(i) ? 2 : 1);
        const bool oneCodePoint = [&] {
            const qsizetype first = end;
            while (end < n && !boundaryAt(end))
                end += isPairAt(end) ? 2 : 1;
            return end == first;
        }();
        const QString result = pipeline(source.sliced(i, end - i), options);
        append(result);
        const bool unitForUnit = oneCodePoint && result.size() == end - i
            && (result.size() == 1 || result.at(0).isHighSurrogate());
        if (!unitForUnit)
            record(textStart, i, end);
        i = end;
    }
    out.resize(w);
    return out;
}

} // namespace

QString TextNormalizer::normalize(QStringView text)
{
    return normalize(text, Options());
}

QString TextNormalizer::normalize(QStringView text, Options options)
{
    return normalizeSegments<false>(text, options, nullptr);
}

TextNormalizer::Mapped TextNormalizer::normalizeWithMap(QStringView text)
{
    return normalizeWithMap(text, Options());
}

TextNormalizer::Mapped TextNormalizer::normalizeWithMap(QStringView text, Options options)
{
    Mapped mapped;
    mapped.text = normalizeSegments<true>(text, options, &mapped.segments);
    return mapped;
}

qsizetype TextNormalizer::Mapped::sourceStart(qsizetype textIndex) const
{
    // The last segment that starts at or before textIndex.
    const auto after = std::upper_bound(
        segments.cbegin(), segments.cend(), textIndex,
        [](qsizetype index, const Segment &segment) { return index < segment.textStart; });
    if (after == segments.cbegin())
        return textIndex;
    const Segment &segment = *(after - 1);
    if (textIndex < segment.textEnd)
        return segment.sourceStart;
    return textIndex + (segment.sourceEnd - segment.textEnd);
}

qsizetype TextNormalizer::Mapped::sourceEnd(qsizetype textEnd) const
{
    // The last segment that starts before textEnd.
    auto after = std::lower_bound(
        segments.cbegin(), segments.cend(), textEnd,
        [](const Segment &segment, qsizetype index) { return segment.textStart < index; });
    qsizetype end = textEnd;
    if (after != segments.cbegin()) {
        const Segment &segment = *(after - 1);
        end = textEnd <= segment.textEnd ? segment.sourceEnd
                                         : textEnd + (segment.sourceEnd - segment.textEnd);
    }
    // Segments that produced nothing right at textEnd (a Thai vowel sign, a
    // variation selector, a grapheme joiner: marks that start a segment of
    // their own) extend the character before them, so the span takes them.
    for (; after != segments.cend() && after->textStart == textEnd && after->textEnd == textEnd;
         ++after)
        end = after->sourceEnd;
    return end;
}

bool TextNormalizer::Mapped::isBoundary(qsizetype textIndex) const
{
    if (textIndex <= 0 || textIndex >= text.size())
        return true;
    if (text.at(textIndex - 1).isHighSurrogate() && text.at(textIndex).isLowSurrogate())
        return false;
    const auto after = std::lower_bound(
        segments.cbegin(), segments.cend(), textIndex,
        [](const Segment &segment, qsizetype index) { return segment.textStart < index; });
    return after == segments.cbegin() || textIndex >= (after - 1)->textEnd;
}

} // namespace Marginalia
