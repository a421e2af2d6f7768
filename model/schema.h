// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVector>

namespace Marginalia {

/// One step from schema version \c from to \c from + 1. The SQL runs inside
/// a transaction the project database opens and commits around it.
struct MigrationStep
{
    int from = 0;
    const char *description = "";
    const char *sql = "";
};

/// The project file's schema as data: its identity, its version and the
/// ordered steps that build it. Only ProjectDatabase executes these.
struct Schema
{
    /// PRAGMA application_id of every project file: "MRGN".
    static constexpr quint32 ApplicationId = 0x4D52474E;

    int version = 0; ///< the version these steps reach
    QVector<MigrationStep> steps; ///< step i goes from version i to i + 1

    /// The schema this build writes.
    static const Schema &current();
};

} // namespace Marginalia
