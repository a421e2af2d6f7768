// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagetext.h"

#include <QStringList>

namespace Marginalia::MessageText {

QString oneLine(const QString &text, int maxLength)
{
    QString line = text;
    line.remove(QLatin1String("*** in database main ***"));
    line.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    line.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    line.replace(QLatin1Char('\t'), QLatin1Char(' '));
    const QStringList parts = line.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QStringList kept;
    for (const QString &part : parts) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            kept.append(trimmed);
    }
    line = kept.join(QLatin1String("; "));
    if (maxLength > 1 && line.size() > maxLength) {
        int cut = maxLength - 1;
        // Never split a surrogate pair.
        if (line.at(cut - 1).isHighSurrogate())
            --cut;
        line = line.left(cut) + QChar(0x2026);
    }
    return line;
}

} // namespace Marginalia::MessageText
