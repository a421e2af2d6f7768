// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlefiltermodel.h"

#include "articlelistmodel.h"
#include "textnormalizer.h"

namespace Marginalia {

ArticleFilterModel::ArticleFilterModel(ArticleListModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_articles(source)
{
    setSourceModel(source);
    setSortRole(ArticleListModel::SortRole);
    setSortLocaleAware(true);
}

void ArticleFilterModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_needle = TextNormalizer::normalize(text.simplified());
    invalidateFilter();
}

bool ArticleFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    Q_UNUSED(sourceParent)
    return m_needle.isEmpty() || m_articles->titleKey(sourceRow).contains(m_needle);
}

} // namespace Marginalia
