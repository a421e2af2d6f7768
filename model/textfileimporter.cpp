// SPDX-License-Identifier: GPL-3.0-or-later
#include "textfileimporter.h"

#include "article.h"
#include "articletextparser.h"
#include "importrun.h"
#include "inputfilecheck.h"
#include "inputfolder.h"
#include "projectdatabase.h"
#include "quotedetection.h"
#include "quotedetector.h"
#include "textdecoder.h"

#include <QDir>
#include <QFileInfo>

#include <future>

namespace Marginalia {

namespace {

QString display(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

TextFileImporter::TextFileImporter(ProjectDatabase &database)
    : TextFileImporter(database, Options())
{
}

TextFileImporter::TextFileImporter(ProjectDatabase &database, Options options)
    : m_database(database)
    , m_options(options)
{
    if (m_options.detectQuotes)
        m_quoteDetector = std::make_unique<QuoteDetector>();
}

TextFileImporter::~TextFileImporter() = default;

QStringList TextFileImporter::collectFiles(const QStringList &paths,
                                           QVector<ImportProblem> *problems)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists() && !info.isSymLink()) {
            problems->append(
                { ImportProblem::Kind::Rejected, display(path), tr("no such file or folder") });
        } else if (info.isDir()) {
            files += InputFolder::find(path, { QStringLiteral(".txt") }, problems);
        } else {
            // Named files are read whatever they are: reading says why not.
            files.append(info.absoluteFilePath());
        }
    }
    return files;
}

QString TextFileImporter::duplicateReason(qint64 existingId, const QString &existingTitle)
{
    return tr("skipped: same text as article %1 (\"%2\")").arg(existingId).arg(existingTitle);
}

bool TextFileImporter::readArticle(const QString &path, NewArticle *article, QString *reason) const
{
    QByteArray bytes;
    if (!InputFileCheck::read(path, m_options.maxFileBytes, &bytes, reason))
        return false;
    const TextDecoder::Result decoded = TextDecoder::decode(bytes);
    if (!decoded.ok) {
        *reason = decoded.error;
        return false;
    }
    ArticleTextParser::Parsed parsed = ArticleTextParser::parse(decoded.text);
    if (parsed.title.isEmpty()) {
        *reason = tr("holds no text after its date header");
        return false;
    }
    article->title = parsed.title;
    article->date = parsed.date;
    article->source = path;
    article->encoding = decoded.encoding;
    article->text = std::move(parsed.text);
    article->prepare();
    if (m_quoteDetector)
        article->quotes =
            QuoteDetection::toQuotes(article->text, m_quoteDetector->detect(article->text), {});
    return true;
}

TextFileImporter::Batch TextFileImporter::readRange(const QStringList &files, qsizetype from,
                                                    qsizetype to, qint64 maxBytes) const
{
    Batch batch;
    qint64 bytes = 0;
    for (qsizetype i = from; i < to && bytes < maxBytes; ++i) {
        NewArticle article;
        QString reason;
        batch.paths.append(files.at(i));
        if (readArticle(files.at(i), &article, &reason)) {
            bytes += article.utf8.size();
            batch.articles.append(std::move(article));
            reason.clear();
        }
        batch.reasons.append(reason);
    }
    return batch;
}

TextFileImporter::Batch TextFileImporter::readBatch(const QStringList &files, qsizetype from) const
{
    // Two halves on two threads: reading, decoding, hashing and finding
    // quotes take longer than storing, which the caller does meanwhile.
    const qsizetype to = qMin(files.size(), from + qsizetype(m_options.batchSize));
    const qsizetype middle = from + (to - from) / 2;
    auto second = std::async(std::launch::async, [this, &files, middle, to] {
        return readRange(files, middle, to, MaxBatchBytes / 2);
    });
    Batch batch = readRange(files, from, middle, MaxBatchBytes / 2);
    Batch rest = second.get();
    // A first half cut short by the byte limit ends the batch; the second
    // half's files are read again with the next batch.
    if (from + batch.paths.size() == middle) {
        batch.paths += rest.paths;
        batch.reasons += rest.reasons;
        for (NewArticle &article : rest.articles)
            batch.articles.append(std::move(article));
    }
    return batch;
}

bool TextFileImporter::storeBatch(Batch &batch, qint64 importRun, Report *report)
{
    QVector<ProjectDatabase::InsertOutcome> outcomes;
    if (!batch.articles.isEmpty()
        && !m_database.insertArticles(batch.articles, &outcomes, &report->error, importRun))
        return false;
    qsizetype article = 0;
    for (qsizetype i = 0; i < batch.paths.size(); ++i) {
        const QString path = display(batch.paths.at(i));
        if (!batch.reasons.at(i).isEmpty()) {
            report->problems.append({ ImportProblem::Kind::Rejected, path, batch.reasons.at(i) });
            continue;
        }
        const ProjectDatabase::InsertOutcome &outcome = outcomes.at(article++);
        if (outcome.duplicate) {
            report->problems.append({ ImportProblem::Kind::Skipped, path,
                                      duplicateReason(outcome.id, outcome.existingTitle) });
        } else {
            report->importedIds.append(outcome.id);
        }
    }
    return true;
}

TextFileImporter::Report TextFileImporter::importPaths(const QStringList &paths,
                                                       const ProgressCallback &progress)
{
    Report report;
    const QStringList files = collectFiles(paths, &report.problems);
    ImportRun run(m_database);
    if (!files.isEmpty() && !run.begin(&report.error))
        return report;

    // Reading, decoding and hashing the next batch runs on a second thread
    // while this one stores the current batch: the two take about as long.
    const auto readFrom = [this, &files](qsizetype from) {
        return std::async(std::launch::async,
                          [this, &files, from] { return readBatch(files, from); });
    };
    std::future<Batch> pending;
    if (!files.isEmpty())
        pending = readFrom(0);
    qsizetype next = 0;
    Progress state;
    state.filesTotal = files.size();
    while (pending.valid()) {
        Batch batch = pending.get();
        next += batch.paths.size();
        if (next < files.size())
            pending = readFrom(next);
        if (!storeBatch(batch, run.id(), &report))
            break;
        for (const QString &path : std::as_const(batch.paths)) {
            ++state.filesDone;
            state.currentPath = path;
            if (progress && !progress(state)) {
                report.cancelled = true;
                break;
            }
        }
        if (report.cancelled)
            break;
    }
    if (pending.valid())
        pending.wait(); // a batch read ahead of a cancel is dropped

    // Keep the run, or undo the batches it committed so the project is as it was.
    const bool keep = !report.cancelled && report.error.isEmpty();
    QString endError;
    if (!run.end(keep, &endError) && report.error.isEmpty())
        report.error = endError;
    if (!keep || !report.error.isEmpty())
        report.importedIds.clear();
    return report;
}

} // namespace Marginalia
