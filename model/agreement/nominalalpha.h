// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>

#include <optional>

namespace Marginalia {

/// Krippendorff's alpha for nominal data with any number of coders and
/// missing values, through the coincidence matrix of "Computing
/// Krippendorff's Alpha-Reliability" (Krippendorff 2011):
/// α = 1 − (n − 1) · Σ_{c≠k} o_ck / Σ_{c≠k} n_c · n_k.
/// Only the matrix's diagonal and margins are kept: Σ_{c≠k} o_ck is
/// n − Σ o_cc, and Σ_{c≠k} n_c n_k is n² − Σ n_c², so the memory grows
/// with the number of values (speakers), never with its square.
class NominalAlpha
{
public:
    /// One unit: the values the coders who coded it gave (missing ones left
    /// out). A unit with fewer than two values cannot be paired and counts
    /// for nothing.
    void addUnit(const QVector<int> &values);

    /// Units with at least two values.
    qint64 pairableUnits() const { return m_units; }
    /// n: the values in pairable units.
    qint64 pairableValues() const { return qint64(m_values); }

    /// None when no unit is pairable, or when every value is the same
    /// (there is no variation to agree on).
    std::optional<double> value() const;
    /// D_o and D_e in Krippendorff's sense, for tests and reports.
    double observedDisagreement() const;
    double expectedDisagreement() const;

private:
    qint64 m_units = 0;
    long double m_values = 0; ///< n
    long double m_diagonal = 0; ///< Σ_c o_cc
    QHash<int, long double> m_margins; ///< n_c
};

} // namespace Marginalia
