// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleview.h"

#include "annotationhighlighter.h"
#include "articlespans.h"
#include "lineroomlayout.h"
#include "viewcolours.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QResizeEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QToolTip>

#include <limits>

namespace Marginalia {

namespace {

// Label names are drawn this much smaller than the text, above its lines.
constexpr qreal TagScale = 0.6;
// About 80 characters: lines longer than that are hard to read all day.
constexpr int ReadableColumns = 80;
} // namespace

ArticleView::ArticleView(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_words(std::make_unique<NearbyWordBoundaries>())
{
    // A document of our own, laid out with room for label names when they
    // are shown; the highlighter paints it.
    auto *doc = new QTextDocument(this);
    m_layout = new LineRoomLayout(doc);
    doc->setDocumentLayout(m_layout);
    setDocument(doc);
    m_highlighter = new AnnotationHighlighter(doc);
    m_highlighter->setPalette(palette());
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    document()->setDocumentMargin(12);
    QFont readable = font();
    readable.setPointSizeF(readable.pointSizeF() * 1.2);
    setReadingFont(readable);
    setCursorWidth(2);
    m_index = std::make_unique<CodePointIndex>(m_text);
    // Scrolled (dy != 0): other found spans come into view. The scroll bar's
    // valueChanged is not enough, QPlainTextEdit moves it with signals blocked.
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &, int dy) {
        if (dy != 0 && !m_found.isEmpty())
            showFoundSpans();
    });
}

ArticleView::~ArticleView() = default;

void ArticleView::setArticle(const QString &text, const QString &language)
{
    m_text = text;
    m_index = std::make_unique<CodePointIndex>(m_text);
    // Words are found around each selection, never in the whole text at
    // once: a 50 MB article took ICU 1.3 s.
    m_words = std::make_unique<NearbyWordBoundaries>(language);
    m_words->setText(m_text);
    m_annotations.clear();
    m_selected = 0;
    m_quotes.clear();
    m_selectedQuote = 0;
    m_suggestions.clear();
    m_currentSuggestion = -1;
    m_highlighter->forget(); // the old text goes whole: nothing to repaint
    m_paintedNothing = true;
    m_found.clear();
    m_currentFound = -1;
    setExtraSelections({});
    // Qt's highlighter would go over every block of the new text, which has
    // nothing to paint yet (0.8 s of a 50 MB article's 3 s): the spans and
    // quotes that follow paint the blocks they touch.
    const bool detached =
        QObject::disconnect(document(), SIGNAL(contentsChange(int, int, int)), m_highlighter,
                            SLOT(_q_reformatBlocks(int, int, int)));
    setPlainText(m_text);
    if (detached)
        QObject::connect(document(), SIGNAL(contentsChange(int, int, int)), m_highlighter,
                         SLOT(_q_reformatBlocks(int, int, int)));
    verticalScrollBar()->setValue(0);
    emit foundChanged(-1, 0);
}

void ArticleView::clearArticle()
{
    setArticle(QString(), QString());
}

void ArticleView::beginUpdate()
{
    m_highlighter->hold();
}

void ArticleView::endUpdate()
{
    m_highlighter->release();
}

void ArticleView::setAnnotations(const QVector<Annotation> &annotations,
                                 const QHash<qint64, QColor> &labelColors)
{
    // Repaint only the blocks under annotations that were added, removed or
    // changed since the last call: one edit in a long article must stay
    // within a frame.
    bool whole = m_paintedNothing || labelColors != m_labelColors;
    qsizetype from = std::numeric_limits<qsizetype>::max();
    qsizetype to = -1;
    const auto include = [&](const Annotation &a) {
        from = qMin(from, qsizetype(a.start));
        to = qMax(to, qsizetype(a.end));
    };
    if (!whole) {
        QHash<qint64, const Annotation *> before;
        before.reserve(m_annotations.size());
        for (const Annotation &a : std::as_const(m_annotations))
            before.insert(a.id, &a);
        for (const Annotation &a : annotations) {
            const auto it = before.constFind(a.id);
            if (it == before.cend()) {
                include(a);
                continue;
            }
            const Annotation &old = **it;
            if (old.start != a.start || old.end != a.end || old.labelId != a.labelId) {
                include(a);
                include(old);
            }
            before.erase(it);
        }
        for (const Annotation *gone : std::as_const(before))
            include(*gone);
    }

    QVector<AnnotationHighlighter::Span> spans;
    spans.reserve(annotations.size());
    for (const Annotation &a : annotations) {
        if (a.end > m_index->codePointCount())
            continue;
        spans.append({ toUtf16(a.start), toUtf16(a.end), labelColors.value(a.labelId) });
    }
    m_annotations = annotations;
    m_labelColors = labelColors;
    m_paintedNothing = false;
    if (whole)
        m_highlighter->setSpans(std::move(spans));
    else if (to >= 0)
        m_highlighter->updateSpans(std::move(spans), toUtf16(from), toUtf16(to));
    else
        m_highlighter->updateSpans(std::move(spans), 0, 0); // notes or entities only

    bool selectedExists = false;
    for (const Annotation &a : annotations)
        selectedExists = selectedExists || a.id == m_selected;
    if (!selectedExists)
        m_selected = 0;
    viewport()->update();
}

