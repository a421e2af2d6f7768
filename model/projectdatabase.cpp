// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectdatabase.h"

#include "messagetext.h"
#include "projectdatabasetransaction.h"
#include "projectfileinspector.h"
#include "schemaverifier.h"
#include "shmallocatingvfs.h"
#include "sqlstatement.h"
#include "storedarticlecheck.h"
#include "timestamps.h"
#include "writelockholder.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QStorageInfo>

#include <sqlite3.h>

#include <algorithm>

namespace Marginalia {

namespace {

#define ARTICLE_COLUMNS                                                                            \
    "a.id, a.title, a.date, a.source, a.encoding, a.language, a.status, a.content_hash, "          \
    "a.length, a.imported_at, "                                                                    \
    "coalesce((SELECT c.annotations FROM article_counts c WHERE c.article_id = a.id), 0), "        \
    "coalesce((SELECT c.quotes FROM article_counts c WHERE c.article_id = a.id), 0)"

constexpr int ArticleColumnCount = 12;

ArticleSummary readArticleSummary(const SqlStatement &q)
{
    ArticleSummary s;
    s.id = q.int64(0);
    s.title = q.text(1);
    s.date = q.text(2);
    s.source = q.text(3);
    s.encoding = q.text(4);
    s.language = q.text(5);
    s.status = ArticleStatus(q.int64(6));
    s.contentHash = q.text(7);
    s.length = q.int64(8);
    s.importedAt = q.text(9);
    s.annotationCount = q.int64(10);
    s.quoteCount = q.int64(11);
    return s;
}

#define ANNOTATION_COLUMNS                                                                         \
    "n.id, n.article_id, n.start, n.\"end\", n.label_id, l.name, n.entity_id, e.name, n.note, "    \
    "n.annotator, n.status, n.created_at, n.modified_at "                                          \
    "FROM annotations n JOIN labels l ON l.id = n.label_id "                                       \
    "LEFT JOIN entities e ON e.id = n.entity_id "

Annotation readAnnotation(const SqlStatement &q)
{
    Annotation a;
    a.id = q.int64(0);
    a.articleId = q.int64(1);
    a.start = q.int64(2);
    a.end = q.int64(3);
    a.labelId = q.int64(4);
    a.labelName = q.text(5);
    a.entityId = q.isNull(6) ? 0 : q.int64(6);
    a.entityName = q.text(7);
    a.note = q.text(8);
    a.annotator = q.text(9);
    a.status = AnnotationStatus(q.int64(10));
    a.createdAt = q.text(11);
    a.modifiedAt = q.text(12);
    return a;
}

#define QUOTE_COLUMNS                                                                              \
    "q.id, q.article_id, q.start, q.\"end\", q.speaker_name, q.speaker_entity_id, "                \
    "q.speaker_annotation_id, coalesce(e.name, me.name, ''), m.start, m.\"end\", q.cue_start, "    \
    "q.cue_end, q.origin, q.note, q.annotator, q.created_at, q.modified_at FROM quotes q "         \
    "LEFT JOIN entities e ON e.id = q.speaker_entity_id "                                          \
    "LEFT JOIN annotations m ON m.id = q.speaker_annotation_id "                                   \
    "LEFT JOIN entities me ON me.id = m.entity_id "

Quote readQuote(const SqlStatement &q)
{
    const auto optional = [&q](int column) { return q.isNull(column) ? -1 : q.int64(column); };
    Quote quote;
    quote.id = q.int64(0);
    quote.articleId = q.int64(1);
    quote.start = q.int64(2);
    quote.end = q.int64(3);
    quote.speakerName = q.text(4);
    quote.speakerEntityId = q.isNull(5) ? 0 : q.int64(5);
    quote.speakerAnnotationId = q.isNull(6) ? 0 : q.int64(6);
    quote.speakerEntityName = q.text(7);
    quote.speakerMentionStart = optional(8);
    quote.speakerMentionEnd = optional(9);
    quote.cueStart = optional(10);
    quote.cueEnd = optional(11);
    quote.manual = q.int64(12) == 1;
    quote.note = q.text(13);
    quote.annotator = q.text(14);
    quote.createdAt = q.text(15);
    quote.modifiedAt = q.text(16);
    return quote;
}

} // namespace

SqlStatement ProjectDatabase::statement(const char *sql)
{
    sqlite3_stmt *&cached = m_statements[sql];
    if (!cached) {
        const int rc =
            sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &cached, nullptr);
        if (rc != SQLITE_OK) {
            qWarning("ProjectDatabase: cannot prepare \"%s\": %s", sql, sqlite3_errmsg(m_db));
            m_statements.remove(sql);
            return SqlStatement(nullptr);
        }
    }
    return SqlStatement(cached);
}

QStringList ProjectDatabase::preparedStatements() const
{
    QStringList sql;
    for (auto it = m_statements.cbegin(); it != m_statements.cend(); ++it)
        sql.append(QString::fromUtf8(it.key()));
    sql.sort();
    return sql;
}

bool ProjectDatabase::execute(const char *sql, QString *error)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return true;
    const QString busy = busyError(rc);
    if (error)
        *error = !busy.isEmpty() ? busy
            : m_readOnly         ? sqliteError()
                                 : QString::fromUtf8(message ? message : sqlite3_errmsg(m_db));
    sqlite3_free(message);
    return false;
}

bool ProjectDatabase::run(SqlStatement &statement, QString *error)
{
    if (statement.exec())
        return true;
    if (error)
        *error = sqliteError();
    return false;
}

