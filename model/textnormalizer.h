// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>
#include <QVector>

namespace Marginalia {

/// The one normalisation used wherever a text is matched against entity names
/// and aliases, so that `CHOÏGOU`, `Choigou` and a decomposed `Choi\u0308gou`
/// meet. All steps are ICU's:
/// 1. NFC, always: composed and decomposed spellings are one text.
/// 2. Full case folding (foldCase), not lower-casing: ß and ẞ → ss, ﬁ → fi,
///    Σ σ ς → σ (Greek final sigma folds like any sigma), Cyrillic and
///    Armenian cases meet. The default (non-Turkic) folding: I → i and
///    İ → i + U+0307 (i after accent folding), while dotless ı stays ı, so a
///    Turkish `ISPARTA` meets `isparta` but not `ısparta`.
/// 3. Accent folding (foldAccents): NFD, every nonspacing mark (Mn) dropped,
///    NFC again. é → e, ï → i, ñ → n, й → и, ё → е, ά → α; letters
///    without a decomposition stay: ø, ł, đ, æ, œ. Mn also covers Arabic
///    harakat and shadda and Hebrew niqqud (a pointed name meets the unpointed
///    one), the virama and several vowel signs of Indic scripts, Thai vowels
///    and tone marks above and below the line, and the variation selector
///    U+FE0F after an emoji: all dropped. Spacing marks (Mc) stay.
/// Emoji and every other character outside the BMP go through unchanged unless
/// ICU folds them (Deseret, Adlam and a few other cased scripts).
class TextNormalizer
{
public:
    struct Options
    {
        bool foldCase = true;
        bool foldAccents = true;
    };

    /// A stretch of the source that normalises to a text whose UTF-16 units do
    /// not correspond one to one with the source's: a decomposed sequence
    /// ("e\u0301" → "e"), a length change (ß → ss, ﬃ → ffi) or marks dropped.
    /// Everything between two such segments maps unit for unit.
    struct Segment
    {
        qsizetype textStart;
        qsizetype textEnd;
        qsizetype sourceStart;
        qsizetype sourceEnd;
    };

    /// A normalised text with its map back to the source. Normalisation works
    /// per normalisation segment (a starter that nothing before it composes
    /// with, and the combining characters after it); a segment boundary in the
    /// text maps to exactly one source index. An index inside a segment's text
    /// (between the two s of ß → ss, after the f of ﬁ → fi) has no source
    /// index of its own: sourceStart() and sourceEnd() widen it to the whole
    /// segment, and isBoundary() tells whether that happened. NameMatcher
    /// rejects matches that start or end inside a segment, so "s" never matches
    /// half of a ß.
    struct Mapped
    {
        QString text;
        /// The segments that are not unit-for-unit copies, in text order.
        QVector<Segment> segments;

        /// The source index where text index \a textIndex starts
        /// (0 <= textIndex <= text.size()); inside a segment, the segment's start.
        qsizetype sourceStart(qsizetype textIndex) const;
        /// The source index where a span of the text ending at \a textEnd ends;
        /// inside a segment, the segment's end. Marks dropped right after
        /// \a textEnd belong to the character before them and to the span, but
        /// not to a span that starts there: sourceStart() skips them.
        qsizetype sourceEnd(qsizetype textEnd) const;
        /// Whether \a textIndex lies between two segments (or at an end of
        /// the text), so that it maps to the source exactly. Between the two
        /// halves of a surrogate pair is not a boundary.
        bool isBoundary(qsizetype textIndex) const;
    };

    static QString normalize(QStringView text);
    static QString normalize(QStringView text, Options options);

    /// The same text as normalize(), with the map back to \a text. Runs over a
    /// whole article when it is shown: code units below U+0300 with no mark
    /// after them take a table lookup; ICU is called once per segment only
    /// for the rest, and per-character results are cached per 256-character
    /// block.
    static Mapped normalizeWithMap(QStringView text);
    static Mapped normalizeWithMap(QStringView text, Options options);
};

} // namespace Marginalia
