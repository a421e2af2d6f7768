// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectplace.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSettings>
#include <QVariantMap>

#include <algorithm>

namespace Marginalia {

namespace {

// One map by path: a path holds slashes, which QSettings would take for
// groups.
const QString PlacesKey = QStringLiteral("projectPlaces");

QString keyOf(const QString &projectPath)
{
    return QFileInfo(projectPath).absoluteFilePath();
}

} // namespace

ProjectPlace ProjectPlace::load(const QString &projectPath)
{
    const QVariantMap stored =
        QSettings().value(PlacesKey).toMap().value(keyOf(projectPath)).toMap();
    ProjectPlace place;
    place.articleId = stored.value(QStringLiteral("article")).toLongLong();
    place.sortColumn = stored.value(QStringLiteral("sortColumn"), -1).toInt();
    place.sortOrder = stored.value(QStringLiteral("descending")).toBool() ? Qt::DescendingOrder
                                                                          : Qt::AscendingOrder;
    place.filter = stored.value(QStringLiteral("filter")).toString();
    ArticleFilter &worklist = place.worklist;
    const int status = stored.value(QStringLiteral("status"), -1).toInt();
    if (status >= int(ArticleStatus::Todo) && status <= int(ArticleStatus::Done))
        worklist.status = ArticleStatus(status);
    worklist.dateFrom = stored.value(QStringLiteral("dateFrom")).toString();
    worklist.dateTo = stored.value(QStringLiteral("dateTo")).toString();
    worklist.source = stored.value(QStringLiteral("source")).toString();
    worklist.labelId = stored.value(QStringLiteral("labelId")).toLongLong();
    const int presence = stored.value(QStringLiteral("labelPresence")).toInt();
    if (presence >= 0 && presence <= int(ArticleFilter::Presence::Without))
        worklist.labelPresence = ArticleFilter::Presence(presence);
    if (stored.contains(QStringLiteral("annotator")))
        worklist.annotator = stored.value(QStringLiteral("annotator")).toString();
    return place;
}

void ProjectPlace::save(const QString &projectPath) const
{
    QSettings settings;
    QVariantMap places = settings.value(PlacesKey).toMap();
    QVariantMap place { { QStringLiteral("article"), articleId },
                        { QStringLiteral("sortColumn"), sortColumn },
                        { QStringLiteral("descending"), sortOrder == Qt::DescendingOrder },
                        { QStringLiteral("filter"), filter },
                        { QStringLiteral("status"), worklist.status ? int(*worklist.status) : -1 },
                        { QStringLiteral("dateFrom"), worklist.dateFrom },
                        { QStringLiteral("dateTo"), worklist.dateTo },
                        { QStringLiteral("source"), worklist.source },
                        { QStringLiteral("labelId"), worklist.labelId },
                        { QStringLiteral("labelPresence"), int(worklist.labelPresence) },
                        { QStringLiteral("closedAt"),
                          QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) } };
    if (worklist.annotator)
        place.insert(QStringLiteral("annotator"), *worklist.annotator);
    places.insert(keyOf(projectPath), place);
    while (places.size() > RememberedProjects) {
        // The project closed longest ago goes.
        const auto oldest = std::min_element(
            places.cbegin(), places.cend(), [](const QVariant &a, const QVariant &b) {
                return a.toMap().value(QStringLiteral("closedAt")).toString()
                    < b.toMap().value(QStringLiteral("closedAt")).toString();
            });
        places.remove(oldest.key());
    }
    settings.setValue(PlacesKey, places);
}

} // namespace Marginalia