qsizetype ArticleView::toUtf16(qint64 codePoint) const
{
    return m_index->toUtf16(qBound<qint64>(0, codePoint, m_index->codePointCount()));
}

qint64 ArticleView::toCodePoint(qsizetype utf16) const
{
    return m_index->toCodePoint(qBound<qsizetype>(0, utf16, m_text.size()));
}

void ArticleView::setSelectedAnnotation(qint64 annotationId)
{
    m_selected = annotationId;
    viewport()->update();
}

void ArticleView::scrollToAnnotation(qint64 annotationId)
{
    for (const Annotation &a : std::as_const(m_annotations)) {
        if (a.id != annotationId)
            continue;
        QTextCursor cursor(document());
        cursor.setPosition(int(toUtf16(a.end)));
        setTextCursor(cursor);
        cursor.setPosition(int(toUtf16(a.start)));
        setTextCursor(cursor);
        ensureCursorVisible();
        return;
    }
}

void ArticleView::setReadingFont(const QFont &readable)
{
    setFont(readable);
    if (m_labelTags)
        m_layout->setRoom(labelTagRoom());
    // Lines much longer than 80 characters are hard to read all day; the
    // window centres the view in whatever room is left.
    const int margin = int(document()->documentMargin());
    setMaximumWidth(QFontMetrics(readable).averageCharWidth() * ReadableColumns + 2 * margin
                    + verticalScrollBar()->sizeHint().width() + 2 * frameWidth());
    updateGeometry();
}

void ArticleView::setLabelTags(bool on)
{
    if (on == m_labelTags)
        return;
    m_labelTags = on;
    m_layout->setRoom(on ? labelTagRoom() : 0);
    viewport()->update();
}

qreal ArticleView::labelTagRoom() const
{
    return QFontMetricsF(labelTagFont()).height() + 2;
}

QFont ArticleView::labelTagFont() const
{
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * TagScale);
    small.setBold(true);
    small.setItalic(false);
    return small;
}

QVector<ArticleView::LabelTag> ArticleView::labelTagsInView() const
{
    QVector<LabelTag> tags;
    if (!m_labelTags || m_annotations.isEmpty())
        return tags;
    const qsizetype first = cursorForPosition(QPoint(0, 0)).position();
    const qsizetype last =
        cursorForPosition(QPoint(viewport()->width(), viewport()->height())).position();
    const QFont small = labelTagFont();
    const QFontMetricsF metrics(small);
    const QPointF offset = contentOffset();
    QVector<const Annotation *> shown;
    for (const Annotation &a : m_annotations) {
        const qsizetype start = toUtf16(a.start);
        if (start >= first && start <= last)
            shown.append(&a);
    }
    // Left to right; an outer mention's tag before an inner one's at the same start.
    std::sort(shown.begin(), shown.end(), [](const Annotation *a, const Annotation *b) {
        return a->start != b->start ? a->start < b->start : a->end > b->end;
    });
    qreal lineTop = -1;
    qreal rightmost = 0;
    for (const Annotation *a : std::as_const(shown)) {
        const qsizetype start = toUtf16(a->start);
        const QTextBlock block = document()->findBlock(int(start));
        if (!block.isValid() || !block.layout())
            continue;
        const QTextLine line = block.layout()->lineForTextPosition(int(start - block.position()));
        if (!line.isValid())
            continue;
        const QRectF blockRect = blockBoundingGeometry(block).translated(offset);
        const qreal top = blockRect.top() + line.y() - metrics.height() - 1;
        qreal left = blockRect.left() + line.cursorToX(int(start - block.position()));
        if (top == lineTop)
            left = qMax(left, rightmost + 2);
        const QRectF rect(left, top, metrics.horizontalAdvance(a->labelName) + 4, metrics.height());
        lineTop = top;
        rightmost = rect.right();
        tags.append({ a->id, rect, a->labelName, m_labelColors.value(a->labelId) });
    }
    return tags;
}

