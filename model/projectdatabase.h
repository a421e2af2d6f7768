// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"
#include "article.h"
#include "entity.h"
#include "exportselection.h"
#include "label.h"
#include "schema.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QVector>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace Marginalia {

class SqlStatement;

/// The one owner of a project's SQLite connection, and the only code that
/// runs SQL. Everything else in the program asks it through typed calls.
///
/// Every call that changes the project commits before it returns, with
/// synchronous=FULL in WAL mode: once a call reports success, the change
/// survives a killed process and a power cut.
class ProjectDatabase
{
    Q_DECLARE_TR_FUNCTIONS(ProjectDatabase)
public:
    enum class OpenStatus {
        Opened,
        Created,
        Missing,
        Unreadable,
        Empty,
        NotSqlite,
        NotOurs,
        Truncated,
        Corrupted,
        ForeignSchema, ///< objects (a trigger, a view…) this version does not create
        NewerVersion,
        AlreadyExists,
        Failed, ///< I/O errors, a failed migration and the like
    };

    /// What open() did to make sure every page is sound; the header and
    /// the schema are always checked.
    enum class IntegrityCheck {
        Full, ///< SQLite's quick_check of every page (seconds at 100,000 articles)
        Trusted, ///< not needed: IntegrityLedger has seen the file as it is now
        Deferred, ///< not yet: the caller runs checkIntegrity() on a thread
    };
    enum class CheckPolicy {
        UnlessTrusted, ///< the full check unless IntegrityLedger trusts the file
        InBackground, ///< the caller runs checkIntegrity() on a thread if needed
    };

    struct OpenResult
    {
        std::unique_ptr<ProjectDatabase> database; ///< null unless Opened or Created
        OpenStatus status = OpenStatus::Failed;
        QString error; ///< names the file and says what is wrong
        QString backupPath; ///< the copy taken before a migration, if any
        int migratedFrom = 0; ///< schema version before migration, 0 if none ran
        /// Set when the project opened with a limitation the user must know
        /// of (read-only on a full disk); names the file.
        QString warning;
        /// What opening did besides (an interrupted import undone), one
        /// line each, naming the file.
        QStringList notices;
        IntegrityCheck integrityCheck = IntegrityCheck::Full;
    };

    /// Makes a new project file at \a path, which must not exist yet.
    static OpenResult create(const QString &path);

    /// Opens an existing project, refusing anything that is not a sound
    /// Marginalia project with a message that says why; a refused file is left
    /// byte for byte as it was. Older schemas are migrated after a backup copy.
    /// A file whose schema is to be migrated always gets the full check first.
    static OpenResult open(const QString &path, const Schema &schema = Schema::current(),
                           CheckPolicy policy = CheckPolicy::UnlessTrusted);
    /// Runs SQLite's quick_check over every page (on a thread for a large
    /// project); empty when the file is sound, else a message naming it:
    /// the damage found (\a damaged true; the ledger then trusts the file
    /// no more), or why the check could not run.
    QString checkIntegrity(bool *damaged = nullptr);
    /// Closing writes nothing more into the file, not even the log's
    /// checkpoint: for a file found damaged while open. The log stays
    /// beside it, with every edit made.
    void keepLogOnClose();
    IntegrityCheck integrityCheck() const { return m_integrityCheck; }
    /// Makes the statement running on this connection, on another thread,
    /// stop with an error (a long read that is no longer wanted).
    void interrupt();
    /// Every statement on this connection stops with an error once \a
    /// cancelled is set, also one that starts after (which interrupt()
    /// alone would miss). \a cancelled outlives the connection.
    void stopWhenSet(const std::atomic<bool> *cancelled);

    /// Checkpoints the write-ahead log so the file alone is the whole project.
    ~ProjectDatabase();
    /// For a second connection in a process that keeps its main one open
    /// (a job or a read on a thread): closing leaves the log to the main
    /// connection, whose close folds it in, instead of taking the write
    /// lock for a checkpoint while the window may be storing an edit.
    void leaveCheckpointToMainConnection() { m_checkpointOnClose = false; }
    ProjectDatabase(const ProjectDatabase &) = delete;
    ProjectDatabase &operator=(const ProjectDatabase &) = delete;

