// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagevalue.h"

#include <QCoreApplication>

namespace Marginalia {

QString messageValue(const QString &value)
{
    constexpr qsizetype MostCodePoints = 80;
    constexpr qsizetype Kept = 60;
    QString oneLine = value;
    oneLine.replace(QLatin1String("\r\n"), QLatin1String(" "));
    oneLine.replace(QLatin1Char('\n'), QLatin1Char(' '))
        .replace(QLatin1Char('\r'), QLatin1Char(' '));
    const QList<uint> codePoints = oneLine.toUcs4();
    if (codePoints.size() <= MostCodePoints)
        return oneLine;
    const QString kept =
        QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()), Kept);
    return QCoreApplication::translate("Marginalia::MessageValue", "%1… (%n characters)", nullptr,
                                       int(codePoints.size()))
        .arg(kept);
}

} // namespace Marginalia
