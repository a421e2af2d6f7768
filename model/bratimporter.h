// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importproblem.h"
#include "inputfilecheck.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>
#include <QVector>

#include <functional>

namespace Marginalia {

class ProjectDatabase;
class SpanImportBatch;

/// Imports a brat standoff folder (searched recursively, as InputFolder
/// does): each X.txt with its X.ann beside it. Both are read through
/// InputFileCheck: regular files within the size limit of a .txt import.
///
/// A .txt becomes an article, stored as .txt imports store texts (BOM
/// dropped, line ends made LF, no date header read) — or, when the project
/// already holds the same text, the annotations go to that article. brat
/// counts offsets in code points of the .txt as written; when the file has
/// CRLF line ends or a BOM they are mapped to the stored text, and each T
/// line's text is checked against the text at its offsets.
///
/// T lines become annotations, their type the label (created when the
/// project lacks it), or quotes for type QUOTE. A discontinuous T
/// ("0 5;9 14") whose fragments are separated by nothing but white space is
/// one span across line breaks, as brat and our brat export write it: it
/// becomes one annotation over the whole extent; fragments with words between
/// them become one annotation each, with the same label and note. "#"
/// AnnotatorNotes become the annotation's note ("speaker: NAME" on a QUOTE
/// sets its speaker); N lines referring to Marginalia entities link the
/// annotation to the entity of that name. Relations, events, attributes,
/// other normalizations and equivalences are counted and reported as
/// skipped. Annotations already in the project are left out.
///
/// The whole folder is read first, then stored in one transaction: a
/// cancelled or failed import leaves the project as it was.
class BratImporter
{
    Q_DECLARE_TR_FUNCTIONS(BratImporter)
public:
    static QString quoteType() { return QStringLiteral("QUOTE"); }

    struct Options
    {
        /// The largest .txt or .ann file taken, as for .txt imports.
        qint64 maxFileBytes = InputFileCheck::DefaultMaxBytes;
    };

    struct Progress
    {
        qsizetype documentsDone = 0;
        qsizetype documentsTotal = 0;
        QString currentPath;
    };
    /// Called after each document is read; return false to cancel.
    using ProgressCallback = std::function<bool(const Progress &)>;

    struct Report
    {
        QVector<qint64> importedIds; ///< articles stored by this import
        QVector<qint64> matchedIds; ///< articles that were there with the same text
        qsizetype annotations = 0;
        qsizetype quotes = 0;
        qsizetype notes = 0; ///< notes and speakers attached
        qsizetype duplicates = 0; ///< annotations already in the project, left out
        QMap<QString, qsizetype> skippedLines; ///< "relation", "event"... -> how many
        QStringList createdLabels;
        QVector<ImportProblem> problems;
        bool cancelled = false;
        QString error; ///< the project could not be written: nothing stored

        bool hasProblems() const { return !problems.isEmpty() || !error.isEmpty(); }
    };

    explicit BratImporter(ProjectDatabase &database);
    BratImporter(ProjectDatabase &database, Options options);
    ~BratImporter();

    Report importFolder(const QString &folder, const ProgressCallback &progress = {});

private:
    void readDocument(const QString &txtPath, const QString &annPath, Report *report);

    ProjectDatabase &m_database;
    Options m_options;
    std::unique_ptr<SpanImportBatch> m_batch;
    QHash<QString, qint64> m_storedHashes;
    QHash<QString, QString> m_folderHashes; ///< texts of this folder -> their .txt
};

} // namespace Marginalia
