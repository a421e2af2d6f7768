// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Marginalia {

/// A name or other value the user gave, fit for a one-line message: line
/// breaks become spaces, and past 80 code points it is cut (never inside a
/// surrogate pair) and ends with "…" and its length, so a 10,000-character
/// entity name does not make a 10,000-character error.
QString messageValue(const QString &value);

} // namespace Marginalia
