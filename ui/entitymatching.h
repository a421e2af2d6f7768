// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Marginalia {

/// How the window matches typed text to entity names and aliases.
class EntityMatching
{
public:
    /// \a text folded for comparison: NFC, case folded and, with
    /// \a foldAccents (the project's choice), accents removed.
    static QString key(QStringView text, bool foldAccents = true);
};

} // namespace Marginalia
