// SPDX-License-Identifier: GPL-3.0-or-later
#include "textfileimporter.h"

#include "article.h"
#include "articletextparser.h"
#include "projectdatabase.h"
#include "textdecoder.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>

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
}

QStringList TextFileImporter::collectFiles(const QStringList &paths,
                                           QVector<ImportProblem> *problems)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            problems->append(
                { ImportProblem::Kind::Rejected, display(path), tr("no such file or folder") });
        } else if (info.isDir()) {
            QStringList found;
            QDirIterator it(info.absoluteFilePath(), { QStringLiteral("*.txt") },
                            QDir::Files | QDir::Readable | QDir::NoDotAndDotDot,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                // Hidden folders (.git, .cache) hold nothing to import.
                const QString relative = QDir(info.absoluteFilePath()).relativeFilePath(file);
                if (!relative.startsWith(QLatin1Char('.'))
                    && !relative.contains(QLatin1String("/.")))
                    found.append(file);
            }
            std::sort(found.begin(), found.end());
            files += found;
        } else {
            files.append(info.absoluteFilePath());
        }
    }
    return files;
}

bool TextFileImporter::readArticle(const QString &path, NewArticle *article, QString *reason) const
{
    const QFileInfo info(path);
    if (info.size() > m_options.maxFileBytes) {
        const QLocale locale;
        *reason = tr("too large (%1, over the import limit of %2)")
                      .arg(locale.formattedDataSize(info.size()),
                           locale.formattedDataSize(m_options.maxFileBytes));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *reason = tr("cannot be read (%1)").arg(file.errorString());
        return false;
    }
    const TextDecoder::Result decoded = TextDecoder::decode(file.readAll());
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
    return true;
}

TextFileImporter::Report TextFileImporter::importPaths(const QStringList &paths,
                                                       const ProgressCallback &progress)
{
    Report report;
    const QStringList files = collectFiles(paths, &report.problems);

    QVector<NewArticle> batch;
    QStringList batchPaths;
    QVector<ProjectDatabase::InsertOutcome> outcomes;
    const auto flush = [&]() {
        if (batch.isEmpty())
            return true;
        if (!m_database.insertArticles(batch, &outcomes, &report.error))
            return false;
        for (qsizetype i = 0; i < outcomes.size(); ++i) {
            const ProjectDatabase::InsertOutcome &outcome = outcomes.at(i);
            if (outcome.duplicate) {
                report.problems.append({ ImportProblem::Kind::Skipped, display(batchPaths.at(i)),
                                         tr("skipped: same text as article %1 (\"%2\")")
                                             .arg(outcome.id)
                                             .arg(outcome.existingTitle) });
            } else {
                report.importedIds.append(outcome.id);
            }
        }
        batch.clear();
        batchPaths.clear();
        return true;
    };

    Progress state;
    state.filesTotal = files.size();
    for (const QString &path : files) {
        NewArticle article;
        QString reason;
        if (readArticle(path, &article, &reason)) {
            batch.append(std::move(article));
            batchPaths.append(path);
        } else {
            report.problems.append({ ImportProblem::Kind::Rejected, display(path), reason });
        }
        if (batch.size() >= m_options.batchSize && !flush())
            break;
        ++state.filesDone;
        state.currentPath = path;
        if (progress && !progress(state)) {
            report.cancelled = true;
            break;
        }
    }
    if (!report.cancelled && report.error.isEmpty())
        flush();

    // Undo the batches this run committed, so the project is as it was.
    if ((report.cancelled || !report.error.isEmpty()) && !report.importedIds.isEmpty()) {
        QString undoError;
        if (!m_database.deleteArticles(report.importedIds, &undoError) && report.error.isEmpty())
            report.error = undoError;
        report.importedIds.clear();
    }
    return report;
}

} // namespace Marginalia
