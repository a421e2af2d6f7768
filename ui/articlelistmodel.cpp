// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlelistmodel.h"

#include "listcollation.h"
#include "projectsession.h"
#include "textnormalizer.h"

#include <QCoreApplication>
#include <QTimer>

namespace Marginalia {

ArticleListModel::ArticleListModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_read(this)
{
}

void ArticleListModel::setSession(ProjectSession *session)
{
    // The rest of another project's list is not wanted; its connection
    // closes sooner, so that project's file is left whole sooner.
    if (session != m_session && m_read.isRunning())
        m_read.interrupt();
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &ProjectSession::articleChanged, this,
                &ArticleListModel::refreshArticle);
        connect(m_session, &ProjectSession::projectAnnotationsChanged, this,
                &ArticleListModel::reload);
        connect(m_session, &ProjectSession::quotesChanged, this, &ArticleListModel::queueRefresh);
    }
    reload();
}

void ArticleListModel::reload()
{
    ++m_generation;
    m_tailWanted = false;
    m_changedWhileLoading.clear();
    beginResetModel();
    m_articles.clear();
    m_titleRank.clear();
    m_titleKeys.clear();
    m_sourceKeys.clear();
    m_queued.clear();
    if (m_session) {
        ProjectDatabase &database = m_session->database();
        database.forEachArticleListRow(
            [this](ArticleListRow &&row) { m_articles.append(std::move(row)); }, 0, HeadRows + 1);
        // One row more than the head tells whether there is a rest, without
        // counting the articles.
        m_tailWanted = m_articles.size() > HeadRows;
        if (m_tailWanted)
            m_articles.removeLast();
    }
    m_rowById.clear();
    indexRows(0);
    endResetModel();
    readTotals();
    if (m_tailWanted)
        startTail();
    else
        emit loaded();
}

void ArticleListModel::startTail()
{
    if (!m_session || m_read.isRunning())
        return; // a stale read is under way: this one starts when it ends
    const qint64 generation = m_generation;
    const qint64 after = lastId();
    m_tailWanted = false;
    m_read.start(
        m_session->path(),
        [after](ProjectDatabase &database) {
            return std::make_shared<Rows>(readRows(database, after));
        },
        [this, generation](std::shared_ptr<Rows> rows, qint64, const QString &) {
            appendTail(std::move(rows), generation);
        },
        QStringLiteral("article list"));
}

void ArticleListModel::appendTail(std::shared_ptr<Rows> rows, qint64 generation)
{
    if (generation != m_generation) {
        if (m_tailWanted)
            startTail(); // for the load that came meanwhile
        return;
    }
    if (!m_session)
        return;
    if (!rows) // the thread could not open the project: the rest is read here
        rows = std::make_shared<Rows>(readRows(m_session->database(), lastId()));
    if (!rows->isEmpty()) {
        const int first = int(m_articles.size());
        beginInsertRows(QModelIndex(), first, first + int(rows->size()) - 1);
        m_articles.append(std::move(*rows));
        m_titleRank.clear();
        indexRows(first);
        endInsertRows();
    }
    // Rows edited after the thread's snapshot are read again.
    const QSet<qint64> changed = std::exchange(m_changedWhileLoading, {});
    for (const qint64 id : changed)
        refreshArticle(id);
    emit loaded();
}

ArticleListModel::Rows ArticleListModel::readRows(ProjectDatabase &database, qint64 afterId)
{
    Rows rows;
    database.forEachArticleListRow([&rows](ArticleListRow &&row) { rows.append(std::move(row)); },
                                   afterId);
    return rows;
}

qint64 ArticleListModel::lastId() const
{
    return m_articles.isEmpty() ? 0 : m_articles.constLast().id;
}

void ArticleListModel::readTotals()
{
    const qint64 annotations = m_session ? m_session->database().annotationCount() : 0;
    const qint64 quotes = m_session ? m_session->database().quoteCount() : 0;
    if (annotations == m_annotationTotal && quotes == m_quoteTotal)
        return;
    m_annotationTotal = annotations;
    m_quoteTotal = quotes;
    emit totalsChanged();
}

