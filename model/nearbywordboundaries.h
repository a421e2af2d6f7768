// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wordboundaries.h"

#include <QString>

#include <utility>

namespace Marginalia {

/// WordBoundaries for a text of any length without reading all of it: each
/// question is answered from the whole lines around the positions it asks
/// about, found again only when a question leaves them. ICU always breaks a
/// word at a line break, so the answers are those of WordBoundaries over the
/// whole text; a 50 MB article no longer costs a second at its first
/// selection. Offsets are UTF-16 indices, as in WordBoundaries.
class NearbyWordBoundaries
{
public:
    /// \a margin: how many UTF-16 units around the positions asked about are
    /// read (then widened to whole lines); small values are for tests.
    explicit NearbyWordBoundaries(const QString &locale = QString(), qsizetype margin = 4096);

    /// Keeps a (shared, not copied) reference to \a text; reads nothing yet.
    void setText(const QString &text);

    /// As WordBoundaries::snap, nextWord and previousWord over the whole text.
    std::pair<qsizetype, qsizetype> snap(qsizetype start, qsizetype end) const;
    std::pair<qsizetype, qsizetype> nextWord(qsizetype from) const;
    std::pair<qsizetype, qsizetype> previousWord(qsizetype before) const;

    /// The lines last read, [from, to), for tests.
    std::pair<qsizetype, qsizetype> window() const { return { m_from, m_to }; }

private:
    /// Makes the window hold every line that [from, to] touches.
    void cover(qsizetype from, qsizetype to) const;
    /// Reads exactly [from, to), both at line boundaries.
    void read(qsizetype from, qsizetype to) const;
    std::pair<qsizetype, qsizetype> shifted(std::pair<qsizetype, qsizetype> span) const;

    QString m_text;
    qsizetype m_margin;
    mutable WordBoundaries m_words;
    mutable qsizetype m_from = 0;
    mutable qsizetype m_to = -1; ///< -1: nothing read yet
};

} // namespace Marginalia
