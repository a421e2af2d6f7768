// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationhighlighter.h"

#include "viewcolours.h"

#include <QTextBlock>
#include <QTextDocument>

#include <algorithm>
#include <utility>

namespace Marginalia {

AnnotationHighlighter::AnnotationHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
}

void AnnotationHighlighter::index(QVector<Span> spans)
{
    std::sort(spans.begin(), spans.end(),
              [](const Span &a, const Span &b) { return a.start < b.start; });
    m_spans = std::move(spans);
    m_maxEnd.resize(m_spans.size());
    qsizetype furthest = 0;
    for (qsizetype i = 0; i < m_spans.size(); ++i) {
        furthest = qMax(furthest, m_spans.at(i).end);
        m_maxEnd[i] = furthest;
    }
}

void AnnotationHighlighter::setSpans(QVector<Span> spans)
{
    index(std::move(spans));
    rehighlightAll();
}

void AnnotationHighlighter::updateSpans(QVector<Span> spans, qsizetype from, qsizetype to)
{
    index(std::move(spans));
    rehighlightRanges({ { from, to } });
}

void AnnotationHighlighter::forget()
{
    m_spans.clear();
    m_maxEnd.clear();
    m_quotes.clear();
    m_quoteMaxEnd.clear();
    m_unformatted = true;
}

void AnnotationHighlighter::hold()
{
    ++m_held;
}

void AnnotationHighlighter::release()
{
    if (m_held == 0 || --m_held > 0)
        return;
    const bool all = std::exchange(m_heldAll, false);
    const QVector<std::pair<qsizetype, qsizetype>> ranges = std::exchange(m_heldRanges, {});
    if (all)
        rehighlightAll();
    else if (!ranges.isEmpty())
        rehighlightRanges(ranges);
}

QVector<std::pair<qsizetype, qsizetype>> AnnotationHighlighter::paintedRanges() const
{
    QVector<std::pair<qsizetype, qsizetype>> ranges;
    ranges.reserve(m_spans.size() + m_quotes.size());
    for (const Span &s : m_spans)
        ranges.append({ s.start, s.end });
    ranges += m_quotes;
    return ranges;
}

void AnnotationHighlighter::rehighlightAll()
{
    if (m_held > 0) {
        m_heldAll = true;
        return;
    }
    // A text just set holds no format: only the blocks under a span or a
    // quote need a pass (none for an article not yet annotated).
    if (m_unformatted) {
        const QVector<std::pair<qsizetype, qsizetype>> ranges = paintedRanges();
        if (!ranges.isEmpty())
            rehighlightRanges(ranges);
        return;
    }
    rehighlight();
}

void AnnotationHighlighter::rehighlightRanges(
    const QVector<std::pair<qsizetype, qsizetype>> &ranges)
{
    QTextDocument *doc = document();
    if (!doc)
        return;
    if (m_held > 0) {
        m_heldRanges += ranges;
        return;
    }
    // rehighlightBlock() lays its block out first (its cursor needs the
    // lines), which shapes the text; past a few dozen blocks one pass over
    // the document, which lays out nothing, is far cheaper: a 10 MB article
    // with quotes throughout took 1.5 s block by block.
    constexpr int MostBlocksOneByOne = 48;
    QVector<QTextBlock> blocks;
    for (const auto &[from, to] : ranges) {
        for (QTextBlock block = doc->findBlock(int(from)); block.isValid() && block.position() < to;
             block = block.next()) {
            if (blocks.size() == MostBlocksOneByOne) {
                m_unformatted = false;
                rehighlight();
                return;
            }
            if (!blocks.contains(block))
                blocks.append(block);
        }
    }
    for (const QTextBlock &block : std::as_const(blocks))
        rehighlightBlock(block);
    if (!blocks.isEmpty())
        m_unformatted = false;
}

void AnnotationHighlighter::setPalette(const QPalette &palette)
{
    if (palette.color(QPalette::Base) == m_palette.color(QPalette::Base)
        && palette.color(QPalette::Text) == m_palette.color(QPalette::Text))
        return;
    m_palette = palette;
    rehighlightAll();
}