void ArticleListModel::queueRefresh(qint64 articleId)
{
    if (m_queued.isEmpty())
        QTimer::singleShot(0, this, &ArticleListModel::refreshQueued);
    m_queued.insert(articleId);
}

void ArticleListModel::refreshQueued()
{
    const QSet<qint64> queued = std::exchange(m_queued, {});
    if (queued.isEmpty())
        return; // a reload came first
    // Past a screenful of rows the list is read again, in the background
    // for a large project, rather than row by row here.
    if (queued.size() > HeadRows) {
        reload();
        return;
    }
    for (const qint64 id : queued)
        refreshArticle(id);
}

void ArticleListModel::finishLoading()
{
    while (isLoading()) {
        m_read.finish();
        // The result is posted to this object; deliver it now.
        QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    }
}

void ArticleListModel::indexRows(int from)
{
    m_rowById.reserve(m_articles.size());
    for (int row = from; row < m_articles.size(); ++row)
        m_rowById.insert(m_articles.at(row).id, row);
}

void ArticleListModel::refreshArticle(qint64 articleId)
{
    if (!m_session)
        return;
    if (isLoading())
        m_changedWhileLoading.insert(articleId);
    readTotals(); // the article may be in the part not read yet
    const int row = rowForArticle(articleId);
    if (row < 0)
        return;
    const std::optional<ArticleListRow> current = m_session->database().articleListRow(articleId);
    if (!current)
        return;
    m_articles[row] = *current;
    if (row < m_titleKeys.size())
        m_titleKeys[row] = QString();
    if (row < m_sourceKeys.size())
        m_sourceKeys[row] = QString();
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

const QString &ArticleListModel::titleKey(int row) const
{
    return normalizedKey(m_titleKeys, row, m_articles.at(row).title);
}

const QString &ArticleListModel::sourceKey(int row) const
{
    return normalizedKey(m_sourceKeys, row, m_articles.at(row).source);
}

const QString &ArticleListModel::normalizedKey(QVector<QString> &keys, int row,
                                               const QString &text) const
{
    if (keys.size() < m_articles.size())
        keys.resize(m_articles.size());
    QString &key = keys[row];
    if (key.isNull())
        key = TextNormalizer::normalize(text.simplified()); // as the filter's
    return key;
}

int ArticleListModel::titleRank(int row) const
{
    if (m_titleRank.size() != m_articles.size()) {
        const ListCollation collation;
        QVector<QCollatorSortKey> keys;
        keys.reserve(m_articles.size());
        for (const ArticleListRow &article : m_articles)
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
    const ArticleListRow &article = m_articles.at(index.row());
    if (role == ArticleIdRole)
        return article.id;
    if (role == Qt::ToolTipRole) {
        // Read when a tooltip is asked for: the list does not hold sources.
        const std::optional<ArticleSummary> summary =
            m_session ? m_session->database().articleSummary(article.id) : std::nullopt;
        if (!summary)
            return QVariant();
        // The whole title, which the column may cut, and where it came from.
        return summary->source.isEmpty() ? summary->title
                                         : summary->title + QLatin1Char('\n') + summary->source;
    }
    if (role == Qt::TextAlignmentRole
        && (index.column() == AnnotationsColumn || index.column() == QuotesColumn))
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
    case QuotesColumn:
        return article.quoteCount;
    }
    return QVariant();
}

bool ArticleListModel::lessThan(int leftRow, int rightRow, int column) const
{
    const ArticleListRow &left = m_articles.at(leftRow);
    const ArticleListRow &right = m_articles.at(rightRow);
    switch (column) {
    case TitleColumn:
        return titleRank(leftRow) < titleRank(rightRow);
    case DateColumn:
        return left.date < right.date; // ISO 8601: text order is date order
    case StatusColumn:
        return int(left.status) < int(right.status);
    case AnnotationsColumn:
        return left.annotationCount < right.annotationCount;
    case QuotesColumn:
        return left.quoteCount < right.quoteCount;
    }
    return false;
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
        return tr("Mentions");
    case QuotesColumn:
        return tr("Quotes");
    }
    return QVariant();
}

} // namespace Marginalia
