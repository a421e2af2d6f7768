// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace Marginalia {

class ProjectDatabase;

/// Writes each article's stored text, exactly, to FOLDER/<id>.txt (UTF-8,
/// LF line ends, no BOM): the text every exported offset counts into.
class TextsExporter
{
    Q_DECLARE_TR_FUNCTIONS(TextsExporter)
public:
    explicit TextsExporter(ProjectDatabase &database);

    bool write(const QString &folder, QString *error);
    qint64 fileCount() const { return m_files; }

private:
    ProjectDatabase &m_database;
    qint64 m_files = 0;
};

} // namespace Marginalia
