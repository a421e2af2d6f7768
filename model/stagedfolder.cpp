// SPDX-License-Identifier: GPL-3.0-or-later
#include "stagedfolder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace Marginalia {

namespace {

QString display(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

StagedFolder::StagedFolder(const QString &target)
    : m_target(QFileInfo(target).absoluteFilePath())
{
}

StagedFolder::~StagedFolder() = default; // QTemporaryDir removes what was not committed

QString StagedFolder::stagingPath() const
{
    return m_staging ? m_staging->path() : QString();
}

bool StagedFolder::begin(QString *error)
{
    const QFileInfo target(m_target);
    if (target.exists() && !target.isDir()) {
        if (error)
            *error = tr("%1: exists and is not a folder").arg(display(m_target));
        return false;
    }
    const QString parent = target.absolutePath();
    if (!QDir().mkpath(parent)) {
        if (error)
            *error = tr("%1: cannot create the folder").arg(display(parent));
        return false;
    }
    m_staging = std::make_unique<QTemporaryDir>(QDir(parent).filePath(
        QLatin1Char('.') + target.fileName() + QLatin1String(".partial-XXXXXX")));
    if (!m_staging->isValid()) {
        if (error)
            *error = tr("%1: cannot create a folder next to it (%2)")
                         .arg(display(m_target), m_staging->errorString());
        m_staging.reset();
        return false;
    }
    return true;
}

bool StagedFolder::writeFile(const QString &name, const QByteArray &bytes, QString *error)
{
    Q_ASSERT(m_staging);
    // No QSaveFile here: the whole folder is the unit that appears or not.
    QFile file(m_staging->filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush()) {
        if (error)
            *error = tr("%1: cannot write (%2)")
                         .arg(display(QDir(m_target).filePath(name)), file.errorString());
        return false;
    }
    return true;
}

bool StagedFolder::commit(QString *error)
{
    Q_ASSERT(m_staging);
    const QString staging = m_staging->path();
    // QTemporaryDir makes the folder private to its owner; the export gets
    // the permissions of any folder the user makes.
    QFile::setPermissions(staging,
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                              | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
    if (!QFileInfo::exists(m_target)) {
        if (QDir().rename(staging, m_target)) {
            m_staging->setAutoRemove(false);
            m_staging.reset();
            return true;
        }
        if (error)
            *error = tr("%1: cannot create the folder").arg(display(m_target));
        return false;
    }
    const QStringList names = QDir(staging).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    for (const QString &name : names) {
        const QString to = QDir(m_target).filePath(name);
        // rename(2) replaces an existing file atomically; QFile::rename refuses to.
        if (std::rename(QFile::encodeName(QDir(staging).filePath(name)).constData(),
                        QFile::encodeName(to).constData())
            != 0) {
            if (error)
                *error = tr("%1: cannot write (%2)")
                             .arg(display(to), QString::fromLocal8Bit(std::strerror(errno)));
            return false;
        }
    }
    m_staging.reset();
    return true;
}

} // namespace Marginalia
