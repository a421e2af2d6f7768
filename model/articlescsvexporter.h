// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exporter.h"
#include "exportoptions.h"

#include <QCoreApplication>
#include <QStringList>

class QIODevice;

namespace Marginalia {

/// One CSV row per article: article_id, title, date, source, encoding,
/// language, status (todo, in-progress, done), length (code points),
/// text_sha256 (SHA-256 of the UTF-8 text), then count_<LABEL> for each
/// selected label in palette order, quote_count when quotes are selected,
/// and offset_unit ("code_point"). Texts are not read.
class ArticlesCsvExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(ArticlesCsvExporter)
public:
    ArticlesCsvExporter(ProjectDatabase &database, const CsvOptions &options);

    /// The header for these labels (and quotes or not).
    static QStringList columns(const QVector<Label> &labels, bool quotes);

    bool write(QIODevice *device, QString *error);
    qint64 rowCount() const { return articleCount(); }

private:
    CsvOptions m_options;
};

} // namespace Marginalia
