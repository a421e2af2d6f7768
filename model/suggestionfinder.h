// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"
#include "entity.h"
#include "namematcher.h"

#include <QString>
#include <QVector>

namespace Marginalia {

class CodePointIndex;

/// A known entity's name or alias found in an article where nothing is
/// tagged yet: offered to the analyst, never stored until accepted.
struct Suggestion
{
    qint64 start = 0; ///< code points
    qint64 end = 0;
    qint64 entityId = 0;
    qint64 labelId = 0;
};

/// Finds suggestions in an article: the names and aliases of every entity
/// and the texts of mentions already linked to one,
/// matched in one pass over the text (see NameMatcher), less the spans that
/// overlap an annotation and those the analyst rejected for that entity.
class SuggestionFinder
{
public:
    explicit SuggestionFinder(TextNormalizer::Options options = {});

    /// Rebuilds the matcher from these entities' names and aliases, and the
    /// ways their linked mentions are written.
    void setEntities(const QVector<Entity> &entities, const QVector<EntityForm> &forms = {});
    int patternCount() const { return m_matcher.patternCount(); }
    TextNormalizer::Options options() const { return m_options; }

    /// In text order; one suggestion per span (the first entity not rejected
    /// there when several share a name).
    QVector<Suggestion> find(const QString &text, const CodePointIndex &index,
                             const QVector<Annotation> &annotations,
                             const QVector<RejectedSuggestion> &rejected) const;

    /// Every match in the text, one per entity where several share a span:
    /// the costly part, which a window keeps while the analyst edits.
    QVector<Suggestion> candidates(const QString &text, const CodePointIndex &index) const;
    /// The candidates left once annotated spans and rejections are removed.
    static QVector<Suggestion> filter(const QVector<Suggestion> &candidates,
                                      const QVector<Annotation> &annotations,
                                      const QVector<RejectedSuggestion> &rejected);

private:
    TextNormalizer::Options m_options;
    NameMatcher m_matcher;
};

} // namespace Marginalia
