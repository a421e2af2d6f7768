// SPDX-License-Identifier: GPL-3.0-or-later
#include "spanmatcher.h"

#include <algorithm>
#include <tuple>
#include <utility>

namespace Marginalia {

namespace {

bool spanLess(const CodedSpan &x, const CodedSpan &y)
{
    return std::tie(x.label, x.start, x.end) < std::tie(y.label, y.start, y.end);
}

/// Maximum matching between the spans of one label, a[i] with b[j] when
/// they overlap. Iterative augmenting paths (Kuhn): the number of spans in
/// an article is small, and no recursion depth depends on the input.
qint64 maximumMatching(const CodedSpan *a, qsizetype aCount, const CodedSpan *b, qsizetype bCount)
{
    // b is sorted by start: each a's scan ends at the first b that starts
    // after a ends (O(|A| · |B|) at worst; an article's spans of one label
    // are few).
    QVector<QVector<int>> adjacent(aCount);
    for (qsizetype i = 0; i < aCount; ++i) {
        for (qsizetype j = 0; j < bCount && b[j].start < a[i].end; ++j) {
            if (b[j].end > a[i].start)
                adjacent[i].append(int(j));
        }
    }
    QVector<int> matchOfA(aCount, -1);
    QVector<int> matchOfB(bCount, -1);
    QVector<int> reachedFrom(bCount, -1);
    QVector<qint64> seen(bCount, -1);
    qint64 matches = 0;
    QVector<std::pair<int, int>> stack; // (a, next edge to try)
    for (int root = 0; root < int(aCount); ++root) {
        stack.clear();
        stack.append({ root, 0 });
        bool augmented = false;
        while (!stack.isEmpty() && !augmented) {
            const int u = stack.last().first;
            if (stack.last().second == adjacent[u].size()) {
                stack.removeLast();
                continue;
            }
            const int v = adjacent[u][stack.last().second++];
            if (seen[v] == root)
                continue;
            seen[v] = root;
            reachedFrom[v] = u;
            if (matchOfB[v] >= 0) {
                stack.append({ matchOfB[v], 0 });
                continue;
            }
            // Flip the path back to the root.
            int free = v;
            for (;;) {
                const int owner = reachedFrom[free];
                const int previous = matchOfA[owner];
                matchOfA[owner] = free;
                matchOfB[free] = owner;
                if (owner == root)
                    break;
                free = previous;
            }
            augmented = true;
        }
        if (augmented)
            ++matches;
    }
    return matches;
}

} // namespace

qint64 SpanMatcher::exactMatches(QVector<CodedSpan> a, QVector<CodedSpan> b)
{
    std::sort(a.begin(), a.end(), spanLess);
    std::sort(b.begin(), b.end(), spanLess);
    qint64 matches = 0;
    auto i = a.cbegin();
    auto j = b.cbegin();
    while (i != a.cend() && j != b.cend()) {
        if (spanLess(*i, *j)) {
            ++i;
        } else if (spanLess(*j, *i)) {
            ++j;
        } else {
            ++matches;
            ++i;
            ++j;
        }
    }
    return matches;
}

qint64 SpanMatcher::overlapMatches(QVector<CodedSpan> a, QVector<CodedSpan> b)
{
    std::sort(a.begin(), a.end(), spanLess);
    std::sort(b.begin(), b.end(), spanLess);
    qint64 matches = 0;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        const int label = std::min(a[i].label, b[j].label);
        qsizetype iEnd = i;
        while (iEnd < a.size() && a[iEnd].label == label)
            ++iEnd;
        qsizetype jEnd = j;
        while (jEnd < b.size() && b[jEnd].label == label)
            ++jEnd;
        if (iEnd > i && jEnd > j)
            matches += maximumMatching(a.constData() + i, iEnd - i, b.constData() + j, jEnd - j);
        i = iEnd;
        j = jEnd;
    }
    return matches;
}

} // namespace Marginalia
