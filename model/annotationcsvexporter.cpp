// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationcsvexporter.h"

#include "articlespans.h"
#include "csvwriter.h"
#include "projectdatabase.h"
#include "sentencesegmenter.h"

#include <QIODevice>

#include <map>
#include <memory>

namespace Marginalia {

AnnotationCsvExporter::AnnotationCsvExporter(ProjectDatabase &database, const CsvOptions &options)
    : m_database(database)
    , m_options(options)
{
}

QStringList AnnotationCsvExporter::columns()
{
    return { QStringLiteral("article_id"),    QStringLiteral("article_title"),
             QStringLiteral("article_date"),  QStringLiteral("article_source"),
             QStringLiteral("annotation_id"), QStringLiteral("kind"),
             QStringLiteral("label"),         QStringLiteral("start"),
             QStringLiteral("end"),           QStringLiteral("text"),
             QStringLiteral("entity"),        QStringLiteral("speaker"),
             QStringLiteral("sentence"),      QStringLiteral("left_context"),
             QStringLiteral("right_context"), QStringLiteral("note"),
             QStringLiteral("annotator"),     QStringLiteral("created_at"),
             QStringLiteral("modified_at") };
}

bool AnnotationCsvExporter::write(QIODevice *device, QString *error)
{
    m_rows = 0;
    m_warnings.clear();
    CsvWriter csv(device, m_options);
    for (const QString &column : columns())
        csv.addText(column);
    csv.endRow();

    // One segmenter per language: opening one costs far more than setText().
    std::map<QString, std::unique_ptr<SentenceSegmenter>> segmenters;
    const auto visit = [&](const ProjectDatabase::ExportArticle &article) {
        const ArticleSpans spans(article);
        auto &segmenter = segmenters[article.summary.language];
        if (!segmenter)
            segmenter = std::make_unique<SentenceSegmenter>(article.summary.language);
        segmenter->setText(article.text);
        const qint64 length = spans.index().codePointCount();

        for (const ExportSpan &span : spans.spans()) {
            const QStringView text = spans.slice(span.start, span.end);
            const auto sentence =
                segmenter->sentenceAround(spans.toUtf16(span.start), spans.toUtf16(span.end));
            const QStringView sentenceText =
                QStringView(article.text)
                    .mid(sentence.first, sentence.second - sentence.first)
                    .trimmed();
            const QStringView left =
                spans.slice(qMax<qint64>(0, span.start - ContextLength), span.start);
            const QStringView right =
                spans.slice(span.end, qMin<qint64>(length, span.end + ContextLength));

            csv.addNumber(article.summary.id);
            csv.addText(article.summary.title);
            csv.addText(article.summary.date);
            csv.addText(article.summary.source);
            csv.addNumber(span.id);
            csv.addText(span.kindName());
            csv.addText(span.label);
            csv.addNumber(span.start);
            csv.addNumber(span.end);
            csv.addText(text);
            csv.addText(span.entity);
            csv.addText(span.speaker);
            csv.addText(sentenceText);
            csv.addText(left);
            csv.addText(right);
            csv.addText(span.note);
            csv.addText(span.annotator);
            csv.addText(span.createdAt);
            csv.addText(span.modifiedAt);
            csv.endRow();
            ++m_rows;

            if (m_options.excelSafe) {
                for (const QStringView cell : { text, sentenceText, QStringView(span.note) }) {
                    if (cell.size() > CsvWriter::ExcelCellLimit)
                        m_warnings.append(
                            tr("article %1, %2 %3: a cell of %4 characters is longer than "
                               "Excel's limit of %5 and will be cut there by Excel")
                                .arg(article.summary.id)
                                .arg(span.kindName())
                                .arg(span.id)
                                .arg(cell.size())
                                .arg(CsvWriter::ExcelCellLimit));
                }
            }
        }
        return !csv.hasError();
    };
    if (!m_database.forEachArticle(visit, true, error))
        return false;
    if (!csv.flush()) {
        if (error)
            *error = tr("cannot write the CSV (%1)").arg(device->errorString());
        return false;
    }
    return true;
}

} // namespace Marginalia
