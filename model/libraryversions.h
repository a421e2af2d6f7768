// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Marginalia {

/// The versions of the libraries the program runs with (not was built
/// with), for Help ▸ About and bug reports.
class LibraryVersions
{
public:
    static QString qt();
    static QString sqlite();
    static QString icu();
};

} // namespace Marginalia
