// SPDX-License-Identifier: GPL-3.0-or-later
#include "textsexporter.h"

#include "projectdatabase.h"

#include <QDir>
#include <QSaveFile>

namespace Marginalia {

TextsExporter::TextsExporter(ProjectDatabase &database)
    : m_database(database)
{
}

bool TextsExporter::write(const QString &folder, QString *error)
{
    m_files = 0;
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = tr("%1: cannot create the folder").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    const QDir dir(folder);
    QString failure;
    const auto visit = [&](const ProjectDatabase::ExportArticle &article) {
        const QString path = dir.filePath(QStringLiteral("%1.txt").arg(article.summary.id));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(article.text.toUtf8()) < 0
            || !file.commit()) {
            failure =
                tr("%1: cannot write (%2)").arg(QDir::toNativeSeparators(path), file.errorString());
            return false;
        }
        ++m_files;
        return true;
    };
    if (!m_database.forEachArticle(visit, false, error))
        return false;
    if (!failure.isEmpty()) {
        if (error)
            *error = failure;
        return false;
    }
    return true;
}

} // namespace Marginalia
