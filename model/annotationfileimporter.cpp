// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationfileimporter.h"

#include "csvwriter.h"
#include "projectdatabase.h"
#include "spanimportbatch.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

#include <climits>

namespace Marginalia {

namespace {

QString display(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

/// Our exports' Excel-safe mode puts a ' before cells that start like a
/// formula; the cell without it is what was exported.
QString withoutExcelGuard(const QString &cell)
{
    if (cell.size() >= 2 && cell.front() == QLatin1Char('\'')
        && CsvWriter::isFormulaTrigger(QStringView(cell).mid(1)))
        return cell.mid(1);
    return cell;
}

bool sameCell(QStringView cell, QStringView text)
{
    return cell == text
        || (CsvWriter::isFormulaTrigger(text) && cell.size() == text.size() + 1
            && cell.front() == QLatin1Char('\'') && cell.mid(1) == text);
}

qint64 codePointCount(QStringView text)
{
    qint64 count = text.size();
    for (const QChar c : text)
        count -= c.isLowSurrogate() ? 1 : 0;
    return count;
}

QString timestampOrNone(const QString &value)
{
    const QString trimmed = value.trimmed();
    return QDateTime::fromString(trimmed, Qt::ISODateWithMs).isValid() ? trimmed : QString();
}

/// Long texts in messages are cut, so a line stays a line.
QString quoted(QStringView text)
{
    constexpr qsizetype Max = 60;
    QString shown = text.size() > Max ? text.left(Max).toString() + QChar(0x2026) : text.toString();
    shown.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    return QLatin1Char('"') + shown + QLatin1Char('"');
}

bool parseOffset(const QString &text, qint64 *value)
{
    bool ok = false;
    *value = text.trimmed().toLongLong(&ok);
    return ok;
}

} // namespace

AnnotationFileImporter::AnnotationFileImporter(ProjectDatabase &database)
    : AnnotationFileImporter(database, Options())
{
}

AnnotationFileImporter::AnnotationFileImporter(ProjectDatabase &database, Options options)
    : m_database(database)
    , m_options(options)
{
}

AnnotationFileImporter::~AnnotationFileImporter() = default;

void AnnotationFileImporter::problem(const Row &row, const QString &reason)
{
    addProblem({ ImportProblem::Kind::Rejected, m_path, row.prefix + reason, row.line });
}

void AnnotationFileImporter::addProblem(ImportProblem problem)
{
    if (m_report->problems.size() < m_options.maxListedProblems)
        m_report->problems.append(std::move(problem));
    else
        ++m_report->unlistedProblems;
}

void AnnotationFileImporter::closeProblems()
{
    if (m_report->unlistedProblems > 0)
        m_report->problems.append({ ImportProblem::Kind::Rejected, m_path,
                                    tr("%n more row(s) left out, not listed one by one", nullptr,
                                       int(qMin<qsizetype>(m_report->unlistedProblems, INT_MAX))),
                                    0 });
}

bool AnnotationFileImporter::goesOn(const TableFileReader &reader, qsizetype rows)
{
    if (m_batch->failed() || m_report->cancelled)
        return false;
    const qsizetype every = qMax<qsizetype>(1, m_options.rowsPerProgress);
    if (m_progress && rows / every != m_rowsRead / every) {
        Progress progress;
        progress.rowsDone = rows;
        progress.permille = reader.size() > 0
            ? int(qMin<qint64>(1000, reader.position() * 1000 / reader.size()))
            : 0;
        if (!m_progress(progress))
            m_report->cancelled = true;
    }
    m_rowsRead = rows;
    return !m_report->cancelled;
}

AnnotationFileImporter::Report AnnotationFileImporter::importFile(const QString &path,
                                                                  const ProgressCallback &progress)
{
    Report report;
    m_report = &report;
    m_progress = progress;
    m_rowsRead = 0;
    m_path = display(path);
    m_byHash.clear();
    m_bySource.clear();

    TableFileReader reader;
    TableFileReader::Options options;
    options.format = m_options.format;
    options.delimiter = m_options.delimiter;
    options.streaming = true;
    options.pieceBytes = m_options.pieceBytes;
    options.jsonObjects = true;
    QString error;
    if (!reader.open(path, options, &error)) {
        report.error = error;
        return report;
    }
    for (const ArticleSummary &article : m_database.articleSummaries()) {
        m_byHash.insert(article.contentHash, article.id);
        m_bySource[article.source].append(article.id);
    }
    m_batch = std::make_unique<SpanImportBatch>(m_database);
    m_batch->storeInParts(m_options.partSpans);
    m_sawUnguardedFormula = false;
    if (reader.format() == TableFileReader::Format::Csv)
        readCsv(reader, &report);
    else
        readJsonl(reader, &report);
    closeProblems();
    if (report.cancelled) {
        m_batch.reset(); // rolls back what parts were stored
        report.annotations = report.quotes = report.replacedQuotes = report.duplicates = 0;
        return report;
    }
    if (report.error.isEmpty() && m_batch->failed()) {
        report.error = tr("%1: nothing was imported: %2").arg(m_path, m_batch->error());
        report.annotations = report.quotes = report.replacedQuotes = report.duplicates = 0;
    }
    if (report.error.isEmpty() && !reader.error().isEmpty()) {
        // The rows read before the damage are not stored without the rest.
        report.error = tr("%1 (nothing was imported)").arg(reader.error());
        report.annotations = report.quotes = report.replacedQuotes = report.duplicates = 0;
    }
    if (!report.error.isEmpty()) {
        m_batch.reset();
        return report;
    }
    if (reader.format() == TableFileReader::Format::Csv && !m_sawUnguardedFormula) {
        // Every formula-like cell carried the guard: Excel-safe, so drop it.
        for (ProjectDatabase::ImportedSpan &span : m_batch->heldSpans()) {
            for (QString *cell :
                 { &span.entityName, &span.speakerName, &span.note, &span.annotator })
                *cell = withoutExcelGuard(*cell);
        }
    }
    if (!m_batch->commit(&report.createdLabels, &error)) {
        report.error = tr("%1: nothing was imported: %2").arg(m_path, error);
        report.annotations = report.quotes = report.replacedQuotes = report.duplicates = 0;
        report.createdLabels.clear();
    }
    m_batch.reset();
    return report;
}

void AnnotationFileImporter::readCsv(TableFileReader &reader, Report *report)
{
    const auto column = [&reader](const char *name) {
        return reader.columnIndex(QLatin1String(name));
    };
    const qsizetype start = column("start");
    const qsizetype end = column("end");
    const qsizetype text = column("text");
    const qsizetype label = column("label");
    QStringList missing;
    for (const auto &[index, name] : { std::pair { start, "start" }, std::pair { end, "end" },
                                       std::pair { text, "text" }, std::pair { label, "label" } }) {
        if (index < 0)
            missing.append(QLatin1String(name));
    }
    qsizetype hash = column("article_sha256");
    if (hash < 0)
        hash = column("text_sha256");
    const qsizetype source = column("article_source");
    if (hash < 0 && source < 0)
        missing.append(QStringLiteral("article_sha256"));
    if (!missing.isEmpty()) {
        report->error = tr("%1: not an annotation export of Marginalia: no column %2")
                            .arg(m_path, missing.join(QLatin1String(", ")));
        return;
    }
    const qsizetype kind = column("kind");
    const qsizetype articleId = column("article_id");
    const qsizetype entity = column("entity");
    const qsizetype speaker = column("speaker");
    const qsizetype cue = column("cue");
    const qsizetype note = column("note");
    const qsizetype annotator = column("annotator");
    const qsizetype createdAt = column("created_at");
    const qsizetype modifiedAt = column("modified_at");
    const qsizetype left = column("left_context");
    const qsizetype right = column("right_context");
    const qsizetype unit = column("offset_unit");

    TableFileReader::Row tableRow;
    for (qsizetype rows = 0; goesOn(reader, rows) && reader.next(&tableRow); ++rows) {
        Row row;
        row.csv = true;
        row.line = tableRow.line;
        if (!tableRow.error.isEmpty()) {
            problem(row, tableRow.error);
            continue;
        }
        const auto value = [&tableRow](qsizetype index) {
            return index >= 0 ? tableRow.values.at(index) : QString();
        };
        row.kind = value(kind).trimmed();
        row.label = value(label).trimmed();
        row.start = value(start);
        row.end = value(end);
        row.text = value(text);
        row.entity = value(entity);
        row.speaker = value(speaker);
        row.cue = value(cue);
        row.note = value(note);
        row.annotator = value(annotator);
        row.createdAt = value(createdAt);
        row.modifiedAt = value(modifiedAt);
        row.leftContext = value(left);
        row.rightContext = value(right);
        row.hasContexts = left >= 0 && right >= 0;
        const QString offsetUnit = value(unit).trimmed();
        if (!offsetUnit.isEmpty() && offsetUnit != QLatin1String("code_point")) {
            problem(row, tr("offsets in \"%1\" cannot be read; only code_point").arg(offsetUnit));
            continue;
        }

        const QString rowHash = value(hash).trimmed().toLower();
        const QString rowSource = value(source);
        qint64 article = 0;
        if (!rowHash.isEmpty()) {
            article = m_byHash.value(rowHash);
            if (article == 0) {
                problem(row,
                        tr("no article in the project has the text this row was exported "
                           "from (article_sha256 %1, source %2)")
                            .arg(rowHash, quoted(rowSource)));
                continue;
            }
        } else {
            qint64 hint = 0;
            parseOffset(value(articleId), &hint);
            QString reason;
            const std::optional<qint64> matched = matchBySource(row, rowSource, hint, &reason);
            if (!matched) {
                problem(row, reason);
                continue;
            }
            article = *matched;
        }
        importRow(row, article, report);
    }
}

void AnnotationFileImporter::readJsonl(TableFileReader &reader, Report *report)
{
    TableFileReader::Row tableRow;
    for (qsizetype rows = 0; goesOn(reader, rows) && reader.next(&tableRow); ++rows) {
        Row line;
        line.line = tableRow.line;
        if (!tableRow.error.isEmpty()) {
            problem(line, tableRow.error);
            continue;
        }
        const QJsonObject &object = tableRow.object;
        const QString offsetUnit = object.value(QLatin1String("offset_unit")).toString();
        if (!offsetUnit.isEmpty() && offsetUnit != QLatin1String("code_point")) {
            problem(line, tr("offsets in \"%1\" cannot be read; only code_point").arg(offsetUnit));
            continue;
        }
        const QJsonValue annotations = object.value(QLatin1String("annotations"));
        if (!annotations.isUndefined() && !annotations.isArray()) {
            problem(line, tr("\"annotations\" is not an array"));
            continue;
        }
        const QJsonArray spans = annotations.toArray();
        QString hash = object.value(QLatin1String("text_sha256")).toString().trimmed().toLower();
        const QJsonValue text = object.value(QLatin1String("text"));
        if (text.isString()) {
            const QString computed = QString::fromLatin1(
                QCryptographicHash::hash(text.toString().toUtf8(), QCryptographicHash::Sha256)
                    .toHex());
            if (!hash.isEmpty() && hash != computed) {
                problem(line,
                        tr("text_sha256 is not the SHA-256 of the line's text; its %n "
                           "annotation(s) are left out",
                           nullptr, int(spans.size())));
                continue;
            }
            hash = computed;
        }
        if (hash.isEmpty()) {
            problem(line, tr("neither \"text\" nor \"text_sha256\": no article to match"));
            continue;
        }
        const qint64 article = m_byHash.value(hash);
        if (article == 0) {
            problem(line,
                    tr("no article in the project has this text (source %1); its %n "
                       "annotation(s) are left out",
                       nullptr, int(spans.size()))
                        .arg(quoted(object.value(QLatin1String("source")).toString())));
            continue;
        }
        for (qsizetype i = 0; i < spans.size(); ++i) {
            Row row;
            row.line = line.line;
            row.prefix = tr("annotation %1: ").arg(i + 1);
            if (!spans.at(i).isObject()) {
                problem(row, tr("not a JSON object"));
                continue;
            }
            const QJsonObject span = spans.at(i).toObject();
            const auto field = [&span](const char *name) {
                return TableFileReader::jsonValueText(span.value(QLatin1String(name)));
            };
            row.kind = field("kind").trimmed();
            row.label = field("label").trimmed();
            row.start = field("start");
            row.end = field("end");
            row.text = field("text");
            row.entity = field("entity");
            row.speaker = field("speaker");
            row.cue = field("cue");
            row.note = field("note");
            row.annotator = field("annotator");
            row.createdAt = field("created_at");
            row.modifiedAt = field("modified_at");
            importRow(row, article, report);
        }
    }
}

std::optional<qint64> AnnotationFileImporter::matchBySource(const Row &row, const QString &source,
                                                            qint64 idHint, QString *reason)
{
    qint64 start = 0;
    qint64 end = 0;
    const QVector<qint64> candidates = m_bySource.value(source);
    if (candidates.isEmpty()) {
        *reason = tr("no article in the project has the source %1 (and the file gives no "
                     "article_sha256 to match the text by)")
                      .arg(quoted(source));
        return std::nullopt;
    }
    QVector<qint64> matches;
    if (parseOffset(row.start, &start) && parseOffset(row.end, &end)) {
        for (const qint64 id : candidates) {
            if (textMatches(row, id, start, end))
                matches.append(id);
        }
    }
    if (matches.size() == 1)
        return matches.first();
    if (matches.size() > 1 && matches.contains(idHint))
        return idHint;
    *reason = matches.isEmpty()
        ? tr("no article with the source %1 has %2 at [%3, %4)")
              .arg(quoted(source), quoted(row.text), row.start.trimmed(), row.end.trimmed())
        : tr("%n articles with the source %1 fit the row; give article_sha256 to tell them "
             "apart",
             nullptr, int(matches.size()))
              .arg(quoted(source));
    return std::nullopt;
}

bool AnnotationFileImporter::textMatches(const Row &row, qint64 articleId, qint64 start, qint64 end)
{
    const SpanImportBatch::Text *text = m_batch->articleText(articleId);
    if (!text || start < 0 || start >= end || end > text->length()
        || !sameCell(row.text, text->slice(start, end)))
        return false;
    if (!row.hasContexts)
        return true;
    // The context's width is the exporter's setting, not known here: each
    // cell is read at its own length (a code point less when Excel-safe
    // quoting put a quote in front).
    const auto matchesBefore = [&](qint64 width) {
        return width <= start && sameCell(row.leftContext, text->slice(start - width, start));
    };
    const auto matchesAfter = [&](qint64 width) {
        return end + width <= text->length()
            && sameCell(row.rightContext, text->slice(end, end + width));
    };
    const qint64 left = codePointCount(row.leftContext);
    const qint64 right = codePointCount(row.rightContext);
    return (matchesBefore(left) || (left > 0 && matchesBefore(left - 1)))
        && (matchesAfter(right) || (right > 0 && matchesAfter(right - 1)));
}

void AnnotationFileImporter::importRow(const Row &row, qint64 articleId, Report *report)
{
    using Span = ProjectDatabase::ImportedSpan;
    Span span;
    span.articleId = articleId;
    if (row.kind.isEmpty() || row.kind == QLatin1String("entity")) {
        span.kind = Span::Kind::Entity;
    } else if (row.kind == QLatin1String("quote")) {
        span.kind = Span::Kind::Quote;
    } else {
        problem(row, tr("unknown kind %1 (entity or quote)").arg(quoted(row.kind)));
        return;
    }
    if (!parseOffset(row.start, &span.start)) {
        problem(row, tr("start %1 is not a whole number").arg(quoted(row.start)));
        return;
    }
    if (!parseOffset(row.end, &span.end)) {
        problem(row, tr("end %1 is not a whole number").arg(quoted(row.end)));
        return;
    }
    const SpanImportBatch::Text *text = m_batch->articleText(articleId);
    if (!text) {
        const QString damage = m_batch->damage(articleId);
        problem(row, damage.isEmpty() ? tr("article %1 has no text").arg(articleId) : damage);
        return;
    }
    if (span.start < 0 || span.start >= span.end) {
        problem(row, tr("[%1, %2) is not a span").arg(span.start).arg(span.end));
        return;
    }
    if (span.end > text->length()) {
        problem(row,
                tr("end %1 is past the end of article %2, which has %3 characters")
                    .arg(span.end)
                    .arg(articleId)
                    .arg(text->length()));
        return;
    }
    const QStringView stored = text->slice(span.start, span.end);
    if (!sameCell(row.text, stored)) {
        problem(row,
                tr("the text at [%1, %2) of article %3 is %4, not %5")
                    .arg(span.start)
                    .arg(span.end)
                    .arg(articleId)
                    .arg(quoted(stored), quoted(row.text)));
        return;
    }
    if (span.kind == Span::Kind::Entity && row.label.isEmpty()) {
        problem(row, tr("no label"));
        return;
    }
    span.labelName = row.label;
    if (row.csv) {
        for (const QString *value : { &row.text, &row.leftContext, &row.rightContext, &row.entity,
                                      &row.speaker, &row.note, &row.annotator }) {
            if (CsvWriter::isFormulaTrigger(*value))
                m_sawUnguardedFormula = true;
        }
    }
    // Guards come off at the end, once the whole file says it is Excel-safe:
    // a span with a guarded cell is held back to then.
    bool guarded = false;
    if (row.csv) {
        for (const QString *value : { &row.entity, &row.speaker, &row.note, &row.annotator })
            guarded = guarded || withoutExcelGuard(*value).size() != value->size();
    }
    span.entityName = row.entity;
    span.speakerName = row.speaker;
    span.note = row.note;
    span.annotator = row.annotator;
    span.createdAt = timestampOrNone(row.createdAt);
    span.modifiedAt = timestampOrNone(row.modifiedAt);
    if (span.kind == Span::Kind::Quote && !row.cue.isEmpty()) {
        // The cue is given as text: the occurrence nearest the quote is its own.
        const QString cue = row.csv ? withoutExcelGuard(row.cue) : row.cue;
        const qsizetype quoteStart = text->index.toUtf16(span.start);
        const qsizetype quoteEnd = text->index.toUtf16(span.end);
        qsizetype best = -1;
        qsizetype bestDistance = 0;
        for (qsizetype at = text->text.indexOf(cue); at >= 0;
             at = text->text.indexOf(cue, at + 1)) {
            const qsizetype distance = at >= quoteEnd ? at - quoteEnd
                : at + cue.size() <= quoteStart       ? quoteStart - (at + cue.size())
                                                      : 0;
            if (best < 0 || distance < bestDistance) {
                best = at;
                bestDistance = distance;
            }
        }
        if (best >= 0) {
            span.cueStart = text->index.toCodePoint(best);
            span.cueEnd = text->index.toCodePoint(best + cue.size());
        }
    }

    const bool quote = span.kind == Span::Kind::Quote;
    const qint64 start = span.start;
    const qint64 end = span.end;
    QString keptSpeaker;
    switch (
        m_batch->stage(std::move(span), &keptSpeaker,
                       guarded ? SpanImportBatch::Keep::ToEnd : SpanImportBatch::Keep::InPart)) {
    case SpanImportBatch::Verdict::Added:
        ++(quote ? report->quotes : report->annotations);
        break;
    case SpanImportBatch::Verdict::ReplacesDetected:
        ++report->quotes;
        ++report->replacedQuotes;
        break;
    case SpanImportBatch::Verdict::Duplicate:
        ++report->duplicates;
        break;
    case SpanImportBatch::Verdict::KeptByHand:
        addProblem({ ImportProblem::Kind::Skipped, m_path,
                     row.prefix
                         + tr("a quote made or edited by hand is already at [%1, %2) (speaker %3); "
                              "it is kept")
                               .arg(start)
                               .arg(end)
                               .arg(quoted(keptSpeaker)),
                     row.line });
        break;
    }
}

} // namespace Marginalia
