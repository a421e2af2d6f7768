// SPDX-License-Identifier: GPL-3.0-or-later
#include "bratexporter.h"

#include "articlespans.h"
#include "exportmanifest.h"
#include "projectdatabase.h"
#include "stagedfolder.h"

namespace Marginalia {

namespace {

/// brat's .ann is one annotation a line, fields split by tabs.
QString oneLine(QStringView text)
{
    QString line = text.toString();
    for (QChar &c : line) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t'))
            c = QLatin1Char(' ');
    }
    return line;
}

} // namespace

BratExporter::BratExporter(ProjectDatabase &database)
    : Exporter(database)
{
}

QString BratExporter::typeFor(const QString &label)
{
    const auto found = m_types.constFind(label);
    if (found != m_types.cend())
        return *found;
    const QString type = ArticleSpans::typeName(label);
    if (type != label)
        warn(tr("label '%1' is written as brat type '%2': brat types cannot hold spaces or "
                "punctuation")
                 .arg(label, type));
    for (auto other = m_types.cbegin(); other != m_types.cend(); ++other) {
        if (other.value() == type)
            warn(tr("labels '%1' and '%2' are both written as brat type '%3'")
                     .arg(other.key(), label, type));
    }
    m_types.insert(label, type);
    return type;
}

QString BratExporter::annotationFile(const ArticleSpans &spans, qint64 articleId)
{
    QString ann;
    int t = 0;
    int notes = 0;
    int normalizations = 0;
    for (const ExportSpan &span : spans.spans()) {
        // Fragments between line breaks, in code points.
        QString offsets;
        QString text;
        const QStringView slice = spans.slice(span.start, span.end);
        qint64 codePoint = span.start;
        qint64 fragmentStart = -1;
        qsizetype fragmentFrom = 0;
        const auto close = [&](qint64 end, qsizetype to) {
            if (fragmentStart < 0)
                return;
            if (!offsets.isEmpty()) {
                offsets.append(QLatin1Char(';'));
                text.append(QLatin1Char(' '));
            }
            offsets.append(QStringLiteral("%1 %2").arg(fragmentStart).arg(end));
            text.append(slice.mid(fragmentFrom, to - fragmentFrom));
            fragmentStart = -1;
        };
        for (qsizetype i = 0; i < slice.size(); ++codePoint) {
            const bool pair =
                slice[i].isHighSurrogate() && i + 1 < slice.size() && slice[i + 1].isLowSurrogate();
            if (slice[i] == QLatin1Char('\n')) {
                close(codePoint, i);
            } else if (fragmentStart < 0) {
                fragmentStart = codePoint;
                fragmentFrom = i;
            }
            i += pair ? 2 : 1;
        }
        close(codePoint, slice.size());
        if (offsets.isEmpty()) {
            warn(tr("article %1, %2 %3: holds nothing but line breaks; brat cannot show it, "
                    "so it is left out")
                     .arg(articleId)
                     .arg(span.kindName())
                     .arg(span.id));
            continue;
        }
        const QString id = QStringLiteral("T%1").arg(++t);
        ann += id + QLatin1Char('\t') + typeFor(span.label) + QLatin1Char(' ') + offsets
            + QLatin1Char('\t') + oneLine(text) + QLatin1Char('\n');
        ++m_annotations;
        if (span.entityId > 0)
            ann += QStringLiteral("N%1\tReference %2 %3:%4\t%5\n")
                       .arg(++normalizations)
                       .arg(id, normalizationDatabase())
                       .arg(span.entityId)
                       .arg(oneLine(span.entity));
        if (span.kind == ExportSpan::Kind::Quote && !span.speaker.isEmpty())
            ann += QStringLiteral("#%1\tAnnotatorNotes %2\tspeaker: %3\n")
                       .arg(++notes)
                       .arg(id, oneLine(span.speaker));
        if (!span.note.isEmpty())
            ann += QStringLiteral("#%1\tAnnotatorNotes %2\t%3\n")
                       .arg(++notes)
                       .arg(id, oneLine(span.note));
    }
    return ann;
}

bool BratExporter::write(const QString &folder, QString *error)
{
    m_annotations = 0;
    m_types.clear();
    StagedFolder out(folder);
    if (!out.begin(error))
        return false;
    ExportManifest manifest({ QStringLiteral("txt_file"), QStringLiteral("ann_file") });
    const auto visit = [&](const ProjectDatabase::ExportArticle &article) {
        const qint64 id = article.summary.id;
        const QString txt = QStringLiteral("%1.txt").arg(id);
        const QString ann = QStringLiteral("%1.ann").arg(id);
        const ArticleSpans spans(article);
        if (!out.writeFile(txt, article.text.toUtf8(), error)
            || !out.writeFile(ann, annotationFile(spans, id).toUtf8(), error))
            return false;
        manifest.add(article.summary, { txt, ann });
        return true;
    };
    if (!visitArticles(false, true, visit, error))
        return false;

    QString entities;
    QString labels;
    QString drawing;
    const QString header = QStringLiteral("# Written by Marginalia: the project's labels, and "
                                          "QUOTE for direct quotes.\n");
    for (const Label &label : selectedLabels()) {
        const QString type = typeFor(label.name);
        entities += type + QLatin1Char('\n');
        if (!label.description.isEmpty())
            labels += type + QLatin1String(" | ") + oneLine(label.description) + QLatin1Char('\n');
        if (!label.color.isEmpty())
            drawing += type + QLatin1String("\tbgColor:") + label.color + QLatin1Char('\n');
    }
    if (selection().quotes) {
        entities += ExportSelection::quoteLabel() + QLatin1Char('\n');
        labels += ExportSelection::quoteLabel() + QLatin1String(" | Quote\n");
        drawing += ExportSelection::quoteLabel() + QLatin1String("\tbgColor:#e0e0e0\n");
    }
    // Annotations here may nest and cross; brat refuses overlaps unless told.
    const QString conf = header + QLatin1String("[entities]\n") + entities
        + QLatin1String("[relations]\n<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, "
                        "<OVL-TYPE>:<ANY>\n[events]\n[attributes]\n");
    const QString visual =
        header + QLatin1String("[labels]\n") + labels + QLatin1String("[drawing]\n") + drawing;
    return out.writeFile(QStringLiteral("annotation.conf"), conf.toUtf8(), error)
        && out.writeFile(QStringLiteral("visual.conf"), visual.toUtf8(), error)
        && out.writeFile(ExportManifest::fileName(), manifest.bytes(), error) && out.commit(error);
}

} // namespace Marginalia
