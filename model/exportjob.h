// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exporter.h"
#include "exportoptions.h"
#include "exportselection.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

class QIODevice;

namespace Marginalia {

class ProjectDatabase;

enum class ExportFormat { AnnotationsCsv, ArticlesCsv, EntitiesCsv, Jsonl, Brat, Conll, Texts };

/// One export as the CLI and the window's Export dialog run it: a format,
/// a selection and the CSV options, written atomically to a file (QSaveFile)
/// or a folder (StagedFolder), with progress and cancel. A cancelled or
/// failed export leaves no file behind.
class ExportJob
{
    Q_DECLARE_TR_FUNCTIONS(ExportJob)
public:
    struct Settings
    {
        ExportFormat format = ExportFormat::AnnotationsCsv;
        ExportSelection selection;
        CsvOptions csv; ///< for the CSV formats
    };

    static QList<ExportFormat> formats();
    /// The CLI's name: csv, articles, entities, jsonl, brat, conll, texts.
    static QString formatName(ExportFormat format);
    static std::optional<ExportFormat> formatFromName(QStringView name);
    /// A name for people: "Annotations (CSV)", ...
    static QString formatTitle(ExportFormat format);
    /// brat and texts write a folder; the others one file.
    static bool writesFolder(ExportFormat format);
    static bool isCsv(ExportFormat format);
    /// Where a file or folder of this format is put by default; with
    /// \a projectName, named after the project ("Elections-annotations.csv"),
    /// so that exports of two projects in one folder do not meet.
    static QString defaultFileName(ExportFormat format, const QString &projectName = QString());

    ExportJob(ProjectDatabase &database, const Settings &settings);

    void setProgress(const ExportProgress &progress) { m_progress = progress; }

    /// Writes the file or folder \a path, replacing a file of that name only
    /// once complete.
    bool write(const QString &path, QString *error);
    /// Writes a one-file format to an open device (standard output).
    bool write(QIODevice *device, QString *error);

    QStringList warnings() const { return m_warnings; }
    /// What the export left out because the project holds it damaged: an
    /// article whose text fails its checks, a span outside its text. The
    /// rest is written; the CLI exits 1 when this is not empty.
    QStringList damaged() const { return m_damaged; }
    bool wasCancelled() const { return m_cancelled; }
    /// "1,234 rows", "12 articles"...: what was written, for a status line.
    QString summary() const { return m_summary; }
    /// What was written, counted in the format's own unit: rows for the CSVs,
    /// lines (articles) for JSONL, text-bound annotations for brat, tokens
    /// for CoNLL, files for texts.
    qint64 itemCount() const { return m_items; }

private:
    bool run(QIODevice *device, const QString &folder, QString *error);

    ProjectDatabase &m_database;
    Settings m_settings;
    ExportProgress m_progress;
    QStringList m_warnings;
    QStringList m_damaged;
    bool m_cancelled = false;
    QString m_summary;
    qint64 m_items = 0;
};

} // namespace Marginalia
