// SPDX-License-Identifier: GPL-3.0-or-later
#include "nearbywordboundaries.h"

namespace Marginalia {

NearbyWordBoundaries::NearbyWordBoundaries(const QString &locale, qsizetype margin)
    : m_margin(qMax<qsizetype>(1, margin))
    , m_words(locale)
{
}

void NearbyWordBoundaries::setText(const QString &text)
{
    m_text = text;
    m_from = 0;
    m_to = -1;
}

void NearbyWordBoundaries::read(qsizetype from, qsizetype to) const
{
    m_from = from;
    m_to = to;
    m_words.setText(m_text.mid(from, to - from));
}

void NearbyWordBoundaries::cover(qsizetype from, qsizetype to) const
{
    const qsizetype length = m_text.size();
    from = qBound<qsizetype>(0, from, length);
    to = qBound<qsizetype>(0, to, length);
    if (m_to >= 0 && from >= m_from && to <= m_to && (from > m_from || m_from == 0)
        && (to < m_to || m_to == length))
        return;
    // Widen by the margin, then out to line starts: no word crosses one.
    qsizetype start = qMax<qsizetype>(0, from - m_margin);
    start = start == 0 ? 0 : m_text.lastIndexOf(QLatin1Char('\n'), start - 1) + 1;
    qsizetype end = qMin(length, to + m_margin);
    if (end < length) {
        const qsizetype newline = m_text.indexOf(QLatin1Char('\n'), end);
        end = newline < 0 ? length : newline + 1;
    }
    read(start, end);
}

std::pair<qsizetype, qsizetype>
NearbyWordBoundaries::shifted(std::pair<qsizetype, qsizetype> span) const
{
    if (span.first < 0)
        return span;
    return { span.first + m_from, span.second + m_from };
}

std::pair<qsizetype, qsizetype> NearbyWordBoundaries::snap(qsizetype start, qsizetype end) const
{
    if (start > end)
        std::swap(start, end);
    cover(start, end);
    return shifted(m_words.snap(start - m_from, end - m_from));
}

std::pair<qsizetype, qsizetype> NearbyWordBoundaries::nextWord(qsizetype from) const
{
    cover(from, from);
    std::pair<qsizetype, qsizetype> word = m_words.nextWord(from - m_from);
    if (word.first < 0 && m_to < m_text.size()) {
        // No word in the lines read: the next one is further on, if any.
        read(m_from, m_text.size());
        word = m_words.nextWord(from - m_from);
    }
    return shifted(word);
}

std::pair<qsizetype, qsizetype> NearbyWordBoundaries::previousWord(qsizetype before) const
{
    cover(before, before);
    std::pair<qsizetype, qsizetype> word = m_words.previousWord(before - m_from);
    if (word.first < 0 && m_from > 0) {
        read(0, m_to);
        word = m_words.previousWord(before - m_from);
    }
    return shifted(word);
}

} // namespace Marginalia
