// SPDX-License-Identifier: GPL-3.0-or-later
#include "processidentity.h"

#include <QFile>
#include <QStringList>
#include <QSysInfo>

#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace Marginalia {

namespace {

QByteArray readSmallFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(4096).trimmed();
}

QString bootId()
{
    return QString::fromLatin1(readSmallFile(QStringLiteral("/proc/sys/kernel/random/boot_id")));
}

// Field 22 of /proc/PID/stat, in clock ticks since boot; empty if unknown
// or if the process is a zombie (dead, not yet reaped by its parent). The
// name in field 2 may hold spaces and parentheses, so counting starts after
// its last ')'.
QString startTime(qint64 pid, bool *zombie = nullptr)
{
    const QByteArray stat = readSmallFile(QStringLiteral("/proc/%1/stat").arg(pid));
    const int close = stat.lastIndexOf(')');
    if (close < 0)
        return {};
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    // fields[0] is field 3 (the state), so field 22 is fields[19].
    if (zombie)
        *zombie = !fields.isEmpty() && (fields.at(0) == "Z" || fields.at(0) == "X");
    return fields.size() > 19 ? QString::fromLatin1(fields.at(19)) : QString();
}

} // namespace

QString ProcessIdentity::current()
{
    const qint64 pid = getpid();
    return QStringList { QSysInfo::machineHostName(), bootId(), QString::number(pid),
                         startTime(pid) }
        .join(QLatin1Char(' '));
}

ProcessIdentity::Liveness ProcessIdentity::check(const QString &identity)
{
    const QStringList parts = identity.split(QLatin1Char(' '));
    if (parts.size() != 4 || parts.at(0) != QSysInfo::machineHostName())
        return Liveness::Unknown;
    bool ok = false;
    const qint64 pid = parts.at(2).toLongLong(&ok);
    if (!ok || pid <= 0)
        return Liveness::Unknown;
    const QString boot = bootId();
    if (!boot.isEmpty() && !parts.at(1).isEmpty() && boot != parts.at(1))
        return Liveness::Ended; // the machine restarted since
    if (kill(pid_t(pid), 0) != 0 && errno == ESRCH)
        return Liveness::Ended;
    bool zombie = false;
    const QString started = startTime(pid, &zombie);
    if (zombie)
        return Liveness::Ended;
    if (!started.isEmpty() && !parts.at(3).isEmpty())
        return started == parts.at(3) ? Liveness::Running : Liveness::Ended;
    return started.isEmpty() && parts.at(3).isEmpty() ? Liveness::Running : Liveness::Unknown;
}

} // namespace Marginalia
