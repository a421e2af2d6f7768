// SPDX-License-Identifier: GPL-3.0-or-later
#include "writelockholder.h"

#include <QFile>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace Marginalia {

namespace {

// SQLite's unix VFS takes a WAL database's write lock as a POSIX lock on
// byte 120 of the -shm file (WAL_WRITE_LOCK). In rollback or exclusive
// locking mode a writer holds a write lock on the database file itself.
constexpr qint64 WalWriteLockByte = 120;

struct FileKey
{
    bool valid = false;
    unsigned major = 0;
    unsigned minor = 0;
    quint64 inode = 0;
};

FileKey keyOf(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return {};
    return { true, major(info.st_dev), minor(info.st_dev), quint64(info.st_ino) };
}

// "fe:00:10952783" as /proc/locks writes a device and inode.
bool sameFile(const QByteArray &field, const FileKey &key)
{
    if (!key.valid)
        return false;
    const QList<QByteArray> parts = field.split(':');
    if (parts.size() != 3)
        return false;
    bool ok1 = false, ok2 = false, ok3 = false;
    const unsigned major = parts.at(0).toUInt(&ok1, 16);
    const unsigned minor = parts.at(1).toUInt(&ok2, 16);
    const quint64 inode = parts.at(2).toULongLong(&ok3);
    return ok1 && ok2 && ok3 && major == key.major && minor == key.minor && inode == key.inode;
}

bool covers(const QByteArray &start, const QByteArray &end, qint64 byte)
{
    bool ok = false;
    const qint64 first = start.toLongLong(&ok);
    if (!ok || first > byte)
        return false;
    if (end == "EOF")
        return true;
    const qint64 last = end.toLongLong(&ok);
    return ok && last >= byte;
}

QString programOf(qint64 pid)
{
    QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
    if (!comm.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLocal8Bit(comm.read(256).trimmed());
}

} // namespace

std::optional<WriteLockHolder> WriteLockHolder::find(const QString &projectPath)
{
    const FileKey database = keyOf(projectPath);
    const FileKey shm = keyOf(projectPath + QStringLiteral("-shm"));
    if (!database.valid && !shm.valid)
        return std::nullopt;
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly))
        return std::nullopt;
    // Not readAll(): /proc files report no size.
    const QList<QByteArray> lines = locks.read(4 << 20).split('\n');
    for (const QByteArray &line : lines) {
        // "1: POSIX  ADVISORY  WRITE 5727 fe:00:10952783 120 120"; a line
        // with "->" is a process waiting for that lock, not holding it.
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() != 8 || fields.at(1) != "POSIX" || fields.at(3) != "WRITE")
            continue;
        bool ok = false;
        const qint64 pid = fields.at(4).toLongLong(&ok);
        if (!ok || pid <= 0)
            continue;
        const bool walWriter =
            sameFile(fields.at(5), shm) && covers(fields.at(6), fields.at(7), WalWriteLockByte);
        if (!walWriter && !sameFile(fields.at(5), database))
            continue;
        WriteLockHolder holder;
        holder.pid = pid;
        holder.program = programOf(pid);
        holder.thisProcess = pid == qint64(getpid());
        return holder;
    }
    return std::nullopt;
}

QString WriteLockHolder::describe() const
{
    if (thisProcess)
        return tr("an import running in this window");
    if (program.isEmpty())
        return tr("process %1").arg(pid);
    return tr("%1 (process %2)").arg(program).arg(pid);
}

} // namespace Marginalia
