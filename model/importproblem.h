// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Marginalia {

/// One file (or one row of a file) an import did not take, with the reason
/// in words a user can act on.
struct ImportProblem
{
    enum class Kind {
        Rejected, ///< could not be imported (empty, binary, too large, unreadable...)
        Skipped, ///< deliberately left out (a duplicate of a stored article)
        Warning, ///< imported, with something left out (an invalid date)
    };
    Kind kind = Kind::Rejected;
    QString path;
    QString reason;
    qsizetype line = 0; ///< the row's physical line in a table file, from 1; 0 for whole files

    /// "path: reason" or "path:line: reason", the line the CLI prints and the window lists.
    QString toString() const
    {
        return (line > 0 ? path + QLatin1Char(':') + QString::number(line) : path)
            + QLatin1String(": ") + reason;
    }
};

} // namespace Marginalia
