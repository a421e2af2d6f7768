// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Marginalia {

/// Looks at a file's first bytes, without opening it as a database, to tell a
/// Marginalia project from anything else. Reading the header ourselves means
/// a refused file is never touched by SQLite at all.
class ProjectFileInspector
{
    Q_DECLARE_TR_FUNCTIONS(ProjectFileInspector)
public:
    enum class Verdict {
        Project, ///< ours, at a schema version this build can open (maybe after migration)
        Missing,
        Unreadable,
        Empty,
        NotSqlite,
        Truncated,
        NotOurs,
        NewerVersion,
    };

    struct Report
    {
        Verdict verdict = Verdict::Unreadable;
        int schemaVersion = 0;
        QString message; ///< names the file and says what is wrong; empty for Project
    };

    static Report inspect(const QString &path, quint32 applicationId, int newestSchemaVersion);

    /// The message for a file whose header is fine but whose pages are damaged.
    static QString corruptedMessage(const QString &path, const QString &detail);
    static QString newerVersionMessage(const QString &path, int version, int newest);
    static QString notOursMessage(const QString &path);
};

} // namespace Marginalia
