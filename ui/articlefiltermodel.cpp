// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlefiltermodel.h"

#include "articlelistmodel.h"
#include "projectdatabase.h"
#include "projectsession.h"

#include <utility>

namespace Marginalia {

ArticleFilterModel::ArticleFilterModel(ArticleListModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_articles(source)
{
    // Connected before setSourceModel, so the sets are right before the
    // proxy filters the rows again. A reload reads them as it begins (the
    // file is as the list will be): filtering again once it ended would run
    // on the proxy's mapping of the old rows if done before the proxy's own
    // handler, and twice if after.
    connect(source, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_shownKept = false;
        readArticleSets();
    });
    connect(source, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                followRows(topLeft.row(), bottomRight.row());
            });
    setSourceModel(source);
    setSortRole(ArticleListModel::SortRole);
    setSortLocaleAware(true);
}

void ArticleFilterModel::setFilter(const ArticleFilter &filter)
{
    const ArticleFilter &before = m_matcher.filter();
    if (filter == before)
        return;
    const bool setsChanged = filter.labelId != before.labelId
        || filter.labelPresence != before.labelPresence || filter.annotator != before.annotator;
    ArticleFilterMatcher matcher(filter);
    std::swap(m_matcher, matcher);
    if (setsChanged)
        readArticleSets();
    else
        m_matcher.takeArticleSets(matcher);
    m_shownKept = false; // a new filter decides for the article on screen too
    // The list built again rather than changed row by row: between two
    // filters of 100,000 articles thousands of rows come and go, and the
    // proxy inserts each one into its mapping (120 ms for 1,600 rows).
    invalidate();
}

void ArticleFilterModel::setFilterText(const QString &text)
{
    ArticleFilter filter = m_matcher.filter();
    filter.title = text;
    setFilter(filter);
}

void ArticleFilterModel::setShownArticle(qint64 articleId)
{
    if (articleId == m_shown)
        return;
    const bool leftKept = m_shownKept;
    m_shown = articleId;
    m_shownKept = false; // listed on its own merits until it is edited
    // The article left may have stopped matching while it was shown: only
    // then is the whole list filtered again.
    if (leftKept)
        invalidateFilter();
}

bool ArticleFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    Q_UNUSED(sourceParent)
    if (m_matcher.filter().isEmpty())
        return true;
    if (matches(sourceRow))
        return true;
    return m_shownKept && m_articles->article(sourceRow).id == m_shown;
}

bool ArticleFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    return m_articles->lessThan(left.row(), right.row(), left.column());
}

bool ArticleFilterModel::matches(int sourceRow) const
{
    const ArticleListRow &article = m_articles->article(sourceRow);
    ArticleFilterMatcher::Candidate candidate;
    candidate.id = article.id;
    candidate.status = article.status;
    candidate.date = article.date;
    candidate.quoteCount = article.quoteCount;
    // The list keeps each row's keys once made: only those the filter reads.
    if (m_matcher.needsTitleKey())
        candidate.titleKey = m_articles->titleKey(sourceRow);
    if (m_matcher.needsSourceKey())
        candidate.sourceKey = m_articles->sourceKey(sourceRow);
    return m_matcher.matches(candidate);
}

void ArticleFilterModel::readArticleSets()
{
    if (ProjectSession *session = m_articles->session())
        m_matcher.readArticleSets(session->database());
}

void ArticleFilterModel::followRows(int first, int last)
{
    ProjectSession *session = m_articles->session();
    const bool filtered = !m_matcher.filter().isEmpty();
    for (int row = first; row <= last && row >= 0; ++row) {
        const qint64 id = m_articles->article(row).id;
        if (session)
            m_matcher.followArticle(session->database(), id);
        // The article on screen stays listed through its own edits.
        if (id == m_shown && filtered && !matches(row))
            m_shownKept = true;
    }
}

} // namespace Marginalia
