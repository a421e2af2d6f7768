// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schema.h"

#include <QCoreApplication>
#include <QString>

struct sqlite3;

namespace Marginalia {

/// Compares the objects stored in a project file's schema (tables, indexes,
/// views, triggers, with their SQL) with the ones this build's migration
/// steps create for the version the file claims. A project received from
/// someone else could otherwise carry its author's triggers, which SQLite
/// runs on our writes whatever trusted_schema says; and a file whose version
/// number was changed by hand would start a migration that cannot succeed.
///
/// ProjectDatabase hands it the connection while opening, before anything
/// is written; the reference schema is built once per version in a private
/// in-memory database.
class SchemaVerifier
{
    Q_DECLARE_TR_FUNCTIONS(SchemaVerifier)
public:
    /// Empty when the schema of \a db is exactly what \a schema's steps build
    /// up to \a version; otherwise one line naming the first object that is
    /// extra, missing or different.
    static QString verify(sqlite3 *db, const Schema &schema, int version);
};

} // namespace Marginalia
