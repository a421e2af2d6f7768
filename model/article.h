// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace Marginalia {

enum class ArticleStatus { Todo = 0, InProgress = 1, Done = 2 };

/// What an importer hands to the project: the text is final once stored.
struct NewArticle
{
    QString title;
    QString date; ///< ISO 8601, possibly partial ("2022-12"), or empty
    QString source; ///< file path or URL
    QString encoding; ///< as detected at import, e.g. "UTF-8", "windows-1252"
    QString language;
    QString text; ///< decoded, BOM dropped, line ends turned into LF

    /// Quotes found at import, offsets in code points; stored with the article.
    QVector<NewQuote> quotes;

    // Filled by prepare(); importers call it off the database thread.
    QByteArray utf8;
    QString contentHash;
    qint64 length = -1;

    /// Computes the UTF-8 form, its SHA-256 (the duplicate key) and the
    /// length in code points.
    void prepare();
};

/// An article's metadata without its text, cheap enough to list by the thousand.
struct ArticleSummary
{
    qint64 id = 0;
    QString title;
    QString date;
    QString source;
    QString encoding;
    QString language;
    ArticleStatus status = ArticleStatus::Todo;
    QString contentHash; ///< SHA-256 of the UTF-8 text, hex
    qint64 length = 0; ///< in Unicode code points
    qint64 annotationCount = 0;
    qint64 quoteCount = 0;
    QString importedAt;
};

/// What the window's article list holds of an article: what it shows and
/// sorts by. The source (a tooltip) is read when asked for; the hash,
/// encoding and import time stay in the file. Two strings a row instead of
/// seven read a 100,000-article list in a fraction of the time.
struct ArticleListRow
{
    qint64 id = 0;
    QString title;
    QString date;
    QString source;
    ArticleStatus status = ArticleStatus::Todo;
    qint64 annotationCount = 0;
    qint64 quoteCount = 0;
};

/// An article with its stored text.
struct Article
{
    ArticleSummary summary;
    QString text;
};

} // namespace Marginalia
