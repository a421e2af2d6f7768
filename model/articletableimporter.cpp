// SPDX-License-Identifier: GPL-3.0-or-later
#include "articletableimporter.h"

#include "articletextparser.h"
#include "importrun.h"
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

/// A batch also ends at this much text, so huge rows never pile up.
constexpr qint64 MaxBatchChars = 32LL * 1024 * 1024;

/// How many columns and how much of each a message lists.
constexpr qsizetype ListedColumns = 10;
constexpr qsizetype ListedNameLength = 40;

/// A name from the file, quoted, short and on one line.
QString shownName(const QString &name)
{
    QString shown =
        name.size() > ListedNameLength ? name.left(ListedNameLength) + QChar(0x2026) : name;
    for (QChar &c : shown) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            c = QLatin1Char(' ');
    }
    return QLatin1Char('"') + shown + QLatin1Char('"');
}

} // namespace

QString ArticleColumnMapping::columnNamed(const QStringList &columns, const QString &role)
{
    for (const QString &column : columns) {
        if (column.compare(role, Qt::CaseInsensitive) == 0)
            return column;
    }
    return QString();
}

ArticleColumnMapping ArticleColumnMapping::resolved(const QStringList &columns) const
{
    const auto pick = [&columns](const std::optional<QString> &chosen, const char *role) {
        return chosen ? *chosen : columnNamed(columns, QLatin1String(role));
    };
    ArticleColumnMapping mapping;
    mapping.text = pick(text, "text");
    mapping.title = pick(title, "title");
    mapping.date = pick(date, "date");
    mapping.source = pick(source, "source");
    mapping.id = pick(id, "id");
    return mapping;
}

ArticleTableImporter::ArticleTableImporter(ProjectDatabase &database, Options options)
    : m_database(database)
    , m_options(std::move(options))
{
    if (m_options.detectQuotes)
        m_quoteDetector = std::make_unique<QuoteDetector>();
}

ArticleTableImporter::~ArticleTableImporter() = default;

QString ArticleTableImporter::columnList(const QStringList &columns)
{
    if (columns.isEmpty())
        return tr("none");
    QStringList shown;
    for (const QString &column : columns.mid(0, ListedColumns))
        shown.append(shownName(column));
    QString list = shown.join(QLatin1String(", "));
    if (columns.size() > ListedColumns)
        list += tr(" and %Ln more", nullptr, int(columns.size() - ListedColumns));
    return list;
}

bool ArticleTableImporter::resolveColumns(const TableFileReader &reader, const QString &path,
                                          Columns *columns, QString *error) const
{
    const ArticleColumnMapping mapping = m_options.mapping.resolved(reader.columns());
    const QString available = columnList(reader.columns());
    const auto find = [&](const QString &name, const char *role, qsizetype *index) {
        if (name.isEmpty())
            return true;
        *index = reader.columnIndex(name);
        if (*index >= 0)
            return true;
        *error = display(path) + QLatin1String(": ")
            + tr("no column named %1 for the %2 (the columns are %3)")
                  .arg(shownName(name), QLatin1String(role), available);
        return false;
    };
    if (mapping.text->isEmpty()) {
        *error = display(path) + QLatin1String(": ")
            + tr("no text column: name one (the columns are %1)").arg(available);
        return false;
    }
    return find(*mapping.text, "text", &columns->text)
        && find(*mapping.title, "title", &columns->title)
        && find(*mapping.date, "date", &columns->date)
        && find(*mapping.source, "source", &columns->source)
        && find(*mapping.id, "id", &columns->id);
}

bool ArticleTableImporter::rowToArticle(const TableFileReader::Row &row, const Columns &columns,
                                        const TableFileReader &reader, const QString &path,
                                        NewArticle *article, QVector<ImportProblem> *problems) const
{
    const auto problem = [&](ImportProblem::Kind kind, const QString &reason) {
        problems->append({ kind, display(path), reason, row.line });
    };
    if (!row.error.isEmpty()) {
        problem(ImportProblem::Kind::Rejected, row.error);
        return false;
    }
    const auto value = [&row](qsizetype column) {
        return column >= 0 && column < row.values.size() ? row.values.at(column) : QString();
    };
    QString text = value(columns.text);
    QString tooLarge;
    if (!InputFileCheck::textFits(text, m_options.maxArticleBytes, &tooLarge)) {
        problem(ImportProblem::Kind::Rejected, tr("the text is %1").arg(tooLarge));
        return false;
    }
    TextDecoder::normalise(text);
    if (text.trimmed().isEmpty()) {
        problem(ImportProblem::Kind::Rejected, tr("no text (the text column is empty)"));
        return false;
    }
    QString title = value(columns.title);
    TextDecoder::normaliseLineEnds(title);
    title = title.replace(QLatin1Char('\n'), QLatin1Char(' ')).trimmed();
    if (title.isEmpty())
        title = ArticleTextParser::firstLine(text);
    const QString id = value(columns.id).trimmed();
    const QString date = value(columns.date).trimmed();
    if (!date.isEmpty()) {
        if (const std::optional<QString> iso = ArticleDate::toIso(date, m_options.dateOrder))
            article->date = *iso;
        else
            problem(ImportProblem::Kind::Warning,
                    tr("the date \"%1\" is not a date this program reads (such as 2022-12-05, "
                       "05/12/2022 or 5 December 2022); stored without a date")
                        .arg(date));
    }
    article->source = value(columns.source).trimmed();
    if (article->source.isEmpty()) {
        const QString file = QFileInfo(path).absoluteFilePath();
        article->source = id.isEmpty() ? file + QLatin1Char(':') + QString::number(row.line)
                                       : file + QLatin1Char('#') + id;
    }
    article->title = title;
    article->encoding = reader.encoding();
    article->text = std::move(text);
    return true;
}

