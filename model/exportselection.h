// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "article.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

#include <optional>

namespace Marginalia {

/// Which articles and which spans an export writes. The default selects
/// everything: every article, every label and the quotes.
///
/// Dates: an article's date may be partial ("2022", "2022-12"); it stands for
/// every day of that year or month, and the article is selected when that
/// period meets the range [from, to] (bounds are partial dates too: "from
/// 2022-12" means from 2022-12-01, "to 2022" up to 2022-12-31). So with
/// from = 2022-12-15, an article dated "2022-12" is in, one dated
/// "2022-11" is out. Articles without a date are left out as soon as either
/// bound is set.
struct ExportSelection
{
    Q_DECLARE_TR_FUNCTIONS(ExportSelection)
public:
    QVector<qint64> articleIds; ///< empty: every article
    QVector<ArticleStatus> statuses; ///< empty: any status
    QString from; ///< YYYY[-MM[-DD]], empty: no lower bound
    QString to; ///< YYYY[-MM[-DD]], empty: no upper bound
    /// Label names (any case); nullopt: every label.
    std::optional<QStringList> labels;
    bool quotes = true; ///< quotes are written as spans of kind "quote", label QUOTE

    /// The pseudo-label that stands for quotes in label lists (CLI, dialog).
    static QString quoteLabel() { return QStringLiteral("QUOTE"); }

    bool restrictsArticles() const
    {
        return !articleIds.isEmpty() || !statuses.isEmpty() || !from.isEmpty() || !to.isEmpty();
    }
    bool includesLabel(const QString &name) const
    {
        return !labels || labels->contains(name, Qt::CaseInsensitive);
    }

    /// The first day \a date (YYYY[-MM[-DD]]) can stand for, "2022-12" -> "2022-12-01".
    static QString firstDay(const QString &date);
    /// The last day it can stand for, "2022-12" -> "2022-12-31" (31 for every
    /// month: a bound, compared as text, never a real date).
    static QString lastDay(const QString &date);

    /// Checks the dates and their order; a message naming the bad value otherwise.
    bool validate(QString *error) const;

    /// "todo", "in-progress", "done": the names the CLI and the exports use.
    static QString statusName(ArticleStatus status);
    static std::optional<ArticleStatus> statusFromName(QStringView name);
};

} // namespace Marginalia
