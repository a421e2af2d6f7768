// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonlexporter.h"

#include "articlespans.h"
#include "jsonwriter.h"
#include "projectdatabase.h"

#include <QIODevice>

namespace Marginalia {

JsonlExporter::JsonlExporter(ProjectDatabase &database)
    : Exporter(database)
{
}

bool JsonlExporter::write(QIODevice *device, QString *error)
{
    JsonWriter json;
    const auto visit = [&](const ProjectDatabase::ExportArticle &article) {
        const ArticleSpans spans(article);
        json.clear();
        json.beginObject()
            .field(u"id", article.summary.id)
            .field(u"title", article.summary.title)
            .field(u"date", article.summary.date)
            .field(u"source", article.summary.source)
            .field(u"encoding", article.summary.encoding)
            .field(u"text_sha256", article.summary.contentHash)
            .field(u"offset_unit", offsetUnit())
            .field(u"text", article.text)
            .beginArray(u"annotations");
        for (const ExportSpan &span : spans.spans()) {
            json.beginObject()
                .field(u"id", span.id)
                .field(u"kind", span.kindName())
                .field(u"label", span.label)
                .field(u"start", span.start)
                .field(u"end", span.end)
                .field(u"text", spans.slice(span.start, span.end))
                .field(u"entity", span.entity)
                .field(u"note", span.note);
            if (span.kind == ExportSpan::Kind::Quote) {
                json.field(u"speaker", span.speaker)
                    .field(u"cue",
                           span.cueStart >= 0 ? spans.slice(span.cueStart, span.cueEnd)
                                              : QStringView());
            }
            json.endObject();
        }
        json.endArray().endObject();
        QByteArray line = json.text().toUtf8();
        line.append('\n');
        if (device->write(line) != line.size()) {
            if (error)
                *error = tr("cannot write the JSONL (%1)").arg(device->errorString());
            return false;
        }
        return true;
    };
    return visitArticles(false, true, visit, error);
}

} // namespace Marginalia
