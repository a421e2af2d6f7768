// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Marginalia {

class ProjectDatabase;

/// One import of articles that commits batch by batch, kept or undone as a
/// whole: the batches are recorded under the run, end() keeps them or takes
/// them all out, and if the process dies first the next open of the project
/// takes them out. Destroyed without end(), it undoes the run.
class ImportRun
{
public:
    explicit ImportRun(ProjectDatabase &database);
    ~ImportRun();
    ImportRun(const ImportRun &) = delete;
    ImportRun &operator=(const ImportRun &) = delete;

    /// Records the run; false with \a error when the project cannot be written.
    bool begin(QString *error);
    /// For ProjectDatabase::insertArticles; 0 before begin().
    qint64 id() const { return m_id; }
    /// Keeps the run's articles when \a keep, else removes them. A keep that
    /// cannot be stored removes them too: true only when the run's articles
    /// are kept as asked, or removed.
    bool end(bool keep, QString *error);

private:
    ProjectDatabase &m_database;
    qint64 m_id = 0;
};

} // namespace Marginalia
