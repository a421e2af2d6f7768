// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationcommands.h"

#include "projectsession.h"

#include <QCoreApplication>

namespace Marginalia {

AddAnnotationCommand::AddAnnotationCommand(ProjectSession *session, const NewAnnotation &request)
    : m_session(session)
    , m_request(request)
{
    setText(QCoreApplication::translate("AnnotationCommands", "Tag as %1").arg(request.labelName));
}

void AddAnnotationCommand::redo()
{
    if (m_annotation.id == 0) {
        const std::optional<Annotation> added = m_session->applyAdd(m_request);
        if (!added) {
            setObsolete(true);
            return;
        }
        m_annotation = *added;
    } else if (!m_session->applyRestore(m_annotation)) {
        setObsolete(true);
    }
}

void AddAnnotationCommand::undo()
{
    m_session->applyRemove(m_annotation);
}

RemoveAnnotationCommand::RemoveAnnotationCommand(ProjectSession *session,
                                                 const Annotation &annotation)
    : m_session(session)
    , m_annotation(annotation)
{
    setText(QCoreApplication::translate("AnnotationCommands", "Delete %1 Annotation")
                .arg(annotation.labelName));
}

void RemoveAnnotationCommand::redo()
{
    if (!m_session->applyRemove(m_annotation))
        setObsolete(true);
}

void RemoveAnnotationCommand::undo()
{
    m_session->applyRestore(m_annotation);
}

ChangeAnnotationCommand::ChangeAnnotationCommand(ProjectSession *session, const Annotation &before,
                                                 const Annotation &after, const QString &text)
    : m_session(session)
    , m_before(before)
    , m_after(after)
{
    setText(text);
}

void ChangeAnnotationCommand::redo()
{
    if (!m_session->applyUpdate(m_after))
        setObsolete(true);
}

void ChangeAnnotationCommand::undo()
{
    m_session->applyUpdate(m_before, true);
}

SetArticleStatusCommand::SetArticleStatusCommand(ProjectSession *session, qint64 articleId,
                                                 ArticleStatus before, ArticleStatus after)
    : m_session(session)
    , m_articleId(articleId)
    , m_before(before)
    , m_after(after)
{
    setText(QCoreApplication::translate("AnnotationCommands", "Change Article Status"));
}

void SetArticleStatusCommand::redo()
{
    if (!m_session->applyStatus(m_articleId, m_after))
        setObsolete(true);
}

void SetArticleStatusCommand::undo()
{
    m_session->applyStatus(m_articleId, m_before);
}

} // namespace Marginalia
