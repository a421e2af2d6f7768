// SPDX-License-Identifier: GPL-3.0-or-later
#include "wordboundaries.h"

#include "frenchelision.h"

#include <QStringView>

#include <unicode/ubrk.h>

#include <algorithm>

namespace Marginalia {

namespace {

constexpr std::pair<qsizetype, qsizetype> noWord { -1, -1 };

/// Whether the number \a group starts with exactly three digits, as the
/// group after a thousands separator does.
bool isThousandsGroup(QStringView group)
{
    if (group.size() < 3)
        return false;
    for (qsizetype i = 0; i < 3; ++i) {
        if (!group[i].isDigit())
            return false;
    }
    return group.size() == 3 || !group[3].isDigit();
}

/// Joins the two halves of a compound ("Jean-Pierre", "SUD-Rail",
/// "COVID-19"): the hyphen-minus, the hyphen and the non-breaking hyphen.
/// Dashes (– —) separate.
bool isJoiningHyphen(QChar c)
{
    return c == QLatin1Char('-') || c == QChar(u'\u2010') || c == QChar(u'\u2011');
}

bool isThousandsSeparator(QChar c)
{
    // ICU joins digits across U+202F itself, but not across these two, which
    // French text uses for the same purpose.
    return c == QChar(u'\u00A0') || c == QChar(u'\u2009');
}

} // namespace

WordBoundaries::WordBoundaries(const QString &locale)
{
    UErrorCode status = U_ZERO_ERROR;
    m_iterator = ubrk_open(UBRK_WORD, locale.toLatin1().constData(), nullptr, 0, &status);
    if (U_FAILURE(status)) {
        status = U_ZERO_ERROR;
        m_iterator = ubrk_open(UBRK_WORD, "", nullptr, 0, &status);
    }
}

WordBoundaries::~WordBoundaries()
{
    if (m_iterator)
        ubrk_close(m_iterator);
}

void WordBoundaries::setText(const QString &text)
{
    m_length = text.size();
    m_spans.clear();
    if (!m_iterator || text.isEmpty())
        return;
    UErrorCode status = U_ZERO_ERROR;
    ubrk_setText(m_iterator, reinterpret_cast<const UChar *>(text.utf16()), int32_t(m_length),
                 &status);
    if (U_FAILURE(status))
        return;
    // One forward pass, as in SentenceSegmenter: every later question is a
    // binary search over the spans, with no ICU call and no text needed.
    bool lastWasNumber = false;
    bool lastWasLetters = false;
    int32_t start = ubrk_first(m_iterator);
    for (int32_t end = ubrk_next(m_iterator); end != UBRK_DONE;
         start = end, end = ubrk_next(m_iterator)) {
        const int32_t rule = ubrk_getRuleStatus(m_iterator);
        if (rule < UBRK_WORD_NONE_LIMIT)
            continue;
        const QStringView word = QStringView(text).sliced(start, end - start);
        const bool isNumber = rule < UBRK_WORD_NUMBER_LIMIT;
        if (isNumber && lastWasNumber && m_spans.last().end + 1 == start
            && isThousandsSeparator(text[start - 1]) && isThousandsGroup(word)) {
            m_spans.last().end = end;
            continue;
        }
        const bool isLetters = rule >= UBRK_WORD_LETTER && rule < UBRK_WORD_LETTER_LIMIT;
        // A compound is one word, as analysts tag it: a name of letters on
        // at least one side ("Saint-Denis", "COVID-19"), not a date or a
        // range of numbers ("2024-05-01", "10-12").
        if (!m_spans.isEmpty() && !m_spans.last().elided && m_spans.last().end + 1 == start
            && isJoiningHyphen(text[start - 1]) && (isLetters || lastWasLetters)
            && (isLetters || isNumber) && (lastWasLetters || lastWasNumber)) {
            m_spans.last().end = end;
            lastWasLetters = isLetters;
            lastWasNumber = isNumber;
            continue;
        }
        lastWasNumber = isNumber;
        lastWasLetters = isLetters;
        const qsizetype elided = isLetters ? FrenchElision::prefixLength(word) : 0;
        if (elided > 0)
            m_spans.append({ start, start + elided, true });
        m_spans.append({ start + elided, end, false });
    }
    // Leave ICU no pointer into a string that may soon be gone.
    status = U_ZERO_ERROR;
    ubrk_setText(m_iterator, u"", 0, &status);
}

std::pair<qsizetype, qsizetype> WordBoundaries::snap(qsizetype start, qsizetype end) const
{
    if (start > end)
        std::swap(start, end);
    start = qBound<qsizetype>(0, start, m_length);
    end = qBound<qsizetype>(0, end, m_length);
    const auto spanOf = [](const Span &span) { return std::make_pair(span.start, span.end); };

    if (start == end) {
        // The span the point is in or starts, else the word that ends at it.
        const auto at = std::partition_point(m_spans.cbegin(), m_spans.cend(),
                                             [&](const Span &span) { return span.end <= start; });
        if (at != m_spans.cend() && at->start <= start)
            return spanOf(at->elided ? *(at + 1) : *at);
        if (at != m_spans.cbegin() && (at - 1)->end == start)
            return spanOf(*(at - 1)); // an elided prefix never ends where no word starts
        return noWord;
    }

    // The spans that overlap the selection: [first, last).
    auto first = std::partition_point(m_spans.cbegin(), m_spans.cend(),
                                      [&](const Span &span) { return span.end <= start; });
    auto last = std::partition_point(first, m_spans.cend(),
                                     [&](const Span &span) { return span.start < end; });
    if (first == last)
        return noWord;
    // An elided prefix only counts when nothing else is selected: "l’" alone
    // stands for its word, "de l’" for "de".
    if (first->elided)
        ++first;
    if ((last - 1)->elided)
        --last;
    if (first >= last)
        return spanOf(*first);
    return { first->start, (last - 1)->end };
}

std::pair<qsizetype, qsizetype> WordBoundaries::nextWord(qsizetype from) const
{
    from = qBound<qsizetype>(0, from, m_length);
    auto next = std::partition_point(m_spans.cbegin(), m_spans.cend(),
                                     [&](const Span &span) { return span.start < from; });
    if (next != m_spans.cend() && next->elided)
        ++next; // its word starts later still, and always exists
    if (next == m_spans.cend())
        return noWord;
    return { next->start, next->end };
}

std::pair<qsizetype, qsizetype> WordBoundaries::previousWord(qsizetype before) const
{
    before = qBound<qsizetype>(0, before, m_length);
    auto after = std::partition_point(m_spans.cbegin(), m_spans.cend(),
                                      [&](const Span &span) { return span.end <= before; });
    if (after == m_spans.cbegin())
        return noWord;
    auto previous = after - 1;
    if (previous->elided) {
        // Its word ends after `before`; the word before the prefix is wanted.
        if (previous == m_spans.cbegin())
            return noWord;
        --previous;
    }
    return { previous->start, previous->end };
}

} // namespace Marginalia