QString ProjectDatabase::sqliteError() const
{
    const QString busy = busyError(sqlite3_errcode(m_db));
    if (!busy.isEmpty())
        return busy;
    if (m_readOnly && (sqlite3_errcode(m_db) & 0xFF) == SQLITE_READONLY)
        return tr("the disk is full, so the project is open for reading only");
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

QString ProjectDatabase::busyError(int code) const
{
    m_lastFailureBusy = (code & 0xFF) == SQLITE_BUSY;
    if (!m_lastFailureBusy)
        return {};
    const std::optional<WriteLockHolder> holder = WriteLockHolder::find(m_path);
    if (!holder)
        return tr("another program is writing to the project and kept it locked; "
                  "try again when it has finished");
    return tr("%1 is writing to the project and kept it locked; try again when it has finished")
        .arg(holder->describe());
}

void ProjectDatabase::setBusyTimeout(int milliseconds)
{
    sqlite3_busy_timeout(m_db, milliseconds);
}

QString ProjectDatabase::pragmaText(const char *sql)
{
    SqlStatement q = statement(sql);
    return q.next() ? q.text(0) : QString();
}

int ProjectDatabase::schemaVersion()
{
    return pragmaText("PRAGMA user_version").toInt();
}

QString ProjectDatabase::journalMode()
{
    return pragmaText("PRAGMA journal_mode");
}

int ProjectDatabase::synchronousLevel()
{
    return pragmaText("PRAGMA synchronous").toInt();
}

bool ProjectDatabase::foreignKeysEnabled()
{
    return pragmaText("PRAGMA foreign_keys").toInt() == 1;
}

QVector<Label> ProjectDatabase::labels()
{
    QVector<Label> labels;
    SqlStatement q =
        statement("SELECT id, name, color, hotkey, description FROM labels ORDER BY position, id");
    while (q.next())
        labels.append({ q.int64(0), q.text(1), q.text(2), q.text(3), q.text(4) });
    return labels;
}

std::optional<Label> ProjectDatabase::labelByName(const QString &name)
{
    SqlStatement q =
        statement("SELECT id, name, color, hotkey, description FROM labels WHERE name = ?1");
    q.bind(1, name);
    if (!q.next())
        return std::nullopt;
    return Label { q.int64(0), q.text(1), q.text(2), q.text(3), q.text(4) };
}

bool ProjectDatabase::insertArticles(QVector<NewArticle> &batch, QVector<InsertOutcome> *outcomes,
                                     QString *error, qint64 importRun)
{
    outcomes->clear();
    outcomes->reserve(batch.size());
    Transaction transaction(*this, error);
    if (!transaction.isActive())
        return false;
    const QString now = Timestamps::nowUtc();
    for (NewArticle &article : batch) {
        InsertOutcome outcome;
        if (!insertArticleRow(article, now, &outcome, error))
            return false;
        if (importRun > 0 && !outcome.duplicate) {
            SqlStatement record =
                statement("INSERT INTO import_run_articles (run_id, article_id) VALUES (?1, ?2)");
            record.bind(1, importRun).bind(2, outcome.id);
            if (!run(record, error))
                return false;
        }
        outcomes->append(outcome);
    }
    return transaction.commit(error);
}

bool ProjectDatabase::insertArticleRow(NewArticle &article, const QString &now,
                                       InsertOutcome *outcome, QString *error)
{
    article.prepare();
    {
        SqlStatement insert = statement(
            "INSERT INTO articles (title, date, source, encoding, language, content_hash, "
            "length, imported_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) "
            "ON CONFLICT (content_hash) DO NOTHING");
        insert.bind(1, article.title)
            .bind(2, article.date)
            .bind(3, article.source)
            .bind(4, article.encoding)
            .bind(5, article.language)
            .bind(6, article.contentHash)
            .bind(7, article.length)
            .bind(8, now);
        if (!run(insert, error))
            return false;
    }
    if (sqlite3_changes(m_db) == 0) {
        SqlStatement existing = statement("SELECT id, title FROM articles WHERE content_hash = ?1");
        existing.bind(1, article.contentHash);
        if (existing.next()) {
            outcome->id = existing.int64(0);
            outcome->existingTitle = existing.text(1);
        }
        outcome->duplicate = true;
        return true;
    }
    outcome->id = sqlite3_last_insert_rowid(m_db);
    SqlStatement insertText =
        statement("INSERT INTO article_texts (article_id, text) VALUES (?1, ?2)");
    insertText.bind(1, outcome->id).bindUtf8(2, article.utf8);
    if (!run(insertText, error))
        return false;
    SqlStatement index =
        statement("INSERT INTO article_search (rowid, title, text) VALUES (?1, ?2, ?3)");
    index.bind(1, outcome->id).bind(2, article.title).bindUtf8(3, article.utf8);
    if (!run(index, error))
        return false;
    for (NewQuote quote : std::as_const(article.quotes)) {
        quote.articleId = outcome->id;
        if (quote.start < 0 || quote.start >= quote.end || quote.end > article.length)
            continue; // the detector's mistake must not cost the article
        if (!insertQuoteRow(0, quote, now, now, error))
            return false;
    }
    return true;
}

bool ProjectDatabase::deleteArticles(const QVector<qint64> &ids, QString *error)
{
    Transaction transaction(*this, error);
    return transaction.isActive() && deleteArticleRows(ids, error) && transaction.commit(error);
}

bool ProjectDatabase::deleteArticleRows(const QVector<qint64> &ids, QString *error)
{
    for (const qint64 id : ids) {
        // An external-content index forgets a row only when told what it held.
        SqlStatement unindex =
            statement("INSERT INTO article_search (article_search, rowid, title, text) "
                      "SELECT 'delete', a.id, a.title, t.text FROM articles a "
                      "JOIN article_texts t ON t.article_id = a.id WHERE a.id = ?1");
        unindex.bind(1, id);
        if (!run(unindex, error))
            return false;
        SqlStatement remove = statement("DELETE FROM articles WHERE id = ?1");
        remove.bind(1, id);
        if (!run(remove, error))
            return false;
    }
    return true;
}

QVector<ArticleSummary> ProjectDatabase::articleSummaries()
{
    QVector<ArticleSummary> articles;
    articles.reserve(articleCount());
    forEachArticleSummary([&articles](const ArticleSummary &a) { articles.append(a); });
    return articles;
}

void ProjectDatabase::forEachArticleSummary(
    const std::function<void(const ArticleSummary &)> &visit)
{
    SqlStatement q = statement("SELECT " ARTICLE_COLUMNS " FROM articles a ORDER BY a.id");
    while (q.next())
        visit(readArticleSummary(q));
}

std::optional<ArticleSummary> ProjectDatabase::articleSummary(qint64 id)
{
    SqlStatement q = statement("SELECT " ARTICLE_COLUMNS " FROM articles a WHERE a.id = ?1");
    q.bind(1, id);
    if (!q.next())
        return std::nullopt;
    return readArticleSummary(q);
}

std::optional<QString> ProjectDatabase::articleText(qint64 id)
{
    SqlStatement q = statement("SELECT text FROM article_texts WHERE article_id = ?1");
    q.bind(1, id);
    if (!q.next())
        return std::nullopt;
    return q.text(0);
}

std::optional<QString> ProjectDatabase::verifiedArticleText(qint64 id, QString *damage)
{
    // A LEFT JOIN, so an article whose text row is gone is told, not skipped.
    SqlStatement q = statement("SELECT " ARTICLE_COLUMNS ", t.text FROM articles a "
                               "LEFT JOIN article_texts t ON t.article_id = a.id WHERE a.id = ?1");
    q.bind(1, id);
    if (!q.next())
        return std::nullopt;
    QString text;
    const QString problem = StoredArticleCheck::checkText(
        readArticleSummary(q), q.type(ArticleColumnCount), q.bytes(ArticleColumnCount), &text);
    if (!problem.isEmpty()) {
        if (damage)
            *damage = problem;
        return std::nullopt;
    }
    return text;
}

qint64 ProjectDatabase::dataVersion()
{
    SqlStatement q = statement("PRAGMA data_version");
    return q.next() ? q.int64(0) : 0;
}

qint64 ProjectDatabase::articleCount()
{
    SqlStatement q = statement("SELECT count(*) FROM articles");
    return q.next() ? q.int64(0) : 0;
}

qint64 ProjectDatabase::annotationCount()
{
    // Kept by the schema's triggers: a count of the table reads every
    // mention's index entry (32 ms at 2 million).
    SqlStatement q = statement("SELECT annotations FROM project_counts");
    return q.next() ? q.int64(0) : 0;
}

qint64 ProjectDatabase::quoteCount()
{
    SqlStatement q = statement("SELECT quotes FROM project_counts");
    return q.next() ? q.int64(0) : 0;
}

// Lookups a batch repeats for every row, made once per batch.
struct ProjectDatabase::AnnotationBatchCache
{
    QHash<qint64, qint64> articleLengths;
    QHash<QString, Label> labels;
    QString now = Timestamps::nowUtc();
};

std::optional<Annotation> ProjectDatabase::storeAnnotation(const NewAnnotation &request,
                                                           AnnotationBatchCache &cache,
                                                           QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    // The article is named before the label, the label before the span.
    auto length = cache.articleLengths.constFind(request.articleId);
    if (length == cache.articleLengths.constEnd()) {
        const std::optional<qint64> stored = articleLength(request.articleId);
        if (!stored)
            return fail(tr("no article with id %1").arg(request.articleId));
        length = cache.articleLengths.insert(request.articleId, *stored);
    }
    auto label = cache.labels.constFind(request.labelName);
    if (label == cache.labels.constEnd()) {
        const std::optional<Label> stored = labelByName(request.labelName);
        if (!stored) {
            QStringList names;
            for (const Label &l : labels())
                names.append(l.name);
            return fail(tr("no label named \"%1\" (the project has %2)")
                            .arg(request.labelName, names.join(QLatin1String(", "))));
        }
        label = cache.labels.insert(request.labelName, *stored);
    }
    QString spanError;
    if (!spanFits(request.articleId, *length, request.start, request.end, &spanError))
        return fail(spanError);

    qint64 entityId = request.entityId;
    QString entityName;
    if (entityId > 0) {
        SqlStatement find = statement("SELECT name FROM entities WHERE id = ?1");
        find.bind(1, entityId);
        if (!find.next())
            return fail(tr("no entity with id %1").arg(entityId));
        entityName = find.text(0);
    } else if (!request.entityName.trimmed().isEmpty()) {
        entityName = request.entityName.trimmed();
        const std::optional<qint64> found = entityIdFor(entityName, label->id, error);
        if (!found)
            return std::nullopt;
        entityId = *found;
    }

    SqlStatement insert =
        statement("INSERT INTO annotations (article_id, start, \"end\", label_id, entity_id, note, "
                  "annotator, status, created_at, modified_at) "
                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 0, ?8, ?8)");
    insert.bind(1, request.articleId)
        .bind(2, request.start)
        .bind(3, request.end)
        .bind(4, label->id)
        .bind(6, request.note)
        .bind(7, request.annotator)
        .bind(8, cache.now);
    insert.bindId(5, entityId);
    if (!run(insert, error))
        return std::nullopt;

    Annotation annotation;
    annotation.id = sqlite3_last_insert_rowid(m_db);
    annotation.articleId = request.articleId;
    annotation.start = request.start;
    annotation.end = request.end;
    annotation.labelId = label->id;
    annotation.labelName = label->name;
    annotation.entityId = entityId;
    annotation.entityName = entityName;
    annotation.note = request.note;
    annotation.annotator = request.annotator;
    annotation.createdAt = cache.now;
    annotation.modifiedAt = cache.now;
    return annotation;
}

std::optional<Annotation> ProjectDatabase::addAnnotation(const NewAnnotation &request,
                                                         QString *error)
{
    Transaction transaction(*this, error);
    if (!transaction.isActive())
        return std::nullopt;
    AnnotationBatchCache cache;
    std::optional<Annotation> annotation = storeAnnotation(request, cache, error);
    if (!annotation || !transaction.commit(error))
        return std::nullopt;
    return annotation;
}

std::optional<QVector<Annotation>>
ProjectDatabase::addAnnotations(const QVector<NewAnnotation> &requests, QString *error)
{
    Transaction transaction(*this, error);
    if (!transaction.isActive())
        return std::nullopt;
    AnnotationBatchCache cache;
    QVector<Annotation> added;
    added.reserve(requests.size());
    for (const NewAnnotation &request : requests) {
        std::optional<Annotation> annotation = storeAnnotation(request, cache, error);
        if (!annotation)
            return std::nullopt;
        added.append(std::move(*annotation));
    }
    if (!transaction.commit(error))
        return std::nullopt;
    return added;
}

bool ProjectDatabase::deleteAnnotations(const QVector<qint64> &ids, QString *error)
{
    Transaction transaction(*this, error);
    if (!transaction.isActive())
        return false;
    for (const qint64 id : ids) {
        if (!deleteRow("DELETE FROM annotations WHERE id = ?1", id,
                       tr("no annotation with id %1").arg(id), error))
            return false;
    }
    return transaction.commit(error);
}

bool ProjectDatabase::restoreAnnotations(const QVector<Annotation> &annotations, QString *error)
{
    Transaction transaction(*this, error);
    if (!transaction.isActive())
        return false;
    for (const Annotation &annotation : annotations) {
        if (!validateSpan(annotation.articleId, annotation.start, annotation.end, error)
            || !insertAnnotationRow(annotation, error))
            return false;
    }
    return transaction.commit(error);
}

QVector<Annotation> ProjectDatabase::annotations(qint64 articleId)
{
    QVector<Annotation> result;
    SqlStatement q = statement("SELECT " ANNOTATION_COLUMNS
                               "WHERE n.article_id = ?1 ORDER BY n.start, n.\"end\", n.id");
    q.bind(1, articleId);
    while (q.next())
        result.append(readAnnotation(q));
    return result;
}

bool ProjectDatabase::forEachArticle(const std::function<bool(const ExportArticle &)> &visit,
                                     bool onlyAnnotated, QString *error)
{
    ExportQuery query;
    query.onlyAnnotated = onlyAnnotated;
    return forEachArticle(query, visit, error);
}

std::optional<qint64> ProjectDatabase::articleLength(qint64 articleId)
{
    // Only the length: a summary's annotation count would cost a scan per edit.
    SqlStatement q = statement("SELECT length FROM articles WHERE id = ?1");
    q.bind(1, articleId);
    if (!q.next())
        return std::nullopt;
    return q.int64(0);
}

bool ProjectDatabase::validateSpan(qint64 articleId, qint64 start, qint64 end, QString *error)
{
    const std::optional<qint64> length = articleLength(articleId);
    if (!length) {
        if (error)
            *error = tr("no article with id %1").arg(articleId);
        return false;
    }
    return spanFits(articleId, *length, start, end, error);
}

bool ProjectDatabase::spanFits(qint64 articleId, qint64 length, qint64 start, qint64 end,
                               QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (start < 0)
        return fail(tr("start %1 is negative").arg(start));
    if (start >= end)
        return fail(tr("start %1 must be less than end %2").arg(start).arg(end));
    if (end > length)
        return fail(tr("end %1 is past the end of article %2, which has %3 characters")
                        .arg(end)
                        .arg(articleId)
                        .arg(length));
    return true;
}

std::optional<Annotation> ProjectDatabase::annotation(qint64 id)
{
    SqlStatement q = statement("SELECT " ANNOTATION_COLUMNS "WHERE n.id = ?1");
    q.bind(1, id);
    if (!q.next())
        return std::nullopt;
    return readAnnotation(q);
}

bool ProjectDatabase::checkSpan(qint64 articleId, qint64 start, qint64 end, QString *error)
{
    return validateSpan(articleId, start, end, error);
}

bool ProjectDatabase::updateAnnotation(const Annotation &annotation, QString *error,
                                       Timestamp timestamp)
{
    Transaction transaction(*this, error);
    return transaction.isActive() && updateAnnotationRow(annotation, timestamp, error)
        && transaction.commit(error);
}

bool ProjectDatabase::updateAnnotationRow(const Annotation &annotation, Timestamp timestamp,
                                          QString *error)
{
    // The span is checked against the article the annotation is stored in,
    // whatever the caller's copy says.
    qint64 articleId = 0;
    qint64 length = 0;
    {
        SqlStatement find = statement("SELECT n.article_id, a.length FROM annotations n "
                                      "JOIN articles a ON a.id = n.article_id WHERE n.id = ?1");
        find.bind(1, annotation.id);
        if (!find.next()) {
            if (error)
                *error = tr("no annotation with id %1").arg(annotation.id);
            return false;
        }
        articleId = find.int64(0);
        length = find.int64(1);
    }
    if (articleId != annotation.articleId) {
        if (error)
            *error = tr("annotation %1 belongs to article %2, not %3")
                         .arg(annotation.id)
                         .arg(articleId)
                         .arg(annotation.articleId);
        return false;
    }
    if (!spanFits(articleId, length, annotation.start, annotation.end, error))
        return false;
    SqlStatement update =
        statement("UPDATE annotations SET start = ?2, \"end\" = ?3, label_id = ?4, entity_id = ?5, "
                  "note = ?6, modified_at = ?7 WHERE id = ?1");
    update.bind(1, annotation.id)
        .bind(2, annotation.start)
        .bind(3, annotation.end)
        .bind(4, annotation.labelId)
        .bind(6, annotation.note)
        .bind(7, timestamp == Timestamp::Now ? Timestamps::nowUtc() : annotation.modifiedAt);
    update.bindId(5, annotation.entityId);
    return run(update, error);
}

bool ProjectDatabase::deleteRow(const char *sql, qint64 id, const QString &missing, QString *error)
{
    SqlStatement remove = statement(sql);
    remove.bind(1, id);
    if (!run(remove, error))
        return false;
    if (sqlite3_changes(m_db) != 1) {
        if (error)
            *error = missing;
        return false;
    }
    return true;
}

bool ProjectDatabase::deleteAnnotation(qint64 id, QString *error)
{
    return deleteRow("DELETE FROM annotations WHERE id = ?1", id,
                     tr("no annotation with id %1").arg(id), error);
}

bool ProjectDatabase::insertAnnotationRow(const Annotation &annotation, QString *error)
{
    SqlStatement insert = statement(
        "INSERT INTO annotations (id, article_id, start, \"end\", label_id, entity_id, note, "
        "annotator, status, created_at, modified_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    insert
        .bindId(1, annotation.id) // NULL: a fresh id
        .bind(2, annotation.articleId)
        .bind(3, annotation.start)
        .bind(4, annotation.end)
        .bind(5, annotation.labelId)
        .bind(7, annotation.note)
        .bind(8, annotation.annotator)
        .bind(9, qint64(annotation.status))
        .bind(10, annotation.createdAt)
        .bind(11, annotation.modifiedAt);
    insert.bindId(6, annotation.entityId);
    if (!run(insert, error))
        return false;
    return true;
}

bool ProjectDatabase::restoreAnnotation(const Annotation &annotation, QString *error)
{
    Transaction transaction(*this, error);
    return transaction.isActive()
        && validateSpan(annotation.articleId, annotation.start, annotation.end, error)
        && insertAnnotationRow(annotation, error) && transaction.commit(error);
}

bool ProjectDatabase::setArticleStatus(qint64 articleId, ArticleStatus status, QString *error)
{
    SqlStatement update = statement("UPDATE articles SET status = ?2 WHERE id = ?1");
    update.bind(1, articleId).bind(2, qint64(status));
    if (!run(update, error))
        return false;
    return true;
}

std::optional<qint64> ProjectDatabase::findOrCreateEntity(const QString &name, qint64 labelId,
                                                          QString *error)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        if (error)
            *error = tr("an entity needs a name");
        return std::nullopt;
    }
    return entityIdFor(trimmed, labelId, error);
}

