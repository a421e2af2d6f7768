// SPDX-License-Identifier: GPL-3.0-or-later
#include "listcollation.h"

#include <algorithm>
#include <numeric>

namespace Marginalia {

ListCollation::ListCollation()
{
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
}

QVector<int> ListCollation::ranks(const QVector<QCollatorSortKey> &keys)
{
    QVector<int> order(keys.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&keys](int a, int b) { return keys.at(a).compare(keys.at(b)) < 0; });
    QVector<int> rank(keys.size());
    for (int i = 0; i < order.size(); ++i)
        rank[order.at(i)] = i;
    return rank;
}

} // namespace Marginalia
