// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"
#include "article.h"
#include "entity.h"
#include "label.h"
#include "occurrencetagger.h"
#include "projectbackups.h"
#include "projectdatabase.h"
#include "projectreadthread.h"
#include "quotedetection.h"
#include "suggestionfinder.h"
#include "suggestionindexloader.h"
#include "writewaiter.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QThread>
#include <QUndoStack>

#include <memory>

namespace Marginalia {

class CodePointIndex;
class QuoteDetection;

/// An open project in the window: the database, the undo stack, and the
/// signals every view listens to. Views never write to the database; they
/// call the edit functions here, which push undo commands. Commands change
/// the project through the apply functions, which store at once and then
/// announce the change, so every view updates by itself.
class ProjectSession : public QObject
{
    Q_OBJECT
public:
    explicit ProjectSession(std::unique_ptr<ProjectDatabase> database, QObject *parent = nullptr);
    ~ProjectSession() override;

    ProjectDatabase &database() { return *m_database; }
    QUndoStack *undoStack() { return &m_undoStack; }
    QString path() const { return m_database->path(); }

    QVector<Label> labels() const { return m_labels; }
    std::optional<Label> label(qint64 id) const;

    /// Who decides, when another program holds the project's write lock,
    /// whether an edit waits and tries again (not owned; null: it fails
    /// after SQLite's usual five seconds, as in the CLI).
    void setWriteWaiter(WriteWaiter *waiter);

    /// An import on another connection wrote labels, entities, annotations
    /// or quotes: everything shown is read again.
    void reloadAfterImport();
    /// Another connection committed to the project since the last look
    /// (another window, another program, the CLI, or one of this window's
    /// own threads): changedElsewhere() is emitted, everything shown is
    /// read again, and true returned.
    bool reloadIfChangedElsewhere();

    // Edits, each one undoable step.
    /// Tags [start, end) (code points); returns the new annotation's id, or 0.
    qint64 addAnnotation(qint64 articleId, qint64 start, qint64 end, qint64 labelId);
    void removeAnnotation(const Annotation &annotation);
    void changeAnnotation(const Annotation &before, const Annotation &after, const QString &text);
    void setArticleStatus(qint64 articleId, ArticleStatus status);
    void addLabel(const Label &label);
    void changeLabel(const Label &before, const Label &after);
    void removeLabel(const Label &label);
    /// Marks [start, end) (code points) as a quote by hand; returns its id, or 0.
    qint64 addQuote(qint64 articleId, qint64 start, qint64 end);
    void removeQuote(const Quote &quote);
    void changeQuote(const Quote &before, const Quote &after, const QString &text);
    void redetectQuotes(qint64 articleId);
    /// Adds an entity; returns its id, or 0.
    qint64 addEntity(const Entity &entity);
    /// Renames, relabels (its mentions follow), new aliases or external id.
    void changeEntity(const Entity &before, const Entity &after);
    /// Folds \a goneId into \a keptId: mentions and quote speakers follow, the
    /// gone entity's name and aliases become aliases of the kept one.
    void mergeEntities(qint64 keptId, qint64 goneId);
    /// Deletes entities; their mentions stay, unlinked.
    void removeEntities(const QVector<qint64> &ids);
    /// Links a mention to an entity, or unlinks it (\a entityId 0). A linked
    /// mention takes its entity's label.
    void linkAnnotation(const Annotation &annotation, qint64 entityId);
    /// Makes an entity named \a name with the mention's label and links the
    /// mention to it, as one step.
    void linkAnnotationToNewEntity(const Annotation &annotation, const QString &name);
    /// The checks an entity edit makes, so a dialog can refuse before it closes.
    bool checkEntity(const Entity &entity, QString *error);

