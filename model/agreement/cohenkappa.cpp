// SPDX-License-Identifier: GPL-3.0-or-later
#include "cohenkappa.h"

namespace Marginalia {

CohenKappa::CohenKappa(int categories)
    : m_categories(categories)
    , m_table(qsizetype(categories) * categories, 0)
{
}

void CohenKappa::add(int first, int second, qint64 count)
{
    m_table[first * m_categories + second] += count;
    m_items += count;
}

qint64 CohenKappa::agreements() const
{
    qint64 sum = 0;
    for (int c = 0; c < m_categories; ++c)
        sum += cell(c, c);
    return sum;
}

std::optional<double> CohenKappa::value() const
{
    if (m_items == 0)
        return std::nullopt;
    const long double n = m_items;
    long double expected = 0;
    for (int c = 0; c < m_categories; ++c) {
        qint64 row = 0;
        qint64 column = 0;
        for (int k = 0; k < m_categories; ++k) {
            row += cell(c, k);
            column += cell(k, c);
        }
        expected += (row / n) * (column / n);
    }
    if (expected >= 1.0L)
        return std::nullopt;
    const long double observed = agreements() / n;
    return double((observed - expected) / (1.0L - expected));
}

CohenKappa CohenKappa::binary(int category) const
{
    CohenKappa folded(2);
    for (int first = 0; first < m_categories; ++first) {
        for (int second = 0; second < m_categories; ++second) {
            if (const qint64 count = cell(first, second))
                folded.add(first == category ? 1 : 0, second == category ? 1 : 0, count);
        }
    }
    return folded;
}

} // namespace Marginalia
