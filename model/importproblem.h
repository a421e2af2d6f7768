// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Marginalia {

/// One file an import did not take, with the reason in words a user can act on.
struct ImportProblem
{
    enum class Kind {
        Rejected, ///< could not be imported (empty, binary, too large, unreadable...)
        Skipped, ///< deliberately left out (a duplicate of a stored article)
    };
    Kind kind = Kind::Rejected;
    QString path;
    QString reason;

    /// "path: reason", the line the CLI prints and the window lists.
    QString toString() const { return path + QLatin1String(": ") + reason; }
};

} // namespace Marginalia
