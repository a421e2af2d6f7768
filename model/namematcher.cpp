// SPDX-License-Identifier: GPL-3.0-or-later
#include "namematcher.h"

#include "matchboundaries.h"

#include <QHash>

#include <algorithm>
#include <bitset>

namespace Marginalia {

namespace {

constexpr int unitCount = 0x10000;

/// One unit for the variants that names and texts mix freely.
char16_t canonicalUnit(char16_t unit)
{
    switch (unit) {
    case u'\u2019':
        return u'\'';
    case u'\u2010':
    case u'\u2011':
        return u'-';
    default:
        return QChar::isSpace(unit) ? u' ' : unit;
    }
}

struct Candidate
{
    qsizetype start;
    qsizetype end;
    qint32 key;
};

} // namespace

NameMatcher::NameMatcher(TextNormalizer::Options options)
    : m_options(options)
{
    build({});
}

QString NameMatcher::key(QStringView name) const
{
    const QString normalized = TextNormalizer::normalize(name, m_options);
    QString key;
    key.reserve(normalized.size());
    for (const QChar c : normalized) {
        const char16_t unit = canonicalUnit(c.unicode());
        if (unit == u' ' && (key.isEmpty() || key.back() == u' '))
            continue;
        key.append(QChar(unit));
    }
    if (key.endsWith(u' '))
        key.chop(1);
    return key;
}

void NameMatcher::build(const QVector<Pattern> &patterns)
{
    // Distinct keys, each with one entry per entity.
    QHash<QString, qint32> keyIndex;
    std::vector<QString> keys;
    std::vector<std::vector<Entry>> entries;
    m_patternCount = 0;
    for (qsizetype i = 0; i < patterns.size(); ++i) {
        const Pattern &pattern = patterns.at(i);
        QString k = key(pattern.text);
        if (k.isEmpty())
            continue;
        ++m_patternCount;
        auto found = keyIndex.constFind(k);
        if (found == keyIndex.cend()) {
            found = keyIndex.insert(k, qint32(keys.size()));
            keys.push_back(std::move(k));
            entries.emplace_back();
        }
        std::vector<Entry> &forKey = entries[size_t(*found)];
        const bool known = std::any_of(forKey.cbegin(), forKey.cend(), [&](const Entry &e) {
            return e.entityId == pattern.entityId;
        });
        if (!known)
            forKey.push_back({ pattern.entityId, pattern.labelId, qint32(i) });
    }

    // Symbols: the units that occur in keys, numbered in increasing order so
    // that sorting keys by symbols sorts them by units.
    auto used = std::make_unique<std::bitset<unitCount>>();
    for (const QString &k : keys) {
        for (const QChar c : k)
            used->set(c.unicode());
    }
    m_symbolOf.assign(unitCount, 0);
    quint32 symbolCount = 1; // 0: in no key
    for (int unit = 0; unit < unitCount; ++unit) {
        if (used->test(size_t(unit)))
            m_symbolOf[size_t(unit)] = quint16(std::min<quint32>(symbolCount++, 0xFFFF));
    }
    for (int unit = 0; unit < unitCount; ++unit) {
        const char16_t canonical = canonicalUnit(char16_t(unit));
        if (canonical != unit)
            m_symbolOf[size_t(unit)] = m_symbolOf[canonical];
    }

    // Keys as symbol strings, sorted.
    std::vector<quint16> symbols;
    std::vector<qint32> keyStart;
    keyStart.reserve(keys.size() + 1);
    m_keyLength.clear();
    for (const QString &k : keys) {
        keyStart.push_back(qint32(symbols.size()));
        m_keyLength.push_back(qint32(k.size()));
        for (const QChar c : k)
            symbols.push_back(m_symbolOf[c.unicode()]);
    }
    keyStart.push_back(qint32(symbols.size()));
    const auto keySymbols = [&](qint32 k) {
        return std::make_pair(symbols.cbegin() + keyStart[size_t(k)],
                              symbols.cbegin() + keyStart[size_t(k) + 1]);
    };
    std::vector<qint32> order(keys.size());
    for (size_t k = 0; k < order.size(); ++k)
        order[k] = qint32(k);
    std::sort(order.begin(), order.end(), [&](qint32 a, qint32 b) {
        const auto [aBegin, aEnd] = keySymbols(a);
        const auto [bBegin, bEnd] = keySymbols(b);
        return std::lexicographical_compare(aBegin, aEnd, bBegin, bEnd);
    });

    // The trie, sharing each key's prefix with the key before it. Children
    // are made in increasing symbol order since the keys are sorted.
    struct Node
    {
        qint32 parent;
        quint16 symbol;
        qint32 key;
    };
    std::vector<Node> nodes { { -1, 0, -1 } };
    std::vector<qint32> path { 0 };
    qint32 previous = -1;
    for (const qint32 k : order) {
        const auto [begin, end] = keySymbols(k);
        size_t common = 0;
        if (previous >= 0) {
            const auto [previousBegin, previousEnd] = keySymbols(previous);
            common = size_t(std::mismatch(begin, end, previousBegin, previousEnd).first - begin);
        }
        path.resize(common + 1);
        for (auto it = begin + qsizetype(common); it != end; ++it) {
            nodes.push_back({ path.back(), *it, -1 });
            path.push_back(qint32(nodes.size() - 1));
        }
        nodes[size_t(path.back())].key = k;
        previous = k;
    }

    // Children lists, then breadth-first numbering.
    const size_t stateCount = nodes.size();
    std::vector<qint32> childStart(stateCount + 1, 0);
    for (size_t v = 1; v < stateCount; ++v)
        ++childStart[size_t(nodes[v].parent) + 1];
    for (size_t v = 0; v < stateCount; ++v)
        childStart[v + 1] += childStart[v];
    std::vector<qint32> children(stateCount > 0 ? stateCount - 1 : 0);
    {
        std::vector<qint32> fill(childStart.cbegin(), childStart.cend() - 1);
        for (size_t v = 1; v < stateCount; ++v)
            children[size_t(fill[size_t(nodes[v].parent)]++)] = qint32(v);
    }
    std::vector<qint32> breadthFirst { 0 };
    breadthFirst.reserve(stateCount);
    std::vector<qint32> parent(stateCount, -1);
    m_firstChild.assign(stateCount + 1, 0);
    for (size_t i = 0; i < breadthFirst.size(); ++i) {
        const qint32 old = breadthFirst[i];
        m_firstChild[i] = qint32(breadthFirst.size());
        for (qint32 c = childStart[size_t(old)]; c < childStart[size_t(old) + 1]; ++c) {
            parent[breadthFirst.size()] = qint32(i);
            breadthFirst.push_back(children[size_t(c)]);
        }
    }
    m_firstChild[stateCount] = qint32(stateCount);
    m_edges.resize(stateCount);
    m_key.resize(stateCount);
    for (size_t i = 0; i < stateCount; ++i) {
        const Node &node = nodes[size_t(breadthFirst[i])];
        m_edges[i] = { node.symbol, 0 };
        m_key[i] = node.key;
    }

    // Failure links and outputs, breadth first: a state's failure state is
    // shallower, so it is done already. The first states in that order, the
    // root and the shallowest, where a scan spends most of its time, get full
    // rows within a budget; a state's row starts as a copy of its failure
    // state's, which comes before it.
    m_symbolCount = qint32(symbolCount);
    constexpr size_t rowBudget = size_t(1) << 18; // entries: 1 MB, measured in bench_suggestions
    m_denseStates = qint32(std::clamp<size_t>(rowBudget / symbolCount, 1, stateCount));
    m_dense.assign(size_t(m_denseStates) * symbolCount, 0);
    m_fail.assign(stateCount, 0);
    m_output.assign(stateCount, -1);
    m_nextOutput.assign(stateCount, -1);
    const auto transition = [&](qint32 state, quint16 symbol) {
        for (;; state = m_fail[size_t(state)]) {
            if (state < m_denseStates)
                return qint32(m_dense[size_t(state) * symbolCount + symbol] & ~OutputBit);
            if (const qint32 c = child(state, symbol))
                return c;
        }
    };
    for (size_t v = 0; v < stateCount; ++v) {
        if (v > 0) {
            const qint32 up = parent[v];
            const qint32 fail = up == 0 ? 0 : transition(m_fail[size_t(up)], m_edges[v].symbol);
            m_fail[v] = fail;
            m_nextOutput[v] = m_key[size_t(fail)] >= 0 ? fail : m_nextOutput[size_t(fail)];
        }
        m_output[v] = m_key[v] >= 0 ? qint32(v) : m_nextOutput[v];
        m_edges[v].hasOutput = m_output[v] >= 0 ? 1 : 0;
        if (qint32(v) < m_denseStates) {
            quint32 *row = m_dense.data() + v * symbolCount;
            if (v > 0) { // what the failure state does, unless a child says otherwise
                const quint32 *failRow = m_dense.data() + size_t(m_fail[v]) * symbolCount;
                std::copy(failRow, failRow + symbolCount, row);
            }
            for (qint32 c = m_firstChild[v]; c < m_firstChild[v + 1]; ++c)
                row[m_edges[size_t(c)].symbol] = quint32(c);
        }
    }
    // Whether a state has output is known now for all.
    for (quint32 &entry : m_dense) {
        if (m_edges[entry].hasOutput)
            entry |= OutputBit;
    }

    m_firstEntry.clear();
    m_entries.clear();
    for (const std::vector<Entry> &forKey : entries) {
        m_firstEntry.push_back(qint32(m_entries.size()));
        m_entries.insert(m_entries.end(), forKey.cbegin(), forKey.cend());
    }
    m_firstEntry.push_back(qint32(m_entries.size()));
}

inline int NameMatcher::child(int state, quint16 symbol) const
{
    const Edge *edges = m_edges.data();
    const Edge *begin = edges + m_firstChild[size_t(state)];
    const Edge *end = edges + m_firstChild[size_t(state) + 1];
    if (end - begin <= 8) {
        for (const Edge *it = begin; it != end; ++it) {
            if (it->symbol == symbol)
                return int(it - edges);
        }
        return 0;
    }
    const Edge *it = std::lower_bound(begin, end, symbol,
                                      [](const Edge &edge, quint16 s) { return edge.symbol < s; });
    return it != end && it->symbol == symbol ? int(it - edges) : 0;
}

QVector<NameMatcher::Match> NameMatcher::findAll(QStringView text) const
{
    if (m_keyLength.empty() || text.isEmpty())
        return {};
    const TextNormalizer::Mapped mapped = TextNormalizer::normalizeWithMap(text, m_options);
    MatchBoundaries boundaries(text);
    std::vector<Candidate> candidates;

    const auto consider = [&](qsizetype normalizedEnd, qint32 key) {
        const qsizetype normalizedStart = normalizedEnd - m_keyLength[size_t(key)];
        if (!mapped.isBoundary(normalizedStart) || !mapped.isBoundary(normalizedEnd))
            return;
        const qsizetype start = mapped.sourceStart(normalizedStart);
        const qsizetype end = mapped.sourceEnd(normalizedEnd);
        if (boundaries.canStart(start) && boundaries.canEnd(end))
            candidates.push_back({ start, end, key });
    };

    const char16_t *units = QStringView(mapped.text).utf16();
    const qsizetype n = mapped.text.size();
    const quint16 *symbolOf = m_symbolOf.data();
    const quint32 *dense = m_dense.data();
    const Edge *edges = m_edges.data();
    const qint32 *fail = m_fail.data();
    const qint32 denseStates = m_denseStates;
    const size_t symbolCount = size_t(m_symbolCount);
    int state = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const quint16 symbol = symbolOf[units[i]];
        if (symbol == 0) {
            state = 0; // no key holds this unit: none can span it
            continue;
        }
        bool hasOutput;
        for (;; state = fail[state]) {
            if (state < denseStates) {
                const quint32 next = dense[size_t(state) * symbolCount + symbol];
                state = int(next & ~OutputBit);
                hasOutput = next & OutputBit;
                break;
            }
            if (const int next = child(state, symbol)) {
                state = next;
                hasOutput = edges[next].hasOutput;
                break;
            }
        }
        if (!hasOutput)
            continue;
        for (qint32 o = m_output[size_t(state)]; o >= 0; o = m_nextOutput[size_t(o)])
            consider(i + 1, m_key[size_t(o)]);
    }

    // Leftmost first, then longest; nothing that overlaps a match kept.
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    QVector<Match> matches;
    qsizetype taken = -1;
    for (const Candidate &c : candidates) {
        if (c.start < taken)
            continue;
        taken = c.end;
        for (qint32 e = m_firstEntry[size_t(c.key)]; e < m_firstEntry[size_t(c.key) + 1]; ++e) {
            const Entry &entry = m_entries[size_t(e)];
            matches.append({ c.start, c.end, entry.entityId, entry.labelId, entry.pattern });
        }
    }
    return matches;
}

qsizetype NameMatcher::memoryBytes() const
{
    const auto bytes = [](const auto &v) {
        return qsizetype(v.capacity() * sizeof(typename std::decay_t<decltype(v)>::value_type));
    };
    return bytes(m_symbolOf) + bytes(m_edges) + bytes(m_firstChild) + bytes(m_fail)
        + bytes(m_output) + bytes(m_key) + bytes(m_nextOutput) + bytes(m_dense) + bytes(m_keyLength)
        + bytes(m_firstEntry) + bytes(m_entries);
}

} // namespace Marginalia
