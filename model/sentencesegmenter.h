// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVector>

#include <utility>

struct UBreakIterator;

namespace Marginalia {

/// Finds the sentence that holds a span, with ICU's sentence break rules
/// (and its abbreviation list, so "M. Poutine" stays one sentence).
/// One segmenter serves many texts; setText() is cheap.
class SentenceSegmenter
{
public:
    explicit SentenceSegmenter(const QString &language = QString());
    ~SentenceSegmenter();
    SentenceSegmenter(const SentenceSegmenter &) = delete;
    SentenceSegmenter &operator=(const SentenceSegmenter &) = delete;

    /// The text must outlive its use here; it is not copied.
    void setText(const QString &text);

    /// UTF-16 [start, end) of the sentence, or sentences, that hold the UTF-16
    /// span [spanStart, spanEnd).
    std::pair<qsizetype, qsizetype> sentenceAround(qsizetype spanStart, qsizetype spanEnd) const;

    /// Every sentence boundary of the text, UTF-16, in order: 0 first, the
    /// text's length last.
    const QVector<qsizetype> &boundaries() const { return m_boundaries; }

private:
    UBreakIterator *m_iterator = nullptr;
    qsizetype m_length = 0;
    QVector<qsizetype> m_boundaries; ///< UTF-16 offsets, first 0, last the length
};

} // namespace Marginalia
