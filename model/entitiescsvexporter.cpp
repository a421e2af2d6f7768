// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitiescsvexporter.h"

#include "csvwriter.h"
#include "projectdatabase.h"

#include <QIODevice>

namespace Marginalia {

EntitiesCsvExporter::EntitiesCsvExporter(ProjectDatabase &database, const CsvOptions &options)
    : Exporter(database)
    , m_options(options)
{
}

QStringList EntitiesCsvExporter::columns()
{
    return { QStringLiteral("entity_id"), QStringLiteral("name"),        QStringLiteral("label"),
             QStringLiteral("aliases"),   QStringLiteral("external_id"), QStringLiteral("mentions"),
             QStringLiteral("articles") };
}

bool EntitiesCsvExporter::write(QIODevice *device, QString *error)
{
    m_rows = 0;
    // The selection is checked before the header: a refused export writes nothing.
    if (!begin(error))
        return false;
    CsvWriter csv(device, m_options);
    for (const QString &name : columns())
        csv.addText(name);
    csv.endRow();
    const auto summaries = database().entitySummaries();
    const auto visit = [&](const EntitySummary &summary) {
        const Entity &e = summary.entity;
        const QString aliases = e.aliases.join(aliasSeparator());
        csv.addNumber(e.id);
        csv.addText(e.name);
        csv.addText(summary.labelName);
        csv.addText(aliases);
        csv.addText(e.externalId);
        csv.addNumber(summary.mentions);
        csv.addNumber(summary.articles);
        csv.endRow();
        ++m_rows;
        if (m_options.excelSafe) {
            const QString row = tr("entity %1").arg(e.id);
            checkExcelCell(e.name, row, QStringLiteral("name"));
            checkExcelCell(aliases, row, QStringLiteral("aliases"));
            checkExcelCell(e.externalId, row, QStringLiteral("external_id"));
        }
    };
    const auto writeFailed = [&] {
        if (error)
            *error = tr("cannot write the CSV (%1)").arg(device->errorString());
        return false;
    };
    const auto step = [&](qint64 i) {
        const EntitySummary &summary = summaries.at(i);
        if (selection().includesLabel(summary.labelName))
            visit(summary);
        return !csv.hasError() || writeFailed();
    };
    if (!visitItems(qint64(summaries.size()), step, error))
        return false;
    return csv.flush() || writeFailed();
}

} // namespace Marginalia
