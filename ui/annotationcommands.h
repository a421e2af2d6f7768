// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"
#include "article.h"

#include <QUndoCommand>

namespace Marginalia {

class ProjectSession;

/// Tags a span. The first redo stores a new annotation; undo deletes it;
/// later redos put it back with the same id, so other commands that refer
/// to it stay valid.
class AddAnnotationCommand : public QUndoCommand
{
public:
    AddAnnotationCommand(ProjectSession *session, const NewAnnotation &request);
    void redo() override;
    void undo() override;
    qint64 annotationId() const { return m_annotation.id; }

private:
    ProjectSession *m_session;
    NewAnnotation m_request;
    Annotation m_annotation;
};

class RemoveAnnotationCommand : public QUndoCommand
{
public:
    RemoveAnnotationCommand(ProjectSession *session, const Annotation &annotation);
    void redo() override;
    void undo() override;

private:
    ProjectSession *m_session;
    Annotation m_annotation;
};

/// Any change of one annotation: label, span, entity, note.
class ChangeAnnotationCommand : public QUndoCommand
{
public:
    ChangeAnnotationCommand(ProjectSession *session, const Annotation &before,
                            const Annotation &after, const QString &text);
    void redo() override;
    void undo() override;

private:
    ProjectSession *m_session;
    Annotation m_before;
    Annotation m_after;
};

class SetArticleStatusCommand : public QUndoCommand
{
public:
    SetArticleStatusCommand(ProjectSession *session, qint64 articleId, ArticleStatus before,
                            ArticleStatus after);
    void redo() override;
    void undo() override;

private:
    ProjectSession *m_session;
    qint64 m_articleId;
    ArticleStatus m_before;
    ArticleStatus m_after;
};

} // namespace Marginalia
