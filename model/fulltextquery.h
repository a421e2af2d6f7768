// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace Marginalia {

/// SQLite FTS5 MATCH expressions for a full-text index built with Tokenizer.
/// The index only narrows down the articles that NameMatcher then reads: a
/// query must find every article in which NameMatcher (folding on) finds the
/// term, and may find more.
class FullTextQuery
{
public:
    /// The tokenizer the article index must use: tokenize='…' in its CREATE
    /// VIRTUAL TABLE, so that what phrase() builds holds.
    static constexpr char Tokenizer[] = "unicode61 remove_diacritics 2";

    /// The term as a MATCH expression: a quoted phrase of its tokens, built
    /// from its folded form; or an empty string when the index cannot be
    /// trusted to find every article NameMatcher would match, and the caller
    /// must read every article instead. Measured with SQLite 3.40 (see
    /// tst_fulltextquery, which checks every code point):
    /// - unicode61 lower-cases and, with remove_diacritics 2, removes the
    ///   accents of Latin letters, composed or not, as NameMatcher does. It
    ///   keeps ß, the ligatures ﬀ ﬁ ﬂ ﬃ ﬄ and the Cyrillic letters ё й ї ў ѓ ќ,
    ///   which NameMatcher folds to ss, ff…, е и і у г к: for those the
    ///   expression is an OR of the phrase's spellings ("strauss" OR
    ///   "strauß"), or, past 16 spellings, an AND of each token's spellings.
    ///   A term with too many spellings (more than 32 for one token) is
    ///   refused.
    /// - Refused: terms with characters of any script but Latin and Cyrillic
    ///   (digits, punctuation and symbols are fine). Greek: unicode61 keeps
    ///   tonos and polytonic accents (ΜΗΤΣΟΤΑΚΗΣ is not μητσοτάκης to it).
    ///   Arabic, Hebrew and the Indic scripts: it splits words at harakat,
    ///   niqqud and vowel signs. Han, kana, Thai and the other scripts written
    ///   without spaces: it makes one token of a whole run, where NameMatcher
    ///   finds a name inside it. And terms with no letter or digit at all
    ///   (emoji): they have no token.
    /// Not covered (NameMatcher finds the term in the article, the query does
    /// not): article text holding Latin letters the language of no news
    /// article uses (ǡ ǣ ǽ ǯ ǿ ŉ ẚ, ﬅ ﬆ, capitals added to Unicode after
    /// version 6, which unicode61 does not lower-case), Cyrillic letters of
    /// non-Slavic alphabets or of Bulgarian and Macedonian stress marks
    /// (ӑ ӓ ӗ ӛ ӝ ӟ ӣ ӥ ӧ ӫ ӭ ӯ ӱ ӳ ӵ ӹ ѷ ӂ ѐ ѝ, old Cyrillic ᲀ–ᲈ),
    /// combining marks other than the accents of European letters inside a word; a name glued to a
    /// letter or number of another kind, which ICU parts and unicode61 does not ("iPhone手机",
    /// "Macron¹"); and an elision written with U+02BC, a letter to unicode61 ("lʼÉlysée" is one
    /// token).
    static QString phrase(QStringView term);

    /// A search box's text as a MATCH expression that is never a syntax
    /// error: each word becomes a quoted token string, text in double quotes
    /// a quoted phrase (an unclosed quote runs to the end), all ANDed; FTS5
    /// operators, column filters, prefixes (*) and NEAR are plain text.
    /// Words with no letter or digit are left out. Empty when nothing is
    /// left: the caller shows no results.
    static QString userQuery(QStringView typed);
};

} // namespace Marginalia
