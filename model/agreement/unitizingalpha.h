// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVector>

#include <optional>

namespace Marginalia {

/// Krippendorff's alpha for unitizing (α_u, Krippendorff 1995; 2004,
/// pp. 251–256), as DKPro Agreement computes it and INCEpTION reports it:
/// each coder cuts one continuum of characters into units of a category
/// and gaps between them; disagreement is measured by the squared
/// differences of where units begin and end, and a unit that another coder
/// left inside a gap counts its length squared.
/// For each category on its own, and for all together as the ratio of the
/// categories' mean observed to mean expected disagreement. A coder's
/// overlapping units of one category are joined into one first (the
/// measure is defined for units that do not overlap).
class UnitizingAlpha
{
public:
    UnitizingAlpha(qint64 continuumLength, int coders);

    /// A unit [start, start + length) of \a category by \a coder;
    /// 0 <= start, start + length <= the continuum's length, length > 0.
    void addUnit(int coder, int category, qint64 start, qint64 length);

    struct Figures
    {
        double observed = 0; ///< D_o
        double expected = 0; ///< D_e
        std::optional<double> alpha; ///< none when D_e is 0 (no unit at all)
    };

    /// \a coders: the coders compared (indices), at least two.
    Figures category(int category, const QVector<int> &coders) const;
    /// Over every category that holds a unit of one of \a coders.
    Figures overall(const QVector<int> &coders) const;

    /// δ² of Krippendorff (2004, p. 253) between two sections of the
    /// continuum, each a unit (\a firstIsUnit) or a gap.
    static double distance(qint64 firstStart, qint64 firstLength, bool firstIsUnit,
                           qint64 secondStart, qint64 secondLength, bool secondIsUnit);

private:
    struct Unit
    {
        qint64 start;
        qint64 length;
    };
    /// One coder's units of one category, sorted and without overlaps.
    const QVector<Unit> &units(int category, int coder) const;
    double observed(int category, const QVector<int> &coders) const;
    double expected(int category, const QVector<int> &coders) const;

    qint64 m_length;
    int m_coders;
    /// [category][coder]; sorted and joined on first use.
    mutable QVector<QVector<QVector<Unit>>> m_units;
    mutable QVector<bool> m_tidy; ///< per category
};

} // namespace Marginalia
