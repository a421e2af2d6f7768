// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>
#include <QSyntaxHighlighter>
#include <QVector>

namespace Marginalia {

/// Paints annotations into the article's text layout, one block at a time,
/// the way a syntax highlighter paints keywords: Qt calls highlightBlock()
/// for the blocks that need it, so painting never walks a cursor over the
/// document per annotation.
///
/// Each character gets the background of the innermost annotation over it;
/// where annotations overlap or nest, the outermost one also underlines it,
/// so both stay visible.
class AnnotationHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    struct Span
    {
        qsizetype start = 0; ///< UTF-16, in the document
        qsizetype end = 0;
        QColor color;
    };

    explicit AnnotationHighlighter(QTextDocument *document);

    /// Replaces every span and repaints the whole document.
    void setSpans(QVector<Span> spans);
    /// Replaces every span but repaints only the blocks over [from, to).
    void updateSpans(QVector<Span> spans, qsizetype from, qsizetype to);
    /// Quotes, UTF-16 [start, end), shown in their own style: italic text in a
    /// deep ink colour that stays readable over any label's background.
    void setQuotes(QVector<std::pair<qsizetype, qsizetype>> quotes);
    /// Forgets every span and quote without repainting: for a document
    /// whose whole text is about to be replaced. Until the next repaint the
    /// document is taken to hold no format, so blocks no span or quote
    /// touches are left alone.
    void forget();
    /// From hold() to release(), repaints asked for are gathered and then
    /// done in one pass: an article shown with its annotations and its
    /// quotes is painted once, not twice.
    void hold();
    void release();

    /// The palette the text is shown in: tints and quote ink follow it
    /// (ViewColours); repaints the document when it changes.
    void setPalette(const QPalette &palette);

protected:
    void highlightBlock(const QString &text) override;

private:
    void index(QVector<Span> spans);
    /// Repaints the blocks under \a ranges (UTF-16, sorted or not).
    void rehighlightRanges(const QVector<std::pair<qsizetype, qsizetype>> &ranges);
    void rehighlightAll();
    /// Where spans and quotes are: all a document without formats needs.
    QVector<std::pair<qsizetype, qsizetype>> paintedRanges() const;

    QVector<Span> m_spans; ///< by start
    QVector<qsizetype> m_maxEnd; ///< m_maxEnd[i]: the furthest end among m_spans[0..i]
    QVector<std::pair<qsizetype, qsizetype>> m_quotes; ///< by start
    QVector<qsizetype> m_quoteMaxEnd; ///< as m_maxEnd, for m_quotes
    bool m_unformatted = false; ///< since forget(), no block holds a format
    int m_held = 0;
    bool m_heldAll = false;
    QVector<std::pair<qsizetype, qsizetype>> m_heldRanges;
    QPalette m_palette;
};

} // namespace Marginalia