std::optional<qint64> ProjectDatabase::entityIdFor(const QString &name, qint64 labelId,
                                                   QString *error)
{
    SqlStatement find = statement("SELECT id FROM entities WHERE name = ?1 AND label_id = ?2");
    find.bind(1, name).bind(2, labelId);
    if (find.next())
        return find.int64(0);
    SqlStatement insert = statement("INSERT INTO entities (name, label_id) VALUES (?1, ?2)");
    insert.bind(1, name).bind(2, labelId);
    if (!run(insert, error))
        return std::nullopt;
    return sqlite3_last_insert_rowid(m_db);
}

QStringList ProjectDatabase::entityNames()
{
    QStringList names;
    SqlStatement q = statement("SELECT DISTINCT name FROM entities ORDER BY name");
    while (q.next())
        names.append(q.text(0));
    return names;
}

std::optional<Label> ProjectDatabase::addLabel(const Label &label, QString *error)
{
    SqlStatement insert =
        statement("INSERT INTO labels (name, color, hotkey, description, position) "
                  "VALUES (?1, ?2, ?3, ?4, (SELECT coalesce(max(position), 0) + 1 FROM labels))");
    insert.bind(1, label.name.trimmed())
        .bind(2, label.color)
        .bind(3, label.hotkey)
        .bind(4, label.description);
    if (!insert.exec()) {
        if (error)
            *error = labelWriteError(label.name.trimmed());
        return std::nullopt;
    }
    Label added = label;
    added.id = sqlite3_last_insert_rowid(m_db);
    added.name = label.name.trimmed();
    return added;
}

