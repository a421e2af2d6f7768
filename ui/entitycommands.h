// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"
#include "entity.h"

#include <QUndoCommand>

#include <optional>

namespace Marginalia {

class ProjectSession;

/// An edit of entities that undo and redo by putting back a captured state:
/// the entities, the labels and links of their mentions, their quote
/// speakers. The first redo captures the state before, makes the edit and
/// captures the state after; undo restores the one, later redos the other,
/// so ids stay the same for the commands that follow.
class EntityStateCommand : public QUndoCommand
{
public:
    void redo() override;
    void undo() override;

protected:
    EntityStateCommand(ProjectSession *session, const QVector<qint64> &ids);
    /// The edit itself, on the first redo. An edit that makes an entity
    /// adds its id to m_ids.
    virtual bool perform() = 0;

    ProjectSession *m_session;
    QVector<qint64> m_ids;

private:
    std::optional<EntityState> m_before;
    std::optional<EntityState> m_after;
};

class AddEntityCommand : public EntityStateCommand
{
public:
    AddEntityCommand(ProjectSession *session, const Entity &entity);

private:
    bool perform() override;
    Entity m_entity;
};

/// Makes an entity and links a mention to it, as one edit stored in one
/// commit: a crash never leaves the entity without its mention.
class LinkToNewEntityCommand : public QUndoCommand
{
public:
    LinkToNewEntityCommand(ProjectSession *session, const Entity &entity,
                           const Annotation &annotation);
    void redo() override;
    void undo() override;

private:
    ProjectSession *m_session;
    Entity m_entity; ///< with its id once made
    Annotation m_before;
    std::optional<Annotation> m_after; ///< once stored: what redo puts back
};

/// Rename, relabel (the mentions follow), aliases, external id.
class ChangeEntityCommand : public EntityStateCommand
{
public:
    ChangeEntityCommand(ProjectSession *session, const Entity &before, const Entity &after);

private:
    bool perform() override;
    Entity m_after;
};

class MergeEntitiesCommand : public EntityStateCommand
{
public:
    MergeEntitiesCommand(ProjectSession *session, const Entity &kept, const Entity &gone);

private:
    bool perform() override;
};

/// Deletes entities; their mentions stay, unlinked, until undo links them again.
class RemoveEntitiesCommand : public EntityStateCommand
{
public:
    RemoveEntitiesCommand(ProjectSession *session, const QVector<Entity> &entities);

private:
    bool perform() override;
};

} // namespace Marginalia
