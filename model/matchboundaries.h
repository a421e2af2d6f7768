// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

struct UBreakIterator;

namespace Marginalia {

/// Where a whole-word match may start and end in one text, asked only at the
/// positions where a name was found (a full ICU word-break pass over a 1 MB
/// article costs about 10 ms; a few thousand questions cost far less). The
/// rules are ICU's word boundaries, as the window's WordBoundaries uses them,
/// with these changes:
/// - French elision: a match may start after an elided prefix, as "Élysée" in
///   "l’Élysée" or "Alger" in "d'Alger" (FrenchElision's rule), though ICU
///   makes "l’Élysée" one word.
/// - English possessive: a match may end before ’s or 's, as "Poutine" in
///   "Poutine’s army", though ICU makes "Poutine’s" one word.
/// - Scripts written without spaces (Han, Hiragana, Katakana, and those ICU
///   breaks with a dictionary: Thai, Lao, Khmer, Myanmar…): ICU's dictionary
///   does not know most names (普京 comes out as 普 + 京), so any position
///   between two characters of those scripts counts as a boundary, as long as
///   it does not split a character from its marks. 普京 is found in
///   "普京习近平"; a name in those scripts may also be found inside a longer
///   word, the price of not knowing where their words end.
/// - A position never splits a surrogate pair, nor a character from the marks,
///   format characters or joiners after it.
/// A position between a letter of these scripts and a letter of a spaced
/// script ("iPhone手机") is ICU's to decide.
class MatchBoundaries
{
public:
    /// Keeps a view of \a text, which must outlive this object.
    explicit MatchBoundaries(QStringView text);
    ~MatchBoundaries();
    MatchBoundaries(const MatchBoundaries &) = delete;
    MatchBoundaries &operator=(const MatchBoundaries &) = delete;

    /// Whether a match may start at UTF-16 index \a position.
    bool canStart(qsizetype position);
    /// Whether a match may end at UTF-16 index \a position (exclusive end).
    bool canEnd(qsizetype position);

    /// Characters of scripts written without spaces between words.
    static bool isNoSpaceScript(char32_t c);

private:
    enum class Edge { Start, End };
    bool isEdge(qsizetype position, Edge edge);
    enum class Quick { Boundary, NoBoundary, AskIcu };
    static Quick quickAnswer(char32_t before, char32_t after);
    bool isIcuBoundary(qsizetype position);
    bool followsElidedPrefix(qsizetype position);
    bool precedesPossessive(qsizetype position);
    char32_t codePointAt(qsizetype position) const;
    char32_t codePointBefore(qsizetype position) const;

    QStringView m_text;
    UBreakIterator *m_iterator = nullptr; ///< opened the first time ICU is asked
    bool m_iteratorFailed = false;
};

} // namespace Marginalia
