// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Marginalia {

/// What the window does when an edit finds the project locked by another
/// program's write: the session asks it whether to try the edit again, so
/// an edit is stored late rather than lost, and never shown as done before
/// it is stored.
class WriteWaiter
{
public:
    virtual ~WriteWaiter() = default;
    /// The edit failed because another connection to \a projectPath is
    /// writing (\a message names it if it can). Returns when the edit
    /// should be tried again (true), or when the user gave it up (false).
    virtual bool waitForWriter(const QString &projectPath, const QString &message) = 0;
    /// The edit that waited went through, or was given up for another reason.
    virtual void writerGone() = 0;
};

} // namespace Marginalia
