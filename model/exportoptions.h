// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>

namespace Marginalia {

struct CsvOptions
{
    bool byteOrderMark = false; ///< for Excel, which otherwise guesses the code page
    bool excelSafe = false; ///< neutralise cells Excel would run as formulas
    QChar delimiter = QLatin1Char(',');
};

} // namespace Marginalia
