// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importproblem.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

namespace Marginalia {

/// The files an import takes from a folder: searched recursively for names
/// ending in given suffixes (any case), hidden files and folders skipped,
/// links to folders not followed, in a stable order.
///
/// Nothing that could be an article passes without a word: entries that are
/// not regular files (a named pipe, a link to a device) are listed like the
/// others, so that reading them through InputFileCheck says what they are;
/// names that are not valid UTF-8, which Qt cannot open by name, are
/// reported with their odd bytes written as \xNN; folders that cannot be
/// read are reported too.
class InputFolder
{
    Q_DECLARE_TR_FUNCTIONS(InputFolder)
public:
    /// The entries under \a root ending in one of \a suffixes (".txt").
    static QStringList find(const QString &root, const QStringList &suffixes,
                            QVector<ImportProblem> *problems);

    /// A file name's bytes as text: UTF-8 where it is valid, \xNN where not.
    static QString visibleName(const QByteArray &name);
};

} // namespace Marginalia
