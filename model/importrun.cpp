// SPDX-License-Identifier: GPL-3.0-or-later
#include "importrun.h"

#include "projectdatabase.h"

#include <utility>

namespace Marginalia {

ImportRun::ImportRun(ProjectDatabase &database)
    : m_database(database)
{
}

ImportRun::~ImportRun()
{
    if (m_id > 0)
        end(false, nullptr);
}

bool ImportRun::begin(QString *error)
{
    const std::optional<qint64> id = m_database.beginImportRun(error);
    m_id = id.value_or(0);
    return m_id > 0;
}

bool ImportRun::end(bool keep, QString *error)
{
    if (m_id <= 0)
        return true;
    const qint64 run = std::exchange(m_id, 0);
    QString failure;
    if (keep && m_database.finishImportRun(run, &failure))
        return true;
    // Not kept, as asked or because keeping could not be stored: the run
    // goes. If even that fails, the next open of the project undoes it.
    QString undoFailure;
    const bool undone = m_database.abandonImportRun(run, &undoFailure);
    if (error)
        *error = failure.isEmpty() ? undoFailure : failure;
    return !keep && undone;
}

} // namespace Marginalia
