// SPDX-License-Identifier: GPL-3.0-or-later
#include "sentencesegmenter.h"

#include <unicode/ubrk.h>

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
    UErrorCode status = U_ZERO_ERROR;
    if (m_iterator)
        ubrk_setText(m_iterator, reinterpret_cast<const UChar *>(text.utf16()), int32_t(m_length),
                     &status);
}

std::pair<qsizetype, qsizetype> SentenceSegmenter::sentenceAround(qsizetype spanStart,
                                                                  qsizetype spanEnd) const
{
    if (!m_iterator || m_length == 0)
        return { 0, m_length };
    spanStart = qBound<qsizetype>(0, spanStart, m_length);
    spanEnd = qBound<qsizetype>(spanStart, spanEnd, m_length);
    // preceding(x) is the last boundary before x: with x = start + 1 that is
    // the boundary at or before start. following(end - 1) is at or after end.
    int32_t start = ubrk_preceding(m_iterator, int32_t(spanStart + 1));
    if (start == UBRK_DONE)
        start = 0;
    int32_t end = ubrk_following(m_iterator, int32_t(qMax<qsizetype>(spanEnd - 1, spanStart)));
    if (end == UBRK_DONE)
        end = int32_t(m_length);
    return { start, end };
}

} // namespace Marginalia
