// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articledate.h"
#include "inputfilecheck.h"
#include "tablefilereader.h"
#include "textfileimporter.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <optional>

namespace Marginalia {

class ProjectDatabase;
class QuoteDetector;

/// Which column (CSV) or key (JSONL) holds each part of an article.
/// Unset: the column named like the role (text, title, date, source, id,
/// any case) if there is one; empty: none.
struct ArticleColumnMapping
{
    std::optional<QString> text;
    std::optional<QString> title;
    std::optional<QString> date;
    std::optional<QString> source;
    std::optional<QString> id;

    /// Every role set: to the column named so given, else as described above.
    ArticleColumnMapping resolved(const QStringList &columns) const;
    /// The column among \a columns whose name is \a role in any case, or "".
    static QString columnNamed(const QStringList &columns, const QString &role);
};

/// Imports articles from a CSV or JSONL file, one per row: the text from a
/// column, and optionally the title, date, source and an id.
///
/// Texts are stored as .txt imports store them (BOM dropped, line ends made
/// LF); a row without a title takes the text's first line. Dates are read
/// as ArticleDate reads them (ISO, DD/MM/YYYY, "5 décembre 2022", RFC 2822);
/// one it cannot read is a warning, and the row is stored without it. A source names where the
/// article came from; without a source column it is FILE#ID, or FILE:LINE without an id column.
/// Malformed rows, rows without text and rows whose text is over the size limit of an article are
/// reported by line and skipped, duplicates of a stored text too; the rest is stored in batches,
/// one transaction each, read ahead on another thread. Cancelling, or a database failure, removes
/// what the run stored.
class ArticleTableImporter
{
    Q_DECLARE_TR_FUNCTIONS(ArticleTableImporter)
public:
    using Report = TextFileImporter::Report;
    /// Rows have no total until the file is read, so progress is also given
    /// as how far through the file's text reading has come.
    struct Progress
    {
        qsizetype rowsDone = 0; ///< rows read, stored or not
        int permille = 0; ///< how far through the file, 0..1000
        QString path;
    };
    /// Called after each batch; return false to cancel.
    using ProgressCallback = std::function<bool(const Progress &)>;

    struct Options
    {
        ArticleColumnMapping mapping;
        TableFileReader::Options table; ///< with the limit on the whole file
        /// The largest text one row may bring, in UTF-8, as for a .txt file.
        qint64 maxArticleBytes = InputFileCheck::DefaultMaxBytes;
        int batchSize = 500;
        bool detectQuotes = true;
        /// How 01/02/2024 is read; a date whose day is over 12 says itself.
        ArticleDate::Order dateOrder = ArticleDate::Order::DayFirst;
    };

    ArticleTableImporter(ProjectDatabase &database, Options options);
    ~ArticleTableImporter();

    Report importFile(const QString &path, const ProgressCallback &progress = {});

    /// "\"a\", \"b\"": the first few of \a columns, each cut short if long,
    /// then how many more there are, so a message stays a line.
    static QString columnList(const QStringList &columns);

private:
    struct Columns
    {
        qsizetype text = -1;
        qsizetype title = -1;
        qsizetype date = -1;
        qsizetype source = -1;
        qsizetype id = -1;
    };
    struct Batch
    {
        QVector<qsizetype> lines; ///< of the rows that became articles
        QVector<NewArticle> articles;
        QVector<ImportProblem> problems; ///< rows left out or warned about, in line order
        qsizetype rows = 0; ///< rows read, stored or not
        bool atEnd = false;
        int permille = 0;
    };

    bool resolveColumns(const TableFileReader &reader, const QString &path, Columns *columns,
                        QString *error) const;
    Batch readBatch(TableFileReader &reader, const Columns &columns, const QString &path) const;
    bool rowToArticle(const TableFileReader::Row &row, const Columns &columns,
                      const TableFileReader &reader, const QString &path, NewArticle *article,
                      QVector<ImportProblem> *problems) const;
    void prepare(QVector<NewArticle> &articles, qsizetype from, qsizetype to) const;
    bool storeBatch(Batch &batch, const QString &path, qint64 importRun, Report *report);

    ProjectDatabase &m_database;
    Options m_options;
    std::unique_ptr<QuoteDetector> m_quoteDetector;
};

} // namespace Marginalia
