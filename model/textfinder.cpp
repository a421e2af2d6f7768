// SPDX-License-Identifier: GPL-3.0-or-later
#include "textfinder.h"

namespace Marginalia {

namespace {
TextNormalizer::Options normalizerOptions(TextFinder::Options options)
{
    TextNormalizer::Options n;
    n.foldCase = !options.matchCase;
    n.foldAccents = !options.matchAccents;
    return n;
}
} // namespace

void TextFinder::setText(QStringView text)
{
    m_text = text;
    m_mappedWith.reset();
    m_mapped = {};
}

QVector<TextFinder::Span> TextFinder::find(QStringView needle, Options options)
{
    QVector<Span> spans;
    const TextNormalizer::Options n = normalizerOptions(options);
    const QString folded = TextNormalizer::normalize(needle, n);
    if (folded.isEmpty() || m_text.isEmpty())
        return spans;
    if (!m_mappedWith || m_mappedWith->matchCase != options.matchCase
        || m_mappedWith->matchAccents != options.matchAccents) {
        m_mapped = TextNormalizer::normalizeWithMap(m_text, n);
        m_mappedWith = options;
    }
    const QStringView haystack(m_mapped.text);
    for (qsizetype at = haystack.indexOf(folded); at >= 0;
         at = haystack.indexOf(folded, at + folded.size())) {
        const Span span { m_mapped.sourceStart(at), m_mapped.sourceEnd(at + folded.size()) };
        // Two matches inside one expanded character map to the same span.
        if (!spans.isEmpty() && span.first < spans.constLast().second)
            continue;
        spans.append(span);
    }
    return spans;
}

} // namespace Marginalia
