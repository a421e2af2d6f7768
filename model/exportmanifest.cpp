// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportmanifest.h"

#include "csvwriter.h"
#include "exporter.h"

#include <QBuffer>

namespace Marginalia {

ExportManifest::ExportManifest(const QStringList &fileColumns)
    : m_fileColumns(fileColumns)
{
    QBuffer buffer(&m_bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter csv(&buffer, CsvOptions());
    for (const QString &column : columns())
        csv.addText(column);
    csv.endRow();
}

QStringList ExportManifest::columns() const
{
    return QStringList { QStringLiteral("article_id") } + m_fileColumns
        + QStringList { QStringLiteral("title"),  QStringLiteral("date"),
                        QStringLiteral("source"), QStringLiteral("text_sha256"),
                        QStringLiteral("length"), QStringLiteral("offset_unit") };
}

void ExportManifest::add(const ArticleSummary &article, const QStringList &files)
{
    QBuffer buffer(&m_bytes);
    buffer.open(QIODevice::Append);
    CsvWriter csv(&buffer, CsvOptions());
    csv.addNumber(article.id);
    for (const QString &file : files)
        csv.addText(file);
    csv.addText(article.title);
    csv.addText(article.date);
    csv.addText(article.source);
    csv.addText(article.contentHash);
    csv.addNumber(article.length);
    csv.addText(Exporter::offsetUnit());
    csv.endRow();
}

} // namespace Marginalia
