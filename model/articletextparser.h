// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Marginalia {

/// Reads the plain-text article format: an optional header
/// `date YYYY[-MM[-DD]]` at the start of the first line, then the title.
/// The header and the spaces after it leave the text; the title line stays,
/// so headlines can be annotated.
class ArticleTextParser
{
public:
    struct Parsed
    {
        QString date; ///< "2022", "2022-12" or "2022-12-05"; empty without a header
        QString title; ///< the first non-blank line, trimmed
        QString text; ///< what is stored
    };

    /// \a text is decoded text with LF line ends.
    static Parsed parse(const QString &text);

    /// The first non-blank line of \a text, trimmed: the title of an article
    /// that names none.
    static QString firstLine(QStringView text);

    /// True for "YYYY", "YYYY-MM" and "YYYY-MM-DD" naming a real month and day.
    static bool isValidPartialDate(QStringView date);
};

} // namespace Marginalia
