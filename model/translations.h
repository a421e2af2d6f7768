// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

class QCoreApplication;

namespace Marginalia::Translations {

/// Loads the user interface translation for \a locale (the system's by
/// default): ours, or our English one for a language we do not ship (its
/// plural forms turn "%n article(s)" into "1 article"), and Qt's own
/// catalogue for the standard buttons, file dialogs and key names when
/// Debian's qt6-translations-l10n has it. Both front ends call this before
/// they print or show anything.
void install(QCoreApplication &app, const QLocale &locale = QLocale());

} // namespace Marginalia::Translations
