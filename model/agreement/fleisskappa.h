// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVector>

#include <optional>

namespace Marginalia {

/// Fleiss' kappa (1971): Cohen's idea for any number of coders, each item
/// put in a category by every one of them. The agreement report uses it
/// for all coders together over word tokens.
class FleissKappa
{
public:
    FleissKappa(int categories, int coders);

    /// One item: \a counts[c] is how many coders chose category c; the
    /// counts add up to the number of coders.
    void addItem(const int *counts) { addItems(counts, 1); }
    /// \a times items alike (most tokens: nobody tagged them).
    void addItems(const int *counts, qint64 times);

    qint64 items() const { return m_items; }
    /// Items on which the coders did not all agree.
    qint64 disagreements() const { return m_disagreements; }

    /// None without items, or when chance agreement is already certain.
    std::optional<double> value() const;

private:
    int m_categories;
    int m_coders;
    qint64 m_items = 0;
    qint64 m_disagreements = 0;
    long double m_agreementSum = 0; ///< Σ over items of P_i
    QVector<qint64> m_totals; ///< per category, over all items
};

} // namespace Marginalia
