// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCollator>
#include <QVector>

namespace Marginalia {

/// How the window's lists order names and titles: ICU collation (through
/// QCollator) for the interface's locale, so "Élysée" sorts with the Es,
/// case second and numbers by value ("Article 9" before "Article 10").
///
/// Sorting tens of thousands of strings with locale-aware comparisons costs
/// half a second; sort keys, made once per string, compare as bytes.
class ListCollation
{
public:
    /// Follows QLocale() as it is when constructed.
    ListCollation();

    QCollatorSortKey sortKey(const QString &text) const { return m_collator.sortKey(text); }

    /// The place of each key in collation order (0 first); equal keys keep
    /// their order.
    static QVector<int> ranks(const QVector<QCollatorSortKey> &keys);

private:
    QCollator m_collator;
};

} // namespace Marginalia