void AnnotationHighlighter::setQuotes(QVector<std::pair<qsizetype, qsizetype>> quotes)
{
    std::sort(quotes.begin(), quotes.end());
    // Repaint the blocks under the old and the new quotes.
    QVector<std::pair<qsizetype, qsizetype>> touched = m_quotes;
    touched += quotes;
    m_quotes = std::move(quotes);
    m_quoteMaxEnd.resize(m_quotes.size());
    qsizetype furthest = 0;
    for (qsizetype i = 0; i < m_quotes.size(); ++i) {
        furthest = qMax(furthest, m_quotes.at(i).second);
        m_quoteMaxEnd[i] = furthest;
    }
    rehighlightRanges(touched);
}

void AnnotationHighlighter::highlightBlock(const QString &text)
{
    const qsizetype blockStart = currentBlock().position();
    const qsizetype blockEnd = blockStart + text.size();
    if (text.isEmpty())
        return;
    QVector<std::pair<qsizetype, qsizetype>> quotes; // in this block, block-relative
    // As for spans below: a long article can hold thousands of quotes.
    const auto firstQuote =
        std::lower_bound(m_quotes.cbegin(), m_quotes.cend(), blockEnd,
                         [](const auto &quote, qsizetype at) { return quote.first < at; });
    for (qsizetype i = (firstQuote - m_quotes.cbegin()) - 1;
         i >= 0 && m_quoteMaxEnd.at(i) > blockStart; --i) {
        const auto &[from, to] = m_quotes.at(i);
        if (to > blockStart)
            quotes.append({ qMax<qsizetype>(0, from - blockStart),
                            qMin<qsizetype>(text.size(), to - blockStart) });
    }
    const QColor quoteInk = ViewColours::quoteInk(m_palette);
    const auto styleQuotes = [&] {
        for (const auto &[from, to] : std::as_const(quotes)) {
            for (qsizetype i = from; i < to;) {
                // Keep whatever the annotations set and add the quote's style.
                QTextCharFormat merged = format(int(i));
                qsizetype j = i + 1;
                while (j < to && format(int(j)) == merged)
                    ++j;
                merged.setFontItalic(true);
                merged.setForeground(quoteInk);
                setFormat(int(i), int(j - i), merged);
                i = j;
            }
        }
    };
    if (m_spans.isEmpty()) {
        styleQuotes();
        return;
    }

    // Spans that start before the block's end, walked back while any of
    // them could still reach into the block.
    const auto first = std::lower_bound(m_spans.cbegin(), m_spans.cend(), blockEnd,
                                        [](const Span &s, qsizetype at) { return s.start < at; });
    QVector<const Span *> covering;
    for (qsizetype i = (first - m_spans.cbegin()) - 1; i >= 0 && m_maxEnd.at(i) > blockStart; --i) {
        if (m_spans.at(i).end > blockStart)
            covering.append(&m_spans.at(i));
    }
    if (covering.isEmpty()) {
        styleQuotes();
        return;
    }

    QVector<qsizetype> cuts { 0, text.size() };
    for (const Span *span : std::as_const(covering)) {
        cuts.append(qBound<qsizetype>(0, span->start - blockStart, text.size()));
        cuts.append(qBound<qsizetype>(0, span->end - blockStart, text.size()));
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

    for (qsizetype c = 0; c + 1 < cuts.size(); ++c) {
        const qsizetype from = blockStart + cuts.at(c);
        const qsizetype to = blockStart + cuts.at(c + 1);
        const Span *inner = nullptr;
        const Span *outer = nullptr;
        int count = 0;
        for (const Span *span : std::as_const(covering)) {
            if (span->start > from || span->end < to)
                continue;
            ++count;
            const qsizetype length = span->end - span->start;
            if (!inner || length < inner->end - inner->start)
                inner = span;
            if (!outer || length > outer->end - outer->start)
                outer = span;
        }
        if (!inner)
            continue;
        QTextCharFormat format;
        format.setBackground(ViewColours::tint(inner->color, m_palette, count > 1));
        if (count > 1) {
            format.setFontUnderline(true);
            format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
            format.setUnderlineColor(outer->color.darker(130));
        }
        setFormat(int(cuts.at(c)), int(cuts.at(c + 1) - cuts.at(c)), format);
    }
    styleQuotes();
}

} // namespace Marginalia
