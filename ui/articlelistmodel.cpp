// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlelistmodel.h"

#include "listcollation.h"
#include "projectsession.h"

namespace Marginalia {

ArticleListModel::ArticleListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ArticleListModel::setSession(ProjectSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &ProjectSession::articleChanged, this,
                &ArticleListModel::refreshArticle);
        connect(m_session, &ProjectSession::projectAnnotationsChanged, this,
                &ArticleListModel::reload);
    }
    reload();
}

void ArticleListModel::reload()
{
    beginResetModel();
    m_articles = m_session ? m_session->database().articleSummaries() : QVector<ArticleSummary>();
    m_titleRank.clear();
    m_rowById.clear();
    m_rowById.reserve(m_articles.size());
    m_annotationTotal = 0;
    for (int row = 0; row < m_articles.size(); ++row) {
        m_rowById.insert(m_articles.at(row).id, row);
        m_annotationTotal += m_articles.at(row).annotationCount;
    }
    endResetModel();
    emit annotationTotalChanged();
}

void ArticleListModel::refreshArticle(qint64 articleId)
{
    const int row = rowForArticle(articleId);
    if (row < 0 || !m_session)
        return;
    const std::optional<ArticleSummary> summary = m_session->database().articleSummary(articleId);
    if (!summary)
        return;
    const qint64 change = summary->annotationCount - m_articles.at(row).annotationCount;
    m_annotationTotal += change;
    m_articles[row] = *summary;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    if (change != 0)
        emit annotationTotalChanged();
}

int ArticleListModel::titleRank(int row) const
{
    if (m_titleRank.size() != m_articles.size()) {
        const ListCollation collation;
        QVector<QCollatorSortKey> keys;
        keys.reserve(m_articles.size());
        for (const ArticleSummary &article : m_articles)
            keys.append(collation.sortKey(article.title));
        m_titleRank = ListCollation::ranks(keys);
    }
    return m_titleRank.at(row);
}

int ArticleListModel::rowForArticle(qint64 articleId) const
{
    return m_rowById.value(articleId, -1);
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_articles.size());
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ArticleListModel::statusName(ArticleStatus status)
{
    switch (status) {
    case ArticleStatus::Todo:
        return tr("To do");
    case ArticleStatus::InProgress:
        return tr("In progress");
    case ArticleStatus::Done:
        return tr("Done");
    }
    return QString();
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const ArticleSummary &article = m_articles.at(index.row());
    if (role == ArticleIdRole)
        return article.id;
    if (role == Qt::ToolTipRole)
        return article.source;
    if (role == Qt::TextAlignmentRole && index.column() == AnnotationsColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != SortRole)
        return QVariant();
    switch (index.column()) {
    case TitleColumn:
        return role == SortRole ? QVariant(titleRank(index.row())) : QVariant(article.title);
    case DateColumn:
        return article.date;
    case StatusColumn:
        return role == SortRole ? QVariant(int(article.status)) : statusName(article.status);
    case AnnotationsColumn:
        return article.annotationCount;
    }
    return QVariant();
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case DateColumn:
        return tr("Date");
    case StatusColumn:
        return tr("Status");
    case AnnotationsColumn:
        return tr("Annotations");
    }
    return QVariant();
}

} // namespace Marginalia