QRectF ArticleView::labelTagRect(qint64 annotationId) const
{
    for (const LabelTag &tag : labelTagsInView()) {
        if (tag.annotationId == annotationId)
            return tag.rect;
    }
    return {};
}

void ArticleView::paintLabelTags(QPainter &painter)
{
    const QVector<LabelTag> tags = labelTagsInView();
    if (tags.isEmpty())
        return;
    painter.save();
    painter.setFont(labelTagFont());
    painter.setPen(Qt::NoPen);
    for (const LabelTag &tag : tags) {
        const QColor fill = tag.color.isValid() ? tag.color : palette().color(QPalette::Mid);
        painter.setBrush(fill);
        painter.setPen(Qt::NoPen);
        painter.drawRoundedRect(tag.rect, 2, 2);
        // Whichever of black and white reads better on the label's colour.
        const QColor ink =
            ViewColours::contrast(fill, Qt::white) >= ViewColours::contrast(fill, Qt::black)
            ? QColor(Qt::white)
            : QColor(Qt::black);
        painter.setPen(ink);
        painter.drawText(tag.rect, Qt::AlignCenter, tag.text);
    }
    painter.restore();
}

void ArticleView::setSnapToWords(bool on)
{
    m_snapToWords = on;
    m_snapOff = !on;
}

std::optional<ArticleView::Span> ArticleView::selectionSpan() const
{
    const QTextCursor cursor = textCursor();
    if (!cursor.hasSelection())
        return std::nullopt;
    qsizetype start = cursor.selectionStart();
    qsizetype end = cursor.selectionEnd();
    if (!m_snapOff) {
        const auto snapped = m_words->snap(start, end);
        if (snapped.first < 0)
            return std::nullopt;
        start = snapped.first;
        end = snapped.second;
    }
    const Span span { toCodePoint(start), toCodePoint(end) };
    if (span.first >= span.second)
        return std::nullopt;
    return span;
}

void ArticleView::selectSpan(Span span)
{
    QTextCursor cursor(document());
    cursor.setPosition(int(toUtf16(span.first)));
    cursor.setPosition(int(toUtf16(span.second)), QTextCursor::KeepAnchor);
    setTextCursor(cursor);
}

ArticleView::Span ArticleView::selectedRange() const
{
    const QTextCursor cursor = textCursor();
    return { toCodePoint(cursor.selectionStart()), toCodePoint(cursor.selectionEnd()) };
}

QSize ArticleView::sizeHint() const
{
    return QSize(maximumWidth(), QPlainTextEdit::sizeHint().height());
}

void ArticleView::setFoundSpans(QVector<Span> spans)
{
    m_found = std::move(spans);
    m_currentFound = -1;
    showFoundSpans();
    emit foundChanged(m_currentFound, int(m_found.size()));
}

// Extra selections paint over the highlighter's formats without changing
// them, and a translucent colour lets the annotation's colour show through.
// Only the spans on the blocks in view get one: a common letter has tens of
// thousands of matches in a long article, and Qt walks every extra selection
// for every block it paints.
void ArticleView::showFoundSpans()
{
    QList<QTextEdit::ExtraSelection> selections;
    if (!m_found.isEmpty()) {
        QTextBlock block = firstVisibleBlock();
        const qsizetype from = block.isValid() ? block.position() : 0;
        qsizetype to = from;
        const QPointF offset = contentOffset();
        for (; block.isValid(); block = block.next()) {
            to = block.position() + block.length();
            if (blockBoundingGeometry(block).translated(offset).top() > viewport()->height())
                break;
        }
        const qint64 first = toCodePoint(from);
        const qint64 last = toCodePoint(to);
        QTextCharFormat format;
        format.setBackground(foundColor());
        for (auto span =
                 std::lower_bound(m_found.cbegin(), m_found.cend(), first,
                                  [](const Span &found, qint64 at) { return found.second <= at; });
             span != m_found.cend() && span->first < last; ++span) {
            QTextCursor cursor(document());
            cursor.setPosition(int(toUtf16(span->first)));
            cursor.setPosition(int(toUtf16(span->second)), QTextCursor::KeepAnchor);
            selections.append({ cursor, format });
        }
    }
    if (!selections.isEmpty() || !extraSelections().isEmpty())
        setExtraSelections(selections);
}

