// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportselection.h"
#include "label.h"
#include "projectdatabase.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace Marginalia {

/// Called after each article with how many are done and how many there are
/// in all; returns false to cancel the export.
using ExportProgress = std::function<bool(qint64 articlesDone, qint64 articlesTotal)>;

/// What every export format shares: the selection of articles and labels,
/// progress with cancel, and the warnings a run collects. Each format is a
/// subclass with a write() to a device or a folder.
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(Exporter)
public:
    /// The value of the offset_unit columns and fields: what every offset counts.
    static QString offsetUnit() { return QStringLiteral("code_point"); }

    explicit Exporter(ProjectDatabase &database);
    virtual ~Exporter();
    Exporter(const Exporter &) = delete;
    Exporter &operator=(const Exporter &) = delete;

    void setSelection(const ExportSelection &selection) { m_selection = selection; }
    const ExportSelection &selection() const { return m_selection; }
    void setProgress(const ExportProgress &progress) { m_progress = progress; }

    /// Non-fatal findings of the last write, such as cells too long for Excel.
    QStringList warnings() const { return m_warnings; }
    /// Articles and spans the last write left out because the project holds
    /// them damaged (StoredArticleCheck), one line each.
    QStringList damaged() const { return m_damaged; }
    /// True when the last write stopped because the progress callback said so.
    bool wasCancelled() const { return m_cancelled; }
    /// Articles visited by the last write.
    qint64 articleCount() const { return m_articlesDone; }

protected:
    ProjectDatabase &database() { return m_database; }

    /// Checks the selection (dates, label names), counts the articles, then
    /// streams them to \a visit, reporting progress after each one. False on
    /// a database error, when \a visit returns false (it then sets \a error
    /// itself) or when cancelled (wasCancelled(), and \a error says so).
    bool visitArticles(bool onlyAnnotated, bool withText,
                       const std::function<bool(const ProjectDatabase::ExportArticle &)> &visit,
                       QString *error);

    /// For exports of other things than articles (entities): calls \a visit
    /// with 0 .. count - 1, reporting progress and checking for cancel the
    /// same way. \a visit returns false to stop, having set \a error.
    bool visitItems(qint64 count, const std::function<bool(qint64)> &visit, QString *error);

    /// The project's labels the selection keeps, in palette order.
    QVector<Label> selectedLabels();

    void warn(const QString &message) { m_warnings.append(message); }
    /// A warning for a cell longer than Excel keeps, naming the row (\a row,
    /// e.g. "article 3, entity 12") and the column. For Excel-safe mode.
    void checkExcelCell(QStringView cell, const QString &row, const QString &column);

    /// Resets the counters and warnings and checks the selection; the
    /// visit functions call it, and writers of a header call it first too,
    /// so that a refused export writes nothing.
    bool begin(QString *error);

private:
    /// Reports progress; false when the callback asks to cancel.
    bool progressed(qint64 done, qint64 total);

    ProjectDatabase &m_database;
    ExportSelection m_selection;
    ExportProgress m_progress;
    QStringList m_warnings;
    QStringList m_damaged;
    bool m_cancelled = false;
    qint64 m_articlesDone = 0;
};

} // namespace Marginalia
