// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace Marginalia {

/// Reads an article's date as news exports write it and gives it the way
/// articles keep it: ISO 8601, "YYYY-MM-DD", or "YYYY-MM" / "YYYY" when only
/// that much is known (issue 12, defect 18: French CSV exports' 05/12/2022
/// was refused). Understood:
/// - ISO dates and date-times (2022-12-05, 2022-12, 2022, 2022-12-05T10:00Z);
/// - numeric dates with the year last, separated by / . or - (05/12/2022,
///   5.12.2022), read day first or month first as the caller says, unless
///   one field is over 12 and so can only be the day;
/// - day, month name and year in French or English, with or without the
///   weekday, accents, ordinals or a time after it ("lundi 5 décembre
///   2022", "1er déc. 2022", "December 5, 2022", "5th Dec 2022 10:00");
/// - RFC 2822 as RSS writes it ("Mon, 05 Dec 2022 10:00:00 +0100"), kept as
///   the day written, whatever the offset;
/// - a month name and year ("décembre 2022").
class ArticleDate
{
public:
    enum class Order { DayFirst, MonthFirst };

    static std::optional<QString> toIso(QStringView value, Order order = Order::DayFirst);
    /// A numeric date both orders read as valid different days (01/02/2024).
    static bool isAmbiguous(QStringView value);
    /// The order a set of dates must be read in: the first that some value
    /// can only be read in (13/02/2024: day first), else \a fallback.
    template<typename Values> static Order orderOf(const Values &values, Order fallback)
    {
        for (const auto &value : values) {
            if (const std::optional<Order> only = onlyOrder(value))
                return *only;
        }
        return fallback;
    }

private:
    static std::optional<Order> onlyOrder(QStringView value);
};

} // namespace Marginalia