    // Suggestions and tag all
    /// Known entities' names and aliases in a text (see SuggestionFinder);
    /// a view keeps them while the article is shown. Nullopt while the
    /// names are read on a thread (a large project): suggestionsChanged(0)
    /// follows when they are there.
    std::optional<QVector<Suggestion>> suggestionCandidates(const QString &text,
                                                            const CodePointIndex &index);
    /// The names to suggest are being read on a thread, or the news that
    /// they changed is on its way to the views.
    bool suggestionsPending() const;
    /// The candidates of an article offered now: not over an annotation, not
    /// rejected there; in text order.
    QVector<Suggestion> suggestions(qint64 articleId, const QVector<Suggestion> &candidates,
                                    const QVector<Annotation> &annotations);
    /// Tags these suggestions of one article, one undo step; returns how many.
    int acceptSuggestions(qint64 articleId, const QVector<Suggestion> &suggestions);
    void rejectSuggestion(qint64 articleId, const Suggestion &suggestion);
    /// Tags every other whole-word occurrence of \a text (the source
    /// annotation's text) with its label and entity, in its article or the
    /// whole project, as one undo step; \a fold ignores case and accents.
    /// Returns how many were tagged, or -1 on error (reported).
    int tagAll(const Annotation &source, const QString &text, bool wholeProject, bool fold);
    /// What tagAll() asks the OccurrenceTagger, for a plan made elsewhere
    /// (TagAllRunner, on a thread).
    OccurrenceTagger::Request tagAllRequest(const Annotation &source, const QString &text,
                                            bool wholeProject, bool fold) const;
    /// Tags what \a plan found as one undo step and names its damaged
    /// articles; returns how many were tagged.
    int applyTagAllPlan(const OccurrenceTagger::Plan &plan, const QString &text,
                        const QString &labelName);
    /// The project's choice: names match texts ignoring accents (default on).
    bool matchIgnoringAccents() const { return m_foldAccents; }
    void setMatchIgnoringAccents(bool on);
    /// The canonical name of an entity; empty if there is none.
    QString entityName(qint64 entityId);

    // Backups (projectsessionbackups.cpp): each says how it went through
    // backupReported. A failed automatic backup never stops the edit.
    ProjectBackups backups() const;
    /// The daily backup, when the project has articles and the newest
    /// backup is more than a day old; the window calls it once open. It is
    /// copied on a thread from a connection of its own (a large project
    /// takes seconds) and reported when done.
    void backUpIfDue();
    /// Waits for the daily backup if one is being copied.
    void finishDailyBackup();
    /// The backup before a destructive bulk operation (none for an empty project).
    void backUpBefore(ProjectBackups::Reason reason);
    /// File ▸ Back Up Now: a manual backup into the rolling folder.
    ProjectBackups::Outcome backUpNow();
    int backupsToKeep();
    void setBackupsToKeep(int count);

    // Integrity (projectsessionintegrity.cpp)
    /// For a project opened with its full check deferred
    /// (ProjectDatabase::CheckPolicy::InBackground): runs SQLite's check of
    /// every page on a thread, from a connection of its own, and reports it
    /// through integrityChecked. Closing the project interrupts it.
    void checkIntegrityInBackground();
    bool isCheckingIntegrity() const;
    /// Waits for a check under way (a backup must not copy a damaged file);
    /// false when it found damage or could not finish.
    bool waitForIntegrityCheck();

