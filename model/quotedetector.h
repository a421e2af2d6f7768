// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVector>

namespace Marginalia {

class CueLexicon;

/// A stretch of direct speech found in a text. Offsets are UTF-16 indices
/// into the text given to QuoteDetector::detect, half-open.
struct DetectedQuote
{
    /// The words inside the outer quotation marks: neither the marks nor the
    /// spaces next to them. For a block quote, the quoted paragraph, trimmed.
    qsizetype start = 0, end = 0;
    /// The cue: the speech verb with its auxiliary and its subject when the
    /// subject is in the same clause ("a déclaré le commandant … Serhiy Nayev",
    /// "il a dit", "sagte"); -1 if none was found.
    qsizetype cueStart = -1, cueEnd = -1;
    /// The speaker's name as written, or empty.
    QString speaker;
    /// Where that name is written: in the cue, or for a pronoun cue ("il a
    /// dit") where the most recent speaker was named. -1 if no speaker.
    qsizetype speakerStart = -1, speakerEnd = -1;
};

/// A person the caller already knows in the text (an annotated PER mention,
/// a known entity's name): preferred as a speaker over a guessed name.
struct PersonMention
{
    qsizetype start = 0, end = 0; ///< UTF-16, half-open
    QString name;
};

/// Finds direct quotes and their speakers: one pass over the text for the
/// quotation marks, then a look at the words around each quote.
///
/// Quotes: the outermost of matching quotation marks (“ ” « » „ “ ‚ ‘ ‹ › » «
/// 「 」 『 』 and straight "), within a paragraph (a line; blank lines are
/// ignored). Whether a mark opens or closes follows from its neighbours, then
/// from its shape; an apostrophe inside or after a word is never a mark; a
/// mark after a colon opens. A paragraph that leaves a quote open is joined
/// to the next only if that one reopens with the same kind of mark, the
/// convention for quotes over several paragraphs; otherwise the open mark is
/// ignored and the quotes inside it stand on their own. A paragraph that ends
/// with a speech cue and a colon makes the next paragraph a block quote. The
/// span leaves out the marks, the spaces next to them, a mark cut off from the
/// words by a space (mangled marks) and a trailing comma (“We won,” he said).
/// One to three capitalised words quoted between two parts of a name are a
/// nickname (Dwight "D-Wiz" Carter), not a quote.
///
/// Speakers: the cue is looked for in the clause after the closing mark
/// (within its first words), then in the clause before the opening mark,
/// using the lexicons under :/cues (resources/cues). The speaker is the
/// subject of the cue: a pronoun ("il", "she", "er") or a definite
/// description ("le ministre", "der SPD-Politiker") takes the most recent
/// speaker (of a quote or of reported speech in the paragraph; else the
/// first person a paragraph introduces, else the last person named); else a
/// given PersonMention in the clause; else a run of capitalised words in the
/// clause, without titles ("M.", "Bundeskanzler") and not after "de", "of",
/// "der". An indefinite subject ("un porte-parole") or a plural pronoun gives
/// no speaker. A quote without a cue shares the speaker of the quote it
/// continues in the same sentence or paragraph, or takes a person named in
/// its sentence.
///
/// Thread-safe: detect() is const and the lexicon is shared and read-only.
class QuoteDetector
{
public:
    /// Uses CueLexicon::shared(), loaded from :/cues on first use.
    QuoteDetector();
    /// Uses \a lexicon, which must outlive the detector.
    explicit QuoteDetector(const CueLexicon &lexicon);

    /// The quotes of \a text (LF line ends), sorted by start. \a persons may be
    /// in any order.
    QVector<DetectedQuote> detect(const QString &text,
                                  const QVector<PersonMention> &persons = {}) const;

private:
    const CueLexicon *m_lexicon;
};

} // namespace Marginalia
