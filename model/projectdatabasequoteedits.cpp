// SPDX-License-Identifier: GPL-3.0-or-later
// Quotes written: added, edited, restored by undo, and replaced by detection.
#include "projectdatabase.h"
#include "projectdatabasetransaction.h"
#include "sqlstatement.h"
#include "timestamps.h"

#include <sqlite3.h>

#include <algorithm>
#include <tuple>

namespace Marginalia {

qint64 ProjectDatabase::largestQuoteId()
{
    SqlStatement q = statement("SELECT coalesce(max(id), 0) FROM quotes");
    return q.next() ? q.int64(0) : 0;
}

bool ProjectDatabase::insertQuoteRow(qint64 id, const NewQuote &quote, const QString &createdAt,
                                     const QString &modifiedAt, QString *error)
{
    SqlStatement insert = statement(
        "INSERT INTO quotes (id, article_id, start, \"end\", speaker_entity_id, "
        "speaker_annotation_id, cue_start, cue_end, origin, annotator, created_at, "
        "modified_at, speaker_name, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, "
        "?12, ?13, ?14)");
    insert.bindId(1, id);
    insert.bind(2, quote.articleId)
        .bind(3, quote.start)
        .bind(4, quote.end)
        .bind(9, quote.manual ? 1 : 0)
        .bind(10, quote.annotator)
        .bind(11, createdAt)
        .bind(12, modifiedAt)
        .bind(13, quote.speakerName)
        .bind(14, quote.note);
    insert.bindId(5, quote.speakerEntityId);
    insert.bindId(6, quote.speakerAnnotationId);
    if (quote.cueStart >= 0 && quote.cueEnd > quote.cueStart) {
        insert.bind(7, quote.cueStart).bind(8, quote.cueEnd);
    } else {
        insert.bindNull(7).bindNull(8);
    }
    if (!run(insert, error))
        return false;
    return true;
}

namespace {

/// What detection decides about a quote (a Quote or a NewQuote); ids,
/// timestamps and notes aside.
using DetectedKey = std::tuple<qint64, qint64, qint64, qint64, QString, qint64, qint64>;

template<typename AnyQuote> DetectedKey detectedKey(const AnyQuote &quote)
{
    const bool cue = quote.cueStart >= 0 && quote.cueEnd > quote.cueStart;
    return { quote.start,
             quote.end,
             cue ? quote.cueStart : -1,
             cue ? quote.cueEnd : -1,
             quote.speakerName,
             quote.speakerEntityId,
             quote.speakerAnnotationId };
}

} // namespace

bool ProjectDatabase::replaceDetectedQuotes(qint64 articleId, const QVector<NewQuote> &detected,
                                            QString *error, bool *changed)
{
    if (changed)
        *changed = false;
    Transaction transaction(*this, error);
    if (!transaction.isActive())
        return false;
    // A quote edited by hand is never overwritten: detected quotes that
    // overlap one are left out.
    QVector<std::pair<qint64, qint64>> manual;
    QVector<DetectedKey> stored;
    for (const Quote &quote : quotes(articleId)) {
        if (quote.manual)
            manual.append({ quote.start, quote.end });
        else
            stored.append(detectedKey(quote));
    }
    QVector<NewQuote> kept;
    for (const NewQuote &quote : detected) {
        bool overlaps = false;
        for (const auto &[start, end] : std::as_const(manual))
            overlaps = overlaps || (quote.start < end && start < quote.end);
        if (!overlaps)
            kept.append(quote);
    }
    QVector<DetectedKey> found;
    for (const NewQuote &quote : std::as_const(kept))
        found.append(detectedKey(quote));
    std::sort(stored.begin(), stored.end());
    std::sort(found.begin(), found.end());
    if (stored == found) // a run over an unchanged article leaves it as it was
        return transaction.commit(error);

    SqlStatement remove = statement("DELETE FROM quotes WHERE article_id = ?1 AND origin = 0");
    remove.bind(1, articleId);
    if (!run(remove, error))
        return false;
    const QString now = Timestamps::nowUtc();
    for (NewQuote quote : std::as_const(kept)) {
        quote.articleId = articleId;
        quote.manual = false;
        if (!validateSpan(articleId, quote.start, quote.end, error)
            || !insertQuoteRow(0, quote, now, now, error))
            return false;
    }
    if (!transaction.commit(error))
        return false;
    if (changed)
        *changed = true;
    return true;
}

std::optional<Quote> ProjectDatabase::addQuote(const NewQuote &quote, QString *error)
{
    Transaction transaction(*this, error);
    if (!transaction.isActive() || !validateSpan(quote.articleId, quote.start, quote.end, error))
        return std::nullopt;
    const QString now = Timestamps::nowUtc();
    if (!insertQuoteRow(0, quote, now, now, error))
        return std::nullopt;
    const qint64 id = sqlite3_last_insert_rowid(m_db);
    if (!transaction.commit(error))
        return std::nullopt;
    for (const Quote &stored : quotes(quote.articleId)) {
        if (stored.id == id)
            return stored;
    }
    return std::nullopt;
}

bool ProjectDatabase::deleteQuote(qint64 id, QString *error)
{
    return deleteRow("DELETE FROM quotes WHERE id = ?1", id, tr("no quote with id %1").arg(id),
                     error);
}

bool ProjectDatabase::setQuotes(qint64 articleId, const QVector<Quote> &quotes, QString *error)
{
    return setQuotesOfArticles({ { articleId, quotes } }, error);
}

bool ProjectDatabase::setQuotesOfArticles(
    const QVector<std::pair<qint64, QVector<Quote>>> &articles, QString *error)
{
    Transaction transaction(*this, error);
    if (!transaction.isActive())
        return false;
    for (const auto &[articleId, quotes] : articles) {
        SqlStatement remove = statement("DELETE FROM quotes WHERE article_id = ?1");
        remove.bind(1, articleId);
        if (!run(remove, error))
            return false;
        for (const Quote &quote : quotes) {
            if (quote.articleId != articleId || !restoreQuoteRow(quote, error))
                return false;
        }
    }
    return transaction.commit(error);
}

bool ProjectDatabase::restoreQuoteRow(const Quote &quote, QString *error)
{
    NewQuote row;
    row.articleId = quote.articleId;
    row.start = quote.start;
    row.end = quote.end;
    row.cueStart = quote.cueStart;
    row.cueEnd = quote.cueEnd;
    row.speakerName = quote.speakerName;
    row.speakerEntityId = quote.speakerEntityId;
    row.speakerAnnotationId = quote.speakerAnnotationId;
    row.manual = quote.manual;
    row.note = quote.note;
    row.annotator = quote.annotator;
    return validateSpan(row.articleId, row.start, row.end, error)
        && insertQuoteRow(quote.id, row, quote.createdAt, quote.modifiedAt, error);
}

bool ProjectDatabase::restoreQuote(const Quote &quote, QString *error)
{
    Transaction transaction(*this, error);
    return transaction.isActive() && restoreQuoteRow(quote, error) && transaction.commit(error);
}

bool ProjectDatabase::updateQuote(const Quote &quote, QString *error)
{
    Transaction transaction(*this, error);
    if (!transaction.isActive())
        return false;
    if (!validateSpan(quote.articleId, quote.start, quote.end, error))
        return false;
    SqlStatement update = statement(
        "UPDATE quotes SET start = ?2, \"end\" = ?3, speaker_name = ?4, speaker_entity_id = ?5, "
        "speaker_annotation_id = ?6, origin = ?7, note = ?8, modified_at = ?9 "
        "WHERE id = ?1 AND article_id = ?10");
    update.bind(1, quote.id)
        .bind(2, quote.start)
        .bind(3, quote.end)
        .bind(4, quote.speakerName)
        .bind(7, quote.manual ? 1 : 0)
        .bind(8, quote.note)
        .bind(9, Timestamps::nowUtc())
        .bind(10, quote.articleId);
    update.bindId(5, quote.speakerEntityId);
    update.bindId(6, quote.speakerAnnotationId);
    if (!run(update, error))
        return false;
    if (sqlite3_changes(m_db) != 1) {
        if (error)
            *error = tr("no quote with id %1 in article %2").arg(quote.id).arg(quote.articleId);
        return false;
    }
    return transaction.commit(error);
}

} // namespace Marginalia