void ArticleTableImporter::prepare(QVector<NewArticle> &articles, qsizetype from,
                                   qsizetype to) const
{
    for (qsizetype i = from; i < to; ++i) {
        NewArticle &article = articles[i];
        article.prepare();
        if (m_quoteDetector)
            article.quotes =
                QuoteDetection::toQuotes(article.text, m_quoteDetector->detect(article.text), {});
    }
}

ArticleTableImporter::Batch ArticleTableImporter::readBatch(TableFileReader &reader,
                                                            const Columns &columns,
                                                            const QString &path) const
{
    Batch batch;
    qint64 chars = 0;
    TableFileReader::Row row;
    while (batch.articles.size() < m_options.batchSize && chars < MaxBatchChars) {
        if (!reader.next(&row)) {
            batch.atEnd = true;
            break;
        }
        ++batch.rows;
        NewArticle article;
        if (rowToArticle(row, columns, reader, path, &article, &batch.problems)) {
            chars += article.text.size();
            batch.lines.append(row.line);
            batch.articles.append(std::move(article));
        }
    }
    batch.permille = reader.size() > 0 ? int(reader.position() * 1000 / reader.size()) : 1000;
    // Hashing and finding quotes cost far more than parsing: two threads.
    const qsizetype middle = batch.articles.size() / 2;
    auto second = std::async(std::launch::async, [this, &batch, middle] {
        prepare(batch.articles, middle, batch.articles.size());
    });
    prepare(batch.articles, 0, middle);
    second.get();
    return batch;
}

bool ArticleTableImporter::storeBatch(Batch &batch, const QString &path, qint64 importRun,
                                      Report *report)
{
    QVector<ProjectDatabase::InsertOutcome> outcomes;
    if (!batch.articles.isEmpty()
        && !m_database.insertArticles(batch.articles, &outcomes, &report->error, importRun))
        return false;
    QVector<ImportProblem> problems = std::move(batch.problems);
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        const ProjectDatabase::InsertOutcome &outcome = outcomes.at(i);
        if (outcome.duplicate)
            problems.append({ ImportProblem::Kind::Skipped, display(path),
                              TextFileImporter::duplicateReason(outcome.id, outcome.existingTitle),
                              batch.lines.at(i) });
        else
            report->importedIds.append(outcome.id);
    }
    std::stable_sort(
        problems.begin(), problems.end(),
        [](const ImportProblem &a, const ImportProblem &b) { return a.line < b.line; });
    report->problems += problems;
    return true;
}

ArticleTableImporter::Report ArticleTableImporter::importFile(const QString &path,
                                                              const ProgressCallback &progress)
{
    Report report;
    TableFileReader reader;
    QString error;
    Columns columns;
    if (!reader.open(path, m_options.table, &error)
        || !resolveColumns(reader, path, &columns, &error)) {
        // The message names the file already.
        const QString prefix = display(path) + QLatin1String(": ");
        report.problems.append({ ImportProblem::Kind::Rejected, display(path),
                                 error.startsWith(prefix) ? error.mid(prefix.size()) : error });
        return report;
    }

    ImportRun run(m_database);
    if (!run.begin(&report.error))
        return report;

    // The next batch is parsed, hashed and searched for quotes on another
    // thread while this one stores the current batch.
    const auto readNext = [&] {
        return std::async(std::launch::async, [this, &reader, &columns, &path] {
            return readBatch(reader, columns, path);
        });
    };
    std::future<Batch> pending = readNext();
    Progress state;
    state.path = path;
    while (pending.valid()) {
        Batch batch = pending.get();
        const bool atEnd = batch.atEnd;
        if (!atEnd)
            pending = readNext();
        state.rowsDone += batch.rows;
        state.permille = batch.permille;
        if (!storeBatch(batch, path, run.id(), &report))
            break;
        if (progress && !progress(state)) {
            report.cancelled = true;
            break;
        }
    }
    if (pending.valid())
        pending.wait(); // a batch read ahead of a cancel or failure is dropped

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
