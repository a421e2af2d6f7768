// SPDX-License-Identifier: GPL-3.0-or-later
#include "suggestionindex.h"

#include "projectdatabase.h"

namespace Marginalia {

SuggestionIndex::SuggestionIndex(TextNormalizer::Options options)
    : m_finder(options)
{
}

std::unique_ptr<SuggestionIndex> SuggestionIndex::read(ProjectDatabase &database,
                                                       TextNormalizer::Options options)
{
    std::unique_ptr<SuggestionIndex> index(new SuggestionIndex(options));
    // Wordings of an entity that another connection adds between the two
    // reads are left out below; the window reads the index again after
    // each entity change of its own.
    const QVector<Entity> entities = database.entities();
    for (const EntityForm &form : database.entityMentionForms())
        index->m_forms[{ form.entityId, form.text }] += form.mentions;
    QHash<qint64, qint64> labelOf;
    labelOf.reserve(entities.size());
    index->m_names.reserve(entities.size());
    for (const Entity &entity : entities) {
        labelOf.insert(entity.id, entity.labelId);
        index->m_names.insert(entity.id, entity.name);
    }
    QVector<EntityForm> forms;
    forms.reserve(index->m_forms.size());
    for (auto it = index->m_forms.cbegin(); it != index->m_forms.cend(); ++it) {
        if (it.value() > 0 && labelOf.contains(it.key().first))
            forms.append({ it.key().first, labelOf.value(it.key().first), it.key().second });
    }
    index->m_finder.setEntities(entities, forms);
    return index;
}

} // namespace Marginalia
