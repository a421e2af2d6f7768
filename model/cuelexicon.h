// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Marginalia {

/// The speech cues of every language the quote detector knows, read from the
/// data files under :/cues (resources/cues/*.txt; the format is described at
/// the top of fr.txt). All languages are merged into one lexicon, so a text
/// needs no language detection: the lists hardly collide.
class CueLexicon
{
public:
    /// What a lower-case word is to the detector; a word can be several things
    /// ("de" is a name particle, a complement and a stop word).
    enum WordFlag : quint32 {
        CueWord = 1u << 0, ///< appears in some cue
        Auxiliary = 1u << 1,
        Particle = 1u << 2,
        Pronoun = 1u << 3, ///< one person: resolved to the most recent speaker
        GroupPronoun = 1u << 4, ///< not one person: no speaker
        InvertedPronoun = 1u << 5, ///< may follow its cue after a space
        Title = 1u << 6,
        Stopword = 1u << 7,
        Complement = 1u << 8,
        NameParticle = 1u << 9,
        Abbreviation = 1u << 10,
        Anaphor = 1u << 11, ///< "the", "der": with a title, someone named before
        Indefinite = 1u << 12, ///< "un", "a", "ein": someone new and unnamed
    };

    /// Lexicons from :/cues, parsed once for the whole program and never
    /// changed afterwards, so any thread may read it.
    static const CueLexicon &shared();

    /// Adds the entries of one file. Returns the problems found (unknown
    /// section, entry outside a section), each "line N: ..."; good lines are
    /// kept either way.
    QStringList parse(QStringView source);

    /// The lower-case words of \a text as the detector splits them: runs of
    /// letters, digits and combining marks; everything else separates.
    static QStringList words(QStringView text);
    /// Whether \a c (a code point) belongs to a word.
    static bool isWordCharacter(char32_t c);

    /// \a word in lower case, into \a out (reusing its memory): the simple
    /// one-to-one case mapping, the same for the lexicon and for texts.
    static void lowerInto(QStringView word, QString &out);

    quint32 flags(const QString &lowerWord) const { return m_flags.value(lowerWord, 0); }
    /// The flags of \a lowerWord; if it is in the lexicon, \a interned gets
    /// the lexicon's own copy, shared, so that no memory is allocated.
    quint32 lookup(const QString &lowerWord, QString *interned) const
    {
        const auto it = m_flags.constFind(lowerWord);
        if (it == m_flags.cend())
            return 0;
        *interned = it.key();
        return it.value();
    }
    /// Whether \a lowerWord ends with a title suffix ("*sprecher").
    bool hasTitleSuffix(QStringView lowerWord) const;
    /// The cues that start with \a lowerWord, each as its lower-case words,
    /// longest first.
    const QVector<QStringList> *cuesStartingWith(const QString &lowerWord) const;

    /// The files read by shared(), e.g. "de", "en", "fr".
    QStringList languages() const { return m_languages; }
    qsizetype cueCount() const { return m_cueCount; }

private:
    QHash<QString, quint32> m_flags;
    QHash<QString, QVector<QStringList>> m_cues;
    QStringList m_titleSuffixes;
    QStringList m_languages;
    qsizetype m_cueCount = 0;
};

} // namespace Marginalia
