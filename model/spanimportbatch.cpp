// SPDX-License-Identifier: GPL-3.0-or-later
#include "spanimportbatch.h"

#include "articlespans.h"
#include "projectdatabasetransaction.h"

namespace Marginalia {

namespace {

/// Texts kept at once: files list an article's rows together, so a few
/// suffice, and a file over a whole corpus must not hold every text.
constexpr qsizetype MaxCachedTexts = 64;

QString spanKey(qint64 start, qint64 end)
{
    return QString::number(start) + QLatin1Char(':') + QString::number(end);
}

} // namespace

QStringView SpanImportBatch::Text::slice(qint64 start, qint64 end) const
{
    const qsizetype from = index.toUtf16(start);
    return QStringView(text).mid(from, index.toUtf16(end) - from);
}

SpanImportBatch::SpanImportBatch(ProjectDatabase &database)
    : m_database(database)
{
}

SpanImportBatch::~SpanImportBatch() = default;

const SpanImportBatch::Text *SpanImportBatch::articleText(qint64 articleId)
{
    if (const auto found = m_texts.constFind(articleId); found != m_texts.constEnd())
        return found->get();
    if (m_damage.contains(articleId))
        return nullptr;
    // Spans are checked against the text: a damaged one must not pass for it.
    QString damage;
    const std::optional<QString> text = articleId < 0
        ? std::optional<QString>(m_articles.value(-articleId - 1).text)
        : m_database.verifiedArticleText(articleId, &damage);
    if (!text) {
        if (!damage.isEmpty())
            m_damage.insert(articleId, damage);
        return nullptr;
    }
    if (m_texts.size() >= MaxCachedTexts)
        m_texts.clear();
    return m_texts.insert(articleId, std::make_shared<Text>(*text))->get();
}

SpanImportBatch::Stored &SpanImportBatch::stored(qint64 articleId)
{
    auto found = m_stored.find(articleId);
    if (found != m_stored.end())
        return *found;
    Stored stored;
    if (articleId < 0) // new: nothing stored yet
        return *m_stored.insert(articleId, std::move(stored));
    for (const Annotation &annotation : m_database.annotations(articleId))
        stored.annotationKeys.insert(spanKey(annotation.start, annotation.end) + QLatin1Char(':')
                                     + annotation.labelName);
    for (const Quote &quote : m_database.quotes(articleId)) {
        // One this file gave in an earlier part is staged, as it was then.
        if (m_quotesBefore >= 0 && quote.id > m_quotesBefore)
            stored.stagedQuotes.insert(spanKey(quote.start, quote.end));
        else
            stored.quotes.insert(spanKey(quote.start, quote.end), quote);
    }
    return *m_stored.insert(articleId, std::move(stored));
}

QString SpanImportBatch::canonicalLabel(const QString &name)
{
    // Label names compare as the project compares them (SQLite's NOCASE: ASCII
    // letters without case): a row's "per" is PER, and a label the project
    // lacks is spelt as the file first spells it, so "Pays" and "PAYS" at one
    // span are one annotation.
    QString key = name;
    for (QChar &c : key) {
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            c = QChar(c.unicode() + ('a' - 'A'));
    }
    auto found = m_labels.constFind(key);
    if (found == m_labels.constEnd()) {
        const std::optional<Label> label = m_database.labelByName(name);
        found = m_labels.insert(key, label ? label->name : name);
    }
    return *found;
}

void SpanImportBatch::storePartIfDue(qint64 nextArticleId)
{
    if (m_partSpans <= 0 || m_spans.size() < m_partSpans || failed()
        || nextArticleId == m_spans.constLast().articleId)
        return;
    Q_ASSERT(m_articles.isEmpty());
    if (!m_transaction) {
        m_transaction = std::make_unique<ProjectDatabase::Transaction>(m_database, &m_error);
        if (!m_transaction->isActive())
            return;
        m_quotesBefore = m_database.largestQuoteId();
    }
    if (!m_database.writeImportedSpans(m_spans, &m_createdLabels, &m_error))
        return;
    m_spans.clear();
    // What was staged is in the project now (seen by this connection inside
    // the transaction): an article met again is read back with it.
    for (auto it = m_stored.begin(); it != m_stored.end();) {
        if (m_heldArticles.contains(it.key()))
            ++it;
        else
            it = m_stored.erase(it);
    }
}

SpanImportBatch::Verdict SpanImportBatch::stage(Span span, QString *existingSpeaker, Keep keep)
{
    storePartIfDue(span.articleId);
    if (keep == Keep::ToEnd)
        m_heldArticles.insert(span.articleId);
    QVector<Span> &kept = keep == Keep::ToEnd ? m_held : m_spans;
    Stored &article = stored(span.articleId);
    const QString key = spanKey(span.start, span.end);
    if (span.kind == Span::Kind::Entity) {
        span.labelName = canonicalLabel(span.labelName);
        const QString labelKey = key + QLatin1Char(':') + span.labelName;
        if (article.annotationKeys.contains(labelKey))
            return Verdict::Duplicate;
        article.annotationKeys.insert(labelKey);
        kept.append(std::move(span));
        return Verdict::Added;
    }

    if (article.stagedQuotes.contains(key))
        return Verdict::Duplicate;
    Verdict verdict = Verdict::Added;
    if (const auto quote = article.quotes.constFind(key); quote != article.quotes.constEnd()) {
        const Text *text = articleText(span.articleId);
        const QString speaker = ArticleSpans::shownSpeaker(
            *quote,
            text && quote->speakerMentionStart >= 0
                ? text->slice(quote->speakerMentionStart, quote->speakerMentionEnd)
                : QStringView());
        if (speaker == span.speakerName && quote->note == span.note)
            return Verdict::Duplicate;
        if (quote->manual) {
            if (existingSpeaker)
                *existingSpeaker = speaker;
            return Verdict::KeptByHand;
        }
        span.replacesQuoteId = quote->id;
        verdict = Verdict::ReplacesDetected;
    }
    article.stagedQuotes.insert(key);
    kept.append(std::move(span));
    return verdict;
}

qint64 SpanImportBatch::addArticle(NewArticle article)
{
    m_articles.append(std::move(article));
    return -qint64(m_articles.size());
}

bool SpanImportBatch::commit(QStringList *createdLabels, QString *error,
                             QVector<ProjectDatabase::InsertOutcome> *articleOutcomes)
{
    if (failed()) {
        if (error)
            *error = m_error;
        return false;
    }
    m_spans.append(std::move(m_held));
    m_held.clear();
    if (!m_transaction) {
        if (m_spans.isEmpty() && m_articles.isEmpty())
            return true;
        return m_database.importSpans(m_articles, m_spans, articleOutcomes, createdLabels, error);
    }
    QStringList created = m_createdLabels;
    if (!m_database.writeImportedSpans(m_spans, &created, error) || !m_transaction->commit(error))
        return false;
    m_transaction.reset();
    if (createdLabels)
        createdLabels->append(created);
    return true;
}

} // namespace Marginalia
