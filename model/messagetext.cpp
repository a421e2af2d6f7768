// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagetext.h"

#include <QCoreApplication>
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

QString value(const QString &value)
{
    constexpr qsizetype MostCodePoints = 80;
    constexpr qsizetype Kept = 60;
    QString line = value;
    line.replace(QLatin1String("\r\n"), QLatin1String(" "));
    line.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    const QList<uint> codePoints = line.toUcs4();
    if (codePoints.size() <= MostCodePoints)
        return line;
    const QString kept =
        QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()), Kept);
    return QCoreApplication::translate("Marginalia::MessageText", "%1… (%n characters)", nullptr,
                                       int(codePoints.size()))
        .arg(kept);
}

} // namespace Marginalia::MessageText
