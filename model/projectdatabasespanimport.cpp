// SPDX-License-Identifier: GPL-3.0-or-later
// Annotations and quotes read from files (CSV, JSONL, brat) stored in the
// project: labels and entities they name are found or created.
#include "projectdatabase.h"
#include "projectdatabasetransaction.h"
#include "sqlstatement.h"
#include "timestamps.h"

#include <sqlite3.h>

namespace Marginalia {

std::optional<qint64> ProjectDatabase::importLabel(const QString &name,
                                                   QHash<QString, qint64> &labels,
                                                   QStringList *createdLabels, QString *error)
{
    if (const auto found = labels.constFind(name); found != labels.constEnd())
        return *found;
    if (const std::optional<Label> stored = labelByName(name)) {
        labels.insert(name, stored->id);
        return stored->id;
    }
    // Colours that follow the four default labels' and stay readable under text.
    static const char *const colors[] = { "#f28e2b", "#76b7b2", "#edc948", "#ff9da7",
                                          "#9c755f", "#bab0ac", "#8cd17d", "#d4a6c8" };
    Label label;
    label.name = name.trimmed();
    {
        SqlStatement count = statement("SELECT count(*) FROM labels");
        const qint64 existing = count.next() ? count.int64(0) : 0;
        label.color = QLatin1String(colors[existing % qint64(std::size(colors))]);
    }
    const std::optional<Label> added = addLabel(label, error);
    if (!added)
        return std::nullopt;
    labels.insert(name, added->id);
    if (createdLabels)
        createdLabels->append(added->name);
    return added->id;
}

bool ProjectDatabase::importSpans(QVector<NewArticle> &articles, const QVector<ImportedSpan> &spans,
                                  QVector<InsertOutcome> *articleOutcomes,
                                  QStringList *createdLabels, QString *error)
{
    if (articleOutcomes)
        articleOutcomes->clear();
    Transaction transaction(*this, error);
    if (!transaction.isActive())
        return false;
    const QString now = Timestamps::nowUtc();
    QVector<qint64> articleIds;
    for (NewArticle &article : articles) {
        InsertOutcome outcome;
        if (!insertArticleRow(article, now, &outcome, error))
            return false;
        articleIds.append(outcome.id);
        if (articleOutcomes)
            articleOutcomes->append(outcome);
    }
    if (articleIds.isEmpty()) {
        if (!writeImportedSpans(spans, createdLabels, error))
            return false;
    } else {
        QVector<ImportedSpan> resolved = spans;
        for (ImportedSpan &span : resolved) {
            if (span.articleId < 0 && -span.articleId <= articleIds.size())
                span.articleId = articleIds.at(-span.articleId - 1);
        }
        if (!writeImportedSpans(resolved, createdLabels, error))
            return false;
    }
    return transaction.commit(error);
}

bool ProjectDatabase::writeImportedSpans(const QVector<ImportedSpan> &spans,
                                         QStringList *createdLabels, QString *error)
{
    const QString now = Timestamps::nowUtc();
    QHash<QString, qint64> labels;
    QHash<std::pair<QString, qint64>, qint64> entities;
    QHash<qint64, qint64> lengths;
    for (const ImportedSpan &span : spans) {
        auto length = lengths.constFind(span.articleId);
        if (length == lengths.constEnd()) {
            const std::optional<qint64> stored = articleLength(span.articleId);
            if (!stored) {
                if (error)
                    *error = tr("no article with id %1").arg(span.articleId);
                return false;
            }
            length = lengths.insert(span.articleId, *stored);
        }
        if (!spanFits(span.articleId, *length, span.start, span.end, error))
            return false;
        const QString createdAt = span.createdAt.isEmpty() ? now : span.createdAt;
        const QString modifiedAt = span.modifiedAt.isEmpty() ? createdAt : span.modifiedAt;

        if (span.kind == ImportedSpan::Kind::Quote) {
            if (span.replacesQuoteId > 0
                && !deleteRow("DELETE FROM quotes WHERE id = ?1 AND origin = 0",
                              span.replacesQuoteId,
                              tr("no detected quote with id %1").arg(span.replacesQuoteId), error))
                return false;
            NewQuote quote;
            quote.articleId = span.articleId;
            quote.start = span.start;
            quote.end = span.end;
            quote.speakerName = span.speakerName;
            if (span.cueStart >= 0 && span.cueEnd > span.cueStart && span.cueEnd <= *length) {
                quote.cueStart = span.cueStart;
                quote.cueEnd = span.cueEnd;
            }
            quote.manual = true; // from a person's file: detection must not replace it
            quote.annotator = span.annotator;
            if (!insertQuoteRow(0, quote, createdAt, modifiedAt, error))
                return false;
            if (!span.note.isEmpty()) {
                SqlStatement note = statement("UPDATE quotes SET note = ?2 WHERE id = ?1");
                note.bind(1, sqlite3_last_insert_rowid(m_db)).bind(2, span.note);
                if (!run(note, error))
                    return false;
            }
            continue;
        }

        const std::optional<qint64> labelId =
            importLabel(span.labelName, labels, createdLabels, error);
        if (!labelId)
            return false;
        Annotation annotation;
        annotation.articleId = span.articleId;
        annotation.start = span.start;
        annotation.end = span.end;
        annotation.labelId = *labelId;
        const QString entityName = span.entityName.trimmed();
        if (!entityName.isEmpty()) {
            const std::pair<QString, qint64> key { entityName, *labelId };
            auto entity = entities.constFind(key);
            if (entity == entities.constEnd()) {
                const std::optional<qint64> id = entityIdFor(entityName, *labelId, error);
                if (!id)
                    return false;
                entity = entities.insert(key, *id);
            }
            annotation.entityId = *entity;
        }
        annotation.note = span.note;
        annotation.annotator = span.annotator;
        annotation.createdAt = createdAt;
        annotation.modifiedAt = modifiedAt;
        if (!insertAnnotationRow(annotation, error))
            return false;
    }
    return true;
}

} // namespace Marginalia
