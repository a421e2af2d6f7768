// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlefiltermodel.h"

#include "articlelistmodel.h"
#include "projectdatabase.h"
#include "projectsession.h"
#include "textnormalizer.h"

#include <algorithm>

namespace Marginalia {

namespace {

bool holds(const QVector<qint64> &sorted, qint64 id)
{
    return std::binary_search(sorted.cbegin(), sorted.cend(), id);
}

void setHeld(QVector<qint64> &sorted, qint64 id, bool held)
{
    const auto at = std::lower_bound(sorted.begin(), sorted.end(), id);
    const bool there = at != sorted.end() && *at == id;
    if (held && !there)
        sorted.insert(at, id);
    else if (!held && there)
        sorted.erase(at);
}

} // namespace

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
    if (filter == m_filter)
        return;
    const bool setsChanged = filter.labelId != m_filter.labelId
        || filter.labelPresence != m_filter.labelPresence || filter.annotator != m_filter.annotator;
    m_filter = filter;
    m_titleNeedle = TextNormalizer::normalize(filter.title.simplified());
    m_sourceNeedle = TextNormalizer::normalize(filter.source.simplified());
    if (setsChanged)
        readArticleSets();
    m_shownKept = false; // a new filter decides for the article on screen too
    // The list built again rather than changed row by row: between two
    // filters of 100,000 articles thousands of rows come and go, and the
    // proxy inserts each one into its mapping (120 ms for 1,600 rows).
    invalidate();
}

void ArticleFilterModel::setFilterText(const QString &text)
{
    ArticleFilter filter = m_filter;
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
    if (m_filter.isEmpty())
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
    if (m_filter.status && article.status != *m_filter.status)
        return false;
    if (m_filter.hasDates()
        && !ArticleFilter::dateInRange(article.date, m_filter.dateFrom, m_filter.dateTo))
        return false;
    if (!m_titleNeedle.isEmpty() && !m_articles->titleKey(sourceRow).contains(m_titleNeedle))
        return false;
    if (!m_sourceNeedle.isEmpty() && !m_articles->sourceKey(sourceRow).contains(m_sourceNeedle))
        return false;
    if (m_filter.hasLabel()) {
        const bool has = m_filter.labelId == ArticleFilter::QuotesLabel
            ? article.quoteCount > 0
            : holds(m_labelArticles, article.id);
        if (has != (m_filter.labelPresence == ArticleFilter::Presence::With))
            return false;
    }
    if (m_filter.annotator && !holds(m_annotatorArticles, article.id))
        return false;
    return true;
}

void ArticleFilterModel::readArticleSets()
{
    m_labelArticles.clear();
    m_annotatorArticles.clear();
    ProjectSession *session = m_articles->session();
    if (!session)
        return;
    if (m_filter.hasLabel() && m_filter.labelId > 0)
        m_labelArticles = session->database().articlesWithLabel(m_filter.labelId);
    if (m_filter.annotator)
        m_annotatorArticles = session->database().articlesByAnnotator(*m_filter.annotator);
}

void ArticleFilterModel::followRows(int first, int last)
{
    ProjectSession *session = m_articles->session();
    const bool labelSet = m_filter.hasLabel() && m_filter.labelId > 0;
    for (int row = first; row <= last && row >= 0; ++row) {
        const qint64 id = m_articles->article(row).id;
        if (session && labelSet)
            setHeld(m_labelArticles, id, session->database().articleHasLabel(id, m_filter.labelId));
        if (session && m_filter.annotator)
            setHeld(m_annotatorArticles, id,
                    session->database().articleHasAnnotator(id, *m_filter.annotator));
        // The article on screen stays listed through its own edits.
        if (id == m_shown && !m_filter.isEmpty() && !matches(row))
            m_shownKept = true;
    }
}

} // namespace Marginalia
