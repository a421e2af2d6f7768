// SPDX-License-Identifier: GPL-3.0-or-later
// ProjectSession's entity edits: make, change, merge, delete and link,
// each an undo command stored before the views change.
#include "annotationcommands.h"
#include "entitycommands.h"
#include "projectsession.h"
#include "projectsessionstore.h"

namespace Marginalia {

bool ProjectSession::checkEntity(const Entity &entity, QString *error)
{
    return m_database->checkEntity(entity, error);
}

qint64 ProjectSession::addEntity(const Entity &entity)
{
    QString error;
    if (!m_database->checkEntity(entity, &error)) {
        fail(error);
        return 0;
    }
    m_lastAddedId = 0;
    m_undoStack.push(new AddEntityCommand(this, entity));
    return m_lastAddedId;
}

void ProjectSession::changeEntity(const Entity &before, const Entity &after)
{
    QString error;
    if (!m_database->checkEntity(after, &error)) {
        fail(error);
        return;
    }
    m_undoStack.push(new ChangeEntityCommand(this, before, after));
}

void ProjectSession::mergeEntities(qint64 keptId, qint64 goneId)
{
    const std::optional<Entity> kept = m_database->entity(keptId);
    const std::optional<Entity> gone = m_database->entity(goneId);
    if (!kept || !gone || keptId == goneId) {
        fail(keptId == goneId ? tr("an entity cannot be merged into itself")
                              : tr("no entity with id %1").arg(kept ? goneId : keptId));
        return;
    }
    backUpBefore(ProjectBackups::Reason::MergeEntities);
    m_undoStack.push(new MergeEntitiesCommand(this, *kept, *gone));
}

void ProjectSession::removeEntities(const QVector<qint64> &ids)
{
    QVector<Entity> entities;
    for (const qint64 id : ids) {
        const std::optional<Entity> stored = m_database->entity(id);
        if (!stored) {
            fail(tr("no entity with id %1").arg(id));
            return;
        }
        entities.append(*stored);
    }
    if (!entities.isEmpty())
        m_undoStack.push(new RemoveEntitiesCommand(this, entities));
}

void ProjectSession::linkAnnotation(const Annotation &annotation, qint64 entityId)
{
    Annotation changed = annotation;
    if (entityId == 0) {
        if (annotation.entityId == 0)
            return;
        changed.entityId = 0;
        changed.entityName.clear();
        m_undoStack.push(new ChangeAnnotationCommand(
            this, annotation, changed, tr("Unlink from %1").arg(annotation.entityName)));
        return;
    }
    const std::optional<Entity> entity = m_database->entity(entityId);
    const std::optional<Label> entityLabel = entity ? label(entity->labelId) : std::nullopt;
    if (!entity || !entityLabel) {
        fail(tr("no entity with id %1").arg(entityId));
        return;
    }
    if (annotation.entityId == entityId && annotation.labelId == entity->labelId)
        return;
    changed.entityId = entity->id;
    changed.entityName = entity->name;
    changed.labelId = entity->labelId;
    changed.labelName = entityLabel->name;
    m_undoStack.push(
        new ChangeAnnotationCommand(this, annotation, changed, tr("Link to %1").arg(entity->name)));
}

void ProjectSession::linkAnnotationToNewEntity(const Annotation &annotation, const QString &name)
{
    Entity entity;
    entity.name = name.trimmed();
    entity.labelId = annotation.labelId;
    QString error;
    if (!m_database->checkEntity(entity, &error)) {
        fail(error);
        return;
    }
    m_undoStack.push(new LinkToNewEntityCommand(this, entity, annotation));
}

std::optional<Annotation> ProjectSession::applyLinkToNewEntity(const Entity &entity,
                                                               const Annotation &annotation,
                                                               bool restoring)
{
    const std::optional<Annotation> previous = m_database->annotation(annotation.id);
    const ProjectDatabase::Timestamp timestamp =
        restoring ? ProjectDatabase::Timestamp::AsGiven : ProjectDatabase::Timestamp::Now;
    const std::optional<Entity> added = store([&](QString *error) {
        return m_database->addEntityLinking(entity, annotation, timestamp, error);
    });
    if (!added)
        return std::nullopt;
    const std::optional<Annotation> linked = m_database->annotation(annotation.id);
    if (!linked)
        return std::nullopt;
    announceLinkChange(previous, *linked, added->id);
    return linked;
}

bool ProjectSession::applyUnlinkNewEntity(qint64 entityId, const Annotation &before)
{
    const std::optional<Annotation> previous = m_database->annotation(before.id);
    if (!store([&](QString *error) {
            return m_database->removeEntityUnlinking(entityId, before, error);
        }))
        return false;
    announceLinkChange(previous, before, entityId);
    return true;
}

void ProjectSession::announceLinkChange(const std::optional<Annotation> &previous,
                                        const Annotation &now, qint64 madeOrGone)
{
    if (previous) {
        countForm(*previous, -1);
        countForm(now, 1);
    }
    forgetSuggestions(); // names to look for changed
    emit annotationUpdated(now);
    emit annotationsChanged(now.articleId);
    QVector<qint64> entities = { madeOrGone };
    for (const qint64 id : { previous ? previous->entityId : 0, now.entityId }) {
        if (id > 0 && !entities.contains(id))
            entities.append(id);
    }
    emit entitiesChanged(entities);
}

std::optional<Entity> ProjectSession::applyAddEntity(const Entity &entity)
{
    const std::optional<Entity> added =
        store([&](QString *error) { return m_database->addEntity(entity, error); });
    if (!added)
        return std::nullopt;
    m_lastAddedId = added->id;
    forgetSuggestions(); // names and aliases to look for changed
    emit entitiesChanged({ added->id });
    return added;
}

bool ProjectSession::applyUpdateEntity(const Entity &entity)
{
    if (!store([&](QString *error) { return m_database->updateEntity(entity, error); }))
        return false;
    forgetSuggestions(); // names and aliases to look for changed
    emit entitiesChanged({ entity.id });
    return true;
}

bool ProjectSession::applyMergeEntities(qint64 keptId, qint64 goneId)
{
    if (!store([&](QString *error) { return m_database->mergeEntities(keptId, goneId, error); }))
        return false;
    forgetSuggestions(); // names and aliases to look for changed
    emit entitiesChanged({ keptId, goneId });
    return true;
}

bool ProjectSession::applyRemoveEntities(const QVector<qint64> &ids)
{
    QVector<qint64> removed;
    bool ok = true;
    for (const qint64 id : ids) {
        ok = store([&](QString *error) { return m_database->deleteEntity(id, error); });
        if (!ok)
            break;
        removed.append(id);
    }
    if (!removed.isEmpty()) {
        forgetSuggestions();
        emit entitiesChanged(removed);
    }
    return ok;
}

bool ProjectSession::applyRestoreEntities(const EntityState &state)
{
    if (!store([&](QString *error) { return m_database->restoreEntityState(state, error); }))
        return false;
    forgetSuggestions(); // names and aliases to look for changed
    emit entitiesChanged(state.ids);
    return true;
}

} // namespace Marginalia
