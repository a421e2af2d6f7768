// SPDX-License-Identifier: GPL-3.0-or-later
#include "articletextparser.h"

#include <QDate>

namespace Marginalia {

namespace {

bool isHorizontalSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QChar(0x00A0);
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// Length of the header at the start of text (leading spaces, "date", the
// date and the spaces after it), or 0 when the first line has none.
qsizetype headerLength(const QString &text, QString *date)
{
    qsizetype i = 0;
    const qsizetype size = text.size();
    while (i < size && isHorizontalSpace(text.at(i)))
        ++i;
    if (QStringView(text).mid(i, 4) != QLatin1String("date"))
        return 0;
    i += 4;
    const qsizetype afterKeyword = i;
    while (i < size && isHorizontalSpace(text.at(i)))
        ++i;
    if (i == afterKeyword)
        return 0;
    const qsizetype dateStart = i;
    while (i < size && (isAsciiDigit(text.at(i)) || text.at(i) == QLatin1Char('-')))
        ++i;
    const QStringView candidate = QStringView(text).mid(dateStart, i - dateStart);
    if (!ArticleTextParser::isValidPartialDate(candidate))
        return 0;
    if (i < size && !isHorizontalSpace(text.at(i)) && text.at(i) != QLatin1Char('\n'))
        return 0; // "date 2022-12x" is a title that happens to start so
    while (i < size && isHorizontalSpace(text.at(i)))
        ++i;
    // A header alone on its line takes its line end with it.
    if (i < size && text.at(i) == QLatin1Char('\n'))
        ++i;
    *date = candidate.toString();
    return i;
}

} // namespace

ArticleTextParser::Parsed ArticleTextParser::parse(const QString &text)
{
    Parsed parsed;
    const qsizetype header = headerLength(text, &parsed.date);
    parsed.text = header > 0 ? text.mid(header) : text;
    parsed.title = firstLine(parsed.text);
    return parsed;
}

QString ArticleTextParser::firstLine(QStringView text)
{
    qsizetype lineStart = 0;
    while (lineStart < text.size()) {
        qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        const QStringView line = text.mid(lineStart, lineEnd - lineStart).trimmed();
        if (!line.isEmpty())
            return line.toString();
        lineStart = lineEnd + 1;
    }
    return QString();
}

bool ArticleTextParser::isValidPartialDate(QStringView date)
{
    const auto digits = [](QStringView s) {
        for (const QChar c : s) {
            if (!isAsciiDigit(c))
                return false;
        }
        return true;
    };
    if (date.size() != 4 && date.size() != 7 && date.size() != 10)
        return false;
    if (!digits(date.left(4)))
        return false;
    const int year = date.left(4).toInt();
    if (year < 1)
        return false; // there is no year 0, and QDate agrees
    if (date.size() == 4)
        return true;
    if (date.at(4) != QLatin1Char('-') || !digits(date.mid(5, 2)))
        return false;
    const int month = date.mid(5, 2).toInt();
    if (month < 1 || month > 12)
        return false;
    if (date.size() == 7)
        return true;
    if (date.at(7) != QLatin1Char('-') || !digits(date.mid(8, 2)))
        return false;
    return QDate(year, month, date.mid(8, 2).toInt()).isValid();
}

} // namespace Marginalia