    // What undo commands call. Each stores the change, then emits a signal;
    // on failure it emits errorOccurred and returns false.
    std::optional<Annotation> applyAdd(const NewAnnotation &request);
    bool applyRestore(const Annotation &annotation);
    bool applyRemove(const Annotation &annotation);
    /// \a restoring (undo) puts modified_at back as it was instead of now.
    bool applyUpdate(const Annotation &annotation, bool restoring = false);
    bool applyStatus(qint64 articleId, ArticleStatus status);
    std::optional<Label> applyAddLabel(const Label &label);
    bool applyUpdateLabel(const Label &label);
    std::optional<ProjectDatabase::LabelSnapshot> applyRemoveLabel(qint64 labelId);
    bool applyRestoreLabel(const ProjectDatabase::LabelSnapshot &snapshot);
    std::optional<Quote> applyAddQuote(const NewQuote &quote);
    bool applyRestoreQuote(const Quote &quote);
    bool applyRemoveQuote(const Quote &quote);
    bool applyUpdateQuote(const Quote &quote);
    /// Puts one quote back as it was (hand-made or detected), for undo.
    bool applySetQuote(const Quote &quote);
    bool applySetQuotes(qint64 articleId, const QVector<Quote> &quotes);
    /// Sets the quotes of many articles in one commit (undo and redo of a
    /// detection run over the project).
    bool applySetQuotesOfArticles(const QVector<std::pair<qint64, QVector<Quote>>> &articles);
    /// Tells the views of quotes another connection set (UndoRunner's thread).
    void announceQuotesOfArticles(const QVector<std::pair<qint64, QVector<Quote>>> &articles);
    /// Makes the quotes another connection detected again (QuoteDetectionRunner's
    /// thread) one undo step; undo puts the articles' quotes back.
    void adoptRedetectedQuotes(const QVector<QuoteDetection::Change> &changes, qint64 done,
                               qint64 total);
    bool applyRedetect(qint64 articleId);
    std::optional<Entity> applyAddEntity(const Entity &entity);
    /// Makes \a entity and links \a annotation to it in one commit; with
    /// \a restoring, entity.id and annotation.modifiedAt are kept (redo).
    /// Returns the annotation as linked.
    std::optional<Annotation> applyLinkToNewEntity(const Entity &entity,
                                                   const Annotation &annotation, bool restoring);
    /// Undoes applyLinkToNewEntity in one commit.
    bool applyUnlinkNewEntity(qint64 entityId, const Annotation &before);
    bool applyUpdateEntity(const Entity &entity);
    bool applyMergeEntities(qint64 keptId, qint64 goneId);
    bool applyRemoveEntities(const QVector<qint64> &ids);
    /// Puts entities, their mentions' labels and links and their quote
    /// speakers back as captured (undo and redo of entity edits).
    bool applyRestoreEntities(const EntityState &state);
    std::optional<QVector<Annotation>> applyAddMany(const QVector<NewAnnotation> &requests);
    /// Tells the views and caches of annotations another connection of
    /// this process stored (TagAllRunner's thread), as applyAddMany does
    /// after its store.
    void announceStoredMany(const QVector<Annotation> &annotations);
    /// The same for annotations another connection deleted.
    void announceRemovedMany(const QVector<Annotation> &annotations);
    static QVector<qint64> idsOf(const QVector<Annotation> &annotations);
    /// Makes annotations another connection stored one undo step, titled
    /// like tagAll's; undo deletes them.
    void adoptStoredTagAll(const QVector<Annotation> &annotations, const QString &text,
                           const QString &labelName);
    bool applyRestoreMany(const QVector<Annotation> &annotations);
    bool applyRemoveMany(const QVector<Annotation> &annotations);
    bool applySuggestionRejected(const RejectedSuggestion &suggestion, bool rejected);

signals:
    /// Annotations of this article were added, removed or changed.
    void annotationsChanged(qint64 articleId);
    /// The same, one annotation at a time, so a view of a long article can
    /// update itself without reading every annotation back.
    void annotationAdded(const Marginalia::Annotation &annotation); ///< also when restored
    void annotationRemoved(const Marginalia::Annotation &annotation);
    void annotationUpdated(const Marginalia::Annotation &annotation);
    /// The article's metadata (status, annotation count) changed.
    void articleChanged(qint64 articleId);
    void labelsChanged();
    /// Quotes of this article were added, removed, changed or detected again.
    void quotesChanged(qint64 articleId);
    /// Annotations of many articles may have changed (a label was removed).
    void projectAnnotationsChanged();
    /// These entities were added, removed, edited or merged; the labels and
    /// links of their mentions and quote speakers may have changed with them.
    void entitiesChanged(const QVector<qint64> &entityIds);
    /// Mentions were linked to or unlinked from these entities (tagging,
    /// deleting or relinking an annotation): their counts changed.
    void entityMentionsChanged(const QVector<qint64> &entityIds);
    void errorOccurred(const QString &message);
    /// A backup was made, or failed (\a failed): a line for the status bar.
    void backupReported(const QString &message, bool failed);
    /// The background check is done: \a damaged when the file failed it
    /// (\a message names the file and the damage), otherwise \a message is
    /// empty, or says why the check could not run.
    void integrityChecked(bool damaged, const QString &message);
    /// Suggestions of this article changed (one rejected, or offered again);
    /// 0: of every article, as the names to look for changed.
    void suggestionsChanged(qint64 articleId);
    /// reloadIfChangedElsewhere() found changes; everything is read again
    /// right after.
    void changedElsewhere();

private:
    /// Takes the commits so far as this window's own (its threads' stores,
    /// announced by them), so reloadIfChangedElsewhere() does not read
    /// everything again for them.
    void acknowledgeOwnWrites();
    /// What a failed edit says: the store's \a error, and when the project
    /// has changed elsewhere, that what was edited may be gone.
    QString failureMessage(const QString &error);
    void reloadLabels();
    void fail(const QString &error);
    /// \a ok, after reporting \a error when it is false.
    bool stored(bool ok, const QString &error);
    /// Runs \a write (a call that takes a QString *error and returns
    /// something that tests true when stored) and returns its result; while
    /// it fails only because another connection writes, asks the waiter and
    /// tries again. Reports the failure it ends with.
    template<typename Write> auto store(Write write);
    void reportBackup(const ProjectBackups::Outcome &outcome, ProjectBackups::Reason reason);