bool ProjectDatabase::updateLabel(const Label &label, QString *error)
{
    SqlStatement update = statement(
        "UPDATE labels SET name = ?2, color = ?3, hotkey = ?4, description = ?5 WHERE id = ?1");
    update.bind(1, label.id)
        .bind(2, label.name.trimmed())
        .bind(3, label.color)
        .bind(4, label.hotkey)
        .bind(5, label.description);
    if (!update.exec()) {
        if (error)
            *error = labelWriteError(label.name.trimmed());
        return false;
    }
    return true;
}

QString ProjectDatabase::labelWriteError(const QString &name) const
{
    return sqlite3_extended_errcode(m_db) == SQLITE_CONSTRAINT_UNIQUE
        ? tr("a label named \"%1\" exists already").arg(name)
        : sqliteError();
}

qint64 ProjectDatabase::annotationCountForLabel(qint64 labelId)
{
    SqlStatement q = statement("SELECT count(*) FROM annotations WHERE label_id = ?1");
    q.bind(1, labelId);
    return q.next() ? q.int64(0) : 0;
}

std::optional<ProjectDatabase::LabelSnapshot> ProjectDatabase::deleteLabel(qint64 labelId,
                                                                           QString *error)
{
    Transaction transaction(*this, error);
    if (!transaction.isActive())
        return std::nullopt;
    LabelSnapshot snapshot;
    {
        SqlStatement q = statement("SELECT id, name, color, hotkey, description, position "
                                   "FROM labels WHERE id = ?1");
        q.bind(1, labelId);
        if (!q.next()) {
            if (error)
                *error = tr("no label with id %1").arg(labelId);
            return std::nullopt;
        }
        snapshot.label = { q.int64(0), q.text(1), q.text(2), q.text(3), q.text(4) };
        snapshot.position = int(q.int64(5));
    }
    {
        SqlStatement q =
            statement("SELECT id, name, external_id FROM entities WHERE label_id = ?1");
        q.bind(1, labelId);
        while (q.next()) {
            Entity entity;
            entity.id = q.int64(0);
            entity.name = q.text(1);
            entity.labelId = labelId;
            entity.externalId = q.text(2);
            snapshot.entities.append(entity);
        }
    }
    for (Entity &entity : snapshot.entities) {
        SqlStatement q = statement("SELECT alias FROM entity_aliases WHERE entity_id = ?1");
        q.bind(1, entity.id);
        while (q.next())
            entity.aliases.append(q.text(0));
    }
    {
        SqlStatement q = statement("SELECT " ANNOTATION_COLUMNS "WHERE n.label_id = ?1");
        q.bind(1, labelId);
        while (q.next())
            snapshot.annotations.append(readAnnotation(q));
    }
    {
        // Mentions of other labels may link to this label's entities; the
        // cascade unlinks them, so remember the links to restore them.
        SqlStatement q = statement(
            "SELECT n.id, n.entity_id FROM annotations n JOIN entities e ON e.id = n.entity_id "
            "WHERE e.label_id = ?1 AND n.label_id != ?1");
        q.bind(1, labelId);
        while (q.next())
            snapshot.foreignLinks.append({ q.int64(0), q.int64(1) });
    }
    {
        SqlStatement q = statement(
            "SELECT id, speaker_entity_id, speaker_annotation_id FROM quotes "
            "WHERE speaker_entity_id IN (SELECT id FROM entities WHERE label_id = ?1) "
            "OR speaker_annotation_id IN (SELECT id FROM annotations WHERE label_id = ?1)");
        q.bind(1, labelId);
        while (q.next()) {
            Quote link;
            link.id = q.int64(0);
            link.speakerEntityId = q.isNull(1) ? 0 : q.int64(1);
            link.speakerAnnotationId = q.isNull(2) ? 0 : q.int64(2);
            snapshot.speakerLinks.append(link);
        }
    }
    {
        SqlStatement q = statement(
            "SELECT r.article_id, r.start, r.\"end\", r.entity_id FROM rejected_suggestions r "
            "JOIN entities e ON e.id = r.entity_id WHERE e.label_id = ?1");
        q.bind(1, labelId);
        while (q.next())
            snapshot.rejections.append({ q.int64(0), q.int64(1), q.int64(2), q.int64(3) });
    }
    SqlStatement remove = statement("DELETE FROM labels WHERE id = ?1");
    remove.bind(1, labelId);
    if (!run(remove, error))
        return std::nullopt;
    if (!transaction.commit(error))
        return std::nullopt;
    return snapshot;
}

