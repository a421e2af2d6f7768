// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exporter.h"
#include "exportoptions.h"

#include <QCoreApplication>
#include <QStringList>

class QIODevice;

namespace Marginalia {

class ProjectDatabase;

/// The main deliverable: one CSV row per annotation (entities and quotes)
/// with the article's metadata, the span's text, its sentence and
/// CsvOptions::contextLength (40 by default) code points of context on each side. Offsets are
/// Unicode code points, so Python's text[start:end] on the article text gives the text column. The
/// 19 documented columns come first; article_sha256 (SHA-256 of the
/// article's UTF-8 text) and offset_unit ("code_point") follow.
class AnnotationCsvExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(AnnotationCsvExporter)
public:
    AnnotationCsvExporter(ProjectDatabase &database, const CsvOptions &options);

    static QStringList columns();

    bool write(QIODevice *device, QString *error);

    qint64 rowCount() const { return m_rows; }

private:
    CsvOptions m_options;
    qint64 m_rows = 0;
};

} // namespace Marginalia
