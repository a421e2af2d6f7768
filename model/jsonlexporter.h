// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class QIODevice;

namespace Marginalia {

class ProjectDatabase;

/// One JSON object per line and per article, with its text and its spans:
/// {"id","title","date","source","encoding","text","annotations":[{"id",
/// "kind","label","start","end","text","entity","note"}]}. Offsets are code
/// points into "text"; quotes also carry "speaker" and "cue".
class JsonlExporter
{
    Q_DECLARE_TR_FUNCTIONS(JsonlExporter)
public:
    explicit JsonlExporter(ProjectDatabase &database);

    bool write(QIODevice *device, QString *error);
    qint64 articleCount() const { return m_articles; }

private:
    ProjectDatabase &m_database;
    qint64 m_articles = 0;
};

} // namespace Marginalia
