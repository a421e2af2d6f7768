// SPDX-License-Identifier: GPL-3.0-or-later
#include "suggestionfinder.h"

#include "codepointindex.h"

#include <algorithm>
#include <set>
#include <tuple>

namespace Marginalia {

SuggestionFinder::SuggestionFinder(TextNormalizer::Options options)
    : m_options(options)
    , m_matcher(options)
{
}

void SuggestionFinder::setEntities(const QVector<Entity> &entities,
                                   const QVector<EntityForm> &forms)
{
    QVector<NameMatcher::Pattern> patterns;
    for (const Entity &entity : entities) {
        patterns.append({ entity.name, entity.id, entity.labelId });
        for (const QString &alias : entity.aliases)
            patterns.append({ alias, entity.id, entity.labelId });
    }
    // After names and aliases, so that an entity named so wins a shared text.
    for (const EntityForm &form : forms)
        patterns.append({ form.text, form.entityId, form.labelId });
    m_matcher = NameMatcher(m_options);
    m_matcher.build(patterns);
}

QVector<Suggestion> SuggestionFinder::find(const QString &text, const CodePointIndex &index,
                                           const QVector<Annotation> &annotations,
                                           const QVector<RejectedSuggestion> &rejected) const
{
    return filter(candidates(text, index), annotations, rejected);
}

QVector<Suggestion> SuggestionFinder::candidates(const QString &text,
                                                 const CodePointIndex &index) const
{
    QVector<Suggestion> result;
    for (const NameMatcher::Match &match : m_matcher.findAll(text)) {
        result.append({ index.toCodePoint(match.start), index.toCodePoint(match.end),
                        match.entityId, match.labelId });
    }
    return result;
}

QVector<Suggestion> SuggestionFinder::filter(const QVector<Suggestion> &candidates,
                                             const QVector<Annotation> &annotations,
                                             const QVector<RejectedSuggestion> &rejected)
{
    // Annotated stretches, merged and sorted, for a binary search per match.
    QVector<std::pair<qint64, qint64>> taken;
    taken.reserve(annotations.size());
    for (const Annotation &annotation : annotations)
        taken.append({ annotation.start, annotation.end });
    std::sort(taken.begin(), taken.end());
    QVector<std::pair<qint64, qint64>> merged;
    for (const auto &span : std::as_const(taken)) {
        if (!merged.isEmpty() && span.first < merged.last().second)
            merged.last().second = qMax(merged.last().second, span.second);
        else
            merged.append(span);
    }
    const auto overlapsAnnotation = [&merged](qint64 start, qint64 end) {
        // The first stretch ending after start is the only one that can overlap.
        const auto it = std::upper_bound(merged.cbegin(), merged.cend(), start,
                                         [](qint64 value, const std::pair<qint64, qint64> &span) {
                                             return value < span.second;
                                         });
        return it != merged.cend() && it->first < end;
    };
    std::set<std::tuple<qint64, qint64, qint64>> refused;
    for (const RejectedSuggestion &r : rejected)
        refused.insert({ r.start, r.end, r.entityId });

    QVector<Suggestion> result;
    for (const Suggestion &candidate : candidates) {
        if (!result.isEmpty() && result.last().start == candidate.start
            && result.last().end == candidate.end)
            continue; // another entity sharing the name: the first one offered wins
        if (overlapsAnnotation(candidate.start, candidate.end)
            || refused.count({ candidate.start, candidate.end, candidate.entityId }) > 0)
            continue;
        result.append(candidate);
    }
    return result;
}

} // namespace Marginalia
