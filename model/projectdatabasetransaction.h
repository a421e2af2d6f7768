// SPDX-License-Identifier: GPL-3.0-or-later
// Private to ProjectDatabase's own source files.
#pragma once

#include "projectdatabase.h"

namespace Marginalia {

/// BEGIN IMMEDIATE on construction; ROLLBACK on destruction unless committed.
class ProjectDatabase::Transaction
{
public:
    explicit Transaction(ProjectDatabase &database, QString *error)
        : m_database(database)
    {
        m_active = m_database.execute("BEGIN IMMEDIATE", error);
    }
    ~Transaction()
    {
        if (m_active)
            m_database.execute("ROLLBACK");
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit(QString *error)
    {
        // A COMMIT that fails (busy, disk full) leaves the transaction open;
        // staying active makes the destructor roll it back.
        if (!m_database.execute("COMMIT", error))
            return false;
        m_active = false;
        return true;
    }

private:
    ProjectDatabase &m_database;
    bool m_active = false;
};

} // namespace Marginalia
