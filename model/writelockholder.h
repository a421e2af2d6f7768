// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Marginalia {

/// The process that holds a project's write lock, found from the kernel's
/// table of file locks (/proc/locks), so that an edit refused with "database
/// is locked" can say who is writing. Reads only /proc and stats the
/// project's files: it never opens them (closing a descriptor of a project
/// file would drop this process's own SQLite locks on it).
class WriteLockHolder
{
    Q_DECLARE_TR_FUNCTIONS(WriteLockHolder)
public:
    qint64 pid = 0;
    QString program; ///< the process's name, as /proc/PID/comm gives it
    bool thisProcess = false; ///< another connection of this program (a background job)

    /// The holder of the write lock of the project at \a projectPath now;
    /// nullopt if none is held or the system cannot tell.
    static std::optional<WriteLockHolder> find(const QString &projectPath);

    /// "marginalia-cli (process 4321)", or what this process is doing.
    QString describe() const;
};

} // namespace Marginalia
