// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlespans.h"

#include <algorithm>

namespace Marginalia {

QString ExportSpan::kindName() const
{
    return kind == Kind::Quote ? QStringLiteral("quote") : QStringLiteral("entity");
}

ArticleSpans::ArticleSpans(const ProjectDatabase::ExportArticle &article)
    : m_text(article.text)
    , m_index(article.text)
{
    m_spans.reserve(article.annotations.size() + article.quotes.size());
    for (const Annotation &a : article.annotations) {
        ExportSpan span;
        span.kind = ExportSpan::Kind::Entity;
        span.id = a.id;
        span.label = a.labelName;
        span.start = a.start;
        span.end = a.end;
        span.entity = a.entityName;
        span.note = a.note;
        span.annotator = a.annotator;
        span.createdAt = a.createdAt;
        span.modifiedAt = a.modifiedAt;
        m_spans.append(span);
    }
    for (const Quote &q : article.quotes) {
        ExportSpan span;
        span.kind = ExportSpan::Kind::Quote;
        span.id = q.id;
        span.label = QStringLiteral("QUOTE");
        span.start = q.start;
        span.end = q.end;
        // The entity's canonical name first, then the name as detected, then
        // the mention's own text.
        span.speaker = q.speakerEntityName;
        if (span.speaker.isEmpty())
            span.speaker = q.speakerName;
        if (span.speaker.isEmpty() && q.speakerMentionStart >= 0)
            span.speaker = slice(q.speakerMentionStart, q.speakerMentionEnd).toString();
        span.cueStart = q.cueStart;
        span.cueEnd = q.cueEnd;
        span.note = q.note;
        span.annotator = q.annotator;
        span.createdAt = q.createdAt;
        span.modifiedAt = q.modifiedAt;
        m_spans.append(span);
    }
    // Both inputs are sorted; a stable sort keeps entities before quotes on ties.
    std::stable_sort(m_spans.begin(), m_spans.end(), [](const ExportSpan &a, const ExportSpan &b) {
        return a.start != b.start ? a.start < b.start : a.end < b.end;
    });
}

qsizetype ArticleSpans::toUtf16(qint64 codePoint) const
{
    return m_index.toUtf16(qBound<qint64>(0, codePoint, m_index.codePointCount()));
}

QStringView ArticleSpans::slice(qint64 start, qint64 end) const
{
    const qsizetype from = toUtf16(start);
    const qsizetype to = toUtf16(qMax(start, end));
    return QStringView(m_text).mid(from, to - from);
}

} // namespace Marginalia
