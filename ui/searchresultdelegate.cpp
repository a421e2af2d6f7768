// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchresultdelegate.h"

#include "searchresultmodel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace Marginalia {

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group =
        opt.state.testFlag(QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
    const QColor textColor =
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QRect area = opt.rect.adjusted(Margin, Margin, -Margin, -Margin);
    const QFontMetrics metrics(opt.font);

    painter->save();
    painter->setClipRect(opt.rect);

    // The date first, at the right; the title gets the rest of the line.
    const QString date = index.data(SearchResultModel::DateRole).toString();
    int dateWidth = 0;
    if (!date.isEmpty()) {
        dateWidth = metrics.horizontalAdvance(date) + 2 * Margin;
        QColor muted = textColor;
        muted.setAlphaF(0.65f);
        painter->setPen(muted);
        painter->setFont(opt.font);
        painter->drawText(QRect(area.left(), area.top(), area.width(), metrics.height()),
                          Qt::AlignRight | Qt::AlignVCenter, date);
    }
    QFont bold = opt.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    painter->setFont(bold);
    painter->setPen(textColor);
    painter->drawText(
        QRect(area.left(), area.top(), area.width() - dateWidth, boldMetrics.height()),
        Qt::AlignLeft | Qt::AlignVCenter,
        boldMetrics.elidedText(title, opt.textElideMode, area.width() - dateWidth));

    // The snippet: escaped HTML, so nothing in an article's text is markup.
    QTextDocument snippet;
    snippet.setDefaultFont(opt.font);
    snippet.setDocumentMargin(0);
    snippet.setHtml(index.data(SearchResultModel::SnippetHtmlRole).toString());
    snippet.setTextWidth(area.width());
    const int top = area.top() + boldMetrics.height() + 2;
    painter->translate(area.left(), top);
    const QRectF clip(0, 0, area.width(), metrics.lineSpacing() * SnippetLines);
    painter->setClipRect(clip, Qt::IntersectClip);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = opt.palette;
    context.palette.setColor(QPalette::Text, textColor);
    context.clip = clip;
    snippet.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    Q_UNUSED(index)
    QFont bold = option.font;
    bold.setBold(true);
    const int height = QFontMetrics(bold).height() + 2
        + QFontMetrics(option.font).lineSpacing() * SnippetLines + 2 * Margin;
    return QSize(200, height);
}

} // namespace Marginalia
