// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "label.h"
#include "projectdatabase.h"

#include <QUndoCommand>

namespace Marginalia {

class ProjectSession;

class AddLabelCommand : public QUndoCommand
{
public:
    AddLabelCommand(ProjectSession *session, const Label &label);
    void redo() override;
    void undo() override;

private:
    ProjectSession *m_session;
    Label m_label;
    std::optional<ProjectDatabase::LabelSnapshot> m_removed; ///< for redo after undo
};

/// Rename, recolour, new hotkey or description.
class ChangeLabelCommand : public QUndoCommand
{
public:
    ChangeLabelCommand(ProjectSession *session, const Label &before, const Label &after);
    void redo() override;
    void undo() override;

private:
    ProjectSession *m_session;
    Label m_before;
    Label m_after;
};

/// Deletes a label with its entities and annotations; undo restores them all.
class RemoveLabelCommand : public QUndoCommand
{
public:
    RemoveLabelCommand(ProjectSession *session, const Label &label);
    void redo() override;
    void undo() override;

private:
    ProjectSession *m_session;
    Label m_label;
    std::optional<ProjectDatabase::LabelSnapshot> m_snapshot;
};

} // namespace Marginalia
