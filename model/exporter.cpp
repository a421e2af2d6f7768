// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporter.h"

#include "csvwriter.h"

#include <algorithm>

namespace Marginalia {

Exporter::Exporter(ProjectDatabase &database)
    : m_database(database)
{
}

Exporter::~Exporter() = default;

QVector<Label> Exporter::selectedLabels()
{
    QVector<Label> kept;
    for (const Label &label : m_database.labels()) {
        if (m_selection.includesLabel(label.name))
            kept.append(label);
    }
    return kept;
}

bool Exporter::begin(QString *error)
{
    m_warnings.clear();
    m_damaged.clear();
    m_cancelled = false;
    m_articlesDone = 0;
    if (!m_selection.validate(error))
        return false;
    if (m_selection.labels) {
        const QVector<Label> labels = m_database.labels();
        for (const QString &name : std::as_const(*m_selection.labels)) {
            const bool known = std::any_of(labels.cbegin(), labels.cend(), [&](const Label &l) {
                return l.name.compare(name, Qt::CaseInsensitive) == 0;
            });
            if (!known) {
                if (error)
                    *error = tr("the project has no label named '%1'").arg(name);
                return false;
            }
        }
    }
    return true;
}

bool Exporter::progressed(qint64 done, qint64 total)
{
    if (m_progress && !m_progress(done, qMax(done, total)))
        m_cancelled = true;
    return !m_cancelled;
}

bool Exporter::visitArticles(
    bool onlyAnnotated, bool withText,
    const std::function<bool(const ProjectDatabase::ExportArticle &)> &visit, QString *error)
{
    if (!begin(error))
        return false;
    ProjectDatabase::ExportQuery query;
    query.selection = m_selection;
    query.onlyAnnotated = onlyAnnotated;
    query.withText = withText;
    query.damaged = [this](const QString &problem) { m_damaged.append(problem); };
    qint64 total = 0;
    if (m_progress) {
        const std::optional<qint64> count = m_database.exportArticleCount(query, error);
        if (!count)
            return false;
        total = *count;
    }
    bool visitFailed = false;
    const auto step = [&](const ProjectDatabase::ExportArticle &article) {
        if (!visit(article)) {
            visitFailed = true;
            return false;
        }
        ++m_articlesDone;
        return progressed(m_articlesDone, total);
    };
    if (progressed(0, total) && !m_database.forEachArticle(query, step, error))
        return false;
    if (m_cancelled) {
        if (error)
            *error = tr("the export was cancelled");
        return false;
    }
    return !visitFailed;
}

bool Exporter::visitItems(qint64 count, const std::function<bool(qint64)> &visit, QString *error)
{
    if (!begin(error))
        return false;
    for (qint64 i = 0; i < count && progressed(i, count); ++i) {
        if (!visit(i))
            return false;
    }
    if (m_cancelled || !progressed(count, count)) {
        if (error)
            *error = tr("the export was cancelled");
        return false;
    }
    return true;
}

void Exporter::checkExcelCell(QStringView cell, const QString &row, const QString &column)
{
    if (cell.size() <= CsvWriter::ExcelCellLimit)
        return;
    warn(tr("%1, column %2: a cell of %3 characters is longer than Excel's limit of %4 and "
            "will be cut there by Excel")
             .arg(row, column)
             .arg(cell.size())
             .arg(CsvWriter::ExcelCellLimit));
}

} // namespace Marginalia