QColor ArticleView::foundColor() const
{
    return ViewColours::found(palette());
}

void ArticleView::selectFound(int index)
{
    if (index < 0 || index >= m_found.size())
        return;
    m_currentFound = index;
    selectSpan(m_found.at(index));
    ensureCursorVisible();
    emit foundChanged(m_currentFound, int(m_found.size()));
}

bool ArticleView::stepFound(int step)
{
    if (m_found.isEmpty())
        return false;
    const int count = int(m_found.size());
    const auto [selectionStart, selectionEnd] = selectedRange();
    int next = -1;
    if (m_currentFound >= 0
        && m_found.at(m_currentFound) == Span { selectionStart, selectionEnd }) {
        next = (m_currentFound + step + count) % count;
    } else if (step > 0) {
        // The first span after the cursor, or the first of all.
        const auto after =
            std::lower_bound(m_found.cbegin(), m_found.cend(), selectionEnd,
                             [](const Span &span, qint64 at) { return span.first < at; });
        next = after == m_found.cend() ? 0 : int(after - m_found.cbegin());
    } else {
        // The last span that ends before the cursor, or the last of all.
        const auto before =
            std::lower_bound(m_found.cbegin(), m_found.cend(), selectionStart,
                             [](const Span &span, qint64 at) { return span.second <= at; });
        next = before == m_found.cbegin() ? count - 1 : int(before - m_found.cbegin()) - 1;
    }
    selectFound(next);
    return true;
}

qint64 ArticleView::annotationAt(qint64 codePoint) const
{
    qint64 best = 0;
    qint64 bestLength = 0;
    for (const Annotation &a : m_annotations) {
        if (a.start <= codePoint && codePoint < a.end
            && (best == 0 || a.end - a.start < bestLength)) {
            best = a.id;
            bestLength = a.end - a.start;
        }
    }
    return best;
}

ArticleView::Span ArticleView::widenedEnd(Span span) const
{
    // An end inside a word (a compound cut at its hyphen by Alt, Tag All
    // or an import) first reaches that word's end.
    const qsizetype end = toUtf16(span.second);
    const auto around = m_words->snap(end, end);
    if (around.first >= 0 && around.first < end && end < around.second)
        return { span.first, toCodePoint(around.second) };
    const auto word = m_words->nextWord(end);
    return word.first < 0 ? span : Span { span.first, toCodePoint(word.second) };
}

ArticleView::Span ArticleView::narrowedEnd(Span span) const
{
    // The last word that ends before the current end, but after the start.
    const auto word = m_words->previousWord(toUtf16(span.second) - 1);
    const qint64 end = word.first < 0 ? -1 : toCodePoint(word.second);
    return end > span.first && end < span.second ? Span { span.first, end } : span;
}

ArticleView::Span ArticleView::widenedStart(Span span) const
{
    if (span.first == 0)
        return span;
    const qsizetype start = toUtf16(span.first);
    const auto around = m_words->snap(start, start);
    if (around.first >= 0 && around.first < start && start < around.second)
        return { toCodePoint(around.first), span.second };
    const auto word = m_words->previousWord(start);
    return word.first < 0 ? span : Span { toCodePoint(word.first), span.second };
}

ArticleView::Span ArticleView::narrowedStart(Span span) const
{
    const auto word = m_words->nextWord(toUtf16(span.first) + 1);
    const qint64 start = word.first < 0 ? -1 : toCodePoint(word.first);
    return start > span.first && start < span.second ? Span { start, span.second } : span;
}

void ArticleView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    if (!m_found.isEmpty())
        showFoundSpans();
}

void ArticleView::mousePressEvent(QMouseEvent *event)
{
    m_snapOff = !m_snapToWords || event->modifiers().testFlag(Qt::AltModifier);
    m_pressPosition = event->position().toPoint();
    QPlainTextEdit::mousePressEvent(event);
}

void ArticleView::mouseReleaseEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton)
        return;
    const QTextCursor cursor = textCursor();
    if (!cursor.hasSelection()) {
        const qint64 at = toCodePoint(cursorForPosition(event->position().toPoint()).position());
        const qint64 annotation = annotationAt(at);
        const qint64 quote = quoteAt(at);
        if (annotation == 0 && quote != 0)
            emit quoteClicked(quote);
        else
            emit annotationClicked(annotation);
        return;
    }
    // Show the snapped selection, so what gets tagged is what is seen.
    if (const std::optional<Span> span = selectionSpan(); span && !m_snapOff)
        selectSpan(*span);
}

