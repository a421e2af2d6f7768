// SPDX-License-Identifier: GPL-3.0-or-later
#include "labelcommands.h"

#include "projectsession.h"

#include <QCoreApplication>

namespace Marginalia {

AddLabelCommand::AddLabelCommand(ProjectSession *session, const Label &label)
    : m_session(session)
    , m_label(label)
{
    setText(QCoreApplication::translate("LabelCommands", "Add Label %1").arg(label.name));
}

void AddLabelCommand::redo()
{
    if (m_removed) {
        if (!m_session->applyRestoreLabel(*m_removed))
            setObsolete(true);
        return;
    }
    const std::optional<Label> added = m_session->applyAddLabel(m_label);
    if (!added) {
        setObsolete(true);
        return;
    }
    m_label = *added;
}

void AddLabelCommand::undo()
{
    m_removed = m_session->applyRemoveLabel(m_label.id);
}

ChangeLabelCommand::ChangeLabelCommand(ProjectSession *session, const Label &before,
                                       const Label &after)
    : m_session(session)
    , m_before(before)
    , m_after(after)
{
    setText(QCoreApplication::translate("LabelCommands", "Change Label %1").arg(before.name));
}

void ChangeLabelCommand::redo()
{
    if (!m_session->applyUpdateLabel(m_after))
        setObsolete(true);
}

void ChangeLabelCommand::undo()
{
    m_session->applyUpdateLabel(m_before);
}

RemoveLabelCommand::RemoveLabelCommand(ProjectSession *session, const Label &label)
    : m_session(session)
    , m_label(label)
{
    setText(QCoreApplication::translate("LabelCommands", "Delete Label %1").arg(label.name));
}

void RemoveLabelCommand::redo()
{
    m_snapshot = m_session->applyRemoveLabel(m_label.id);
    if (!m_snapshot)
        setObsolete(true);
}

void RemoveLabelCommand::undo()
{
    if (m_snapshot)
        m_session->applyRestoreLabel(*m_snapshot);
}

} // namespace Marginalia
