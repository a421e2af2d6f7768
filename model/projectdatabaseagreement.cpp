// SPDX-License-Identifier: GPL-3.0-or-later
// ProjectDatabase: what the agreement report reads.
#include "projectdatabase.h"
#include "sqlstatement.h"

namespace Marginalia {

QVector<ProjectDatabase::CoderSpan> ProjectDatabase::coderSpans(qint64 articleId)
{
    QVector<CoderSpan> result;
    SqlStatement q = statement("SELECT start, \"end\", label_id, annotator FROM annotations "
                               "WHERE article_id = ?1 AND status = 0");
    q.bind(1, articleId);
    while (q.next())
        result.append({ q.int64(0), q.int64(1), q.int64(2), q.text(3) });
    return result;
}

} // namespace Marginalia
