// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entity.h"
#include "suggestionfinder.h"
#include "textnormalizer.h"

#include <QHash>
#include <QString>

#include <memory>
#include <utility>

namespace Marginalia {

class ProjectDatabase;

/// What suggestions are made from, read from a project in one go: every
/// entity's name and aliases and the ways its linked mentions are written,
/// made into a SuggestionFinder. It reads the whole project, so the window
/// reads it on a thread from a connection of its own (with 100,000
/// entities it takes half a second) and keeps it until an entity changes.
class SuggestionIndex
{
public:
    /// How often an entity's mentions are written one way: (entity id, text).
    using FormCounts = QHash<std::pair<qint64, QString>, qint64>;

    static std::unique_ptr<SuggestionIndex> read(ProjectDatabase &database,
                                                 TextNormalizer::Options options);

    const SuggestionFinder &finder() const { return m_finder; }
    /// The wordings counted when the index was read.
    const FormCounts &forms() const { return m_forms; }
    /// Whether the entity existed when the index was read.
    bool knows(qint64 entityId) const { return m_names.contains(entityId); }
    /// The entity's name when the index was read; empty if unknown.
    QString entityName(qint64 entityId) const { return m_names.value(entityId); }
    int entityCount() const { return int(m_names.size()); }

private:
    explicit SuggestionIndex(TextNormalizer::Options options);

    SuggestionFinder m_finder;
    FormCounts m_forms;
    QHash<qint64, QString> m_names;
};

} // namespace Marginalia
