// SPDX-License-Identifier: GPL-3.0-or-later
// The rows of the window's article list: only what the list shows, read in
// id order, in parts so that the first screenful comes before the rest.
#include "projectdatabase.h"
#include "sqlstatement.h"

namespace Marginalia {

namespace {

#define ARTICLE_LIST_COLUMNS                                                                       \
    "a.id, a.title, a.date, a.status, coalesce(c.annotations, 0), coalesce(c.quotes, 0) "          \
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
    return row;
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

bool ProjectDatabase::hasArticles()
{
    SqlStatement q = statement("SELECT EXISTS (SELECT 1 FROM articles)");
    return q.next() && q.int64(0) != 0;
}

} // namespace Marginalia
