// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectsession.h"

#include "annotationbatchcommands.h"
#include "annotationcommands.h"
#include "entitycommands.h"
#include "labelcommands.h"
#include "occurrencetagger.h"
#include "projectsessionstore.h"
#include "quotecommands.h"
#include "quotedetection.h"

#include <QTimer>

namespace Marginalia {

ProjectSession::ProjectSession(std::unique_ptr<ProjectDatabase> database, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
{
    reloadLabels();
    m_foldAccents = m_database->matchIgnoringAccents();
    m_suggestionIndex = std::make_unique<SuggestionIndexLoader>(
        *m_database, TextNormalizer::Options { true, m_foldAccents });
    connect(m_suggestionIndex.get(), &SuggestionIndexLoader::ready, this,
            &ProjectSession::takeSuggestionIndex);
    connect(this, &ProjectSession::labelsChanged, this, &ProjectSession::forgetSuggestions);
    m_dataVersion = m_database->dataVersion();
}

ProjectSession::~ProjectSession()
{
    finishDailyBackup(); // its report, if still queued, goes with this object
    m_integrityCheck.reset(); // interrupted: a closed project needs no verdict
    m_suggestionIndex.reset(); // waits for a read under way
    // Commands refer to this session; they go before the database does.
    m_undoStack.clear();
}

std::optional<Label> ProjectSession::label(qint64 id) const
{
    for (const Label &l : m_labels) {
        if (l.id == id)
            return l;
    }
    return std::nullopt;
}

void ProjectSession::reloadLabels()
{
    m_labels = m_database->labels();
}

void ProjectSession::acknowledgeOwnWrites()
{
    // What this window's threads committed is announced by them; read
    // again, a 100,000-article project would be reloaded after each tag
    // all. A change another program made meanwhile waits for its next one.
    m_dataVersion = m_database->dataVersion();
}

void ProjectSession::reloadAfterImport()
{
    acknowledgeOwnWrites();
    reloadLabels();
    emit labelsChanged();
    emit projectAnnotationsChanged();
    forgetSuggestions();
}

bool ProjectSession::reloadIfChangedElsewhere()
{
    const qint64 version = m_database->dataVersion();
    if (version == m_dataVersion)
        return false;
    m_dataVersion = version;
    m_changedElsewhere = true;
    emit changedElsewhere();
    reloadAfterImport();
    return true;
}

QString ProjectSession::failureMessage(const QString &error)
{
    if (!m_changedElsewhere && m_database->dataVersion() == m_dataVersion)
        return error;
    // Not read again here: the failed edit's command is still running.
    QTimer::singleShot(0, this, &ProjectSession::reloadIfChangedElsewhere);
    return tr("This edit was not stored (%1). The project was changed in another window or "
              "program, so what you edited may no longer be there; the window now shows the "
              "project as it is stored.")
        .arg(error);
}

void ProjectSession::fail(const QString &error)
{
    emit errorOccurred(error);
}

bool ProjectSession::stored(bool ok, const QString &error)
{
    if (!ok)
        fail(error);
    return ok;
}

void ProjectSession::setWriteWaiter(WriteWaiter *waiter)
{
    m_writeWaiter = waiter;
    // Waiting in SQLite blocks the window; the waiter waits without doing so.
    m_database->setBusyTimeout(waiter ? WaitBeforeAsking : DefaultBusyTimeout);
}

qint64 ProjectSession::addAnnotation(qint64 articleId, qint64 start, qint64 end, qint64 labelId)
{
    const std::optional<Label> chosen = label(labelId);
    if (!chosen) {
        fail(tr("no label with id %1").arg(labelId));
        return 0;
    }
    // Refuse before pushing: a command that fails inside push() would
    // still cost the user the redo history.
    QString error;
    if (!m_database->checkSpan(articleId, start, end, &error)) {
        fail(error);
        return 0;
    }
    NewAnnotation request;
    request.articleId = articleId;
    request.start = start;
    request.end = end;
    request.labelName = chosen->name;
    request.annotator = defaultAnnotator();
    // push() deletes a command that failed (it made itself obsolete), so the
    // id comes from applyAdd rather than from the command.
    m_lastAddedId = 0;
    m_undoStack.push(new AddAnnotationCommand(this, request));
    return m_lastAddedId;
}

void ProjectSession::removeAnnotation(const Annotation &annotation)
{
    m_undoStack.push(new RemoveAnnotationCommand(this, annotation));
}

void ProjectSession::changeAnnotation(const Annotation &before, const Annotation &after,
                                      const QString &text)
{
    QString error;
    if (!m_database->checkSpan(before.articleId, after.start, after.end, &error)) {
        fail(error);
        return;
    }
    m_undoStack.push(new ChangeAnnotationCommand(this, before, after, text));
}

void ProjectSession::setArticleStatus(qint64 articleId, ArticleStatus status)
{
    const std::optional<ArticleSummary> summary = m_database->articleSummary(articleId);
    if (!summary || summary->status == status)
        return;
    m_undoStack.push(new SetArticleStatusCommand(this, articleId, summary->status, status));
}

void ProjectSession::addLabel(const Label &label)
{
    m_undoStack.push(new AddLabelCommand(this, label));
}

void ProjectSession::changeLabel(const Label &before, const Label &after)
{
    m_undoStack.push(new ChangeLabelCommand(this, before, after));
}

void ProjectSession::removeLabel(const Label &label)
{
    backUpBefore(ProjectBackups::Reason::DeleteLabel);
    m_undoStack.push(new RemoveLabelCommand(this, label));
}

std::optional<Annotation> ProjectSession::applyAdd(const NewAnnotation &request)
{
    const std::optional<Annotation> added =
        store([&](QString *error) { return m_database->addAnnotation(request, error); });
    if (!added)
        return std::nullopt;
    m_lastAddedId = added->id;
    forgetSuggestionsIfNew({ *added });
    countForm(*added, 1);
    emit annotationAdded(*added);
    emit annotationsChanged(request.articleId);
    emit articleChanged(request.articleId);
    if (added->entityId > 0)
        emit entityMentionsChanged({ added->entityId });
    return added;
}

bool ProjectSession::applyRestore(const Annotation &annotation)
{
    if (!store([&](QString *error) { return m_database->restoreAnnotation(annotation, error); }))
        return false;
    countForm(annotation, 1);
    emit annotationAdded(annotation);
    emit annotationsChanged(annotation.articleId);
    emit articleChanged(annotation.articleId);
    if (annotation.entityId > 0)
        emit entityMentionsChanged({ annotation.entityId });
    return true;
}

bool ProjectSession::applyRemove(const Annotation &annotation)
{
    if (!store([&](QString *error) { return m_database->deleteAnnotation(annotation.id, error); }))
        return false;
    countForm(annotation, -1);
    emit annotationRemoved(annotation);
    emit annotationsChanged(annotation.articleId);
    emit articleChanged(annotation.articleId);
    if (annotation.entityId > 0)
        emit entityMentionsChanged({ annotation.entityId });
    return true;
}

bool ProjectSession::applyUpdate(const Annotation &annotation, bool restoring)
{
    // The entity it was linked to, whose mention count may change.
    const std::optional<Annotation> previous = m_database->annotation(annotation.id);
    const ProjectDatabase::Timestamp timestamp =
        restoring ? ProjectDatabase::Timestamp::AsGiven : ProjectDatabase::Timestamp::Now;
    if (!store([&](QString *error) {
            return m_database->updateAnnotation(annotation, error, timestamp);
        }))
        return false;
    if (previous
        && (previous->entityId != annotation.entityId || previous->start != annotation.start
            || previous->end != annotation.end)) {
        countForm(*previous, -1);
        countForm(annotation, 1);
    }
    emit annotationUpdated(annotation);
    emit annotationsChanged(annotation.articleId);
    const qint64 before = previous ? previous->entityId : 0;
    if (before != annotation.entityId) {
        QVector<qint64> entities;
        for (const qint64 id : { before, annotation.entityId }) {
            if (id > 0)
                entities.append(id);
        }
        emit entityMentionsChanged(entities);
    }
    return true;
}

bool ProjectSession::applyStatus(qint64 articleId, ArticleStatus status)
{
    if (!store(
            [&](QString *error) { return m_database->setArticleStatus(articleId, status, error); }))
        return false;
    emit articleChanged(articleId);
    return true;
}

std::optional<Label> ProjectSession::applyAddLabel(const Label &label)
{
    const std::optional<Label> added =
        store([&](QString *error) { return m_database->addLabel(label, error); });
    if (!added)
        return std::nullopt;
    reloadLabels();
    emit labelsChanged();
    return added;
}

bool ProjectSession::applyUpdateLabel(const Label &label)
{
    if (!store([&](QString *error) { return m_database->updateLabel(label, error); }))
        return false;
    reloadLabels();
    emit labelsChanged();
    emit projectAnnotationsChanged(); // names and colours of annotations changed
    return true;
}

std::optional<ProjectDatabase::LabelSnapshot> ProjectSession::applyRemoveLabel(qint64 labelId)
{
    std::optional<ProjectDatabase::LabelSnapshot> snapshot =
        store([&](QString *error) { return m_database->deleteLabel(labelId, error); });
    if (!snapshot)
        return std::nullopt;
    reloadLabels();
    emit labelsChanged();
    emit projectAnnotationsChanged();
    return snapshot;
}

bool ProjectSession::applyRestoreLabel(const ProjectDatabase::LabelSnapshot &snapshot)
{
    if (!store([&](QString *error) { return m_database->restoreLabel(snapshot, error); }))
        return false;
    reloadLabels();
    emit labelsChanged();
    emit projectAnnotationsChanged();
    return true;
}

qint64 ProjectSession::addQuote(qint64 articleId, qint64 start, qint64 end)
{
    QString error;
    if (!m_database->checkSpan(articleId, start, end, &error)) {
        fail(error);
        return 0;
    }
    NewQuote quote;
    quote.articleId = articleId;
    quote.start = start;
    quote.end = end;
    quote.manual = true;
    quote.annotator = defaultAnnotator();
    m_lastAddedId = 0;
    m_undoStack.push(new AddQuoteCommand(this, quote));
    return m_lastAddedId;
}

void ProjectSession::removeQuote(const Quote &quote)
{
    m_undoStack.push(new RemoveQuoteCommand(this, quote));
}

void ProjectSession::changeQuote(const Quote &before, const Quote &after, const QString &text)
{
    m_undoStack.push(new ChangeQuoteCommand(this, before, after, text));
}

void ProjectSession::redetectQuotes(qint64 articleId)
{
    m_undoStack.push(new RedetectQuotesCommand(this, articleId));
}

std::optional<Quote> ProjectSession::applyAddQuote(const NewQuote &quote)
{
    const std::optional<Quote> added =
        store([&](QString *error) { return m_database->addQuote(quote, error); });
    if (!added)
        return std::nullopt;
    m_lastAddedId = added->id;
    emit quotesChanged(quote.articleId);
    return added;
}

bool ProjectSession::applyRestoreQuote(const Quote &quote)
{
    if (!store([&](QString *error) { return m_database->restoreQuote(quote, error); }))
        return false;
    emit quotesChanged(quote.articleId);
    return true;
}

bool ProjectSession::applyRemoveQuote(const Quote &quote)
{
    if (!store([&](QString *error) { return m_database->deleteQuote(quote.id, error); }))
        return false;
    emit quotesChanged(quote.articleId);
    return true;
}

bool ProjectSession::applyUpdateQuote(const Quote &quote)
{
    if (!store([&](QString *error) { return m_database->updateQuote(quote, error); }))
        return false;
    emit quotesChanged(quote.articleId);
    return true;
}

bool ProjectSession::applySetQuote(const Quote &quote)
{
    if (!store([&](QString *error) { return m_database->updateQuote(quote, error); }))
        return false;
    emit quotesChanged(quote.articleId);
    return true;
}

bool ProjectSession::applySetQuotes(qint64 articleId, const QVector<Quote> &quotes)
{
    if (!store([&](QString *error) { return m_database->setQuotes(articleId, quotes, error); }))
        return false;
    emit quotesChanged(articleId);
    return true;
}

bool ProjectSession::applySetQuotesOfArticles(
    const QVector<std::pair<qint64, QVector<Quote>>> &articles)
{
    if (!store([&](QString *error) { return m_database->setQuotesOfArticles(articles, error); }))
        return false;
    announceQuotesOfArticles(articles);
    return true;
}

void ProjectSession::announceQuotesOfArticles(
    const QVector<std::pair<qint64, QVector<Quote>>> &articles)
{
    acknowledgeOwnWrites();
    for (const auto &article : articles)
        emit quotesChanged(article.first);
}

void ProjectSession::adoptRedetectedQuotes(const QVector<QuoteDetection::Change> &changes,
                                           qint64 done, qint64 total)
{
    acknowledgeOwnWrites();
    if (changes.isEmpty())
        return;
    const QString text = done < total
        ? tr("Detect Quotes in %1 of %2 Articles")
              .arg(QLocale().toString(done), QLocale().toString(total))
        : tr("Detect Quotes in All Articles");
    m_undoStack.push(new RedetectAllQuotesCommand(this, changes, text));
    for (const QuoteDetection::Change &change : changes)
        emit quotesChanged(change.articleId);
}

bool ProjectSession::applyRedetect(qint64 articleId)
{
    if (!m_quoteDetection)
        m_quoteDetection = std::make_unique<QuoteDetection>(*m_database);
    if (!store([&](QString *error) { return m_quoteDetection->redetect(articleId, error); }))
        return false;
    emit quotesChanged(articleId);
    return true;
}

int ProjectSession::acceptSuggestions(qint64 articleId, const QVector<Suggestion> &suggestions)
{
    QVector<NewAnnotation> requests;
    const QString annotator = defaultAnnotator();
    for (const Suggestion &suggestion : suggestions) {
        const std::optional<Label> chosen = label(suggestion.labelId);
        if (!chosen)
            continue;
        NewAnnotation request;
        request.articleId = articleId;
        request.start = suggestion.start;
        request.end = suggestion.end;
        request.labelName = chosen->name;
        request.entityId = suggestion.entityId;
        request.annotator = annotator;
        requests.append(request);
    }
    if (requests.isEmpty())
        return 0;
    const QString text = requests.size() == 1
        ? tr("Accept Suggestion %1").arg(entityName(requests.first().entityId))
        : tr("Accept %n Suggestion(s)", nullptr, int(requests.size()));
    auto *command = new AddAnnotationsCommand(this, requests, text);
    m_undoStack.push(command);
    return int(requests.size());
}

void ProjectSession::rejectSuggestion(qint64 articleId, const Suggestion &suggestion)
{
    m_undoStack.push(new RejectSuggestionCommand(
        this, { articleId, suggestion.start, suggestion.end, suggestion.entityId },
        entityName(suggestion.entityId)));
}

OccurrenceTagger::Request ProjectSession::tagAllRequest(const Annotation &source,
                                                        const QString &text, bool wholeProject,
                                                        bool fold) const
{
    OccurrenceTagger::Request request;
    request.text = text;
    request.labelName = source.labelName;
    request.entityId = source.entityId;
    request.articleId = wholeProject ? 0 : source.articleId;
    request.fold = fold;
    request.foldAccents = m_foldAccents;
    request.annotator = defaultAnnotator();
    return request;
}

int ProjectSession::tagAll(const Annotation &source, const QString &text, bool wholeProject,
                           bool fold)
{
    QString error;
    OccurrenceTagger tagger(*m_database);
    const std::optional<OccurrenceTagger::Plan> plan =
        tagger.plan(tagAllRequest(source, text, wholeProject, fold), &error);
    if (!plan) {
        fail(error);
        return -1;
    }
    return applyTagAllPlan(*plan, text, source.labelName);
}

int ProjectSession::applyTagAllPlan(const OccurrenceTagger::Plan &plan, const QString &text,
                                    const QString &labelName)
{
    // Damaged articles are left alone and named; the others are tagged.
    if (!plan.damaged.isEmpty())
        fail(plan.damaged.join(QLatin1Char('\n')));
    if (plan.annotations.isEmpty())
        return 0;
    const int count = int(plan.annotations.size());
    m_undoStack.push(new AddAnnotationsCommand(
        this, plan.annotations,
        tr("Tag All \"%1\" as %2 (%n)", nullptr, count).arg(text.simplified(), labelName)));
    return count;
}

std::optional<QVector<Annotation>>
ProjectSession::applyAddMany(const QVector<NewAnnotation> &requests)
{
    std::optional<QVector<Annotation>> added =
        store([&](QString *error) { return m_database->addAnnotations(requests, error); });
    if (!added)
        return std::nullopt;
    announceStoredMany(*added);
    return added;
}

void ProjectSession::announceStoredMany(const QVector<Annotation> &annotations)
{
    acknowledgeOwnWrites();
    forgetSuggestionsIfNew(annotations);
    countForms(annotations, 1);
    announceBatch(annotations, true);
}

void ProjectSession::adoptStoredTagAll(const QVector<Annotation> &annotations, const QString &text,
                                       const QString &labelName)
{
    if (annotations.isEmpty())
        return;
    const int count = int(annotations.size());
    m_undoStack.push(new AddAnnotationsCommand(
        this, annotations,
        tr("Tag All \"%1\" as %2 (%n)", nullptr, count).arg(text.simplified(), labelName),
        AddAnnotationsCommand::AlreadyStored));
}

void ProjectSession::countForms(const QVector<Annotation> &annotations, int delta)
{
    constexpr qsizetype OneByOneUpTo = 500;
    if (annotations.size() > OneByOneUpTo) {
        forgetSuggestions();
        return;
    }
    for (const Annotation &annotation : annotations)
        countForm(annotation, delta);
}

bool ProjectSession::applyRestoreMany(const QVector<Annotation> &annotations)
{
    if (!store([&](QString *error) { return m_database->restoreAnnotations(annotations, error); }))
        return false;
    countForms(annotations, 1);
    announceBatch(annotations, true);
    return true;
}

bool ProjectSession::applyRemoveMany(const QVector<Annotation> &annotations)
{
    const QVector<qint64> ids = idsOf(annotations);
    if (!store([&](QString *error) { return m_database->deleteAnnotations(ids, error); }))
        return false;
    announceRemovedMany(annotations);
    return true;
}

void ProjectSession::announceRemovedMany(const QVector<Annotation> &annotations)
{
    acknowledgeOwnWrites();
    countForms(annotations, -1);
    announceBatch(annotations, false);
}

QVector<qint64> ProjectSession::idsOf(const QVector<Annotation> &annotations)
{
    QVector<qint64> ids;
    ids.reserve(annotations.size());
    for (const Annotation &annotation : annotations)
        ids.append(annotation.id);
    return ids;
}

void ProjectSession::announceBatch(const QVector<Annotation> &annotations, bool added)
{
    if (annotations.isEmpty())
        return;
    // Views read a batch back once rather than take it one by one.
    if (annotations.size() > 1) {
        emit projectAnnotationsChanged();
        return;
    }
    const Annotation &annotation = annotations.first();
    if (added)
        emit annotationAdded(annotation);
    else
        emit annotationRemoved(annotation);
    emit annotationsChanged(annotation.articleId);
    emit articleChanged(annotation.articleId);
    if (annotation.entityId > 0)
        emit entityMentionsChanged({ annotation.entityId });
}

bool ProjectSession::applySuggestionRejected(const RejectedSuggestion &suggestion, bool rejected)
{
    if (!store([&](QString *error) {
            return m_database->setSuggestionRejected(suggestion, rejected, error);
        }))
        return false;
    emit suggestionsChanged(suggestion.articleId);
    return true;
}

} // namespace Marginalia
