// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "textnormalizer.h"

#include <QString>
#include <QStringView>
#include <QVector>

#include <vector>

namespace Marginalia {

/// Finds every known name and alias in a text at once: an Aho–Corasick
/// automaton over the normalised text (TextNormalizer, with the options given
/// at construction), so a text is read once whatever the number of names.
///
/// A match is a whole word or run of words:
/// - it starts and ends on normalisation segment edges (so "s" never matches
///   half of a ß, nor "f" half of ﬁ) that map back to the original text;
/// - it starts and ends at word boundaries as MatchBoundaries defines them:
///   ICU's, with French elision ("Élysée" in "l’Élysée"), the English
///   possessive ("Poutine" in "Poutine’s") and any position between two
///   characters of scripts written without spaces (普京 in 普京习近平). "Paris"
///   is not found in "Parisien", nor "Poutine" in "Poutines".
/// Spacing is matched loosely, punctuation a little: in names and texts alike,
/// any white space (no-break, thin, line break, tab) is one space and a run of
/// it in a name is one space; ’ is ', and the Unicode hyphens U+2010 and U+2011
/// are -. A text needs one white-space character wherever the name has one.
///
/// Among overlapping candidates the leftmost wins, then the longest:
/// "Vladimir Poutine" beats "Poutine" inside it. Each name or alias shared by
/// several entities gives one Match per entity, with the same span.
///
/// The automaton is compact: states numbered breadth first, each state's
/// children a sorted run of the next level, searched in place; the root and the
/// shallowest states, where a scan spends most of its time, also have a full
/// transition row, within 1 MB (bench_suggestions: 50,000 names make 237,000
/// states and 9 MB, and a 1 MB article takes about 7 ms).
///
/// findAll() is const and keeps no state: one matcher may serve several
/// threads once built.
class NameMatcher
{
public:
    struct Pattern
    {
        QString text;
        qint64 entityId = 0;
        qint64 labelId = 0;
    };

    struct Match
    {
        qsizetype start; ///< UTF-16 index in the text given to findAll()
        qsizetype end; ///< exclusive
        qint64 entityId;
        qint64 labelId;
        int pattern; ///< index in build()'s list of the (first) pattern that matched
    };

    explicit NameMatcher(TextNormalizer::Options options = {});

    /// Replaces the names with \a patterns (names and aliases). Empty and
    /// white-space-only patterns are ignored; several entities may share a
    /// pattern, and patterns that normalise alike are one key.
    void build(const QVector<Pattern> &patterns);

    /// Every match in \a text, in text order, not overlapping.
    QVector<Match> findAll(QStringView text) const;

    TextNormalizer::Options options() const { return m_options; }
    /// How many patterns build() kept.
    int patternCount() const { return m_patternCount; }
    /// How many distinct keys (normalised names) they make.
    int keyCount() const { return int(m_keyLength.size()); }
    /// How many states the automaton has, the root included.
    int stateCount() const { return int(m_edges.size()); }
    /// How many states have a full transition row.
    int denseStateCount() const { return m_denseStates; }
    /// Bytes held by the automaton and its tables, roughly.
    qsizetype memoryBytes() const;

    /// The form of \a name the automaton stores: normalised, with the
    /// spacing and punctuation rules above applied, spaces trimmed.
    QString key(QStringView name) const;

private:
    int child(int state, quint16 symbol) const;

    TextNormalizer::Options m_options;
    int m_patternCount = 0;

    /// The symbol of every UTF-16 unit of normalised text; 0 for units that
    /// occur in no key, which send the automaton back to its root.
    std::vector<quint16> m_symbolOf;
    /// The edge into a state: the symbol that leads to it, and whether a key
    /// ends at the state or down its failure chain, so that the scan reads
    /// nothing more about most states it passes through.
    struct Edge
    {
        quint16 symbol;
        quint16 hasOutput;
    };
    // Per state, numbered breadth first so that the children of each state
    // are consecutive states, in increasing symbol order.
    std::vector<Edge> m_edges;
    std::vector<qint32> m_firstChild; ///< one more entry than states
    std::vector<qint32> m_fail;
    std::vector<qint32> m_output; ///< the state if a key ends here, else nextOutput's, or -1
    std::vector<qint32> m_key; ///< the key ending at the state, or -1
    std::vector<qint32>
        m_nextOutput; ///< the nearest state down the failure chain with a key, or -1
    /// Full transition rows (failures resolved), by symbol, for the root and
    /// the states one symbol deep, where most scans spend their time: states
    /// 0 .. m_denseStates - 1. An entry is a state, with OutputBit set if
    /// its edge's hasOutput is.
    std::vector<quint32> m_dense;
    static constexpr quint32 OutputBit = 0x80000000u;
    qint32 m_denseStates = 0;
    qint32 m_symbolCount = 0;
    // Per key.
    std::vector<qint32> m_keyLength;
    std::vector<qint32> m_firstEntry; ///< one more entry than keys
    struct Entry
    {
        qint64 entityId;
        qint64 labelId;
        qint32 pattern;
    };
    std::vector<Entry> m_entries;
};

} // namespace Marginalia
