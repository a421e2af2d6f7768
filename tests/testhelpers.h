// SPDX-License-Identifier: GPL-3.0-or-later
// Small fixtures shared by the tests: temporary projects and files.
#pragma once

#include "projectdatabase.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

namespace TestHelpers {

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

inline QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

/// A fresh project file in \a dir; fails the test if it cannot be made.
inline std::unique_ptr<Marginalia::ProjectDatabase>
createProject(const QTemporaryDir &dir, const QString &name = QStringLiteral("test.marginalia"))
{
    Marginalia::ProjectDatabase::OpenResult result =
        Marginalia::ProjectDatabase::create(dir.filePath(name));
    if (!result.database)
        qWarning("%s", qPrintable(result.error));
    return std::move(result.database);
}

} // namespace TestHelpers
