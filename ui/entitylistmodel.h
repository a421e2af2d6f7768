// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entity.h"

#include <QAbstractTableModel>
#include <QCollatorSortKey>
#include <QHash>
#include <QIcon>
#include <QVector>

#include <memory>
#include <optional>

namespace Marginalia {

class ListCollation;
class ProjectSession;

/// Every entity of the project: name, label (with its colour), mentions,
/// articles, aliases, external id. Rows follow the session: an edit of some
/// entities reads those rows back, not the whole list. Sort and filter
/// through an EntityFilterModel, which orders names by collation keys.
class EntityListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        LabelColumn,
        MentionsColumn,
        ArticlesColumn,
        AliasesColumn,
        ExternalIdColumn,
        ColumnCount
    };
    enum Role { EntityIdRole = Qt::UserRole + 1 };

    explicit EntityListModel(QObject *parent = nullptr);
    ~EntityListModel() override;

    void setSession(ProjectSession *session);
    /// Reads every entity again.
    void reload();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    int rowForEntity(qint64 entityId) const;
    const EntitySummary &summary(int row) const { return m_rows.at(row).summary; }
    /// The name's collation key (ListCollation, the interface's locale).
    const QCollatorSortKey &nameKey(int row) const { return m_rows.at(row).nameKey; }
    /// The name, then each alias, then the external id if any, folded for
    /// matching (matchKey); made on first use.
    const QStringList &matchKeys(int row) const;
    /// \a text as names are matched everywhere (TextNormalizer): NFC, case
    /// folded, and accents folded unless the project says otherwise.
    QString matchKey(QStringView text) const;

private:
    struct Row
    {
        EntitySummary summary;
        QCollatorSortKey nameKey;
        mutable std::optional<QStringList> matchKeys;
    };
    Row makeRow(EntitySummary summary) const;
    void refreshEntities(const QVector<qint64> &ids);
    void refreshLabels();
    void indexRows();

    ProjectSession *m_session = nullptr;
    std::unique_ptr<ListCollation> m_collation;
    QVector<Row> m_rows;
    QHash<qint64, int> m_rowById;
    QHash<qint64, QIcon> m_swatches; ///< by label id
    bool m_foldAccents = true;
};

} // namespace Marginalia
