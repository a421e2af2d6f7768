// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"
#include "entity.h"
#include "longundocommand.h"

#include <QUndoCommand>
#include <QVector>

namespace Marginalia {

class ProjectSession;

/// Tags many spans at once, as one undo step: tag all occurrences, accept
/// every suggestion. The first redo stores them in one transaction; undo
/// deletes them; later redos put them back with the same ids. Thousands of
/// them are undone and redone on a thread (LongUndoCommand).
class AddAnnotationsCommand : public QUndoCommand, public LongUndoCommand
{
public:
    AddAnnotationsCommand(ProjectSession *session, const QVector<NewAnnotation> &requests,
                          const QString &text);
    enum Stored { AlreadyStored };
    /// For annotations another connection has stored (a tag all stored on
    /// its thread): the first redo only tells the views.
    AddAnnotationsCommand(ProjectSession *session, const QVector<Annotation> &stored,
                          const QString &text, Stored);
    void redo() override;
    void undo() override;
    const QVector<Annotation> &annotations() const { return m_annotations; }

    /// Above this many mentions: deleting 23,684 scattered ones took 0.9 s
    /// warm in a 100,000-article project.
    static constexpr qsizetype LongAbove = 1000;
    bool isLong() const override;
    FileWork fileWork(bool redo) const override;
    void markStored() override { m_announceOnly = true; }

private:
    ProjectSession *m_session;
    QVector<NewAnnotation> m_requests;
    QVector<Annotation> m_annotations;
    bool m_announceOnly = false; ///< the next undo or redo finds the file changed already
};

/// Turns a suggestion down (or, undone, offers it again).
class RejectSuggestionCommand : public QUndoCommand
{
public:
    RejectSuggestionCommand(ProjectSession *session, const RejectedSuggestion &suggestion,
                            const QString &name);
    void redo() override;
    void undo() override;

private:
    ProjectSession *m_session;
    RejectedSuggestion m_suggestion;
};

} // namespace Marginalia
