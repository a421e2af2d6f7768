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
        span.entityId = a.entityId;
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
        span.speaker = shownSpeaker(q,
                                    q.speakerMentionStart >= 0
                                        ? slice(q.speakerMentionStart, q.speakerMentionEnd)
                                        : QStringView());
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

QString ArticleSpans::shownSpeaker(const Quote &quote, QStringView mentionText)
{
    if (!quote.speakerEntityName.isEmpty())
        return quote.speakerEntityName;
    if (!quote.speakerName.isEmpty())
        return quote.speakerName;
    return mentionText.toString();
}

QString ArticleSpans::typeName(QStringView label)
{
    QString name;
    name.reserve(label.size());
    for (qsizetype i = 0; i < label.size(); ++i) {
        const QChar c = label[i];
        if (c.isHighSurrogate() && i + 1 < label.size() && label[i + 1].isLowSurrogate()) {
            const char32_t codePoint = QChar::surrogateToUcs4(c, label[i + 1]);
            if (QChar::isLetterOrNumber(codePoint))
                name.append(label.mid(i, 2));
            else
                name.append(QLatin1Char('_'));
            ++i;
            continue;
        }
        const bool keep = c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-')
            || c == QLatin1Char('.');
        name.append(keep ? c : QLatin1Char('_'));
    }
    return name;
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
