// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitylistmodel.h"

#include "labelpalette.h"
#include "listcollation.h"
#include "projectsession.h"
#include "textnormalizer.h"

#include <QElapsedTimer>

namespace Marginalia {

EntityListModel::EntityListModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_read(this)
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
                &EntityListModel::reloadOrForget);
        // Sent, among other times, when the project's accent choice changed.
        connect(m_session, &ProjectSession::suggestionsChanged, this, [this](qint64 articleId) {
            if (m_loaded && articleId == 0 && m_session->matchIgnoringAccents() != m_foldAccents)
                reloadOrForget();
        });
    }
    m_loaded = false;
    m_lastReadMs = -1;
    ++m_generation; // a read of the last project is dropped
    reloadOrForget();
}

void EntityListModel::ensureLoaded()
{
    if (!m_loaded && m_session && !m_read.isRunning())
        reload();
}

void EntityListModel::addViewer()
{
    ++m_viewers;
    ensureLoaded();
}

void EntityListModel::removeViewer()
{
    m_viewers = qMax(0, m_viewers - 1);
}

void EntityListModel::reloadOrForget()
{
    readAgainIfReading();
    if (m_viewers > 0 || !m_session) {
        reload();
        return;
    }
    if (!m_loaded && m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    m_loaded = false;
    endResetModel();
}

EntityListModel::Row EntityListModel::makeRow(const ListCollation &collation, EntitySummary summary)
{
    QCollatorSortKey key = collation.sortKey(summary.entity.name);
    return Row { std::move(summary), std::move(key), std::nullopt };
}

std::shared_ptr<EntityListModel::Read> EntityListModel::readRows(ProjectDatabase &database)
{
    auto read = std::make_shared<Read>();
    // A new collator each time: it follows the interface's locale.
    read->collation = std::make_unique<ListCollation>();
    const QVector<EntitySummary> summaries = database.entitySummaries();
    read->rows.reserve(summaries.size());
    QVector<QCollatorSortKey> keys;
    keys.reserve(summaries.size());
    for (const EntitySummary &summary : summaries) {
        read->rows.append(makeRow(*read->collation, summary));
        keys.append(read->rows.constLast().nameKey);
    }
    // Rows come in id order, so ranks break ties by id as nameBefore() does.
    const QVector<int> ranks = ListCollation::ranks(keys);
    for (qsizetype i = 0; i < ranks.size(); ++i)
        read->rows[i].nameRank = ranks.at(i);
    return read;
}

bool EntityListModel::nameBefore(int a, int b) const
{
    const Row &x = m_rows.at(a);
    const Row &y = m_rows.at(b);
    if (x.nameRank >= 0 && y.nameRank >= 0)
        return x.nameRank < y.nameRank;
    const int order = x.nameKey.compare(y.nameKey);
    return order != 0 ? order < 0 : x.summary.entity.id < y.summary.entity.id;
}

void EntityListModel::reload()
{
    if (!m_session) {
        showRows(nullptr);
        return;
    }
    if (m_read.isRunning()) {
        ++m_generation; // read again once it ends
        return;
    }
    ProjectDatabase &database = m_session->database();
    const bool atOnce =
        m_lastReadMs >= 0 ? m_lastReadMs < ReadAtOnceMs : database.entityCount() < ReadAtOnceBelow;
    if (atOnce) {
        readHere();
        return;
    }
    const qint64 generation = m_generation;
    m_read.start(
        database.path(), &EntityListModel::readRows,
        [this, generation](std::shared_ptr<Read> read, qint64 ms, const QString &error) {
            finishRead(std::move(read), generation, ms, error);
        },
        QStringLiteral("entity list"));
}

void EntityListModel::finishRead(std::shared_ptr<Read> read, qint64 generation, qint64 ms,
                                 const QString &error)
{
    if (!m_session)
        return;
    if (generation != m_generation) {
        reloadOrForget(); // the entities changed while they were read
        return;
    }
    if (!read) {
        // A second connection was refused: read on the window's own.
        qWarning("the entity list is read on the window's connection: %s", qPrintable(error));
        readHere();
        return;
    }
    m_lastReadMs = ms;
    showRows(std::move(read));
}

void EntityListModel::readHere()
{
    QElapsedTimer timer;
    timer.start();
    std::shared_ptr<Read> read = readRows(m_session->database());
    m_lastReadMs = timer.elapsed();
    showRows(std::move(read));
}

void EntityListModel::showRows(std::shared_ptr<Read> read)
{
    beginResetModel();
    m_rows.clear();
    m_swatches.clear();
    if (read && m_session) {
        m_rows = std::move(read->rows);
        m_collation = std::move(read->collation);
        m_foldAccents = m_session->matchIgnoringAccents();
        for (const Label &label : m_session->labels())
            m_swatches.insert(label.id, LabelPalette::swatch(QColor(label.color)));
    }
    m_loaded = read && m_session;
    indexRows();
    endResetModel();
}

void EntityListModel::readAgainIfReading()
{
    if (m_read.isRunning())
        ++m_generation; // what it brings may be older than this change
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
    readAgainIfReading();
    if (!m_session || !m_loaded)
        return; // read whole when needed
    for (const qint64 id : ids) {
        std::optional<EntitySummary> summary = m_session->database().entitySummary(id);
        const int row = rowForEntity(id);
        if (summary && row >= 0) {
            m_rows[row] = makeRow(*m_collation, std::move(*summary));
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        } else if (summary) {
            const int at = int(m_rows.size());
            beginInsertRows(QModelIndex(), at, at);
            m_rows.append(makeRow(*m_collation, std::move(*summary)));
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
    readAgainIfReading();
    if (!m_session || !m_loaded)
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
