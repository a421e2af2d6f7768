// SPDX-License-Identifier: GPL-3.0-or-later
#include "entityfiltermodel.h"

#include "entitylistmodel.h"

#include <algorithm>

namespace Marginalia {

EntityFilterModel::EntityFilterModel(EntityListModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_entities(source)
{
    setSourceModel(source);
    setDynamicSortFilter(true);
}

void EntityFilterModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_needle = m_entities->matchKey(text.trimmed());
    invalidateFilter();
}

bool EntityFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    Q_UNUSED(sourceParent)
    if (m_needle.isEmpty())
        return true;
    const QStringList &keys = m_entities->matchKeys(sourceRow);
    return std::any_of(keys.cbegin(), keys.cend(),
                       [this](const QString &key) { return key.contains(m_needle); });
}

bool EntityFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int a = left.row();
    const int b = right.row();
    const EntitySummary &x = m_entities->summary(a);
    const EntitySummary &y = m_entities->summary(b);
    const auto byName = [&] { return m_entities->nameBefore(a, b); };
    const auto compareText = [&](const QString &p, const QString &q) {
        const int order = p.compare(q, Qt::CaseInsensitive);
        return order != 0 ? order < 0 : byName();
    };
    switch (left.column()) {
    case EntityListModel::LabelColumn:
        return compareText(x.labelName, y.labelName);
    case EntityListModel::MentionsColumn:
        return x.mentions != y.mentions ? x.mentions < y.mentions : byName();
    case EntityListModel::ArticlesColumn:
        return x.articles != y.articles ? x.articles < y.articles : byName();
    case EntityListModel::AliasesColumn:
        return compareText(x.entity.aliases.join(QLatin1Char(',')),
                           y.entity.aliases.join(QLatin1Char(',')));
    case EntityListModel::ExternalIdColumn:
        return compareText(x.entity.externalId, y.entity.externalId);
    default:
        return byName();
    }
}

} // namespace Marginalia
