// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "article.h"
#include "importproblem.h"
#include "inputfilecheck.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

#include <functional>
#include <memory>

namespace Marginalia {

class ProjectDatabase;
class QuoteDetector;

/// Imports plain-text articles from files and folders (recursively, *.txt).
///
/// Files are decoded and parsed (header date, title), then stored in
/// batches, one transaction each. A file that cannot be imported becomes an
/// ImportProblem naming it and the reason; the rest of the import goes on.
/// Cancelling, or a database failure, removes what this run had stored, so
/// the project is as it was before the import.
class TextFileImporter
{
    Q_DECLARE_TR_FUNCTIONS(TextFileImporter)
public:
    static constexpr qint64 DefaultMaxFileBytes = InputFileCheck::DefaultMaxBytes;

    struct Options
    {
        qint64 maxFileBytes = DefaultMaxFileBytes;
        int batchSize = 500;
        bool detectQuotes = true; ///< find direct speech in each article as it is read
    };

    struct Progress
    {
        qsizetype filesDone = 0;
        qsizetype filesTotal = 0;
        QString currentPath;
    };
    /// Called after each file; return false to cancel the import.
    using ProgressCallback = std::function<bool(const Progress &)>;

    struct Report
    {
        QVector<qint64> importedIds;
        qsizetype annotations = 0; ///< annotations and quotes stored, by imports that bring them
        QVector<ImportProblem> problems;
        bool cancelled = false;
        QString error; ///< set when the project itself could not be written

        bool hasProblems() const { return !problems.isEmpty() || !error.isEmpty(); }
    };

    explicit TextFileImporter(ProjectDatabase &database);
    TextFileImporter(ProjectDatabase &database, Options options);
    ~TextFileImporter();

    Report importPaths(const QStringList &paths, const ProgressCallback &progress = {});

    /// The files \a paths stand for: files as given, folders searched
    /// recursively for *.txt (see InputFolder), in a stable order.
    static QStringList collectFiles(const QStringList &paths, QVector<ImportProblem> *problems);

    /// Why a text was not stored again: "skipped: same text as article 12 (\"Title\")".
    static QString duplicateReason(qint64 existingId, const QString &existingTitle);

private:
    /// Files read ahead of storing: every path in order, with the reason it
    /// was rejected (empty for the ones that became articles).
    struct Batch
    {
        QStringList paths;
        QStringList reasons;
        QVector<NewArticle> articles;
    };
    /// A batch also ends at this much text, so large files never pile up.
    static constexpr qint64 MaxBatchBytes = 64LL * 1024 * 1024;

    bool readArticle(const QString &path, NewArticle *article, QString *reason) const;
    Batch readBatch(const QStringList &files, qsizetype from) const;
    Batch readRange(const QStringList &files, qsizetype from, qsizetype to, qint64 maxBytes) const;
    bool storeBatch(Batch &batch, qint64 importRun, Report *report);

    ProjectDatabase &m_database;
    Options m_options;
    std::unique_ptr<QuoteDetector> m_quoteDetector; ///< shared by reading threads; const
};

} // namespace Marginalia