void ArticleView::paintEvent(QPaintEvent *event)
{
    QPlainTextEdit::paintEvent(event);
    if (m_selected == 0 && m_selectedQuote == 0 && m_suggestions.isEmpty() && !m_labelTags)
        return;
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing);
    paintLabelTags(painter);
    painter.setBrush(Qt::NoBrush);
    paintSuggestions(painter);
    for (const Annotation &a : std::as_const(m_annotations)) {
        if (a.id == m_selected) {
            painter.setPen(QPen(palette().color(QPalette::Text), 1.6));
            outline(painter, toUtf16(a.start), toUtf16(a.end));
        }
    }
    for (const Quote &q : std::as_const(m_quotes)) {
        if (q.id == m_selectedQuote) {
            painter.setPen(QPen(ViewColours::quoteInk(palette()), 1.6, Qt::DashLine));
            outline(painter, toUtf16(q.start), toUtf16(q.end));
        }
    }
}

// Only the suggestions between the first and last visible characters are
// drawn, found by binary search: a long article may hold thousands.
void ArticleView::paintSuggestions(QPainter &painter)
{
    if (m_suggestions.isEmpty())
        return;
    const qsizetype first = cursorForPosition(QPoint(0, 0)).position();
    const qsizetype last =
        cursorForPosition(QPoint(viewport()->width(), viewport()->height())).position();
    // Suggestions do not overlap, so ends are sorted like starts.
    auto it = std::lower_bound(
        m_suggestions.cbegin(), m_suggestions.cend(), first,
        [](const SuggestionSpan &span, qsizetype position) { return span.end < position; });
    for (; it != m_suggestions.cend() && it->start <= last; ++it) {
        const bool current = int(it - m_suggestions.cbegin()) == m_currentSuggestion;
        QPen pen(it->color, current ? 2.4 : 1.4, current ? Qt::DashDotLine : Qt::DashLine);
        painter.setPen(pen);
        outline(painter, it->start, it->end, OutlineShape::Underline);
    }
}

void ArticleView::setSuggestions(const QVector<SuggestionMark> &suggestions)
{
    m_suggestions.clear();
    m_suggestions.reserve(suggestions.size());
    for (const SuggestionMark &mark : suggestions) {
        if (mark.end <= m_index->codePointCount())
            m_suggestions.append(
                { toUtf16(mark.start), toUtf16(mark.end), mark.color, mark.tooltip });
    }
    m_currentSuggestion = -1;
    viewport()->update();
}

int ArticleView::suggestionAtCursor() const
{
    if (m_suggestions.isEmpty())
        return -1;
    if (m_currentSuggestion >= 0)
        return m_currentSuggestion;
    const qsizetype at = textCursor().selectionStart();
    const auto it = std::lower_bound(
        m_suggestions.cbegin(), m_suggestions.cend(), at,
        [](const SuggestionSpan &span, qsizetype position) { return span.end <= position; });
    return it == m_suggestions.cend() ? 0 : int(it - m_suggestions.cbegin());
}

void ArticleView::setCurrentSuggestion(int index)
{
    m_currentSuggestion = index >= 0 && index < m_suggestions.size() ? index : -1;
    if (m_currentSuggestion >= 0) {
        QTextCursor cursor(document());
        cursor.setPosition(int(m_suggestions[m_currentSuggestion].start));
        setTextCursor(cursor);
        ensureCursorVisible();
    }
    viewport()->update();
}

