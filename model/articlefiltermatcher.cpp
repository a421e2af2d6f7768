// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlefiltermatcher.h"

#include "projectdatabase.h"
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

ArticleFilterMatcher::ArticleFilterMatcher(const ArticleFilter &filter)
    : m_filter(filter)
    , m_titleNeedle(normalizedKey(filter.title.simplified()))
    , m_sourceNeedle(normalizedKey(filter.source.simplified()))
{
}

QString ArticleFilterMatcher::normalizedKey(const QString &text)
{
    return TextNormalizer::normalize(text);
}

void ArticleFilterMatcher::readArticleSets(ProjectDatabase &database)
{
    m_labelArticles.clear();
    m_annotatorArticles.clear();
    if (m_filter.hasLabel() && m_filter.labelId > 0)
        m_labelArticles = database.articlesWithLabel(m_filter.labelId);
    if (m_filter.annotator)
        m_annotatorArticles = database.articlesByAnnotator(*m_filter.annotator);
}

void ArticleFilterMatcher::takeArticleSets(ArticleFilterMatcher &other)
{
    m_labelArticles = std::move(other.m_labelArticles);
    m_annotatorArticles = std::move(other.m_annotatorArticles);
}

void ArticleFilterMatcher::followArticle(ProjectDatabase &database, qint64 id)
{
    if (m_filter.hasLabel() && m_filter.labelId > 0)
        setHeld(m_labelArticles, id, database.articleHasLabel(id, m_filter.labelId));
    if (m_filter.annotator)
        setHeld(m_annotatorArticles, id, database.articleHasAnnotator(id, *m_filter.annotator));
}

bool ArticleFilterMatcher::matches(const Candidate &article) const
{
    if (m_filter.status && article.status != *m_filter.status)
        return false;
    if (m_filter.hasDates()
        && !ArticleFilter::dateInRange(article.date, m_filter.dateFrom, m_filter.dateTo))
        return false;
    if (!m_titleNeedle.isEmpty() && !article.titleKey.contains(m_titleNeedle))
        return false;
    if (!m_sourceNeedle.isEmpty() && !article.sourceKey.contains(m_sourceNeedle))
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

} // namespace Marginalia
