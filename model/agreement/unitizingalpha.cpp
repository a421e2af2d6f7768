// SPDX-License-Identifier: GPL-3.0-or-later
#include "unitizingalpha.h"

#include <algorithm>

namespace Marginalia {

namespace {

struct Section
{
    qint64 start;
    qint64 length;
    bool unit;
};

} // namespace

UnitizingAlpha::UnitizingAlpha(qint64 continuumLength, int coders)
    : m_length(continuumLength)
    , m_coders(coders)
{
}

void UnitizingAlpha::addUnit(int coder, int category, qint64 start, qint64 length)
{
    if (category >= m_units.size()) {
        m_units.resize(category + 1, QVector<QVector<Unit>>(m_coders));
        m_tidy.resize(category + 1, true);
    }
    m_units[category][coder].append({ start, length });
    m_tidy[category] = false;
}

const QVector<UnitizingAlpha::Unit> &UnitizingAlpha::units(int category, int coder) const
{
    if (!m_tidy[category]) {
        for (QVector<Unit> &list : m_units[category]) {
            std::sort(list.begin(), list.end(), [](const Unit &x, const Unit &y) {
                return x.start < y.start || (x.start == y.start && x.length > y.length);
            });
            QVector<Unit> joined;
            joined.reserve(list.size());
            for (const Unit &unit : std::as_const(list)) {
                if (!joined.isEmpty() && unit.start < joined.last().start + joined.last().length) {
                    Unit &last = joined.last();
                    last.length =
                        std::max(last.start + last.length, unit.start + unit.length) - last.start;
                } else {
                    joined.append(unit);
                }
            }
            list = std::move(joined);
        }
        m_tidy[category] = true;
    }
    return m_units[category][coder];
}

double UnitizingAlpha::distance(qint64 firstStart, qint64 firstLength, bool firstIsUnit,
                                qint64 secondStart, qint64 secondLength, bool secondIsUnit)
{
    const long double startDifference = firstStart - secondStart;
    const qint64 firstEnd = firstStart + firstLength;
    const qint64 secondEnd = secondStart + secondLength;
    if (firstIsUnit && secondIsUnit && firstStart < secondEnd && secondStart < firstEnd) {
        const long double endDifference = firstEnd - secondEnd;
        return double(startDifference * startDifference + endDifference * endDifference);
    }
    if (firstIsUnit && !secondIsUnit && firstStart >= secondStart && firstEnd <= secondEnd)
        return double((long double)firstLength * firstLength);
    if (!firstIsUnit && secondIsUnit && secondStart >= firstStart && secondEnd <= firstEnd)
        return double((long double)secondLength * secondLength);
    return 0.0;
}

namespace {

/// A coder's units of a category with the gaps between them: sections that
/// cover the continuum end to end.
template<typename Units> QVector<Section> sectionsOf(const Units &units, qint64 length)
{
    QVector<Section> sections;
    sections.reserve(units.size() * 2 + 1);
    qint64 at = 0;
    for (const auto &unit : units) {
        if (unit.start > at)
            sections.append({ at, unit.start - at, false });
        sections.append({ unit.start, unit.length, true });
        at = unit.start + unit.length;
    }
    if (at < length)
        sections.append({ at, length - at, false });
    return sections;
}

} // namespace

double UnitizingAlpha::observed(int category, const QVector<int> &coders) const
{
    const qsizetype m = coders.size();
    long double sum = 0;
    for (qsizetype x = 0; x < m; ++x) {
        const QVector<Section> first = sectionsOf(units(category, coders[x]), m_length);
        for (qsizetype y = x + 1; y < m; ++y) {
            const QVector<Section> second = sectionsOf(units(category, coders[y]), m_length);
            // Every pair of sections that share a position, once: only such
            // pairs can disagree (δ² is 0 for sections apart).
            qsizetype i = 0;
            qsizetype j = 0;
            while (i < first.size() && j < second.size()) {
                const Section &f = first[i];
                const Section &s = second[j];
                if (f.unit || s.unit)
                    sum += distance(f.start, f.length, f.unit, s.start, s.length, s.unit);
                const qint64 firstEnd = f.start + f.length;
                const qint64 secondEnd = s.start + s.length;
                if (firstEnd <= secondEnd)
                    ++i;
                if (secondEnd <= firstEnd)
                    ++j;
            }
        }
    }
    // Each unordered pair of coders stands for both orders.
    const long double length = m_length;
    return double(2 * sum / ((long double)m * (m - 1) * length * length));
}

double UnitizingAlpha::expected(int category, const QVector<int> &coders) const
{
    const long double m = coders.size();
    const long double length = m_length;
    qint64 unitCount = 0;
    long double squaredLengths = 0;
    QVector<qint64> gaps;
    for (const int coder : coders) {
        const QVector<Unit> &list = units(category, coder);
        unitCount += list.size();
        for (const Unit &unit : list)
            squaredLengths += (long double)unit.length * (unit.length - 1);
        for (const Section &section : sectionsOf(list, m_length)) {
            if (!section.unit)
                gaps.append(section.length);
        }
    }
    if (unitCount == 0)
        return 0.0;
    // Σ over gaps g >= l of (g − l + 1), for every unit length l: sorted
    // gaps and their suffix sums answer each unit in a binary search.
    std::sort(gaps.begin(), gaps.end());
    QVector<long double> suffix(gaps.size() + 1, 0);
    for (qsizetype i = gaps.size() - 1; i >= 0; --i)
        suffix[i] = suffix[i + 1] + gaps[i];
    long double sum = 0;
    for (const int coder : coders) {
        for (const Unit &unit : units(category, coder)) {
            const long double l = unit.length;
            const qsizetype from =
                std::lower_bound(gaps.cbegin(), gaps.cend(), unit.length) - gaps.cbegin();
            const long double fitting = gaps.size() - from;
            const long double inGaps = suffix[from] - (l - 1) * fitting;
            sum += (unitCount - 1) * (2 * l * l * l - 3 * l * l + l) / 3 + l * l * inGaps;
        }
    }
    const long double denominator = m * length * (m * length - 1) - squaredLengths;
    if (denominator <= 0)
        return 0.0;
    return double((2 / length) * sum / denominator);
}

UnitizingAlpha::Figures UnitizingAlpha::category(int category, const QVector<int> &coders) const
{
    Figures figures;
    if (category >= m_units.size() || coders.size() < 2 || m_length <= 0)
        return figures;
    figures.observed = observed(category, coders);
    figures.expected = expected(category, coders);
    if (figures.expected > 0)
        figures.alpha = 1.0 - figures.observed / figures.expected;
    return figures;
}

UnitizingAlpha::Figures UnitizingAlpha::overall(const QVector<int> &coders) const
{
    Figures figures;
    long double observedSum = 0;
    long double expectedSum = 0;
    int counted = 0;
    for (int c = 0; c < m_units.size(); ++c) {
        const Figures one = category(c, coders);
        if (!one.alpha)
            continue;
        observedSum += one.observed;
        expectedSum += one.expected;
        ++counted;
    }
    if (counted == 0 || expectedSum <= 0)
        return figures;
    figures.observed = double(observedSum / counted);
    figures.expected = double(expectedSum / counted);
    figures.alpha = 1.0 - double(observedSum / expectedSum);
    return figures;
}

} // namespace Marginalia