    QString path() const { return m_path; }
    /// True when the project was opened for reading only because its disk
    /// is full: every edit then fails with a message, nothing is half-stored.
    bool isReadOnly() const { return m_readOnly; }
    /// How long a write waits for another connection's write to end before
    /// it fails (5 s unless set). The window waits briefly and then asks.
    void setBusyTimeout(int milliseconds);
    /// Whether the last SQLite failure was only that another connection
    /// held the write lock: nothing was changed, and the same edit may
    /// succeed when tried again. A caller that retries clears it first.
    bool lastFailureWasBusy() const { return m_lastFailureBusy; }
    void clearLastFailure() { m_lastFailureBusy = false; }
    int schemaVersion();
    /// SQLite's count of commits by other connections: another value than
    /// the last one read means the project changed under this connection.
    qint64 dataVersion();
    /// For checks and diagnostics: "wal", 2 (FULL), true.
    QString journalMode();
    int synchronousLevel();
    bool foreignKeysEnabled();
    /// The SQL of every statement this connection has prepared and keeps,
    /// for the test that reads their query plans.
    QStringList preparedStatements() const;

    // Backups (projectdatabasebackup.cpp; the policy is ProjectBackups')
    /// Copies the project as committed now into the new file \a target
    /// through SQLite's online backup API on this connection (never a copy
    /// of the file, which another descriptor would need): a complete,
    /// closed project in one file, renamed into place only when written and
    /// synced. Refuses a \a target that exists. Works while other
    /// connections write.
    bool backUpTo(const QString &target, QString *error);

    /// What a closed project file (a backup) holds, read through a
    /// read-only connection that leaves nothing beside the file.
    struct FileSummary
    {
        int schemaVersion = 0;
        qint64 articles = 0;
        qint64 annotations = 0;
        qint64 quotes = 0;
    };
    static std::optional<FileSummary> summarizeFile(const QString &path, QString *error);
    /// Copies the closed project file \a source (a backup) into the new
    /// file \a target as backUpTo does; \a source is only read.
    static bool copyFile(const QString &source, const QString &target, QString *error);

    // Labels
    QVector<Label> labels();
    std::optional<Label> labelByName(const QString &name);
    /// Adds a label at the end of the palette; its id is assigned.
    std::optional<Label> addLabel(const Label &label, QString *error);
    /// Renames, recolours, changes the hotkey or description of label.id.
    bool updateLabel(const Label &label, QString *error);
    qint64 annotationCountForLabel(qint64 labelId);

    /// Everything deleting a label takes with it, so that it can be put back.
    struct LabelSnapshot
    {
        Label label;
        int position = 0;
        QVector<Entity> entities;
        QVector<Annotation> annotations;
        /// Annotations of other labels linked to these entities: annotation, entity.
        QVector<std::pair<qint64, qint64>> foreignLinks;
        /// Quotes whose speaker is one of these entities or mentions, as
        /// they were: the cascade unlinks them.
        QVector<Quote> speakerLinks;
        /// Suggestions of these entities the analyst had rejected.
        QVector<RejectedSuggestion> rejections;
    };
    /// Deletes a label with its entities and annotations, in one transaction.
    std::optional<LabelSnapshot> deleteLabel(qint64 labelId, QString *error);
    bool restoreLabel(const LabelSnapshot &snapshot, QString *error);

    // Entities
    /// The entity of that name and label, created if there is none.
    std::optional<qint64> findOrCreateEntity(const QString &name, qint64 labelId, QString *error);
    /// Every entity name, for completion.
    QStringList entityNames();
    /// Every entity with its aliases, label name and counts of mentions and
    /// of articles that mention it.
    QVector<EntitySummary> entitySummaries();
    qint64 entityCount();
    /// Every entity with its aliases, for matching names in texts.
    QVector<Entity> entities();
    std::optional<Entity> entity(qint64 id);
    /// Adds an entity with its aliases and external id; its id is assigned.
    std::optional<Entity> addEntity(const Entity &entity, QString *error);
    /// Renames, relabels, changes the aliases and external id of entity.id.
    /// A new label carries over to every mention linked to the entity.
    bool updateEntity(const Entity &entity, QString *error);
    /// Folds \a goneId into \a keptId: mentions and quote speakers follow,
    /// the gone entity's name and aliases become aliases of the kept one, and
    /// mentions take the kept entity's label.
    bool mergeEntities(qint64 keptId, qint64 goneId, QString *error);
    /// Deletes an entity; its mentions stay, unlinked.
    bool deleteEntity(qint64 id, QString *error);
    /// The entities \a ids as they are now, with every mention and quote
    /// speaker linked to them, for undo.
    std::optional<EntityState> entityState(const QVector<qint64> &ids, QString *error);
    /// Makes the entities of state.ids exactly as captured, in one
    /// transaction: missing ones are deleted, others written back with their
    /// ids, and the captured mentions and speakers relinked.
    bool restoreEntityState(const EntityState &state, QString *error);
    /// Every distinct way linked mentions write their entity ("Loukachenko"
    /// for "Alexandre Loukachenko"), with the entity's label and a count.
    QVector<EntityForm> entityMentionForms();
    /// The text of [start, end) (code points) of an article; nullopt if none.
    std::optional<QString> articleSpanText(qint64 articleId, qint64 start, qint64 end);
    /// The mentions of an entity across the project, in article order.
    QVector<Annotation> entityMentions(qint64 entityId);

