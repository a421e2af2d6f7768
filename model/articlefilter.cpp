// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlefilter.h"

#include <algorithm>

namespace Marginalia {

bool ArticleFilter::isEmpty() const
{
    return title.trimmed().isEmpty() && !status && !hasDates() && source.trimmed().isEmpty()
        && !hasLabel() && !annotator;
}

bool ArticleFilter::dateInRange(QStringView date, const QString &from, const QString &to)
{
    if (from.isEmpty() && to.isEmpty())
        return true;
    if (date.size() < 4)
        return false;
    // ISO dates compare as strings; a partial date spans its period: "2022-12"
    // from "2022-12-01" to "2022-12-31" (no month has a day 99). Built in
    // place: a filter tests every article of the list.
    const auto bound = [&](QChar *day, QLatin1String tail) {
        const qsizetype kept = date.size() == 4 || date.size() == 7 ? date.size() : 10;
        const QStringView head = date.left(kept);
        std::copy(head.begin(), head.end(), day);
        const QLatin1String rest = tail.mid(qMin<qsizetype>(kept, 10) - 4);
        qsizetype at = head.size();
        for (const char c : rest)
            day[at++] = QLatin1Char(c);
        return QStringView(day, head.size() + rest.size());
    };
    QChar first[10];
    QChar last[10];
    const QStringView firstDay = bound(first, QLatin1String("-01-01"));
    const QStringView lastDay = bound(last, QLatin1String("-12-99"));
    return (from.isEmpty() || lastDay >= QStringView(from))
        && (to.isEmpty() || firstDay <= QStringView(to));
}

bool operator==(const ArticleFilter &a, const ArticleFilter &b)
{
    return a.title == b.title && a.status == b.status && a.dateFrom == b.dateFrom
        && a.dateTo == b.dateTo && a.source == b.source && a.labelId == b.labelId
        && a.labelPresence == b.labelPresence && a.annotator == b.annotator;
}

} // namespace Marginalia
