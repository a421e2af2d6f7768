// SPDX-License-Identifier: GPL-3.0-or-later
#include "articledate.h"

#include "articletextparser.h"
#include "textnormalizer.h"

#include <QDate>
#include <QRegularExpression>

#include <array>

namespace Marginalia {

namespace {

struct Numeric
{
    int first = 0;
    int second = 0;
    int year = 0;
};

std::optional<Numeric> numeric(QStringView value)
{
    // The year last, then nothing or a time.
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4})(?:[ T,].*)?$"));
    const QRegularExpressionMatch match = pattern.match(value.trimmed().toString());
    if (!match.hasMatch())
        return std::nullopt;
    return Numeric { match.capturedView(1).toInt(), match.capturedView(3).toInt(),
                     match.capturedView(4).toInt() };
}

QString iso(int year, int month, int day)
{
    return QDate(year, month, day).toString(Qt::ISODate);
}

/// 1..12 for a month's name or its usual abbreviation, folded (case,
/// accents), in French or English; 0 for anything else.
int monthNamed(QStringView folded)
{
    static const std::array<QStringList, 12> names { {
        { QStringLiteral("janvier"), QStringLiteral("janv"), QStringLiteral("january"),
          QStringLiteral("jan") },
        { QStringLiteral("fevrier"), QStringLiteral("fevr"), QStringLiteral("fev"),
          QStringLiteral("february"), QStringLiteral("feb") },
        { QStringLiteral("mars"), QStringLiteral("march"), QStringLiteral("mar") },
        { QStringLiteral("avril"), QStringLiteral("avr"), QStringLiteral("april"),
          QStringLiteral("apr") },
        { QStringLiteral("mai"), QStringLiteral("may") },
        { QStringLiteral("juin"), QStringLiteral("june"), QStringLiteral("jun") },
        { QStringLiteral("juillet"), QStringLiteral("juil"), QStringLiteral("july"),
          QStringLiteral("jul") },
        { QStringLiteral("aout"), QStringLiteral("august"), QStringLiteral("aug") },
        { QStringLiteral("septembre"), QStringLiteral("sept"), QStringLiteral("september"),
          QStringLiteral("sep") },
        { QStringLiteral("octobre"), QStringLiteral("october"), QStringLiteral("oct") },
        { QStringLiteral("novembre"), QStringLiteral("november"), QStringLiteral("nov") },
        { QStringLiteral("decembre"), QStringLiteral("dec"), QStringLiteral("december") },
    } };
    for (int month = 0; month < 12; ++month) {
        if (names[month].contains(folded))
            return month + 1;
    }
    return 0;
}

std::optional<QString> named(QStringView value)
{
    const QString folded = TextNormalizer::normalize(value.trimmed());
    // An optional weekday, the day (1er, 5th), the month, the year, then
    // nothing or a time.
    static const QRegularExpression dayFirst(QStringLiteral(
        "^(?:\\w+\\.?,?\\s+)?(\\d{1,2})(?:er|st|nd|rd|th)?\\.?\\s+(\\w+)\\.?,?\\s+(\\d{4})"
        "(?:[\\s,].*)?$"));
    static const QRegularExpression monthFirst(
        QStringLiteral("^(?:\\w+\\.?,?\\s+)?(\\w+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})("
                       "?:[\\s,].*)?$"));
    static const QRegularExpression monthOnly(QStringLiteral("^(\\w+)\\.?\\s+(\\d{4})$"));
    if (const QRegularExpressionMatch m = dayFirst.match(folded); m.hasMatch()) {
        const int month = monthNamed(m.capturedView(2));
        const QDate date(m.capturedView(3).toInt(), month, m.capturedView(1).toInt());
        if (month > 0 && date.isValid())
            return date.toString(Qt::ISODate);
    }
    if (const QRegularExpressionMatch m = monthFirst.match(folded); m.hasMatch()) {
        const int month = monthNamed(m.capturedView(1));
        const QDate date(m.capturedView(3).toInt(), month, m.capturedView(2).toInt());
        if (month > 0 && date.isValid())
            return date.toString(Qt::ISODate);
    }
    if (const QRegularExpressionMatch m = monthOnly.match(folded); m.hasMatch()) {
        if (const int month = monthNamed(m.capturedView(1)); month > 0)
            return QStringLiteral("%1-%2")
                .arg(m.capturedView(2).toString())
                .arg(month, 2, 10, QLatin1Char('0'));
    }
    return std::nullopt;
}

} // namespace

std::optional<QString> ArticleDate::toIso(QStringView value, Order order)
{
    const QStringView date = value.trimmed();
    if (ArticleTextParser::isValidPartialDate(date))
        return date.toString();
    // A date-time (2022-12-05T10:00:00Z, 2022-12-05 10:00): the day is what articles keep.
    if (date.size() > 10 && (date.at(10) == QLatin1Char('T') || date.at(10) == QLatin1Char(' '))
        && ArticleTextParser::isValidPartialDate(date.left(10)))
        return date.left(10).toString();
    if (const std::optional<Numeric> n = numeric(date)) {
        const std::optional<Order> only = onlyOrder(date);
        const bool dayFirst = only ? *only == Order::DayFirst : order == Order::DayFirst;
        const int day = dayFirst ? n->first : n->second;
        const int month = dayFirst ? n->second : n->first;
        if (QDate(n->year, month, day).isValid())
            return iso(n->year, month, day);
        return std::nullopt;
    }
    return named(date);
}

bool ArticleDate::isAmbiguous(QStringView value)
{
    const std::optional<Numeric> n = numeric(value);
    return n && n->first != n->second && n->first >= 1 && n->first <= 12 && n->second >= 1
        && n->second <= 12;
}

std::optional<ArticleDate::Order> ArticleDate::onlyOrder(QStringView value)
{
    const std::optional<Numeric> n = numeric(value);
    if (!n)
        return std::nullopt;
    if (n->first > 12 && n->second <= 12)
        return Order::DayFirst;
    if (n->second > 12 && n->first <= 12)
        return Order::MonthFirst;
    return std::nullopt;
}

} // namespace Marginalia