    // The entities panel
    /// One entity as entitySummaries() lists it; nullopt if there is none.
    std::optional<EntitySummary> entitySummary(qint64 id);
    /// The checks addEntity and updateEntity make (a name, a label that
    /// exists, no other entity of that label with that name), for callers
    /// that validate before they commit to an edit.
    bool checkEntity(const Entity &entity, QString *error);

    // Project settings: choices that travel with the project file
    QString setting(const QString &key, const QString &fallback = QString());
    bool setSetting(const QString &key, const QString &value, QString *error);
    /// Whether names match texts whatever their accents (on unless turned off).
    bool matchIgnoringAccents();

    // Suggestions
    QVector<RejectedSuggestion> rejectedSuggestions(qint64 articleId);
    bool setSuggestionRejected(const RejectedSuggestion &suggestion, bool rejected, QString *error);

    // Full-text search over titles and texts (FTS5)
    struct SearchHit
    {
        qint64 articleId = 0;
        QString title;
        QString snippet; ///< hits between U+0002 and U+0003
    };
    /// Articles matching an FTS5 query, best first.
    std::optional<QVector<SearchHit>> searchArticles(const QString &query, int limit,
                                                     QString *error);
    /// Ids of articles matching an FTS5 query, in id order.
    std::optional<QVector<qint64>> articlesMatching(const QString &query, QString *error);
    QVector<qint64> articleIds();

    // Full-text search in the window
    /// How many articles match an FTS5 query, for "N articles" above a
    /// result list that shows only the best few.
    std::optional<qint64> countArticlesMatching(const QString &query, QString *error);

    // Articles
    struct InsertOutcome
    {
        qint64 id = 0; ///< the new article, or the stored one it duplicates
        bool duplicate = false;
        QString existingTitle; ///< of the stored duplicate
    };
    /// Inserts a batch in one transaction; duplicates (same content hash as a
    /// stored article or an earlier one in the batch) are reported, not stored.
    /// With \a importRun (from beginImportRun) the new articles are recorded
    /// under that run in the same transaction.
    bool insertArticles(QVector<NewArticle> &batch, QVector<InsertOutcome> *outcomes,
                        QString *error, qint64 importRun = 0);

