// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVector>

namespace Marginalia {

/// One coder's span for agreement: [start, end) in code points, and the
/// label as a small index.
struct CodedSpan
{
    qint64 start = 0;
    qint64 end = 0;
    int label = 0;
};

/// Counts the spans two coders share, matched one to one, for the F1
/// figures of the agreement report (2 · matches / (|A| + |B|)).
class SpanMatcher
{
public:
    /// Spans with the same label, start and end. A coder's duplicate spans
    /// each need a partner of their own.
    static qint64 exactMatches(QVector<CodedSpan> a, QVector<CodedSpan> b);

    /// Spans with the same label that share at least one character, matched
    /// so that there are as many matches as possible (a maximum bipartite
    /// matching, found with augmenting paths): one long span against two
    /// short ones counts once, never twice.
    static qint64 overlapMatches(QVector<CodedSpan> a, QVector<CodedSpan> b);
};

} // namespace Marginalia
