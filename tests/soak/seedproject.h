// SPDX-License-Identifier: GPL-3.0-or-later
// The project the crash and power-loss tests start from.
#pragma once

#include "projectdatabase.h"
#include "testhelpers.h"
#include "textfileimporter.h"

#include <QTemporaryDir>

namespace CrashSupport {

// A project of a few French and English articles, closed.
inline bool makeSeedProject(const QTemporaryDir &dir, const QString &path)
{
    Marginalia::ProjectDatabase::OpenResult created = Marginalia::ProjectDatabase::create(path);
    if (!created.database)
        return false;
    QStringList files;
    const QStringList texts {
        QStringLiteral("date 2022-12\nPoutine à Minsk\n« Nous sommes des alliés », a déclaré "
                       "Vladimir Poutine. Loukachenko a répondu à Minsk, puis Poutine est "
                       "reparti vers Moscou. La Biélorussie et la Russie signent.\n"),
        QStringLiteral("Kyiv answers\n\"We will not give in,\" said Volodymyr Zelensky in Kyiv. "
                       "Zelensky met the press; Kyiv and Paris agreed. 🇺🇦 Paris said more.\n"),
        QStringLiteral("date 2022-11-30\nL'Élysée répond\nL'Élysée a confirmé la visite. "
                       "« C'est une étape », dit Emmanuel Macron. Macron et Scholz à Berlin.\n"),
    };
    for (int i = 0; i < texts.size(); ++i) {
        const QString file = dir.filePath(QStringLiteral("seed-%1.txt").arg(i));
        if (!TestHelpers::writeFile(file, texts.at(i).toUtf8()))
            return false;
        files.append(file);
    }
    Marginalia::TextFileImporter importer(*created.database);
    return importer.importPaths(files).error.isEmpty();
}

} // namespace CrashSupport