    // Import runs (projectdatabaseimportruns.cpp)
    /// Starts recording an import that commits in batches. Until
    /// finishImportRun, the run's articles are undone by abandonImportRun or,
    /// if this process dies first, by the next open() of the project.
    std::optional<qint64> beginImportRun(QString *error);
    /// Keeps the run's articles: from here on they are like any other.
    bool finishImportRun(qint64 run, QString *error);
    /// Removes the run's articles and everything on them, in one transaction.
    bool abandonImportRun(qint64 run, QString *error);
    /// Undoes every run whose process has ended; one line per run undone.
    QStringList undoAbandonedImportRuns(QString *error);
    /// Removes articles and everything that points into them, in one transaction.
    bool deleteArticles(const QVector<qint64> &ids, QString *error);
    QVector<ArticleSummary> articleSummaries();
    /// Each article in id order, one at a time: nothing is held for the
    /// whole list (the CLI's list of 100,000 articles).
    void forEachArticleSummary(const std::function<void(const ArticleSummary &)> &visit);
    std::optional<ArticleSummary> articleSummary(qint64 id);
    /// The article list's rows in id order: those with an id above \a afterId,
    /// at most \a limit of them (all when negative). Returns how many.
    qint64 forEachArticleListRow(const std::function<void(ArticleListRow &&)> &visit,
                                 qint64 afterId = 0, qint64 limit = -1);
    std::optional<ArticleListRow> articleListRow(qint64 id);
    /// The articles holding a mention of the label, in id order (the list's
    /// filters; kept by the schema, so no mention is read).
    QVector<qint64> articlesWithLabel(qint64 labelId);
    /// The articles holding a mention by \a annotator, in id order.
    QVector<qint64> articlesByAnnotator(const QString &annotator);
    bool articleHasLabel(qint64 articleId, qint64 labelId);
    bool articleHasAnnotator(qint64 articleId, const QString &annotator);
    /// Everyone who made a mention, sorted; "" when some are unsigned.
    QStringList annotators();
    /// An accepted mention as the agreement report reads it: no names joined.
    struct CoderSpan
    {
        qint64 start = 0;
        qint64 end = 0;
        qint64 labelId = 0;
        QString annotator;
    };
    /// The article's accepted mentions (not suggestions), any annotator
    /// (projectdatabaseagreement.cpp).
    QVector<CoderSpan> coderSpans(qint64 articleId);
    /// A quote as the agreement report reads it: its span, its coder and
    /// who speaks (the entity, else the mention, else the name written).
    struct CoderQuote
    {
        qint64 start = 0;
        qint64 end = 0;
        QString annotator;
        qint64 speakerEntityId = 0; ///< the quote's, or its speaker mention's; 0 when none
        qint64 speakerMentionStart = -1; ///< -1 when no mention
        qint64 speakerMentionEnd = -1;
        QString speakerName;
    };
    QVector<CoderQuote> coderQuotes(qint64 articleId);
    /// Whether the project holds an article, without counting them.
    bool hasArticles();
    std::optional<QString> articleText(qint64 id);
    /// The article's text once StoredArticleCheck found it sound, for work on
    /// the whole text (quote detection, tag all). nullopt when there is no
    /// such article (\a damage then stays empty) or when it is damaged:
    /// \a damage then names the article and says what is wrong.
    std::optional<QString> verifiedArticleText(qint64 id, QString *damage);
    qint64 articleCount();
    bool setArticleStatus(qint64 articleId, ArticleStatus status, QString *error);

    // Annotations
    /// Validates and stores one annotation; on any error nothing is stored.
    std::optional<Annotation> addAnnotation(const NewAnnotation &request, QString *error);
    /// Stores many in one transaction: all of them, or on any error none.
    std::optional<QVector<Annotation>> addAnnotations(const QVector<NewAnnotation> &requests,
                                                      QString *error);
    /// Deletes many in one transaction, for undo of a batch.
    bool deleteAnnotations(const QVector<qint64> &ids, QString *error);
    /// Puts many back with their ids and timestamps, in one transaction.
    bool restoreAnnotations(const QVector<Annotation> &annotations, QString *error);
    QVector<Annotation> annotations(qint64 articleId);
    std::optional<Annotation> annotation(qint64 id);
    /// The project's mentions and quotes, kept by the schema's triggers.
    qint64 annotationCount();
    qint64 quoteCount();
    /// Changes an annotation's span, label, entity and note to those given
    /// (validated against its stored article) and stamps modified_at now,
    /// or, for undo, restores annotation.modifiedAt as it was.
    enum class Timestamp { Now, AsGiven };
    bool updateAnnotation(const Annotation &annotation, QString *error,
                          Timestamp timestamp = Timestamp::Now);
    /// Makes \a entity (with entity.id when it has one, as a redo does) and
    /// links \a annotation to it, in one transaction: a crash leaves both or
    /// neither. annotation.entityId is ignored. Returns the entity as stored.
    std::optional<Entity> addEntityLinking(const Entity &entity, const Annotation &annotation,
                                           Timestamp timestamp, QString *error);
    /// Undoes addEntityLinking in one transaction: puts \a before back as it
    /// was and deletes entity \a entityId.
    bool removeEntityUnlinking(qint64 entityId, const Annotation &before, QString *error);
    /// The checks addAnnotation makes on a span, for callers that validate
    /// before they commit to an edit.
    bool checkSpan(qint64 articleId, qint64 start, qint64 end, QString *error);
    bool deleteAnnotation(qint64 id, QString *error);
    /// Puts a deleted annotation back with its id and timestamps, for undo.
    bool restoreAnnotation(const Annotation &annotation, QString *error);

