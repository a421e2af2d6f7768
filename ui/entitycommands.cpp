// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitycommands.h"

#include "projectsession.h"

#include <QCoreApplication>

namespace Marginalia {

EntityStateCommand::EntityStateCommand(ProjectSession *session, const QVector<qint64> &ids)
    : m_session(session)
    , m_ids(ids)
{
}

void EntityStateCommand::redo()
{
    if (m_after) {
        if (!m_session->applyRestoreEntities(*m_after))
            setObsolete(true);
        return;
    }
    QString error;
    std::optional<EntityState> before = m_session->database().entityState(m_ids, &error);
    if (!before) {
        emit m_session->errorOccurred(error);
        setObsolete(true);
        return;
    }
    if (!perform()) {
        // A multi-entity edit may have stopped half way: put back what it did.
        m_session->applyRestoreEntities(*before);
        setObsolete(true);
        return;
    }
    // Entities the edit made did not exist before: undo deletes them.
    for (const qint64 id : std::as_const(m_ids)) {
        if (!before->ids.contains(id))
            before->ids.append(id);
    }
    m_before = std::move(before);
    m_after = m_session->database().entityState(m_ids, &error);
    if (!m_after) {
        emit m_session->errorOccurred(error);
        setObsolete(true);
    }
}

void EntityStateCommand::undo()
{
    if (m_before)
        m_session->applyRestoreEntities(*m_before);
}

AddEntityCommand::AddEntityCommand(ProjectSession *session, const Entity &entity)
    : EntityStateCommand(session, {})
    , m_entity(entity)
{
    setText(QCoreApplication::translate("EntityCommands", "New Entity %1").arg(entity.name));
}

bool AddEntityCommand::perform()
{
    const std::optional<Entity> added = m_session->applyAddEntity(m_entity);
    if (!added)
        return false;
    m_ids = { added->id };
    return true;
}

LinkToNewEntityCommand::LinkToNewEntityCommand(ProjectSession *session, const Entity &entity,
                                               const Annotation &annotation)
    : m_session(session)
    , m_entity(entity)
    , m_before(annotation)
{
    setText(QCoreApplication::translate("EntityCommands", "Link to %1").arg(entity.name));
}

void LinkToNewEntityCommand::redo()
{
    if (!m_after) {
        // Undo puts back the annotation as stored, whatever the view held.
        if (const std::optional<Annotation> stored = m_session->database().annotation(m_before.id))
            m_before = *stored;
        m_after = m_session->applyLinkToNewEntity(m_entity, m_before, false);
        if (!m_after) {
            setObsolete(true);
            return;
        }
        m_entity.id = m_after->entityId;
        return;
    }
    if (!m_session->applyLinkToNewEntity(m_entity, *m_after, true))
        setObsolete(true);
}

void LinkToNewEntityCommand::undo()
{
    if (m_after)
        m_session->applyUnlinkNewEntity(m_entity.id, m_before);
}

ChangeEntityCommand::ChangeEntityCommand(ProjectSession *session, const Entity &before,
                                         const Entity &after)
    : EntityStateCommand(session, { before.id })
    , m_after(after)
{
    setText(before.name == after.name
                ? QCoreApplication::translate("EntityCommands", "Edit Entity %1").arg(before.name)
                : QCoreApplication::translate("EntityCommands", "Rename %1 to %2")
                      .arg(before.name, after.name));
}

bool ChangeEntityCommand::perform()
{
    return m_session->applyUpdateEntity(m_after);
}

MergeEntitiesCommand::MergeEntitiesCommand(ProjectSession *session, const Entity &kept,
                                           const Entity &gone)
    : EntityStateCommand(session, { kept.id, gone.id })
{
    setText(QCoreApplication::translate("EntityCommands", "Merge %1 into %2")
                .arg(gone.name, kept.name));
}

bool MergeEntitiesCommand::perform()
{
    return m_session->applyMergeEntities(m_ids.at(0), m_ids.at(1));
}

RemoveEntitiesCommand::RemoveEntitiesCommand(ProjectSession *session,
                                             const QVector<Entity> &entities)
    : EntityStateCommand(session, {})
{
    for (const Entity &entity : entities)
        m_ids.append(entity.id);
    setText(entities.size() == 1
                ? QCoreApplication::translate("EntityCommands", "Delete Entity %1")
                      .arg(entities.first().name)
                : QCoreApplication::translate("EntityCommands", "Delete %n Entities", nullptr,
                                              int(entities.size())));
}

bool RemoveEntitiesCommand::perform()
{
    return m_session->applyRemoveEntities(m_ids);
}

} // namespace Marginalia
