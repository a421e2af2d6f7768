// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exporter.h"

#include <QCoreApplication>

class QIODevice;

namespace Marginalia {

class ProjectDatabase;

/// One JSON object per line and per article, with its text and its spans:
/// {"id","title","date","source","encoding","text_sha256","offset_unit",
/// "text","annotations":[{"id","kind","label","start","end","text","entity",
/// "note"}]}. Offsets are code points into "text" (offset_unit is
/// "code_point"); text_sha256 is the SHA-256 of its UTF-8 bytes; quotes also
/// carry "speaker" and "cue".
class JsonlExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(JsonlExporter)
public:
    explicit JsonlExporter(ProjectDatabase &database);

    bool write(QIODevice *device, QString *error);
};

} // namespace Marginalia
