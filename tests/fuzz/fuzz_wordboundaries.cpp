// SPDX-License-Identifier: GPL-3.0-or-later
// WordBoundaries: words come in order without overlapping, each found again
// from either side and snapping to itself; every snap lies in the text, starts
// at a word and ends at one, covers the words it touches, never splits a
// surrogate pair or a letter from its marks, and snapping it again changes
// nothing.
#include "fuzzsupport.h"
#include "wordboundaries.h"

#include <QVector>

#include <unicode/uchar.h>

#include <algorithm>

using Marginalia::WordBoundaries;
using Span = std::pair<qsizetype, qsizetype>;

namespace {

constexpr Span noWord { -1, -1 };

char32_t codePointAt(QStringView text, qsizetype i)
{
    if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
        return QChar::surrogateToUcs4(text[i], text[i + 1]);
    return text[i].unicode();
}

char32_t codePointBefore(QStringView text, qsizetype i)
{
    if (text[i - 1].isLowSurrogate() && i >= 2 && text[i - 2].isHighSurrogate())
        return QChar::surrogateToUcs4(text[i - 2], text[i - 1]);
    return text[i - 1].unicode();
}

/// A place an offset may be: not inside a pair, not between a letter and a mark.
void checkEdge(QStringView text, qsizetype i)
{
    FUZZ_CHECK(i >= 0 && i <= text.size());
    FUZZ_CHECK(!Fuzz::splitsPair(text, i));
    if (i == 0 || i == text.size())
        return;
    const UChar32 before = UChar32(codePointBefore(text, i));
    const UChar32 after = UChar32(codePointAt(text, i));
    FUZZ_CHECK(
        !(u_isalpha(before) && u_getIntPropertyValue(after, UCHAR_WORD_BREAK) == U_WB_EXTEND));
}

bool contains(const QVector<qsizetype> &sorted, qsizetype value)
{
    return std::binary_search(sorted.cbegin(), sorted.cend(), value);
}

bool isWord(const QVector<Span> &words, const Span &span)
{
    return std::binary_search(words.cbegin(), words.cend(), span);
}

/// The words that overlap [start, end), or for an empty selection touch it.
std::pair<QVector<Span>::const_iterator, QVector<Span>::const_iterator>
touched(const QVector<Span> &words, qsizetype start, qsizetype end)
{
    const auto first = std::partition_point(words.cbegin(), words.cend(), [&](const Span &word) {
        return start == end ? word.second < start : word.second <= start;
    });
    const auto last = std::partition_point(first, words.cend(), [&](const Span &word) {
        return start == end ? word.first <= start : word.first < end;
    });
    return { first, last };
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = Fuzz::text(data, size);
    const qsizetype n = text.size();
    WordBoundaries boundaries(QStringLiteral("fr"));
    boundaries.setText(text);

    // Every word, walking forward.
    QVector<Span> words;
    QVector<qsizetype> starts;
    QVector<qsizetype> ends;
    for (Span word = boundaries.nextWord(0); word != noWord;
         word = boundaries.nextWord(word.second)) {
        FUZZ_CHECK(word.first < word.second);
        FUZZ_CHECK(words.isEmpty() || words.last().second <= word.first);
        checkEdge(text, word.first);
        checkEdge(text, word.second);
        FUZZ_CHECK(boundaries.snap(word.first, word.second) == word);
        FUZZ_CHECK(boundaries.previousWord(word.second) == word);
        words.append(word);
        starts.append(word.first);
        ends.append(word.second);
    }

    for (qsizetype i = 0; i <= n; ++i) {
        const Span next = boundaries.nextWord(i);
        FUZZ_CHECK(next == noWord || (next.first >= i && isWord(words, next)));
        const Span previous = boundaries.previousWord(i);
        FUZZ_CHECK(previous == noWord || (previous.second <= i && isWord(words, previous)));
    }

    // Selections: empty ones everywhere, and a few widths from every point.
    for (qsizetype start = 0; start <= n; ++start) {
        for (const qsizetype width : { 0, 1, 2, 5, 17 }) {
            const qsizetype end = std::min(n, start + width);
            const Span snapped = boundaries.snap(start, end);
            FUZZ_CHECK(boundaries.snap(end, start) == snapped);
            const auto [first, last] = touched(words, start, end);
            if (snapped == noWord) {
                FUZZ_CHECK(first == last); // nothing to snap to
                continue;
            }
            FUZZ_CHECK(snapped.first < snapped.second);
            FUZZ_CHECK(contains(starts, snapped.first) && contains(ends, snapped.second));
            FUZZ_CHECK(boundaries.snap(snapped.first, snapped.second) == snapped);
            if (start == end) {
                FUZZ_CHECK(isWord(words, snapped));
                continue;
            }
            if (first != last)
                FUZZ_CHECK(snapped.first <= first->first && (last - 1)->second <= snapped.second);
        }
    }
    FUZZ_CHECK(boundaries.snap(-5, n + 5) == boundaries.snap(0, n));
    return 0;
}
