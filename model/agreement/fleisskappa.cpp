// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleisskappa.h"

namespace Marginalia {

FleissKappa::FleissKappa(int categories, int coders)
    : m_categories(categories)
    , m_coders(coders)
    , m_totals(categories, 0)
{
}

void FleissKappa::addItems(const int *counts, qint64 times)
{
    qint64 squares = 0;
    bool unanimous = false;
    for (int c = 0; c < m_categories; ++c) {
        squares += qint64(counts[c]) * counts[c];
        m_totals[c] += counts[c] * times;
        unanimous = unanimous || counts[c] == m_coders;
    }
    const qint64 n = m_coders;
    if (n > 1)
        m_agreementSum += times * (long double)(squares - n) / (long double)(n * (n - 1));
    m_items += times;
    if (!unanimous)
        m_disagreements += times;
}

std::optional<double> FleissKappa::value() const
{
    if (m_items == 0 || m_coders < 2)
        return std::nullopt;
    const long double ratings = (long double)m_items * m_coders;
    long double expected = 0;
    for (const qint64 total : m_totals) {
        const long double p = total / ratings;
        expected += p * p;
    }
    if (expected >= 1.0L)
        return std::nullopt;
    const long double observed = m_agreementSum / m_items;
    return double((observed - expected) / (1.0L - expected));
}

} // namespace Marginalia
