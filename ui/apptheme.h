// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "preferences.h"

#include <QPalette>

namespace Marginalia {

/// Light, dark or the desktop's look for the whole application, applied at
/// once (the view's colours follow palette changes). Qt 6.4 cannot ask the
/// platform for a dark scheme, so Light and Dark use the Fusion style with
/// palettes of their own; System puts back the style and palette the
/// application started with.
class AppTheme
{
public:
    static void apply(Preferences::Theme theme);
    static QPalette darkPalette();
    static QPalette lightPalette();
};

} // namespace Marginalia