bool ProjectDatabase::restoreLabel(const LabelSnapshot &snapshot, QString *error)
{
    Transaction transaction(*this, error);
    if (!transaction.isActive())
        return false;
    {
        SqlStatement insert =
            statement("INSERT INTO labels (id, name, color, hotkey, description, position) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        insert.bind(1, snapshot.label.id)
            .bind(2, snapshot.label.name)
            .bind(3, snapshot.label.color)
            .bind(4, snapshot.label.hotkey)
            .bind(5, snapshot.label.description)
            .bind(6, qint64(snapshot.position));
        if (!run(insert, error))
            return false;
    }
    for (const Entity &entity : snapshot.entities) {
        SqlStatement insert = statement(
            "INSERT INTO entities (id, name, label_id, external_id) VALUES (?1, ?2, ?3, ?4)");
        insert.bind(1, entity.id)
            .bind(2, entity.name)
            .bind(3, entity.labelId)
            .bind(4, entity.externalId);
        if (!run(insert, error))
            return false;
        for (const QString &alias : entity.aliases) {
            SqlStatement addAlias =
                statement("INSERT INTO entity_aliases (entity_id, alias) VALUES (?1, ?2)");
            addAlias.bind(1, entity.id).bind(2, alias);
            if (!run(addAlias, error))
                return false;
        }
    }
    for (const Annotation &annotation : snapshot.annotations) {
        if (!insertAnnotationRow(annotation, error))
            return false;
    }
    for (const auto &[annotationId, entityId] : snapshot.foreignLinks) {
        SqlStatement relink = statement("UPDATE annotations SET entity_id = ?2 WHERE id = ?1");
        relink.bind(1, annotationId).bind(2, entityId);
        if (!run(relink, error))
            return false;
    }
    for (const Quote &link : snapshot.speakerLinks) {
        SqlStatement relink = statement("UPDATE quotes SET speaker_entity_id = ?2, "
                                        "speaker_annotation_id = ?3 WHERE id = ?1");
        relink.bind(1, link.id);
        relink.bindId(2, link.speakerEntityId);
        relink.bindId(3, link.speakerAnnotationId);
        if (!run(relink, error))
            return false;
    }
    for (const RejectedSuggestion &rejection : snapshot.rejections) {
        if (!insertRejection(rejection, error))
            return false;
    }
    return transaction.commit(error);
}

QVector<Quote> ProjectDatabase::quotes(qint64 articleId)
{
    QVector<Quote> result;
    SqlStatement q = statement("SELECT " QUOTE_COLUMNS
                               "WHERE q.article_id = ?1 ORDER BY q.start, q.\"end\", q.id");
    q.bind(1, articleId);
    while (q.next())
        result.append(readQuote(q));
    return result;
}

std::optional<Quote> ProjectDatabase::quote(qint64 id)
{
    SqlStatement q = statement("SELECT " QUOTE_COLUMNS "WHERE q.id = ?1");
    q.bind(1, id);
    if (!q.next())
        return std::nullopt;
    return readQuote(q);
}

QVector<Annotation> ProjectDatabase::entityMentions(qint64 entityId)
{
    QVector<Annotation> result;
    SqlStatement q = statement("SELECT " ANNOTATION_COLUMNS
                               "WHERE n.entity_id = ?1 ORDER BY n.article_id, n.start, n.id");
    q.bind(1, entityId);
    while (q.next())
        result.append(readAnnotation(q));
    return result;
}

std::optional<QVector<ProjectDatabase::SearchHit>>
ProjectDatabase::searchArticles(const QString &query, int limit, QString *error)
{
    QVector<SearchHit> hits;
    SqlStatement q =
        statement("SELECT s.rowid, a.title, snippet(article_search, 1, char(2), char(3), '…', 16) "
                  "FROM article_search s JOIN articles a ON a.id = s.rowid "
                  "WHERE article_search MATCH ?1 ORDER BY s.rank LIMIT ?2");
    q.bind(1, query).bind(2, qint64(limit));
    while (q.next())
        hits.append({ q.int64(0), q.text(1), q.text(2) });
    const int rc = q.resultCode();
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        if (error)
            *error = tr("the search \"%1\" failed: %2").arg(query, sqliteError());
        return std::nullopt;
    }
    return hits;
}

