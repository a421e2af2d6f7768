// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "article.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

namespace Marginalia {

class ProjectSession;

/// The project's articles: title, date, status, annotation count. Holds
/// metadata only, never texts, so 100,000 articles cost a few megabytes.
/// Sort and filter through a QSortFilterProxyModel; SortRole gives raw values.
class ArticleListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, DateColumn, StatusColumn, AnnotationsColumn, ColumnCount };
    enum Role { ArticleIdRole = Qt::UserRole + 1, SortRole };

    explicit ArticleListModel(QObject *parent = nullptr);

    void setSession(ProjectSession *session);
    /// Reads the article list again (after an import).
    void reload();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    int rowForArticle(qint64 articleId) const;
    /// The annotations of every article in the list, kept as rows change:
    /// the status bar shows it after each edit, and counting the table
    /// took 32 ms at 2 million annotations.
    qint64 annotationTotal() const { return m_annotationTotal; }
    const ArticleSummary &article(int row) const { return m_articles.at(row); }

    static QString statusName(ArticleStatus status);

signals:
    void annotationTotalChanged();

private:
    void refreshArticle(qint64 articleId);
    /// The title's place in collation order (ListCollation), computed once
    /// per load.
    int titleRank(int row) const;

    ProjectSession *m_session = nullptr;
    QVector<ArticleSummary> m_articles;
    QHash<qint64, int> m_rowById;
    mutable QVector<int> m_titleRank;
    qint64 m_annotationTotal = 0;
};

} // namespace Marginalia
