// SPDX-License-Identifier: GPL-3.0-or-later
#include "stagedfolder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>

namespace Marginalia {

namespace {

QString display(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

/// How long a staging folder must have been left untouched before another
/// export may take it for a leftover: long enough for any pause of a live
/// one, and a guard should its owner run on another machine sharing the
/// folder, whose process ids mean nothing here.
constexpr int StaleAfterSeconds = 60;

bool processRunning(qint64 pid)
{
    // EPERM: it exists, under another user.
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}

/// The last time anything was written in \a folder (it holds files only).
QDateTime lastWritten(const QString &folder)
{
    QDateTime last = QFileInfo(folder).lastModified();
    const QFileInfoList entries = QDir(folder).entryInfoList(QDir::AllEntries | QDir::Hidden
                                                             | QDir::System | QDir::NoDotAndDotDot);
    for (const QFileInfo &entry : entries)
        last = qMax(last, entry.lastModified());
    return last;
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
    removeStale(parent, target.fileName());
    // Named with our process id, so a later export can tell a live one.
    m_staging = std::make_unique<QTemporaryDir>(QDir(parent).filePath(
        stagingPrefix(target.fileName()) + QString::number(QCoreApplication::applicationPid())
        + QLatin1String("-XXXXXX")));
    if (!m_staging->isValid()) {
        if (error)
            *error = tr("%1: cannot create a folder next to it (%2)")
                         .arg(display(m_target), m_staging->errorString());
        m_staging.reset();
        return false;
    }
    return true;
}

QString StagedFolder::stagingPrefix(const QString &targetName)
{
    return QLatin1Char('.') + targetName + QLatin1String(".partial-");
}

void StagedFolder::removeStale(const QString &parent, const QString &targetName)
{
    const QString prefix = stagingPrefix(targetName);
    // ".out.partial-PID-XXXXXX", or ".out.partial-XXXXXX" as older versions named them.
    static const QRegularExpression ours(QStringLiteral("^(?:(\\d+)-)?[A-Za-z0-9]{6}$"));
    const QDateTime staleBefore = QDateTime::currentDateTimeUtc().addSecs(-StaleAfterSeconds);
    const QFileInfoList entries = QDir(parent).entryInfoList(
        QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot | QDir::NoSymLinks);
    for (const QFileInfo &entry : entries) {
        if (!entry.fileName().startsWith(prefix) || entry.isSymLink())
            continue;
        const QRegularExpressionMatch match = ours.match(entry.fileName().mid(prefix.size()));
        if (!match.hasMatch())
            continue;
        const qint64 owner = match.captured(1).toLongLong();
        if (processRunning(owner) || lastWritten(entry.absoluteFilePath()) > staleBefore)
            continue;
        // Best effort: one that cannot be removed is no reason to fail an export.
        QDir(entry.absoluteFilePath()).removeRecursively();
    }
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
