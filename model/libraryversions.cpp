// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryversions.h"

#include <sqlite3.h>
#include <unicode/uversion.h>

namespace Marginalia {

QString LibraryVersions::qt()
{
    return QString::fromLatin1(qVersion());
}

QString LibraryVersions::sqlite()
{
    return QString::fromLatin1(sqlite3_libversion());
}

QString LibraryVersions::icu()
{
    UVersionInfo version;
    u_getVersion(version);
    char text[U_MAX_VERSION_STRING_LENGTH] = {};
    u_versionToString(version, text);
    return QString::fromLatin1(text);
}

} // namespace Marginalia