    // Quotes
    QVector<Quote> quotes(qint64 articleId);
    std::optional<Quote> quote(qint64 id);
    /// The largest quote id in the project, 0 for none: quotes stored later
    /// in the same transaction have larger ones.
    qint64 largestQuoteId();
    /// Replaces the article's detected quotes with these, in one transaction;
    /// quotes made or edited by hand stay, and detected ones overlapping them
    /// are left out. When detection finds what is stored already, nothing is
    /// written (ids and timestamps stay) and \a changed is set false.
    bool replaceDetectedQuotes(qint64 articleId, const QVector<NewQuote> &detected, QString *error,
                               bool *changed = nullptr);
    std::optional<Quote> addQuote(const NewQuote &quote, QString *error);
    bool deleteQuote(qint64 id, QString *error);
    /// Puts a deleted quote back with its id and timestamps, for undo.
    bool restoreQuote(const Quote &quote, QString *error);
    /// Changes span, speaker, note and the manual flag; stamps modified_at.
    bool updateQuote(const Quote &quote, QString *error);
    /// Makes the article's quotes exactly these (ids and timestamps kept),
    /// in one transaction: undo and redo of a detection run.
    bool setQuotes(qint64 articleId, const QVector<Quote> &quotes, QString *error);
    /// setQuotes for many articles in one transaction: undo and redo of a
    /// detection run over the project.
    bool setQuotesOfArticles(const QVector<std::pair<qint64, QVector<Quote>>> &articles,
                             QString *error);

    // Imported annotations and quotes (CSV, JSONL and brat files)
    /// An annotation or a quote read from a file, already matched to an
    /// article and checked against its text. Offsets in code points.
    struct ImportedSpan
    {
        enum class Kind { Entity, Quote };
        Kind kind = Kind::Entity;
        qint64 articleId = 0; ///< -n: the n-th article given along (from 1)
        qint64 start = 0;
        qint64 end = 0;
        QString labelName; ///< entities; a label the project lacks is created
        QString entityName; ///< entities; found or created under the label, empty for none
        QString speakerName; ///< quotes
        qint64 cueStart = -1; ///< quotes, -1 for none
        qint64 cueEnd = -1;
        qint64 replacesQuoteId = 0; ///< quotes: a detected quote at the same span to replace
        QString note;
        QString annotator;
        QString createdAt; ///< kept as given; empty: now
        QString modifiedAt; ///< kept as given; empty: createdAt
    };
    /// Stores \a articles (as insertArticles does) and the spans in one
    /// transaction, each span with a fresh id: all of it, or on any error
    /// nothing. Labels the project lacks are created with a colour of their
    /// own and their names appended to \a createdLabels. Quotes are stored
    /// as made by hand, so detection never replaces them.
    bool importSpans(QVector<NewArticle> &articles, const QVector<ImportedSpan> &spans,
                     QVector<InsertOutcome> *articleOutcomes, QStringList *createdLabels,
                     QString *error);
    /// importSpans without its transaction and without articles: inside a
    /// Transaction held open across calls, so that a file too large to hold
    /// is stored in parts and still whole or not at all.
    bool writeImportedSpans(const QVector<ImportedSpan> &spans, QStringList *createdLabels,
                            QString *error);

    /// BEGIN IMMEDIATE until commit(), else ROLLBACK (projectdatabasetransaction.h).
    class Transaction;

    /// An article with everything an exporter writes about it.
    struct ExportArticle
    {
        ArticleSummary summary;
        QString text;
        QVector<Annotation> annotations; ///< in text order
        QVector<Quote> quotes; ///< in text order
    };
    /// Streams articles in id order with their annotations and quotes, reading
    /// each text once. \a visit returns false to stop early.
    bool forEachArticle(const std::function<bool(const ExportArticle &)> &visit, bool onlyAnnotated,
                        QString *error);

