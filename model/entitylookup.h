// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entity.h"
#include "textnormalizer.h"

#include <QHash>
#include <QString>
#include <QVector>

namespace Marginalia {

/// Finds the entity a typed name means, under a label, with the project's
/// one normalisation (TextNormalizer): "VLADIMIR POUTINE", "Poutine" (an
/// alias) and "Vladimir Poutine" are one entity. Names win over aliases.
class EntityLookup
{
public:
    EntityLookup(const QVector<Entity> &entities, TextNormalizer::Options options);

    /// The id of the entity named or aliased \a name under \a labelId; 0 if none.
    qint64 find(QStringView name, qint64 labelId) const;

private:
    TextNormalizer::Options m_options;
    QHash<std::pair<qint64, QString>, qint64> m_byName; ///< (label, key) → entity
    QHash<std::pair<qint64, QString>, qint64> m_byAlias;
};

} // namespace Marginalia
