// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entity.h"
#include "projectreadthread.h"

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

    /// Fewer entities than this are read at once, more on a thread (the
    /// list stays empty meanwhile); after the first read, its time decides.
    static constexpr qint64 ReadAtOnceBelow = 5000;
    static constexpr qint64 ReadAtOnceMs = 20;

    explicit EntityListModel(QObject *parent = nullptr);
    ~EntityListModel() override;

    void setSession(ProjectSession *session);
    /// Reads every entity again: at once for a small project, otherwise on
    /// a thread (isReading()); the rows are replaced when it is done.
    void reload();
    bool isReading() const { return m_read.isRunning(); }
    /// Reads the entities if they were not read yet. The list is read only
    /// when someone looks (a shown panel, a dialog that lists them): with
    /// 100,000 entities reading it holds the window for a third of a second.
    void ensureLoaded();
    /// A view or a dialog shows the list from now on: it is read and kept
    /// read. While nobody does, a change that would read it all again
    /// leaves it unread until it is needed.
    void addViewer();
    void removeViewer();
    bool isLoaded() const { return m_loaded; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    int rowForEntity(qint64 entityId) const;
    const EntitySummary &summary(int row) const { return m_rows.at(row).summary; }
    /// The name's collation key (ListCollation, the interface's locale).
    const QCollatorSortKey &nameKey(int row) const { return m_rows.at(row).nameKey; }
    /// Whether the name of \a a sorts before that of \b, ties by id: ranks
    /// found on the reading thread where both rows have one (sorting 100,000
    /// names by their keys held the window for 0.2 s), the keys otherwise.
    bool nameBefore(int a, int b) const;
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
        int nameRank = -1; ///< place by name among the rows read together; -1 once edited
    };
    /// What a read brings: the rows, and the collator that made their keys.
    struct Read
    {
        QVector<Row> rows;
        std::unique_ptr<ListCollation> collation;
    };
    static Row makeRow(const ListCollation &collation, EntitySummary summary);
    static std::shared_ptr<Read> readRows(ProjectDatabase &database);
    /// Reads on the window's connection and shows the rows, timed.
    void readHere();
    /// Shows what a read brought (null: no project).
    void showRows(std::shared_ptr<Read> read);
    void finishRead(std::shared_ptr<Read> read, qint64 generation, qint64 ms, const QString &error);
    /// An edit while a read is under way: what it brings may be older, so
    /// it is read again when it ends.
    void readAgainIfReading();
    /// reload() if a view shows the list, otherwise forgets the rows.
    void reloadOrForget();
    void refreshEntities(const QVector<qint64> &ids);
    void refreshLabels();
    void indexRows();

    ProjectSession *m_session = nullptr;
    std::unique_ptr<ListCollation> m_collation;
    QVector<Row> m_rows;
    QHash<qint64, int> m_rowById;
    QHash<qint64, QIcon> m_swatches; ///< by label id
    bool m_foldAccents = true;
    bool m_loaded = false; ///< m_rows hold the session's entities
    int m_viewers = 0; ///< views and dialogs that show the list
    qint64 m_generation = 0; ///< counts reloads and edits, so a stale read is dropped
    qint64 m_lastReadMs = -1; ///< of this session's last read; -1 before the first
    ProjectReadThread<Read> m_read; ///< last: destroyed first
};

} // namespace Marginalia
