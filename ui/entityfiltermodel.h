// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace Marginalia {

class EntityListModel;

/// The entities panel's view of an EntityListModel: filtered by a text
/// found in the name, an alias or the external id (case and accents
/// ignored), sorted by name in collation order or by a column, ties by name.
class EntityFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit EntityFilterModel(EntityListModel *source, QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    EntityListModel *m_entities;
    QString m_text;
    QString m_needle; ///< m_text folded
};

} // namespace Marginalia
