// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationbatchcommands.h"

#include "projectdatabase.h"
#include "projectsession.h"

namespace Marginalia {

AddAnnotationsCommand::AddAnnotationsCommand(ProjectSession *session,
                                             const QVector<NewAnnotation> &requests,
                                             const QString &text)
    : m_session(session)
    , m_requests(requests)
{
    setText(text);
}

AddAnnotationsCommand::AddAnnotationsCommand(ProjectSession *session,
                                             const QVector<Annotation> &stored, const QString &text,
                                             Stored)
    : m_session(session)
    , m_annotations(stored)
    , m_announceOnly(true)
{
    setText(text);
}

void AddAnnotationsCommand::redo()
{
    if (m_announceOnly) {
        m_announceOnly = false;
        m_session->announceStoredMany(m_annotations);
        return;
    }
    if (m_annotations.isEmpty()) {
        const std::optional<QVector<Annotation>> added = m_session->applyAddMany(m_requests);
        if (!added) {
            setObsolete(true);
            return;
        }
        m_annotations = *added;
        m_requests.clear(); // the annotations say it all from now on
    } else if (!m_session->applyRestoreMany(m_annotations)) {
        setObsolete(true);
    }
}

void AddAnnotationsCommand::undo()
{
    if (m_announceOnly) {
        m_announceOnly = false;
        m_session->announceRemovedMany(m_annotations);
        return;
    }
    m_session->applyRemoveMany(m_annotations);
}

bool AddAnnotationsCommand::isLong() const
{
    return m_requests.isEmpty() && m_annotations.size() > LongAbove;
}

LongUndoCommand::FileWork AddAnnotationsCommand::fileWork(bool redo) const
{
    const QVector<Annotation> annotations = m_annotations;
    if (redo) {
        return [annotations](ProjectDatabase &database, QString *error) {
            return database.restoreAnnotations(annotations, error);
        };
    }
    return [annotations](ProjectDatabase &database, QString *error) {
        return database.deleteAnnotations(ProjectSession::idsOf(annotations), error);
    };
}

RejectSuggestionCommand::RejectSuggestionCommand(ProjectSession *session,
                                                 const RejectedSuggestion &suggestion,
                                                 const QString &name)
    : m_session(session)
    , m_suggestion(suggestion)
{
    setText(QCoreApplication::translate("AnnotationCommands", "Reject Suggestion %1").arg(name));
}

void RejectSuggestionCommand::redo()
{
    if (!m_session->applySuggestionRejected(m_suggestion, true))
        setObsolete(true);
}

void RejectSuggestionCommand::undo()
{
    m_session->applySuggestionRejected(m_suggestion, false);
}

} // namespace Marginalia
