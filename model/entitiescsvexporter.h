// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exporter.h"
#include "exportoptions.h"

#include <QCoreApplication>
#include <QStringList>

class QIODevice;

namespace Marginalia {

/// One CSV row per entity: entity_id, name, label, aliases (joined by
/// " | ", as `marginalia-cli entities` prints them), external_id, mentions
/// (annotations linked to it) and articles (articles holding one). Only the
/// selection's labels count; the article selection does not apply, the
/// counts are the whole project's. No offsets and no texts, so no hash.
class EntitiesCsvExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(EntitiesCsvExporter)
public:
    EntitiesCsvExporter(ProjectDatabase &database, const CsvOptions &options);

    static QStringList columns();
    static QString aliasSeparator() { return QStringLiteral(" | "); }

    bool write(QIODevice *device, QString *error);
    qint64 rowCount() const { return m_rows; }

private:
    CsvOptions m_options;
    qint64 m_rows = 0;
};

} // namespace Marginalia
