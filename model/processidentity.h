// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Marginalia {

/// Names a running process so that another process can later tell whether
/// it is still running: host, boot, process id and the moment the process
/// started (a process id alone is reused). Stored with work that must be
/// undone if its process dies midway (an import run).
class ProcessIdentity
{
public:
    enum class Liveness {
        Running,
        Ended,
        Unknown, ///< another host, or a system where it cannot be told
    };

    /// This process, as a short line of text.
    static QString current();
    /// Whether the process \a identity (from current()) still runs.
    static Liveness check(const QString &identity);
};

} // namespace Marginalia
