// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"
#include "codepointindex.h"
#include "nearbywordboundaries.h"

#include <QColor>
#include <QHash>
#include <QPlainTextEdit>

#include <memory>
#include <optional>

class QPainter;

namespace Marginalia {

class AnnotationHighlighter;
class LineRoomLayout;

/// The article's text, read-only, with its annotations painted in their
/// labels' colours and the selected one outlined. Offsets in and out are
/// code points; UTF-16 stays inside.
///
/// A mouse selection snaps to whole words when the button is released,
/// unless Alt is held; clicking an annotation selects it.
class ArticleView : public QPlainTextEdit
{
    Q_OBJECT
public:
    using Span = std::pair<qint64, qint64>; ///< code points, half-open

    explicit ArticleView(QWidget *parent = nullptr);
    ~ArticleView() override;

    /// Shows a new article: text, annotations, and the colour of each label id.
    void setArticle(const QString &text, const QString &language);
    void clearArticle();
    /// Between these, setAnnotations() and setQuotes() paint together in
    /// one pass over the text (a new article shown with both).
    void beginUpdate();
    void endUpdate();
    /// Shows these annotations in these label colours. After the first call
    /// for an article, only the blocks under what changed are repainted.
    void setAnnotations(const QVector<Annotation> &annotations,
                        const QHash<qint64, QColor> &labelColors);

    const QString &text() const { return m_text; }
    /// Code points and UTF-16 indices of the text shown.
    const CodePointIndex &index() const { return *m_index; }
    const QVector<Annotation> &annotations() const { return m_annotations; }

    /// Shows the article's quotes in their own style, the speaker in a tooltip.
    void setQuotes(const QVector<Quote> &quotes);
    const QVector<Quote> &quotes() const { return m_quotes; }
    void setSelectedQuote(qint64 quoteId);
    qint64 selectedQuote() const { return m_selectedQuote; }
    /// The innermost quote over a code point; 0 if none.
    qint64 quoteAt(qint64 codePoint) const;
    /// The name shown for a quote's speaker: entity, detected name or mention.
    QString speakerOf(const Quote &quote) const;

    /// A suggestion to show: a dashed outline in its label's colour.
    struct SuggestionMark
    {
        qint64 start = 0; ///< code points
        qint64 end = 0;
        QColor color;
        QString tooltip;
    };
    /// Shows these suggestions (in text order); the current one is cleared.
    void setSuggestions(const QVector<SuggestionMark> &suggestions);
    int suggestionCount() const { return int(m_suggestions.size()); }
    /// The suggestion Enter would take: the one under the text cursor, else
    /// the first after it, else the first; -1 without suggestions.
    int suggestionAtCursor() const;
    /// Outlines suggestion \a index more strongly, moves the cursor to its
    /// start and scrolls it into view; -1 for none.
    void setCurrentSuggestion(int index);
    int currentSuggestion() const { return m_currentSuggestion; }

    void setSelectedAnnotation(qint64 annotationId);
    qint64 selectedAnnotation() const { return m_selected; }
    void scrollToAnnotation(qint64 annotationId);

    /// The selected text as a span to tag: snapped to words unless the
    /// selection was made with Alt held or snapping is off; nullopt without
    /// a selection (or, snapped, without a word in it).
    std::optional<Span> selectionSpan() const;
    /// Selects [start, end) in code points, as a user would.
    void selectSpan(Span span);
    /// The selection as it is (not snapped), or the cursor as an empty span.
    Span selectedRange() const;

    /// Word snapping (Preferences); Alt still selects exactly when it is on.
    void setSnapToWords(bool on);
    bool snapsToWords() const { return m_snapToWords; }
    /// The article's font; the readable measure follows it.
    void setReadingFont(const QFont &font);

