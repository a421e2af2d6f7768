// SPDX-License-Identifier: GPL-3.0-or-later
// The rows of the window's article list: only what the list shows, read in
// id order, in parts so that the first screenful comes before the rest.
#include "projectdatabase.h"
#include "sqlstatement.h"

namespace Marginalia {

namespace {

#define ARTICLE_LIST_COLUMNS                                                                       \
    "a.id, a.title, a.date, a.status, coalesce(c.annotations, 0), coalesce(c.quotes, 0), "         \
    "a.source "                                                                                    \
    "FROM articles a LEFT JOIN article_counts c ON c.article_id = a.id "

ArticleListRow readArticleListRow(const SqlStatement &q)
{
    ArticleListRow row;
    row.id = q.int64(0);
    row.title = q.text(1);
    row.date = q.text(2);
    row.status = ArticleStatus(q.int64(3));
    row.annotationCount = q.int64(4);
    row.quoteCount = q.int64(5);
    row.source = q.text(6);
    return row;
}

/// The first column of every row \a q gives, as ids.
QVector<qint64> readIds(SqlStatement &q)
{
    QVector<qint64> ids;
    while (q.next())
        ids.append(q.int64(0));
    return ids;
}

} // namespace

qint64 ProjectDatabase::forEachArticleListRow(const std::function<void(ArticleListRow &&)> &visit,
                                              qint64 afterId, qint64 limit)
{
    SqlStatement q =
        statement("SELECT " ARTICLE_LIST_COLUMNS "WHERE a.id > ?1 ORDER BY a.id LIMIT ?2");
    q.bind(1, afterId).bind(2, limit);
    qint64 rows = 0;
    while (q.next()) {
        visit(readArticleListRow(q));
        ++rows;
    }
    return rows;
}

std::optional<ArticleListRow> ProjectDatabase::articleListRow(qint64 id)
{
    SqlStatement q = statement("SELECT " ARTICLE_LIST_COLUMNS "WHERE a.id = ?1");
    q.bind(1, id);
    if (!q.next())
        return std::nullopt;
    return readArticleListRow(q);
}

QVector<qint64> ProjectDatabase::articlesWithLabel(qint64 labelId)
{
    SqlStatement q =
        statement("SELECT article_id FROM article_labels WHERE label_id = ?1 ORDER BY article_id");
    q.bind(1, labelId);
    return readIds(q);
}

QVector<qint64> ProjectDatabase::articlesByAnnotator(const QString &annotator)
{
    SqlStatement q = statement(
        "SELECT article_id FROM article_annotators WHERE annotator = ?1 ORDER BY article_id");
    q.bind(1, annotator);
    return readIds(q);
}

bool ProjectDatabase::articleHasLabel(qint64 articleId, qint64 labelId)
{
    SqlStatement q = statement(
        "SELECT EXISTS (SELECT 1 FROM article_labels WHERE label_id = ?1 AND article_id = ?2)");
    q.bind(1, labelId).bind(2, articleId);
    return q.next() && q.int64(0) != 0;
}

bool ProjectDatabase::articleHasAnnotator(qint64 articleId, const QString &annotator)
{
    SqlStatement q = statement("SELECT EXISTS (SELECT 1 FROM article_annotators "
                               "WHERE annotator = ?1 AND article_id = ?2)");
    q.bind(1, annotator).bind(2, articleId);
    return q.next() && q.int64(0) != 0;
}

QStringList ProjectDatabase::annotators()
{
    // One index seek per name: DISTINCT would read every row of the table.
    QStringList names;
    {
        SqlStatement empty =
            statement("SELECT EXISTS (SELECT 1 FROM article_annotators WHERE annotator = '')");
        if (empty.next() && empty.int64(0) != 0)
            names.append(QString()); // mentions nobody signed
    }
    QString after = QStringLiteral("");
    for (;;) {
        SqlStatement q =
            statement("SELECT min(annotator) FROM article_annotators WHERE annotator > ?1");
        q.bind(1, after);
        if (!q.next() || q.isNull(0))
            break;
        after = q.text(0);
        names.append(after);
    }
    return names;
}

bool ProjectDatabase::hasArticles()
{
    SqlStatement q = statement("SELECT EXISTS (SELECT 1 FROM articles)");
    return q.next() && q.int64(0) != 0;
}

} // namespace Marginalia
