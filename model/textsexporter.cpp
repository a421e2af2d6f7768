// SPDX-License-Identifier: GPL-3.0-or-later
#include "textsexporter.h"

#include "exportmanifest.h"
#include "projectdatabase.h"
#include "stagedfolder.h"

namespace Marginalia {

TextsExporter::TextsExporter(ProjectDatabase &database)
    : Exporter(database)
{
}

bool TextsExporter::write(const QString &folder, QString *error)
{
    m_files = 0;
    StagedFolder out(folder);
    if (!out.begin(error))
        return false;
    ExportManifest manifest({ QStringLiteral("txt_file") });
    const auto visit = [&](const ProjectDatabase::ExportArticle &article) {
        const QString name = QStringLiteral("%1.txt").arg(article.summary.id);
        if (!out.writeFile(name, article.text.toUtf8(), error))
            return false;
        manifest.add(article.summary, { name });
        ++m_files;
        return true;
    };
    if (!visitArticles(false, true, visit, error))
        return false;
    return out.writeFile(ExportManifest::fileName(), manifest.bytes(), error) && out.commit(error);
}

} // namespace Marginalia