    /// A small tag with the label's name at the start of each mention, in
    /// room made above every line (brat and INCEpTION show them); off, the
    /// text is laid out as without it.
    void setLabelTags(bool on);
    bool labelTags() const { return m_labelTags; }
    /// Where the tag of annotation \a annotationId is drawn, in viewport
    /// coordinates; empty when tags are off or it is not in view.
    QRectF labelTagRect(qint64 annotationId) const;

    /// As wide as the readable measure allows, so the window centres a page.
    QSize sizeHint() const override;

    /// Spans found by a search (find in article, or the hits of a project
    /// search), code points, in text order, not overlapping: highlighted
    /// (those in view; extraSelections() holds those), one of them current
    /// and selected. They go when another article is shown.
    void setFoundSpans(QVector<Span> spans);
    const QVector<Span> &foundSpans() const { return m_found; }
    /// The current found span, -1 if none.
    int currentFound() const { return m_currentFound; }
    /// Selects found span \a index, as if the user had selected its text,
    /// and scrolls to it.
    void selectFound(int index);
    /// Selects the next (\a step 1) or previous (-1) found span after or
    /// before the cursor, wrapping around; false if there is none.
    bool stepFound(int step);
    /// The translucent colour of found spans over any label's colour.
    QColor foundColor() const;

    /// The annotation under a code point, innermost first; 0 if none.
    qint64 annotationAt(qint64 codePoint) const;

    /// A span widened or narrowed by one word at one edge, for the
    /// annotation's resize commands. Returns the span unchanged at limits.
    Span widenedEnd(Span span) const;
    Span narrowedEnd(Span span) const;
    Span widenedStart(Span span) const;
    Span narrowedStart(Span span) const;

signals:
    /// The user clicked text: the innermost annotation there, or 0.
    void annotationClicked(qint64 annotationId);
    /// The user clicked a quote where no annotation is.
    void quoteClicked(qint64 quoteId);
    /// The found spans or the current one changed (current -1 if none).
    void foundChanged(int current, int count);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    qsizetype toUtf16(qint64 codePoint) const;
    qint64 toCodePoint(qsizetype utf16) const;
    /// A box: the lines above and below the span's line boxes, with end
    /// ticks (the selected annotation or quote); or only the line below it
    /// (suggestions: a dashed box's top edge, many lines at once, read as
    /// an underline of the line above).
    enum class OutlineShape { Box, Underline };
    void outline(QPainter &painter, qsizetype start, qsizetype end,
                 OutlineShape shape = OutlineShape::Box);
    void showFoundSpans();
    void paintSuggestions(QPainter &painter);
    void paintLabelTags(QPainter &painter);
    /// The tags of the mentions in view, placed left to right on each line
    /// without overlapping.
    struct LabelTag
    {
        qint64 annotationId;
        QRectF rect;
        QString text;
        QColor color;
    };
    QVector<LabelTag> labelTagsInView() const;
    QFont labelTagFont() const;
    qreal labelTagRoom() const;

    QString m_text;
    std::unique_ptr<CodePointIndex> m_index;
    std::unique_ptr<NearbyWordBoundaries> m_words;
    LineRoomLayout *m_layout = nullptr;
    AnnotationHighlighter *m_highlighter = nullptr;
    QVector<Annotation> m_annotations;
    QHash<qint64, QColor> m_labelColors;
    bool m_paintedNothing = true; ///< a new text: the first annotations paint it all
    qint64 m_selected = 0;
    QVector<Quote> m_quotes;
    qint64 m_selectedQuote = 0;
    QVector<Span> m_found;
    int m_currentFound = -1;
    struct SuggestionSpan
    {
        qsizetype start; ///< UTF-16
        qsizetype end;
        QColor color;
        QString tooltip;
    };
    QVector<SuggestionSpan> m_suggestions; ///< by start
    int m_currentSuggestion = -1;
    bool m_labelTags = false;
    bool m_snapToWords = true;
    bool m_snapOff = false;
    QPoint m_pressPosition;
};

} // namespace Marginalia
