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
    return place;
}

void ProjectPlace::save(const QString &projectPath) const
{
    QSettings settings;
    QVariantMap places = settings.value(PlacesKey).toMap();
    places.insert(keyOf(projectPath),
                  QVariantMap { { QStringLiteral("article"), articleId },
                                { QStringLiteral("sortColumn"), sortColumn },
                                { QStringLiteral("descending"), sortOrder == Qt::DescendingOrder },
                                { QStringLiteral("filter"), filter },
                                { QStringLiteral("closedAt"),
                                  QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) } });
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