std::optional<QVector<qint64>> ProjectDatabase::articlesMatching(const QString &query,
                                                                 QString *error)
{
    QVector<qint64> ids;
    SqlStatement q =
        statement("SELECT rowid FROM article_search WHERE article_search MATCH ?1 ORDER BY rowid");
    q.bind(1, query);
    while (q.next())
        ids.append(q.int64(0));
    const int rc = q.resultCode();
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        if (error)
            *error = tr("the search \"%1\" failed: %2").arg(query, sqliteError());
        return std::nullopt;
    }
    return ids;
}

QVector<qint64> ProjectDatabase::articleIds()
{
    QVector<qint64> ids;
    SqlStatement q = statement("SELECT id FROM articles ORDER BY id");
    while (q.next())
        ids.append(q.int64(0));
    return ids;
}

QString ProjectDatabase::setting(const QString &key, const QString &fallback)
{
    SqlStatement q = statement("SELECT value FROM project_settings WHERE key = ?1");
    q.bind(1, key);
    return q.next() ? q.text(0) : fallback;
}

bool ProjectDatabase::setSetting(const QString &key, const QString &value, QString *error)
{
    SqlStatement q = statement("INSERT INTO project_settings (key, value) VALUES (?1, ?2) "
                               "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    q.bind(1, key).bind(2, value);
    return run(q, error);
}

bool ProjectDatabase::matchIgnoringAccents()
{
    return setting(QStringLiteral("matching.fold_accents"), QStringLiteral("1"))
        != QLatin1String("0");
}

// Full-text search in the window ---------------------------------------------

std::optional<qint64> ProjectDatabase::countArticlesMatching(const QString &query, QString *error)
{
    SqlStatement q = statement("SELECT count(*) FROM article_search WHERE article_search MATCH ?1");
    q.bind(1, query);
    if (q.next())
        return q.int64(0);
    if (error)
        *error = tr("the search \"%1\" failed: %2").arg(query, sqliteError());
    return std::nullopt;
}

// ---------------------------------------------------------------------------
// Export selection

namespace {

// The selection as SQL on articles (alias a), bound by bindExportQuery():
// ?1 article ids, ?2 statuses (JSON arrays, NULL for all), ?3 and ?4 the
// first and last day of the date range (NULL when open), ?5 only articles
// with a selected span, ?6 label names (JSON array, NULL for all), ?7 quotes.
// A partial date D (first 10 characters, so a time is ignored) meets the
// range when D >= the range's start cut to D's length, and D <= its end cut
// likewise: "2022-12" >= "2022-12" of "2022-12-15".
#define EXPORT_LABEL_FILTER                                                                        \
    "(?6 IS NULL OR n.label_id IN (SELECT sl.id FROM labels sl "                                   \
    "WHERE sl.name IN (SELECT value FROM json_each(?6)))) "

#define EXPORT_ARTICLE_CONDITIONS                                                                  \
    "(?2 IS NULL OR a.status IN (SELECT value FROM json_each(?2))) "                               \
    "AND (?3 IS NULL OR (a.date <> '' AND substr(a.date, 1, 10) >= "                               \
    "substr(?3, 1, length(substr(a.date, 1, 10))))) "                                              \
    "AND (?4 IS NULL OR (a.date <> '' AND substr(a.date, 1, 10) <= "                               \
    "substr(?4, 1, length(substr(a.date, 1, 10))))) "                                              \
    "AND (?5 = 0 OR EXISTS (SELECT 1 FROM annotations n WHERE n.article_id = a.id "                \
    "AND " EXPORT_LABEL_FILTER ") OR (?7 = 1 AND EXISTS (SELECT 1 FROM quotes q "                  \
    "WHERE q.article_id = a.id))) "
#define EXPORT_ARTICLE_FILTER                                                                      \
    "(?1 IS NULL OR a.id IN (SELECT value FROM json_each(?1))) AND " EXPORT_ARTICLE_CONDITIONS
// Chosen articles lead, so SQLite looks each one up by id instead of testing
// every article of the project (a one-article command read all 100,000).
#define EXPORT_CHOSEN_ARTICLE_FILTER                                                               \
    "a.id IN (SELECT value FROM json_each(?1)) AND " EXPORT_ARTICLE_CONDITIONS

void bindExportQuery(SqlStatement &q, const ProjectDatabase::ExportQuery &query)
{
    const ExportSelection &s = query.selection;
    const auto json = [](const QJsonArray &array) {
        return QJsonDocument(array).toJson(QJsonDocument::Compact);
    };
    if (s.articleIds.isEmpty()) {
        q.bindNull(1);
    } else {
        QJsonArray ids;
        for (const qint64 id : s.articleIds)
            ids.append(id);
        q.bindUtf8(1, json(ids));
    }
    if (s.statuses.isEmpty()) {
        q.bindNull(2);
    } else {
        QJsonArray statuses;
        for (const ArticleStatus status : s.statuses)
            statuses.append(int(status));
        q.bindUtf8(2, json(statuses));
    }
    if (s.from.isEmpty())
        q.bindNull(3);
    else
        q.bind(3, ExportSelection::firstDay(s.from));
    if (s.to.isEmpty())
        q.bindNull(4);
    else
        q.bind(4, ExportSelection::lastDay(s.to));
    q.bind(5, qint64(query.onlyAnnotated ? 1 : 0));
    if (!s.labels)
        q.bindNull(6);
    else
        q.bindUtf8(6, json(QJsonArray::fromStringList(*s.labels)));
    q.bind(7, qint64(s.quotes ? 1 : 0));
}

} // namespace

std::optional<qint64> ProjectDatabase::exportArticleCount(const ExportQuery &query, QString *error)
{
    SqlStatement q = query.selection.articleIds.isEmpty()
        ? statement("SELECT count(*) FROM articles a WHERE " EXPORT_ARTICLE_FILTER)
        : statement("SELECT count(*) FROM articles a WHERE " EXPORT_CHOSEN_ARTICLE_FILTER);
    bindExportQuery(q, query);
    if (!q.next()) {
        if (error)
            *error = sqliteError();
        return std::nullopt;
    }
    return q.int64(0);
}

bool ProjectDatabase::forEachArticle(const ExportQuery &query,
                                     const std::function<bool(const ExportArticle &)> &visit,
                                     QString *error)
{
    // Three ordered cursors walked side by side: one pass over each table,
    // each text read once, however many annotations point into it. The
    // annotation and quote cursors repeat the article filter only when there
    // is one to apply; without it they read every row in index order.
#define EXPORT_ARTICLES_WITH_TEXT(FILTER)                                                          \
    "SELECT " ARTICLE_COLUMNS ", t.text FROM articles a "                                          \
    "LEFT JOIN article_texts t ON t.article_id = a.id WHERE " FILTER "ORDER BY a.id"
#define EXPORT_ARTICLES(FILTER)                                                                    \
    "SELECT " ARTICLE_COLUMNS ", '' FROM articles a WHERE " FILTER "ORDER BY a.id"
#define EXPORT_ANNOTATIONS(FILTER)                                                                 \
    "SELECT " ANNOTATION_COLUMNS "WHERE " EXPORT_LABEL_FILTER                                      \
    "AND n.article_id IN (SELECT a.id FROM articles a WHERE " FILTER                               \
    ") ORDER BY n.article_id, n.start, n.\"end\", n.id"
#define EXPORT_QUOTES(FILTER)                                                                      \
    "SELECT " QUOTE_COLUMNS "WHERE q.article_id IN (SELECT a.id FROM articles a "                  \
    "WHERE " FILTER ") ORDER BY q.article_id, q.start, q.\"end\", q.id"
    const bool chosen = !query.selection.articleIds.isEmpty();
    SqlStatement articles = query.withText
        ? statement(chosen ? EXPORT_ARTICLES_WITH_TEXT(EXPORT_CHOSEN_ARTICLE_FILTER)
                           : EXPORT_ARTICLES_WITH_TEXT(EXPORT_ARTICLE_FILTER))
        : statement(chosen ? EXPORT_ARTICLES(EXPORT_CHOSEN_ARTICLE_FILTER)
                           : EXPORT_ARTICLES(EXPORT_ARTICLE_FILTER));
    const bool filtered = query.selection.restrictsArticles();
    SqlStatement annotations = chosen ? statement(EXPORT_ANNOTATIONS(EXPORT_CHOSEN_ARTICLE_FILTER))
        : filtered                    ? statement(EXPORT_ANNOTATIONS(EXPORT_ARTICLE_FILTER))
                   : statement("SELECT " ANNOTATION_COLUMNS "WHERE " EXPORT_LABEL_FILTER
                               "ORDER BY n.article_id, n.start, n.\"end\", n.id");
    SqlStatement quotes = chosen ? statement(EXPORT_QUOTES(EXPORT_CHOSEN_ARTICLE_FILTER))
        : filtered
        ? statement(EXPORT_QUOTES(EXPORT_ARTICLE_FILTER))
        : statement("SELECT " QUOTE_COLUMNS "ORDER BY q.article_id, q.start, q.\"end\", q.id");
    bindExportQuery(articles, query);
    bindExportQuery(annotations, query);
    if (filtered)
        bindExportQuery(quotes, query);

    bool haveAnnotation = annotations.next();
    bool haveQuote = query.selection.quotes && quotes.next();
    ExportArticle article;
    while (articles.next()) {
        article.summary = readArticleSummary(articles);
        article.annotations.clear();
        article.quotes.clear();
        const qint64 id = article.summary.id;
        // Rows of articles we are not visiting (filtered out) are skipped.
        while (haveAnnotation && annotations.int64(1) < id)
            haveAnnotation = annotations.next();
        while (haveAnnotation && annotations.int64(1) == id) {
            article.annotations.append(readAnnotation(annotations));
            haveAnnotation = annotations.next();
        }
        while (haveQuote && quotes.int64(1) < id)
            haveQuote = quotes.next();
        while (haveQuote && quotes.int64(1) == id) {
            article.quotes.append(readQuote(quotes));
            haveQuote = quotes.next();
        }
        // Damage is told and left out, never visited (StoredArticleCheck).
        const QString damage = query.withText
            ? StoredArticleCheck::checkText(article.summary, articles.type(ArticleColumnCount),
                                            articles.bytes(ArticleColumnCount), &article.text)
            : QString();
        const QStringList problems =
            damage.isEmpty() ? StoredArticleCheck::checkSpans(&article) : QStringList { damage };
        for (const QString &problem : problems) {
            if (query.damaged)
                query.damaged(problem);
        }
        if (!damage.isEmpty())
            continue;
        if (!visit(article))
            return true;
    }
    for (const SqlStatement *cursor : { &articles, &annotations, &quotes }) {
        const int rc = cursor->resultCode();
        if (rc != 0 && rc != SQLITE_DONE && rc != SQLITE_ROW) {
            if (error)
                *error = sqliteError();
            return false;
        }
    }
    return true;
}

} // namespace Marginalia
