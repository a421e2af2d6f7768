// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "article.h"
#include "projectreadthread.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QVector>

namespace Marginalia {

class ProjectSession;

/// The project's articles: title, date, status, mentions and quotes. Holds
/// what the list shows only, never texts, so 100,000 articles cost a few
/// megabytes. Sort and filter through a QSortFilterProxyModel; SortRole
/// gives raw values.
///
/// A large project's list comes in two parts: the first HeadRows articles
/// at once, so the window shows a list and its first article without
/// waiting, and the rest read on a thread from a connection of its own
/// (100,000 rows took 400 ms on the window's thread) and appended as rows
/// when they are there; loaded() then says the list is whole.
class ArticleListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TitleColumn,
        DateColumn,
        StatusColumn,
        AnnotationsColumn,
        QuotesColumn,
        ColumnCount
    };
    enum Role { ArticleIdRole = Qt::UserRole + 1, SortRole };
    /// Read on the window's thread; a project with no more is read whole there.
    static constexpr int HeadRows = 500;

    explicit ArticleListModel(QObject *parent = nullptr);

    void setSession(ProjectSession *session);
    /// Reads the article list again (after an import).
    void reload();
    /// The rest of the list is being read on a thread.
    bool isLoading() const { return m_read.isRunning() || m_tailWanted; }
    /// Waits for the rest of the list and appends it now (tests, benchmarks).
    void finishLoading();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    int rowForArticle(qint64 articleId) const;
    /// Whether \a leftRow sorts before \a rightRow by \a column, as SortRole
    /// says, without a QVariant or a locale-aware string comparison per
    /// call: sorting 100,000 rows makes 1.7 million of them.
    bool lessThan(int leftRow, int rightRow, int column) const;
    /// The mentions and quotes of every article in the project, read from
    /// the totals the schema keeps whenever a row changes, so they are right
    /// before the rest of a large list is there.
    qint64 annotationTotal() const { return m_annotationTotal; }
    qint64 quoteTotal() const { return m_quoteTotal; }
    const ArticleListRow &article(int row) const { return m_articles.at(row); }
    /// The title of \a row normalised (TextNormalizer) for the filter,
    /// computed once per row.
    const QString &titleKey(int row) const;
    /// The source of \a row normalised, as titleKey().
    const QString &sourceKey(int row) const;
    ProjectSession *session() const { return m_session; }

    static QString statusName(ArticleStatus status);

signals:
    void totalsChanged();
    /// The whole list is there (after each reload, once the rest is read).
    void loaded();

private:
    using Rows = QVector<ArticleListRow>;

    void refreshArticle(qint64 articleId);
    /// Quotes change by the article and, when detected again, by the
    /// thousand: the rows are read once the changes stop coming.
    void queueRefresh(qint64 articleId);
    void refreshQueued();
    void readTotals();
    void startTail();
    void appendTail(std::shared_ptr<Rows> rows, qint64 generation);
    /// Rows from \a from on into m_rowById.
    void indexRows(int from);
    static Rows readRows(ProjectDatabase &database, qint64 afterId);
    qint64 lastId() const;
    /// The title's place in collation order (ListCollation), computed once
    /// per load.
    int titleRank(int row) const;

    ProjectSession *m_session = nullptr;
    Rows m_articles;
    QHash<qint64, int> m_rowById;
    mutable QVector<int> m_titleRank;
    const QString &normalizedKey(QVector<QString> &keys, int row, const QString &text) const;

    mutable QVector<QString> m_titleKeys; ///< by row; a null string: not computed yet
    mutable QVector<QString> m_sourceKeys; ///< as m_titleKeys
    qint64 m_annotationTotal = 0;
    qint64 m_quoteTotal = 0;
    QSet<qint64> m_queued; ///< articles whose quotes changed, for refreshQueued()
    qint64 m_generation = 0; ///< counts reloads, so a stale rest is dropped
    bool m_tailWanted = false; ///< a read for the current load is due
    /// Articles edited while the rest was read: their rows in it may be older.
    QSet<qint64> m_changedWhileLoading;
    ProjectReadThread<Rows> m_read; ///< last: destroyed first
};

} // namespace Marginalia
