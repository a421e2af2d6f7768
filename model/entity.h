// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace Marginalia {

/// A canonical entity ("Vladimir Poutine") that mentions link to.
struct Entity
{
    qint64 id = 0;
    QString name;
    qint64 labelId = 0;
    QStringList aliases;
    QString externalId;
};

/// An entity as the entities panel lists it.
struct EntitySummary
{
    Entity entity;
    QString labelName;
    qint64 mentions = 0;
    qint64 articles = 0;
};

/// A suggestion the analyst turned down: not offered again for that span.
struct RejectedSuggestion
{
    qint64 articleId = 0;
    qint64 start = 0; ///< code points
    qint64 end = 0;
    qint64 entityId = 0;
};

/// Everything an entity edit can change, so that undo and redo put it back:
/// the entities themselves (with aliases), the label and link of every
/// mention and quote speaker pointing to them, and their rejected suggestions.
struct EntityState
{
    struct Mention
    {
        qint64 annotationId = 0;
        qint64 labelId = 0;
        qint64 entityId = 0; ///< 0: unlinked
        QString modifiedAt;
    };
    struct Speaker
    {
        qint64 quoteId = 0;
        qint64 entityId = 0; ///< 0: none
    };
    QVector<qint64>
        ids; ///< the entities this state covers; those missing from entities do not exist
    QVector<Entity> entities;
    QVector<Mention> mentions;
    QVector<Speaker> speakers;
    QVector<RejectedSuggestion> rejections;
};

/// How a mention linked to an entity is written: a name the analyst has
/// already tied to that entity, found again in other articles.
struct EntityForm
{
    qint64 entityId = 0;
    qint64 labelId = 0;
    QString text;
    qint64 mentions = 1; ///< how many mentions are written so
};

} // namespace Marginalia
