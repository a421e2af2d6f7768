// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Marginalia::AnnotatorName {

/// The name recorded on an edit when none is given: the one chosen in the
/// window's Preferences, which both front ends read from the user's
/// settings (so a script run by the same analyst signs as the window does),
/// or else the login name. The login name is empty on some systems, which
/// is why the window asks once.
QString preferred();

/// Whether a name was chosen in the window, so it need not be asked again.
bool isChosen();

/// Keeps \a name (trimmed) for both front ends; an empty name forgets it.
void setPreferred(const QString &name);

/// $USER, or %USERNAME% on Windows; may be empty.
QString login();

} // namespace Marginalia::AnnotatorName
