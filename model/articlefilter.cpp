// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlefilter.h"

namespace Marginalia {

bool ArticleFilter::isEmpty() const
{
    return title.trimmed().isEmpty() && !status && !hasDates() && source.trimmed().isEmpty()
        && !hasLabel() && !annotator;
}

bool ArticleFilter::dateInRange(const QString &date, const QString &from, const QString &to)
{
    if (from.isEmpty() && to.isEmpty())
        return true;
    if (date.size() < 4)
        return false;
    // ISO dates compare as strings; a partial date spans its period: "2022-12"
    // from "2022-12-01" to "2022-12-31" (no month has a day 99).
    const QString first = date.size() == 4 ? date + QLatin1String("-01-01")
        : date.size() == 7                 ? date + QLatin1String("-01")
                                           : date.left(10);
    const QString last = date.size() == 4 ? date + QLatin1String("-12-99")
        : date.size() == 7                ? date + QLatin1String("-99")
                                          : date.left(10);
    return (from.isEmpty() || last >= from) && (to.isEmpty() || first <= to);
}

bool operator==(const ArticleFilter &a, const ArticleFilter &b)
{
    return a.title == b.title && a.status == b.status && a.dateFrom == b.dateFrom
        && a.dateTo == b.dateTo && a.source == b.source && a.labelId == b.labelId
        && a.labelPresence == b.labelPresence && a.annotator == b.annotator;
}

} // namespace Marginalia
