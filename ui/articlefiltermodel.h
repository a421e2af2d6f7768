// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articlefiltermatcher.h"

#include <QSortFilterProxyModel>

namespace Marginalia {

class ArticleListModel;

/// The article list as shown: narrowed by an ArticleFilter (title, status,
/// dates, source, a label's mentions or quotes present or absent, an
/// annotator), texts matched with case and accents ignored by the project's
/// one normalisation (TextNormalizer), so "elysee" finds "Élysée"; sorted by
/// SortRole.
///
/// Which articles hold a label's or an annotator's mentions is read from the
/// counts the schema keeps when the filter is set, and followed article by
/// article as the list's rows change. The article on screen is never taken
/// out of the list by an edit made in it (tagging the first PER of an article
/// listed "without PER"), only by a change of the filter or once the analyst
/// moves on: a worklist must not pull the text away mid-task.
class ArticleFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ArticleFilterModel(ArticleListModel *source, QObject *parent = nullptr);

    void setFilter(const ArticleFilter &filter);
    const ArticleFilter &filter() const { return m_matcher.filter(); }
    /// The title part alone, the rest kept.
    void setFilterText(const QString &text);
    QString filterText() const { return filter().title; }
    bool isFiltered() const { return !filter().isEmpty(); }
    /// The article on screen (0 for none): kept in the list while shown.
    void setShownArticle(qint64 articleId);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool matches(int sourceRow) const;
    /// Reads which articles the label and annotator parts take.
    void readArticleSets();
    /// Follows the articles of \a first to \a last into or out of the sets.
    void followRows(int first, int last);

    ArticleListModel *m_articles;
    ArticleFilterMatcher m_matcher; ///< the filter, shared with 'marginalia-cli list'
    qint64 m_shown = 0;
    /// m_shown is listed because it is shown, not because it matches.
    bool m_shownKept = false;
};

} // namespace Marginalia
