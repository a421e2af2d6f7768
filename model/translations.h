// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCoreApplication;

namespace Marginalia::Translations {

/// Loads the user interface translation for the system locale, if we ship one.
/// Both front ends call this before they print or show anything.
void install(QCoreApplication &app);

} // namespace Marginalia::Translations