    // Export selection
    /// What forEachArticle(query, ...) reads: the selection is applied in SQL,
    /// so the text of an article that is filtered out is never read.
    struct ExportQuery
    {
        ExportSelection selection;
        /// Only articles holding at least one selected annotation or quote.
        bool onlyAnnotated = false;
        /// false: ExportArticle::text stays empty, for exports of metadata and counts.
        bool withText = true;
        /// Told of each article (text read) or span found damaged by
        /// StoredArticleCheck; visit never sees what is damaged.
        std::function<void(const QString &problem)> damaged;
    };
    /// Streams the selected articles in id order with their selected
    /// annotations and quotes, checked (StoredArticleCheck): damaged articles
    /// and spans are left out and told to query.damaged. \a visit returns
    /// false to stop early.
    bool forEachArticle(const ExportQuery &query,
                        const std::function<bool(const ExportArticle &)> &visit, QString *error);
    /// How many articles forEachArticle(query, ...) visits.
    std::optional<qint64> exportArticleCount(const ExportQuery &query, QString *error);

private:
    ProjectDatabase(sqlite3 *db, const QString &path);
    /// open() once shared; again with \a readOnlyOnFullDisk when the disk
    /// has no room left for the shared-memory index.
    static OpenResult openChecked(const QString &path, const Schema &schema, CheckPolicy policy,
                                  bool readOnlyOnFullDisk);

    SqlStatement statement(const char *sql);
    bool execute(const char *sql, QString *error = nullptr);
    QString sqliteError() const;
    /// Notes whether \a code is SQLITE_BUSY and, if so, says who writes.
    QString busyError(int code) const;
    /// Runs a statement that returns no rows; on failure, SQLite's message.
    bool run(SqlStatement &statement, QString *error);
    bool configureConnection(QString *error);
    /// Runs the steps from \a fromVersion on, each in its own transaction;
    /// \a reached is the version the file is at afterwards, also on failure.
    bool migrate(const Schema &schema, int fromVersion, QString *error, int *reached = nullptr);
    QString backUp(int version, QString *error);
    QString pragmaText(const char *sql);
    bool validateSpan(qint64 articleId, qint64 start, qint64 end, QString *error);
    std::optional<qint64> articleLength(qint64 articleId);
    bool spanFits(qint64 articleId, qint64 length, qint64 start, qint64 end, QString *error);
    QString labelWriteError(const QString &name) const;
    bool insertAnnotationRow(const Annotation &annotation, QString *error);
    bool updateAnnotationRow(const Annotation &annotation, Timestamp timestamp, QString *error);
    std::optional<qint64> insertEntityRow(const Entity &entity, QString *error);
    struct AnnotationBatchCache;
    std::optional<Annotation> storeAnnotation(const NewAnnotation &request,
                                              AnnotationBatchCache &cache, QString *error);
    std::optional<qint64> entityIdFor(const QString &name, qint64 labelId, QString *error);
    bool writeAliases(qint64 entityId, const QStringList &aliases, QString *error);
    QString entityWriteError(const QString &name, qint64 labelId);
    QHash<qint64, QStringList> aliasesByEntity();
    bool insertRejection(const RejectedSuggestion &rejection, QString *error);
    bool restoreQuoteRow(const Quote &quote, QString *error);
    /// Runs a DELETE of one row by id (?1); \a missing when there was none.
    bool deleteRow(const char *sql, qint64 id, const QString &missing, QString *error);
    bool insertQuoteRow(qint64 id, const NewQuote &quote, const QString &createdAt,
                        const QString &modifiedAt, QString *error);
    bool insertArticleRow(NewArticle &article, const QString &now, InsertOutcome *outcome,
                          QString *error);
    /// deleteArticles without its transaction.
    bool deleteArticleRows(const QVector<qint64> &ids, QString *error);
    /// Removes import run \a run and its articles. With \a deadOwner, only
    /// if the run is still that process's and the process has ended (checked
    /// under the write lock); \a removed says whether it was removed.
    bool removeImportRun(qint64 run, const QString &deadOwner, bool *removed, QString *error);
    std::optional<qint64> importLabel(const QString &name, QHash<QString, qint64> &labels,
                                      QStringList *createdLabels, QString *error);

    sqlite3 *m_db = nullptr;
    QString m_path;
    bool m_ready = false; ///< opened and checked: closing may checkpoint
    bool m_checkpointOnClose = true;
    bool m_readOnly = false; ///< opened for reading only on a full disk
    QString m_ledgerKey; ///< from IntegrityLedger::opened(); closing tells it too
    IntegrityCheck m_integrityCheck = IntegrityCheck::Full;
    mutable bool m_lastFailureBusy = false;
    QHash<const char *, sqlite3_stmt *> m_statements;
};

} // namespace Marginalia