// Draws a rounded box around each line's part of [start, end), through the
// text layout, so right-to-left and wrapped text are boxed where they are.
void ArticleView::outline(QPainter &painter, qsizetype start, qsizetype end, OutlineShape shape)
{
    const QPointF offset = contentOffset();
    for (QTextBlock block = document()->findBlock(int(start));
         block.isValid() && block.position() < end; block = block.next()) {
        const QRectF blockRect = blockBoundingGeometry(block).translated(offset);
        if (blockRect.bottom() < 0)
            continue;
        if (blockRect.top() > viewport()->height())
            break;
        const QTextLayout *layout = block.layout();
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            const qsizetype lineStart = block.position() + line.textStart();
            const qsizetype from = qMax(start, lineStart);
            const qsizetype to = qMin(end, lineStart + line.textLength());
            if (from >= to)
                continue;
            const qreal x1 = line.cursorToX(int(from - block.position()));
            const qreal x2 = line.cursorToX(int(to - block.position()));
            QRectF rect(qMin(x1, x2), line.y(), qAbs(x2 - x1), line.height());
            rect.translate(blockRect.topLeft());
            // Above and below the line's box, never across it: a box
            // crossed capital accents (the É of Élysée) and an elided
            // letter's apostrophe just before (l’). Short ticks at the ends
            // close it without entering the line.
            const qreal margin = painter.pen().widthF() / 2 + 0.5;
            const qreal left = rect.left() - 1.5;
            const qreal right = rect.right() + 1.5;
            const qreal top = rect.top() - margin;
            const qreal bottom = rect.bottom() + margin;
            QPainterPath path;
            if (shape == OutlineShape::Underline) {
                path.moveTo(rect.left(), bottom);
                path.lineTo(rect.right(), bottom);
                painter.drawPath(path);
                continue;
            }
            path.moveTo(left, rect.top());
            path.lineTo(left, top);
            path.lineTo(right, top);
            path.lineTo(right, rect.top());
            path.moveTo(left, rect.bottom());
            path.lineTo(left, bottom);
            path.lineTo(right, bottom);
            path.lineTo(right, rect.bottom());
            painter.drawPath(path);
        }
    }
}

void ArticleView::setQuotes(const QVector<Quote> &quotes)
{
    m_quotes = quotes;
    QVector<std::pair<qsizetype, qsizetype>> spans;
    bool selectedExists = false;
    for (const Quote &q : quotes) {
        if (q.end <= m_index->codePointCount())
            spans.append({ toUtf16(q.start), toUtf16(q.end) });
        selectedExists = selectedExists || q.id == m_selectedQuote;
    }
    if (!selectedExists)
        m_selectedQuote = 0;
    m_highlighter->setQuotes(std::move(spans));
    viewport()->update();
}

void ArticleView::setSelectedQuote(qint64 quoteId)
{
    m_selectedQuote = quoteId;
    viewport()->update();
}

qint64 ArticleView::quoteAt(qint64 codePoint) const
{
    qint64 best = 0;
    qint64 bestLength = 0;
    for (const Quote &q : m_quotes) {
        if (q.start <= codePoint && codePoint < q.end
            && (best == 0 || q.end - q.start < bestLength)) {
            best = q.id;
            bestLength = q.end - q.start;
        }
    }
    return best;
}

QString ArticleView::speakerOf(const Quote &quote) const
{
    QStringView mention;
    if (quote.speakerMentionStart >= 0 && quote.speakerMentionEnd <= m_index->codePointCount()) {
        const qsizetype from = toUtf16(quote.speakerMentionStart);
        mention = QStringView(m_text).mid(from, toUtf16(quote.speakerMentionEnd) - from);
    }
    return ArticleSpans::shownSpeaker(quote, mention);
}

bool ArticleView::event(QEvent *event)
{
    // The system's palette may change while the window is open (a switch
    // to a dark theme): tints, quote ink and hits follow it.
    if (event->type() == QEvent::PaletteChange) {
        m_highlighter->setPalette(palette());
        showFoundSpans();
    }
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const qint64 at =
            toCodePoint(cursorForPosition(viewport()->mapFromGlobal(help->globalPos())).position());
        QStringList lines;
        for (const Annotation &a : std::as_const(m_annotations)) {
            if (a.start <= at && at < a.end)
                lines.append(a.entityName.isEmpty() ? a.labelName
                                                    : tr("%1: %2").arg(a.labelName, a.entityName));
        }
        const qsizetype at16 = toUtf16(at);
        for (const SuggestionSpan &span : std::as_const(m_suggestions)) {
            if (span.start <= at16 && at16 < span.end)
                lines.append(span.tooltip);
        }
        for (const Quote &q : std::as_const(m_quotes)) {
            if (q.start <= at && at < q.end) {
                const QString speaker = speakerOf(q);
                lines.append(speaker.isEmpty() ? tr("Quote, speaker unknown")
                                               : tr("Quote by %1").arg(speaker));
            }
        }
        if (lines.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), lines.join(QLatin1Char('\n')), viewport());
        return true;
    }
    return QPlainTextEdit::event(event);
}

} // namespace Marginalia
