// SPDX-License-Identifier: GPL-3.0-or-later
// The agreement coefficients on arbitrary spans: exact matches never exceed
// overlap matches, which never exceed the smaller coder's spans and equal
// the largest matching found by plain search on small cases; both counts
// are symmetric; alpha_u is at most 1, is 1 for identical coders, and does
// not depend on the coders' order; kappa and nominal alpha are at most 1.
// Input: byte 0 the continuum's length (×8, at least 8), then four bytes a
// span: coder (low bit), label (next two bits), start, length.
#include "cohenkappa.h"
#include "fuzzsupport.h"
#include "nominalalpha.h"
#include "spanmatcher.h"
#include "unitizingalpha.h"

#include <algorithm>
#include <cmath>
#include <functional>

using namespace Marginalia;

namespace {

/// The largest matching of overlapping same-label spans, by trying every
/// partner for every span of a: only for small inputs.
int bruteForceMatching(const QVector<CodedSpan> &a, const QVector<CodedSpan> &b)
{
    QVector<bool> taken(b.size(), false);
    std::function<int(int)> best = [&](int i) {
        if (i == a.size())
            return 0;
        int result = best(i + 1); // a[i] left unmatched
        for (int j = 0; j < b.size(); ++j) {
            if (taken[j] || a[i].label != b[j].label || a[i].start >= b[j].end
                || b[j].start >= a[i].end)
                continue;
            taken[j] = true;
            result = std::max(result, 1 + best(i + 1));
            taken[j] = false;
        }
        return result;
    };
    return best(0);
}

bool atMostOne(std::optional<double> value)
{
    return !value || *value <= 1.0 + 1e-9;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const qint64 length = std::max<qint64>(8, qint64(data[0]) * 8);
    QVector<CodedSpan> coders[2];
    for (size_t i = 1; i + 4 <= size && i < 1 + 4 * 64; i += 4) {
        const int coder = data[i] & 1;
        const int label = (data[i] >> 1) & 3;
        const qint64 start = qint64(data[i + 1]) * 256 + data[i + 2];
        const qint64 spanLength = 1 + data[i + 3] % 64;
        if (start % length + spanLength > length)
            continue;
        coders[coder].append({ start % length, start % length + spanLength, label });
    }
    const QVector<CodedSpan> &a = coders[0];
    const QVector<CodedSpan> &b = coders[1];

    const qint64 exact = SpanMatcher::exactMatches(a, b);
    const qint64 overlap = SpanMatcher::overlapMatches(a, b);
    FUZZ_CHECK(exact == SpanMatcher::exactMatches(b, a));
    FUZZ_CHECK(overlap == SpanMatcher::overlapMatches(b, a));
    FUZZ_CHECK(exact <= overlap);
    FUZZ_CHECK(overlap <= std::min(a.size(), b.size()));
    FUZZ_CHECK(SpanMatcher::exactMatches(a, a) == a.size());
    FUZZ_CHECK(SpanMatcher::overlapMatches(a, a) == a.size());
    if (a.size() <= 8 && b.size() <= 8)
        FUZZ_CHECK(overlap == bruteForceMatching(a, b));

    UnitizingAlpha alpha(length, 3);
    for (int coder = 0; coder < 2; ++coder) {
        for (const CodedSpan &span : coders[coder])
            alpha.addUnit(coder, span.label, span.start, span.end - span.start);
    }
    for (const CodedSpan &span : a) // coder 2 copies coder 0
        alpha.addUnit(2, span.label, span.start, span.end - span.start);
    const UnitizingAlpha::Figures pair = alpha.overall({ 0, 1 });
    const UnitizingAlpha::Figures swapped = alpha.overall({ 1, 0 });
    FUZZ_CHECK(pair.alpha.has_value() == swapped.alpha.has_value());
    FUZZ_CHECK(!pair.alpha || std::abs(*pair.alpha - *swapped.alpha) < 1e-9);
    FUZZ_CHECK(atMostOne(pair.alpha));
    FUZZ_CHECK(pair.observed >= 0 && pair.expected >= 0);
    FUZZ_CHECK(atMostOne(alpha.overall({ 0, 1, 2 }).alpha));
    const UnitizingAlpha::Figures twins = alpha.overall({ 0, 2 });
    FUZZ_CHECK(twins.observed == 0);
    FUZZ_CHECK(!twins.alpha || *twins.alpha == 1.0);
    for (int label = 0; label < 4; ++label)
        FUZZ_CHECK(atMostOne(alpha.category(label, { 0, 1 }).alpha));

    // Kappa and nominal alpha over the spans' labels, paired in order.
    CohenKappa kappa(4);
    NominalAlpha nominal;
    for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i) {
        kappa.add(a[i].label, b[i].label);
        nominal.addUnit({ a[i].label, b[i].label });
    }
    FUZZ_CHECK(atMostOne(kappa.value()));
    FUZZ_CHECK(atMostOne(nominal.value()));
    FUZZ_CHECK(kappa.items() == std::min(a.size(), b.size()));
    return 0;
}
