// SPDX-License-Identifier: GPL-3.0-or-later
#include "sentencesegmenter.h"

#include <unicode/ubrk.h>

#include <algorithm>

namespace Marginalia {

SentenceSegmenter::SentenceSegmenter(const QString &language)
{
    // "ss=standard" turns on ICU's list of abbreviations that end no sentence.
    const QByteArray locale =
        (language.isEmpty() ? QByteArray("en") : language.toLatin1()) + "@ss=standard";
    UErrorCode status = U_ZERO_ERROR;
    m_iterator = ubrk_open(UBRK_SENTENCE, locale.constData(), nullptr, 0, &status);
    if (U_FAILURE(status)) {
        status = U_ZERO_ERROR;
        m_iterator = ubrk_open(UBRK_SENTENCE, "en", nullptr, 0, &status);
    }
}

SentenceSegmenter::~SentenceSegmenter()
{
    if (m_iterator)
        ubrk_close(m_iterator);
}

void SentenceSegmenter::setText(const QString &text)
{
    m_length = text.size();
    m_boundaries.clear();
    UErrorCode status = U_ZERO_ERROR;
    if (!m_iterator)
        return;
    ubrk_setText(m_iterator, reinterpret_cast<const UChar *>(text.utf16()), int32_t(m_length),
                 &status);
    if (U_FAILURE(status))
        return;
    // One forward pass: far cheaper than ICU's random access per span, which
    // backs up to a safe point and runs the rules again each time.
    for (int32_t boundary = ubrk_first(m_iterator); boundary != UBRK_DONE;
         boundary = ubrk_next(m_iterator))
        m_boundaries.append(boundary);
}

std::pair<qsizetype, qsizetype> SentenceSegmenter::sentenceAround(qsizetype spanStart,
                                                                  qsizetype spanEnd) const
{
    if (m_boundaries.size() < 2)
        return { 0, m_length };
    spanStart = qBound<qsizetype>(0, spanStart, m_length);
    spanEnd = qBound<qsizetype>(spanStart + 1, spanEnd, m_length);
    // The last boundary at or before the start, the first at or after the end.
    auto after = std::upper_bound(m_boundaries.cbegin(), m_boundaries.cend(), spanStart);
    const qsizetype start = after == m_boundaries.cbegin() ? 0 : *(after - 1);
    const auto end = std::lower_bound(m_boundaries.cbegin(), m_boundaries.cend(), spanEnd);
    return { start, end == m_boundaries.cend() ? m_length : *end };
}

} // namespace Marginalia
