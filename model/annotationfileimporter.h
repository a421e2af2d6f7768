// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importproblem.h"
#include "tablefilereader.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QVector>

#include <functional>
#include <optional>

namespace Marginalia {

class ProjectDatabase;
class SpanImportBatch;

/// Reads annotations and quotes back from our own CSV and JSONL exports
/// into a project that holds the same articles.
///
/// Rows are matched to articles by the SHA-256 of the article text (the
/// CSV's article_sha256 column, the JSONL's text_sha256 or its text), which
/// a project holds once; files without a hash are matched by article_source
/// and by the row's text being the article's text at its offsets. A row
/// that matches no article, or whose text differs from the article's text
/// at [start, end) (code points), is reported by line and left out.
///
/// Entity rows become annotations (label, entity found or created, note,
/// annotator, timestamps as written); quote rows become quotes with their
/// speaker, and their cue when the file gives one. Labels the project lacks
/// are created. Rows already in the project (same span and label; for
/// quotes, same span) are counted and left out, so a file imported twice
/// adds nothing. Everything that passes is stored in one transaction: a
/// failure leaves the project as it was.
class AnnotationFileImporter
{
    Q_DECLARE_TR_FUNCTIONS(AnnotationFileImporter)
public:
    struct Options
    {
        std::optional<TableFileReader::Format> format; ///< unset: from the extension
        QChar delimiter; ///< CSV: null to detect
        /// The file is read a piece of about this much at a time, so its size
        /// has no limit (a year's export is 1.4 GiB).
        qint64 pieceBytes = StreamingTextFile::DefaultPieceBytes;
        /// Rows are stored in parts of this many as they are read, inside
        /// the one transaction, so memory does not grow with the file.
        qsizetype partSpans = 20000;
        qsizetype rowsPerProgress = 4096; ///< rows (JSONL: lines) between progress calls
        /// Problems listed one by one; the rest are counted, so that a file
        /// of millions of rows that fit nothing does not fill memory.
        qsizetype maxListedProblems = 10000;
    };

    /// How far reading has come: rows read (stored or not) and permille of
    /// the file's bytes.
    struct Progress
    {
        qsizetype rowsDone = 0;
        int permille = 0;
    };
    /// Called every few thousand rows; return false to cancel (nothing is stored).
    using ProgressCallback = std::function<bool(const Progress &)>;

    struct Report
    {
        qsizetype annotations = 0; ///< annotations stored
        qsizetype quotes = 0; ///< quotes stored, replaced detected ones included
        qsizetype replacedQuotes = 0; ///< detected quotes that gave way to the file's
        qsizetype duplicates = 0; ///< rows already in the project, left out
        QStringList createdLabels;
        /// Rows left out, with their line; past Options::maxListedProblems
        /// one last entry says how many more there were.
        QVector<ImportProblem> problems;
        qsizetype unlistedProblems = 0;
        QString error; ///< the file could not be read or the project written: nothing stored
        bool cancelled = false; ///< nothing stored

        bool hasProblems() const { return !problems.isEmpty() || !error.isEmpty(); }
    };

    explicit AnnotationFileImporter(ProjectDatabase &database);
    AnnotationFileImporter(ProjectDatabase &database, Options options);
    ~AnnotationFileImporter();

    Report importFile(const QString &path, const ProgressCallback &progress = {});

private:
    /// One annotation as a file gives it, before it is matched and checked.
    struct Row
    {
        qsizetype line = 0;
        QString prefix; ///< "annotation 3: " inside a JSONL line, else ""
        QString kind;
        QString label;
        QString start;
        QString end;
        QString text;
        QString entity;
        QString speaker;
        QString cue;
        QString note;
        QString annotator;
        QString createdAt;
        QString modifiedAt;
        QString leftContext;
        QString rightContext;
        bool hasContexts = false;
        bool csv = false; ///< cells may carry the Excel-safe guard; JSONL never does
    };

    void readCsv(TableFileReader &reader, Report *report);
    void readJsonl(TableFileReader &reader, Report *report);
    /// Checks a row against article \a articleId and stages it.
    void importRow(const Row &row, qint64 articleId, Report *report);
    /// The article a CSV row without a hash belongs to, by source and text.
    std::optional<qint64> matchBySource(const Row &row, const QString &source, qint64 idHint,
                                        QString *reason);
    bool textMatches(const Row &row, qint64 articleId, qint64 start, qint64 end);
    void problem(const Row &row, const QString &reason);
    void addProblem(ImportProblem problem);
    /// Ends the list of problems with the count of those not listed.
    void closeProblems();
    /// Whether reading goes on: false once the batch failed or the
    /// progress callback cancelled.
    bool goesOn(const TableFileReader &reader, qsizetype line);

    ProjectDatabase &m_database;
    Options m_options;
    QString m_path;
    Report *m_report = nullptr;
    ProgressCallback m_progress;
    qsizetype m_rowsRead = 0;
    std::unique_ptr<SpanImportBatch> m_batch;
    /// A CSV cell starts with a formula character without the Excel-safe
    /// apostrophe: the file was not written Excel-safe, so a leading
    /// apostrophe in it is the analyst's own.
    bool m_sawUnguardedFormula = false;
    QHash<QString, qint64> m_byHash;
    QHash<QString, QVector<qint64>> m_bySource;
};

} // namespace Marginalia
