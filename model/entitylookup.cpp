// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitylookup.h"

namespace Marginalia {

EntityLookup::EntityLookup(const QVector<Entity> &entities, TextNormalizer::Options options)
    : m_options(options)
{
    for (const Entity &entity : entities) {
        // The first entity of a name or alias keeps it: ids grow with time.
        const std::pair<qint64, QString> name {
            entity.labelId, TextNormalizer::normalize(entity.name.trimmed(), options)
        };
        if (!m_byName.contains(name))
            m_byName.insert(name, entity.id);
        for (const QString &alias : entity.aliases) {
            const std::pair<qint64, QString> key {
                entity.labelId, TextNormalizer::normalize(alias.trimmed(), options)
            };
            if (!m_byAlias.contains(key))
                m_byAlias.insert(key, entity.id);
        }
    }
}

qint64 EntityLookup::find(QStringView name, qint64 labelId) const
{
    const std::pair<qint64, QString> key { labelId,
                                           TextNormalizer::normalize(name.trimmed(), m_options) };
    if (key.second.isEmpty())
        return 0;
    if (const auto it = m_byName.constFind(key); it != m_byName.cend())
        return *it;
    return m_byAlias.value(key, 0);
}

} // namespace Marginalia
