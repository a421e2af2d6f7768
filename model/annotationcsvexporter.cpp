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
    : Exporter(database)
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
             QStringLiteral("modified_at"),   QStringLiteral("article_sha256"),
             QStringLiteral("offset_unit") };
}

bool AnnotationCsvExporter::write(QIODevice *device, QString *error)
{
    m_rows = 0;
    const auto writeFailed = [&] {
        if (error)
            *error = tr("cannot write the CSV (%1)").arg(device->errorString());
        return false;
    };
    // The selection is checked before the header: a refused export writes nothing.
    if (!begin(error))
        return false;
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
            const qint64 context = m_options.contextLength;
            const QStringView left = spans.slice(qMax<qint64>(0, span.start - context), span.start);
            const QStringView right =
                spans.slice(span.end, qMin<qint64>(length, span.end + context));

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
            csv.addText(article.summary.contentHash);
            csv.addText(offsetUnit());
            csv.endRow();
            ++m_rows;

            if (m_options.excelSafe) {
                const QString row = tr("article %1, %2 %3")
                                        .arg(article.summary.id)
                                        .arg(span.kindName())
                                        .arg(span.id);
                const std::pair<QStringView, const char *> cells[] = {
                    { article.summary.title, "article_title" },
                    { article.summary.source, "article_source" },
                    { text, "text" },
                    { span.entity, "entity" },
                    { span.speaker, "speaker" },
                    { sentenceText, "sentence" },
                    { span.note, "note" },
                    { span.annotator, "annotator" },
                };
                for (const auto &[cell, column] : cells)
                    checkExcelCell(cell, row, QLatin1String(column));
            }
        }
        return !csv.hasError() || writeFailed();
    };
    if (!visitArticles(true, true, visit, error))
        return false;
    return csv.flush() || writeFailed();
}

} // namespace Marginalia
