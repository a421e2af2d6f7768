// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>
#include <QtGlobal>

namespace Marginalia {

struct CsvOptions
{
    bool byteOrderMark = false; ///< for Excel, which otherwise guesses the code page
    bool excelSafe = false; ///< neutralise cells Excel would run as formulas
    QChar delimiter = QLatin1Char(',');
    /// Code points of text each side of a span in the annotations CSV.
    qint64 contextLength = 40;
    static constexpr qint64 MaxContextLength = 1000;
};

} // namespace Marginalia
