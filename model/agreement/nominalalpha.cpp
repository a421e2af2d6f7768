// SPDX-License-Identifier: GPL-3.0-or-later
#include "nominalalpha.h"

#include <QVarLengthArray>

#include <algorithm>

namespace Marginalia {

void NominalAlpha::addUnit(const QVector<int> &values)
{
    const qsizetype m = values.size();
    if (m < 2)
        return;
    QVarLengthArray<int, 16> sorted(values.cbegin(), values.cend());
    std::sort(sorted.begin(), sorted.end());
    for (qsizetype i = 0; i < m;) {
        qsizetype j = i;
        while (j < m && sorted[j] == sorted[i])
            ++j;
        const long double count = j - i;
        // o_cc gains count·(count − 1)/(m − 1); the row c gains count in all.
        m_diagonal += count * (count - 1) / (m - 1);
        m_margins[sorted[i]] += count;
        i = j;
    }
    m_values += m;
    ++m_units;
}

double NominalAlpha::observedDisagreement() const
{
    return m_values > 0 ? double((m_values - m_diagonal) / m_values) : 0.0;
}

double NominalAlpha::expectedDisagreement() const
{
    if (m_values < 2)
        return 0.0;
    long double squares = 0;
    for (const long double margin : m_margins)
        squares += margin * margin;
    return double((m_values * m_values - squares) / (m_values * (m_values - 1)));
}

std::optional<double> NominalAlpha::value() const
{
    const double expected = expectedDisagreement();
    if (m_units == 0 || expected <= 0.0)
        return std::nullopt;
    return 1.0 - observedDisagreement() / expected;
}

} // namespace Marginalia
