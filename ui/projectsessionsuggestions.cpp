// SPDX-License-Identifier: GPL-3.0-or-later
// ProjectSession: the names suggested in an article, and the counts that
// tell when a linked mention's wording starts or stops being one.
#include "projectsession.h"
#include "projectsessionstore.h"

namespace Marginalia {

std::optional<QVector<Suggestion>> ProjectSession::suggestionCandidates(const QString &text,
                                                                        const CodePointIndex &index)
{
    const SuggestionIndex *suggestionIndex = m_suggestionIndex->index();
    if (!suggestionIndex)
        return std::nullopt; // suggestionsChanged(0) says when it is there
    if (!m_formsLoaded)
        adoptSuggestionIndex(*suggestionIndex); // read at once: nothing to announce
    return suggestionIndex->finder().candidates(text, index);
}

bool ProjectSession::suggestionsPending() const
{
    return m_suggestionIndex->isReading() || m_suggestionsChangePosted;
}

void ProjectSession::adoptSuggestionIndex(const SuggestionIndex &index)
{
    m_forms = index.forms();
    m_formsLoaded = true;
}

void ProjectSession::takeSuggestionIndex()
{
    const SuggestionIndex *index = m_suggestionIndex->current();
    if (!index)
        return;
    adoptSuggestionIndex(*index);
    emit suggestionsChanged(0);
}

void ProjectSession::countForm(const Annotation &annotation, int delta)
{
    if (annotation.entityId <= 0)
        return;
    if (!m_formsLoaded) {
        // The read under way may have missed this edit: it is read again.
        if (m_suggestionIndex->isReading())
            m_suggestionIndex->invalidate();
        return;
    }
    const std::optional<QString> text =
        m_database->articleSpanText(annotation.articleId, annotation.start, annotation.end);
    if (!text)
        return;
    qint64 &count = m_forms[{ annotation.entityId, *text }];
    const bool known = count > 0;
    count = qMax<qint64>(0, count + delta);
    if (known != (count > 0))
        forgetSuggestions();
}

QVector<Suggestion> ProjectSession::suggestions(qint64 articleId,
                                                const QVector<Suggestion> &candidates,
                                                const QVector<Annotation> &annotations)
{
    if (candidates.isEmpty())
        return {};
    return SuggestionFinder::filter(candidates, annotations,
                                    m_database->rejectedSuggestions(articleId));
}

void ProjectSession::forgetSuggestions()
{
    // The index is read again with the wordings counted afresh.
    m_suggestionIndex->invalidate();
    m_formsLoaded = false;
    m_forms.clear();
    // Said once the edit under way is over: a view that read the index
    // again at once would count the stored edit, and the edit's next
    // countForm() would count it twice.
    if (m_suggestionsChangePosted)
        return;
    m_suggestionsChangePosted = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_suggestionsChangePosted = false;
            emit suggestionsChanged(0);
        },
        Qt::QueuedConnection);
}

void ProjectSession::forgetSuggestionsIfNew(const QVector<Annotation> &annotations)
{
    // A mention linked to an entity the index has not seen was just made
    // with a new entity: its name is a suggestion from now on.
    const SuggestionIndex *index = m_suggestionIndex->current();
    if (!index)
        return; // a read under way is told by countForm()
    for (const Annotation &annotation : annotations) {
        if (annotation.entityId > 0 && !index->knows(annotation.entityId)) {
            forgetSuggestions();
            return;
        }
    }
}

void ProjectSession::setMatchIgnoringAccents(bool on)
{
    if (!store([&](QString *error) {
            return m_database->setSetting(QStringLiteral("matching.fold_accents"),
                                          on ? QStringLiteral("1") : QStringLiteral("0"), error);
        }))
        return;
    m_foldAccents = on;
    m_suggestionIndex->setOptions(TextNormalizer::Options { true, m_foldAccents });
    forgetSuggestions();
}

QString ProjectSession::entityName(qint64 entityId)
{
    // Names of the entities the index knows are at hand: views ask for
    // each suggestion's after every edit.
    if (const SuggestionIndex *index = m_suggestionIndex->current();
        index && index->knows(entityId))
        return index->entityName(entityId);
    const std::optional<Entity> entity = m_database->entity(entityId);
    return entity ? entity->name : QString();
}

} // namespace Marginalia
