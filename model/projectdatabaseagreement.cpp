// SPDX-License-Identifier: GPL-3.0-or-later
// ProjectDatabase: what the agreement report reads.
#include "projectdatabase.h"
#include "sqlstatement.h"

namespace Marginalia {

QVector<ProjectDatabase::CoderSpan> ProjectDatabase::coderSpans(qint64 articleId)
{
    QVector<CoderSpan> result;
    SqlStatement q = statement("SELECT start, \"end\", label_id, annotator FROM annotations "
                               "WHERE article_id = ?1 AND status = 0 ORDER BY id");
    q.bind(1, articleId);
    while (q.next())
        result.append({ q.int64(0), q.int64(1), q.int64(2), q.text(3) });
    return result;
}

QVector<ProjectDatabase::CoderQuote> ProjectDatabase::coderQuotes(qint64 articleId)
{
    QVector<CoderQuote> result;
    SqlStatement q = statement(
        "SELECT q.start, q.\"end\", q.annotator, coalesce(q.speaker_entity_id, m.entity_id, 0), "
        "coalesce(m.start, -1), coalesce(m.\"end\", -1), q.speaker_name FROM quotes q "
        "LEFT JOIN annotations m ON m.id = q.speaker_annotation_id WHERE q.article_id = ?1 "
        "ORDER BY q.id");
    q.bind(1, articleId);
    while (q.next())
        result.append(
            { q.int64(0), q.int64(1), q.text(2), q.int64(3), q.int64(4), q.int64(5), q.text(6) });
    return result;
}

} // namespace Marginalia