    static constexpr int DefaultBusyTimeout = 5000; ///< milliseconds, as ProjectDatabase sets
    static constexpr int WaitBeforeAsking = 200; ///< milliseconds of SQLite's own waiting

    std::unique_ptr<ProjectDatabase> m_database;
    std::unique_ptr<QThread> m_dailyBackup; ///< copying, or done and not yet joined
    struct IntegrityVerdict
    {
        bool done = false;
        bool damaged = false;
        QString message;
    };
    std::unique_ptr<ProjectReadThread<IntegrityVerdict>> m_integrityCheck;
    std::shared_ptr<IntegrityVerdict> m_integrityVerdict; ///< written by the check's thread
    void reportIntegrity(const IntegrityVerdict &verdict);
    /// Whether the project may be copied into its backups now (after a
    /// check under way, which this waits for).
    bool copyIsSound();
    WriteWaiter *m_writeWaiter = nullptr;
    QUndoStack m_undoStack;
    QVector<Label> m_labels;
    qint64 m_lastAddedId = 0;
    std::unique_ptr<QuoteDetection> m_quoteDetection; ///< made on first use
    /// Read on first use, dropped when entities or labels change.
    std::unique_ptr<SuggestionIndexLoader> m_suggestionIndex;
    /// How linked mentions write their entities, counted from the index on,
    /// so that a link or an unlink that adds or drops a wording reads the
    /// index again, and one that does not leaves it.
    SuggestionIndex::FormCounts m_forms;
    bool m_formsLoaded = false; ///< m_forms counts from the current index
    bool m_suggestionsChangePosted = false; ///< suggestionsChanged(0) is on its way
    bool m_foldAccents = true;
    qint64 m_dataVersion = 0; ///< PRAGMA data_version when last looked at
    bool m_changedElsewhere = false; ///< since the project opened

    void forgetSuggestionsIfNew(const QVector<Annotation> &annotations);
    /// Counts the wordings from an index just read.
    void adoptSuggestionIndex(const SuggestionIndex &index);
    /// The index read on the thread is there: its counts are taken and
    /// every view told.
    void takeSuggestionIndex();
    /// Drops the finder and the mention wordings (entities or labels
    /// changed) and says so.
    void forgetSuggestions();
    /// Counts a linked mention's wording in or out (\a delta 1 or -1); a
    /// wording that appears or disappears rebuilds the finder.
    void countForm(const Annotation &annotation, int delta);
    /// Caches, views and panels after a mention was linked to an entity
    /// made with it, or that link was undone and the entity deleted.
    void announceLinkChange(const std::optional<Annotation> &previous, const Annotation &now,
                            qint64 madeOrGone);
    /// Announces a batch: one annotation as such, more as a project change.
    void announceBatch(const QVector<Annotation> &annotations, bool added);
    /// countForm() for each annotation; a large batch (a tag all of
    /// thousands) has the wordings read again on a thread instead, since
    /// counting each one's text on the window's thread took seconds.
    void countForms(const QVector<Annotation> &annotations, int delta);
};

} // namespace Marginalia
