// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlescsvexporter.h"

#include "csvwriter.h"

#include <QHash>
#include <QIODevice>

namespace Marginalia {

ArticlesCsvExporter::ArticlesCsvExporter(ProjectDatabase &database, const CsvOptions &options)
    : Exporter(database)
    , m_options(options)
{
}

QStringList ArticlesCsvExporter::columns(const QVector<Label> &labels, bool quotes)
{
    QStringList names { QStringLiteral("article_id"), QStringLiteral("title"),
                        QStringLiteral("date"),       QStringLiteral("source"),
                        QStringLiteral("encoding"),   QStringLiteral("language"),
                        QStringLiteral("status"),     QStringLiteral("length"),
                        QStringLiteral("text_sha256") };
    for (const Label &label : labels)
        names.append(QLatin1String("count_") + label.name);
    if (quotes)
        names.append(QStringLiteral("quote_count"));
    names.append(QStringLiteral("offset_unit"));
    return names;
}

bool ArticlesCsvExporter::write(QIODevice *device, QString *error)
{
    const auto writeFailed = [&] {
        if (error)
            *error = tr("cannot write the CSV (%1)").arg(device->errorString());
        return false;
    };
    const QVector<Label> labels = selectedLabels();
    const bool quotes = selection().quotes;
    QHash<qint64, qsizetype> column; // label id -> index in counts
    for (qsizetype i = 0; i < labels.size(); ++i)
        column.insert(labels.at(i).id, i);

    // The selection is checked before the header: a refused export writes nothing.
    if (!begin(error))
        return false;
    CsvWriter csv(device, m_options);
    for (const QString &name : columns(labels, quotes))
        csv.addText(name);
    csv.endRow();

    QVector<qint64> counts(labels.size());
    const auto visit = [&](const ProjectDatabase::ExportArticle &article) {
        const ArticleSummary &a = article.summary;
        counts.fill(0);
        for (const Annotation &annotation : article.annotations) {
            const auto found = column.constFind(annotation.labelId);
            if (found != column.cend())
                ++counts[*found];
        }
        csv.addNumber(a.id);
        csv.addText(a.title);
        csv.addText(a.date);
        csv.addText(a.source);
        csv.addText(a.encoding);
        csv.addText(a.language);
        csv.addText(ExportSelection::statusName(a.status));
        csv.addNumber(a.length);
        csv.addText(a.contentHash);
        for (const qint64 count : std::as_const(counts))
            csv.addNumber(count);
        if (quotes)
            csv.addNumber(article.quotes.size());
        csv.addText(offsetUnit());
        csv.endRow();
        if (m_options.excelSafe) {
            const QString row = tr("article %1").arg(a.id);
            checkExcelCell(a.title, row, QStringLiteral("title"));
            checkExcelCell(a.source, row, QStringLiteral("source"));
        }
        return !csv.hasError() || writeFailed();
    };
    // The texts are read though not written: a row's length and hash are
    // written only once the text has been checked against them.
    if (!visitArticles(false, true, visit, error))
        return false;
    return csv.flush() || writeFailed();
}

} // namespace Marginalia
