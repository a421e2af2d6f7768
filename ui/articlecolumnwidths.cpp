// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlecolumnwidths.h"

#include "articlelistmodel.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QStyle>
#include <QTableView>

namespace Marginalia {

namespace {

/// The width a view item needs for \a text: the text and the focus frame's
/// margin on each side, as QStyledItemDelegate would ask for it.
int cellWidth(const QTableView *table, const QString &text)
{
    const int margin = table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table);
    return table->fontMetrics().horizontalAdvance(text) + 2 * (margin + 1) + 4;
}

void setWidth(QTableView *table, int column, int contents)
{
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(column, QHeaderView::Interactive);
    header->resizeSection(column, qMax(contents, header->sectionSizeHint(column)));
}

} // namespace

void ArticleColumnWidths::apply(QTableView *table, const ArticleListModel &model)
{
    // Dates are ISO 8601 of varying precision; the longest by characters is
    // the widest, digits having one width in the fonts we meet.
    QString longestDate = QStringLiteral("0000-00-00");
    qint64 mostAnnotations = 0;
    qint64 mostQuotes = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const ArticleListRow &article = model.article(row);
        if (article.date.size() > longestDate.size())
            longestDate = article.date;
        mostAnnotations = qMax(mostAnnotations, article.annotationCount);
        mostQuotes = qMax(mostQuotes, article.quoteCount);
    }
    setWidth(table, ArticleListModel::DateColumn, cellWidth(table, longestDate));

    int status = 0;
    for (const ArticleStatus s :
         { ArticleStatus::Todo, ArticleStatus::InProgress, ArticleStatus::Done })
        status = qMax(status, cellWidth(table, ArticleListModel::statusName(s)));
    setWidth(table, ArticleListModel::StatusColumn, status);

    // Room for one more digit than the largest count has, so the column does
    // not need to grow while the analyst tags.
    const auto countWidth = [table](qint64 most) {
        return cellWidth(table, QString(QString::number(most).size() + 1, u'0'));
    };
    setWidth(table, ArticleListModel::AnnotationsColumn, countWidth(mostAnnotations));
    setWidth(table, ArticleListModel::QuotesColumn, countWidth(mostQuotes));
}

} // namespace Marginalia
