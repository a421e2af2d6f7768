// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitylistmodel.h"

#include "labelpalette.h"
#include "listcollation.h"
#include "projectsession.h"
#include "textnormalizer.h"

namespace Marginalia {

EntityListModel::EntityListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

EntityListModel::~EntityListModel() = default;

void EntityListModel::setSession(ProjectSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &ProjectSession::entitiesChanged, this,
                &EntityListModel::refreshEntities);
        connect(m_session, &ProjectSession::entityMentionsChanged, this,
                &EntityListModel::refreshEntities);
        connect(m_session, &ProjectSession::labelsChanged, this, &EntityListModel::refreshLabels);
        // A label deleted or put back takes its entities and mentions with it.
        connect(m_session, &ProjectSession::projectAnnotationsChanged, this,
                &EntityListModel::reload);
        // Sent, among other times, when the project's accent choice changed.
        connect(m_session, &ProjectSession::suggestionsChanged, this, [this](qint64 articleId) {
            if (articleId == 0 && m_session->matchIgnoringAccents() != m_foldAccents)
                reload();
        });
    }
    reload();
}

EntityListModel::Row EntityListModel::makeRow(EntitySummary summary) const
{
    QCollatorSortKey key = m_collation->sortKey(summary.entity.name);
    return Row { std::move(summary), std::move(key), std::nullopt };
}

void EntityListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_swatches.clear();
    if (m_session) {
        // A new collator each time: it follows the interface's locale.
        m_collation = std::make_unique<ListCollation>();
        m_foldAccents = m_session->matchIgnoringAccents();
        const QVector<EntitySummary> summaries = m_session->database().entitySummaries();
        m_rows.reserve(summaries.size());
        for (const EntitySummary &summary : summaries)
            m_rows.append(makeRow(summary));
        for (const Label &label : m_session->labels())
            m_swatches.insert(label.id, LabelPalette::swatch(QColor(label.color)));
    }
    indexRows();
    endResetModel();
}

void EntityListModel::indexRows()
{
    m_rowById.clear();
    m_rowById.reserve(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowById.insert(m_rows.at(row).summary.entity.id, row);
}

void EntityListModel::refreshEntities(const QVector<qint64> &ids)
{
    if (!m_session)
        return;
    for (const qint64 id : ids) {
        std::optional<EntitySummary> summary = m_session->database().entitySummary(id);
        const int row = rowForEntity(id);
        if (summary && row >= 0) {
            m_rows[row] = makeRow(std::move(*summary));
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        } else if (summary) {
            const int at = int(m_rows.size());
            beginInsertRows(QModelIndex(), at, at);
            m_rows.append(makeRow(std::move(*summary)));
            m_rowById.insert(id, at);
            endInsertRows();
        } else if (row >= 0) {
            beginRemoveRows(QModelIndex(), row, row);
            m_rows.remove(row);
            m_rowById.remove(id);
            for (auto it = m_rowById.begin(); it != m_rowById.end(); ++it) {
                if (it.value() > row)
                    --it.value();
            }
            endRemoveRows();
        }
    }
}

void EntityListModel::refreshLabels()
{
    if (!m_session)
        return;
    QHash<qint64, QString> names;
    m_swatches.clear();
    for (const Label &label : m_session->labels()) {
        names.insert(label.id, label.name);
        m_swatches.insert(label.id, LabelPalette::swatch(QColor(label.color)));
    }
    for (Row &row : m_rows)
        row.summary.labelName = names.value(row.summary.entity.labelId);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, LabelColumn), index(rowCount() - 1, LabelColumn));
}

int EntityListModel::rowForEntity(qint64 entityId) const
{
    return m_rowById.value(entityId, -1);
}

const QStringList &EntityListModel::matchKeys(int row) const
{
    const Row &r = m_rows.at(row);
    if (!r.matchKeys) {
        const Entity &e = r.summary.entity;
        QStringList keys { matchKey(e.name) };
        for (const QString &alias : e.aliases)
            keys.append(matchKey(alias));
        if (!e.externalId.isEmpty())
            keys.append(matchKey(e.externalId));
        r.matchKeys = std::move(keys);
    }
    return *r.matchKeys;
}

QString EntityListModel::matchKey(QStringView text) const
{
    TextNormalizer::Options options;
    options.foldAccents = m_foldAccents;
    return TextNormalizer::normalize(text, options);
}

int EntityListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EntityListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EntityListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const EntitySummary &s = m_rows.at(index.row()).summary;
    if (role == EntityIdRole)
        return s.entity.id;
    if (role == Qt::DecorationRole && index.column() == LabelColumn)
        return m_swatches.value(s.entity.labelId);
    if (role == Qt::TextAlignmentRole
        && (index.column() == MentionsColumn || index.column() == ArticlesColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == NameColumn && !s.entity.aliases.isEmpty())
        return tr("Also known as: %1").arg(s.entity.aliases.join(QStringLiteral(", ")));
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (index.column()) {
    case NameColumn:
        return s.entity.name;
    case LabelColumn:
        return s.labelName;
    case MentionsColumn:
        return s.mentions;
    case ArticlesColumn:
        return s.articles;
    case AliasesColumn:
        return s.entity.aliases.join(QStringLiteral(", "));
    case ExternalIdColumn:
        return s.entity.externalId;
    }
    return QVariant();
}

QVariant EntityListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case NameColumn:
        return tr("Name");
    case LabelColumn:
        return tr("Label");
    case MentionsColumn:
        return tr("Mentions");
    case ArticlesColumn:
        return tr("Articles");
    case AliasesColumn:
        return tr("Aliases");
    case ExternalIdColumn:
        return tr("External ID");
    }
    return QVariant();
}

} // namespace Marginalia
