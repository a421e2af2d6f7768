// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVector>

#include <optional>

namespace Marginalia {

/// Cohen's kappa for two coders who each put every item in one of a fixed
/// set of categories: (p_o − p_e) / (1 − p_e), with p_e from each coder's
/// own proportions (Cohen 1960). Kept as the full confusion table, so the
/// one-label-against-the-rest kappa of any category comes from it too.
class CohenKappa
{
public:
    explicit CohenKappa(int categories);

    /// One item (or \a count alike) that the first coder put in \a first
    /// and the second in \a second.
    void add(int first, int second, qint64 count = 1);

    int categories() const { return m_categories; }
    qint64 items() const { return m_items; }
    qint64 agreements() const;
    qint64 cell(int first, int second) const { return m_table[first * m_categories + second]; }

    /// None without items, or when chance agreement is already certain
    /// (both coders used one and the same category for everything).
    std::optional<double> value() const;

    /// The table folded to two categories: \a category (1) and the rest (0).
    CohenKappa binary(int category) const;

private:
    int m_categories;
    qint64 m_items = 0;
    QVector<qint64> m_table; ///< row: first coder, column: second coder
};

} // namespace Marginalia
