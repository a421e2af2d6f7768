// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exporter.h"

#include <QCoreApplication>

namespace Marginalia {

class ProjectDatabase;

/// Writes each article's stored text, exactly, to FOLDER/<id>.txt (UTF-8,
/// LF line ends, no BOM): the text every exported offset counts into, with
/// a manifest.csv (see ExportManifest). The folder is written as a whole
/// (StagedFolder): a cancelled or failed export leaves no file behind.
class TextsExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(TextsExporter)
public:
    explicit TextsExporter(ProjectDatabase &database);

    bool write(const QString &folder, QString *error);
    /// Text files written by the last write (the manifest not counted).
    qint64 fileCount() const { return m_files; }

private:
    qint64 m_files = 0;
};

} // namespace Marginalia
