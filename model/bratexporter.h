// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exporter.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace Marginalia {

class ArticleSpans;

/// brat standoff: a folder with, per article, <id>.txt (the stored text,
/// UTF-8, no BOM, LF) and <id>.ann; annotation.conf and visual.conf for
/// the labels; manifest.csv (see ExportManifest) with each text's SHA-256.
///
/// In the .ann file, offsets are code points of the .txt, as brat counts:
/// - T lines, one per annotation, its label as the type (ArticleSpans::
///   typeName), and quotes as type QUOTE. brat forbids a newline inside a
///   fragment, so a span holding line breaks is written as discontinuous
///   fragments "start end;start end" around them, its text the fragments'
///   texts joined by a space, as brat does.
/// - "#n AnnotatorNotes Tk" lines for notes (line breaks and tabs become
///   spaces), and for a quote's speaker ("speaker: NAME").
/// - "Nn Reference Tk Marginalia:<entity id>" normalizations for entity
///   links, with the entity's name.
/// annotation.conf allows any overlap (<OVERLAP> ... <ANY>), as annotations
/// here may nest or cross. The folder is written as a whole (StagedFolder).
class BratExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(BratExporter)
public:
    static QString normalizationDatabase() { return QStringLiteral("Marginalia"); }

    explicit BratExporter(ProjectDatabase &database);

    bool write(const QString &folder, QString *error);
    /// The .ann text of one article, as write() writes it.
    QString annotationFile(const ArticleSpans &spans, qint64 articleId);
    /// Text-bound annotations written by the last write.
    qint64 annotationCount() const { return m_annotations; }

private:
    QString typeFor(const QString &label);

    qint64 m_annotations = 0;
    QHash<QString, QString> m_types; ///< label -> brat type, warned about once
};

} // namespace Marginalia
