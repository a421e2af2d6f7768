// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVector>

#include <utility>

struct UBreakIterator;

namespace Marginalia {

/// The words of an article, for the annotation window: a selection snaps to
/// whole words, and Shift+arrow widens or narrows an annotation by one word.
/// ICU's word break rules and rule status decide what a word is, with these
/// changes and choices:
/// - A French elided article or pronoun (l’ d’ j’ m’ n’ s’ t’ c’ qu’ jusqu’
///   lorsqu’ puisqu’ quoiqu’ presqu’, any case, ’ or ' or ʼ) before a vowel or
///   h is not part of the word: selecting in "l’Élysée" gives "Élysée". Only
///   those prefixes, and only before a vowel, as French elides: "aujourd’hui",
///   "O’Brien", "N’Djamena" and "don't" stay whole, and so does "presqu’île",
///   a word of its own. The rule is FrenchElision's, shared with NameMatcher.
/// - A hyphen joins a compound into one word, unlike ICU: a selection inside
///   "Pierre" of "Jean-Pierre" gives "Jean-Pierre", as in "SUD-Rail",
///   "Saint-Denis", "COVID-19", "l’Île-de-France" (after its elided "l’").
///   Numbers on both sides stay apart ("2024-05-01"), and so do words
///   around a dash (– —). Apostrophes inside a name keep it whole as ICU
///   does ("O’Brien", "N'Diaye"). The window's modifier selects exactly.
/// - Digit groups joined by a no-break or thin space (French thousands,
///   "200 000") are one number, as ICU already makes them with the narrow
///   no-break space. An ordinary space joins nothing: "en 2019 200 blessés".
/// - Emoji, symbols (%, €) and punctuation are not words: trimmed at the edges
///   of a selection, kept inside it; a selection of nothing else snaps to
///   nothing. The window's modifier turns snapping off to tag them.
/// - Chinese and Japanese words are those of ICU's dictionary, which does not
///   know every name: 普京 comes out as two words of one character.
/// Offsets are UTF-16 indices. Each one returned is an ICU word boundary or the
/// point after an elided apostrophe, so never inside a surrogate pair nor
/// between a letter and its combining marks.
class WordBoundaries
{
public:
    explicit WordBoundaries(const QString &locale = QString());
    ~WordBoundaries();
    WordBoundaries(const WordBoundaries &) = delete;
    WordBoundaries &operator=(const WordBoundaries &) = delete;

    /// Reads the whole text once; keeps no reference to it afterwards.
    void setText(const QString &text);

    /// Snaps [start, end) outward to whole words, then trims what is not a word
    /// at both edges; everything between the first and the last word stays. An
    /// empty selection gives the word it is in or touches, the one after it if
    /// it touches two; a selection only in an elided prefix gives its word.
    /// start > end is read as the reverse selection. Returns {start, end} with
    /// start < end, or {-1, -1} if the selection holds no word.
    std::pair<qsizetype, qsizetype> snap(qsizetype start, qsizetype end) const;

    /// The first word that starts at or after \a from, or {-1, -1}.
    std::pair<qsizetype, qsizetype> nextWord(qsizetype from) const;
    /// The last word that ends at or before \a before, or {-1, -1}.
    std::pair<qsizetype, qsizetype> previousWord(qsizetype before) const;

private:
    struct Span
    {
        qsizetype start;
        qsizetype end;
        bool elided; ///< an elided prefix such as "l’", always followed by its word
    };

    UBreakIterator *m_iterator = nullptr;
    qsizetype m_length = 0;
    QVector<Span> m_spans; ///< words and elided prefixes, in text order, not overlapping
};

} // namespace Marginalia
