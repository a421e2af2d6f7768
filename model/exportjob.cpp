// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportjob.h"

#include "annotationcsvexporter.h"
#include "articlescsvexporter.h"
#include "bratexporter.h"
#include "conllexporter.h"
#include "entitiescsvexporter.h"
#include "jsonlexporter.h"
#include "textsexporter.h"

#include <QDir>
#include <QSaveFile>

namespace Marginalia {

QList<ExportFormat> ExportJob::formats()
{
    return { ExportFormat::AnnotationsCsv, ExportFormat::ArticlesCsv, ExportFormat::EntitiesCsv,
             ExportFormat::Jsonl,          ExportFormat::Brat,        ExportFormat::Conll,
             ExportFormat::Texts };
}

QString ExportJob::formatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::AnnotationsCsv:
        return QStringLiteral("csv");
    case ExportFormat::ArticlesCsv:
        return QStringLiteral("articles");
    case ExportFormat::EntitiesCsv:
        return QStringLiteral("entities");
    case ExportFormat::Jsonl:
        return QStringLiteral("jsonl");
    case ExportFormat::Brat:
        return QStringLiteral("brat");
    case ExportFormat::Conll:
        return QStringLiteral("conll");
    case ExportFormat::Texts:
        return QStringLiteral("texts");
    }
    return QString();
}

std::optional<ExportFormat> ExportJob::formatFromName(QStringView name)
{
    for (const ExportFormat format : formats()) {
        if (name.compare(formatName(format), Qt::CaseInsensitive) == 0)
            return format;
    }
    return std::nullopt;
}

QString ExportJob::formatTitle(ExportFormat format)
{
    switch (format) {
    case ExportFormat::AnnotationsCsv:
        return tr("Annotations (CSV, one row per annotation)");
    case ExportFormat::ArticlesCsv:
        return tr("Articles (CSV, one row per article with counts)");
    case ExportFormat::EntitiesCsv:
        return tr("Entities (CSV, one row per entity)");
    case ExportFormat::Jsonl:
        return tr("JSON Lines (one article a line with its text and spans)");
    case ExportFormat::Brat:
        return tr("brat standoff (a folder of .txt and .ann files)");
    case ExportFormat::Conll:
        return tr("CoNLL BIO (one token a line)");
    case ExportFormat::Texts:
        return tr("Texts (a folder of .txt files)");
    }
    return QString();
}

bool ExportJob::writesFolder(ExportFormat format)
{
    return format == ExportFormat::Brat || format == ExportFormat::Texts;
}

bool ExportJob::isCsv(ExportFormat format)
{
    return format == ExportFormat::AnnotationsCsv || format == ExportFormat::ArticlesCsv
        || format == ExportFormat::EntitiesCsv;
}

QString ExportJob::defaultFileName(ExportFormat format, const QString &projectName)
{
    const auto named = [&projectName](const char *what, const char *suffix) {
        const QString name = QString::fromLatin1(what) + QString::fromLatin1(suffix);
        return projectName.isEmpty() ? name : projectName + QLatin1Char('-') + name;
    };
    switch (format) {
    case ExportFormat::AnnotationsCsv:
        return named("annotations", ".csv");
    case ExportFormat::ArticlesCsv:
        return named("articles", ".csv");
    case ExportFormat::EntitiesCsv:
        return named("entities", ".csv");
    case ExportFormat::Jsonl:
        return named("articles", ".jsonl");
    case ExportFormat::Brat:
        return named("brat", "");
    case ExportFormat::Conll:
        return named("annotations", ".conll");
    case ExportFormat::Texts:
        return named("texts", "");
    }
    return QString();
}

ExportJob::ExportJob(ProjectDatabase &database, const Settings &settings)
    : m_database(database)
    , m_settings(settings)
{
}

bool ExportJob::write(const QString &path, QString *error)
{
    if (writesFolder(m_settings.format))
        return run(nullptr, path, error);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error =
                tr("%1: cannot write (%2)").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (!run(&file, QString(), error))
        return false; // QSaveFile drops its temporary file unless committed
    if (!file.commit()) {
        if (error)
            *error =
                tr("%1: cannot write (%2)").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool ExportJob::write(QIODevice *device, QString *error)
{
    Q_ASSERT(!writesFolder(m_settings.format));
    return run(device, QString(), error);
}

bool ExportJob::run(QIODevice *device, const QString &folder, QString *error)
{
    m_warnings.clear();
    m_damaged.clear();
    m_cancelled = false;
    m_summary.clear();
    m_items = 0;
    const auto finish = [&](Exporter &exporter, bool ok, const QString &summary, qint64 items) {
        m_warnings = exporter.warnings();
        m_damaged = exporter.damaged();
        m_cancelled = exporter.wasCancelled();
        if (ok) {
            m_summary = summary;
            m_items = items;
        }
        return ok;
    };
    const auto prepare = [&](Exporter &exporter) {
        exporter.setSelection(m_settings.selection);
        exporter.setProgress(m_progress);
    };
    switch (m_settings.format) {
    case ExportFormat::AnnotationsCsv: {
        AnnotationCsvExporter exporter(m_database, m_settings.csv);
        prepare(exporter);
        const bool ok = exporter.write(device, error);
        return finish(exporter, ok, tr("%Ln row(s)", nullptr, int(exporter.rowCount())),
                      exporter.rowCount());
    }
    case ExportFormat::ArticlesCsv: {
        ArticlesCsvExporter exporter(m_database, m_settings.csv);
        prepare(exporter);
        const bool ok = exporter.write(device, error);
        return finish(exporter, ok, tr("%Ln row(s)", nullptr, int(exporter.rowCount())),
                      exporter.rowCount());
    }
    case ExportFormat::EntitiesCsv: {
        EntitiesCsvExporter exporter(m_database, m_settings.csv);
        prepare(exporter);
        const bool ok = exporter.write(device, error);
        return finish(exporter, ok, tr("%Ln row(s)", nullptr, int(exporter.rowCount())),
                      exporter.rowCount());
    }
    case ExportFormat::Jsonl: {
        JsonlExporter exporter(m_database);
        prepare(exporter);
        const bool ok = exporter.write(device, error);
        return finish(exporter, ok, tr("%Ln article(s)", nullptr, int(exporter.articleCount())),
                      exporter.articleCount());
    }
    case ExportFormat::Brat: {
        BratExporter exporter(m_database);
        prepare(exporter);
        const bool ok = exporter.write(folder, error);
        return finish(exporter, ok,
                      tr("%Ln article(s)", nullptr, int(exporter.articleCount()))
                          + QLatin1String(", ")
                          + tr("%Ln annotation(s)", nullptr, int(exporter.annotationCount())),
                      exporter.annotationCount());
    }
    case ExportFormat::Conll: {
        ConllExporter exporter(m_database);
        prepare(exporter);
        const bool ok = exporter.write(device, error);
        return finish(exporter, ok,
                      tr("%Ln article(s)", nullptr, int(exporter.articleCount()))
                          + QLatin1String(", ")
                          + tr("%Ln token(s)", nullptr, int(exporter.tokenCount())),
                      exporter.tokenCount());
    }
    case ExportFormat::Texts: {
        TextsExporter exporter(m_database);
        prepare(exporter);
        const bool ok = exporter.write(folder, error);
        return finish(exporter, ok, tr("%Ln text file(s)", nullptr, int(exporter.fileCount())),
                      exporter.fileCount());
    }
    }
    return false;
}

} // namespace Marginalia
