// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Marginalia {

/// An entity type: PER, LOC, ORG, MISC and whatever the project adds.
struct Label
{
    qint64 id = 0;
    QString name;
    QString color; ///< "#rrggbb"
    QString hotkey; ///< a single key, or empty
    QString description;
};

} // namespace Marginalia
