// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "article.h"

#include <QString>

#include <optional>

namespace Marginalia {

/// What the article list is narrowed to: the analyst's worklist. Every part
/// is optional and the parts combine; texts are matched by the project's one
/// normalisation (TextNormalizer), so case and accents never matter.
struct ArticleFilter
{
    enum class Presence { Any, With, Without };
    /// labelId meaning the article's quotes rather than a label's mentions.
    static constexpr qint64 QuotesLabel = -1;

    QString title; ///< found in the title
    std::optional<ArticleStatus> status;
    QString dateFrom; ///< ISO 8601 day, empty for no lower bound
    QString dateTo; ///< ISO 8601 day, empty for no upper bound
    QString source; ///< found in the source
    qint64 labelId = 0; ///< a label, or QuotesLabel; with labelPresence
    Presence labelPresence = Presence::Any;
    std::optional<QString> annotator; ///< articles with a mention by them ("" is nobody named)

    bool hasDates() const { return !dateFrom.isEmpty() || !dateTo.isEmpty(); }
    bool hasLabel() const { return labelId != 0 && labelPresence != Presence::Any; }
    bool isEmpty() const;

    /// Whether an article dated \a date (ISO 8601, possibly partial:
    /// "2022", "2022-12") falls in [from, to]: a partial date counts when
    /// its year or month overlaps the range. An undated article is outside
    /// any range.
    static bool dateInRange(QStringView date, const QString &from, const QString &to);

    friend bool operator==(const ArticleFilter &a, const ArticleFilter &b);
    friend bool operator!=(const ArticleFilter &a, const ArticleFilter &b) { return !(a == b); }
};

} // namespace Marginalia
