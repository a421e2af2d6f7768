// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportselection.h"

#include "articletextparser.h"

namespace Marginalia {

QString ExportSelection::firstDay(const QString &date)
{
    if (date.size() == 4)
        return date + QLatin1String("-01-01");
    if (date.size() == 7)
        return date + QLatin1String("-01");
    return date;
}

QString ExportSelection::lastDay(const QString &date)
{
    if (date.size() == 4)
        return date + QLatin1String("-12-31");
    if (date.size() == 7)
        return date + QLatin1String("-31");
    return date;
}

bool ExportSelection::validate(QString *error) const
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    for (const QString *bound : { &from, &to }) {
        if (!bound->isEmpty() && !ArticleTextParser::isValidPartialDate(*bound))
            return fail(tr("'%1' is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)").arg(*bound));
    }
    if (!from.isEmpty() && !to.isEmpty() && firstDay(from) > lastDay(to))
        return fail(tr("the range from %1 to %2 is empty: it starts after it ends").arg(from, to));
    return true;
}

QString ExportSelection::statusName(ArticleStatus status)
{
    switch (status) {
    case ArticleStatus::Todo:
        return QStringLiteral("todo");
    case ArticleStatus::InProgress:
        return QStringLiteral("in-progress");
    case ArticleStatus::Done:
        return QStringLiteral("done");
    }
    return QString();
}

std::optional<ArticleStatus> ExportSelection::statusFromName(QStringView name)
{
    for (const ArticleStatus status :
         { ArticleStatus::Todo, ArticleStatus::InProgress, ArticleStatus::Done }) {
        if (name.compare(statusName(status), Qt::CaseInsensitive) == 0)
            return status;
    }
    return std::nullopt;
}

} // namespace Marginalia
