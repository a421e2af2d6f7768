// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QTableView;

namespace Marginalia {

class ArticleListModel;

/// Widths for the article list's date, status and annotation columns,
/// worked out from the font and the longest value instead of by
/// QHeaderView::ResizeToContents: that mode lays out the text of up to 1,000
/// rows of each column (a third of opening a project, and again after every
/// edit that changes a row), where the widest value of these columns is
/// known without looking at each row's layout. The title column takes the
/// rest.
class ArticleColumnWidths
{
public:
    /// Sets the widths of \a table's columns for what \a model holds now.
    /// Columns stay resizable by hand until the next call.
    static void apply(QTableView *table, const ArticleListModel &model);
};

} // namespace Marginalia
