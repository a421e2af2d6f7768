// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class QTemporaryDir;

namespace Marginalia {

/// A folder of files written as a whole, for the exports that write one
/// (brat, texts). Files go into a hidden sibling of the target (same parent,
/// so the same file system) and reach the target only in commit(): a
/// cancelled or failed export, or one destroyed before commit(), leaves no
/// file behind.
///
/// A target that does not exist yet appears at once, by one rename. Into an
/// existing folder, each file replaces its namesake by a rename of its own
/// (atomic per file); files of other names there are left alone.
///
/// A killed export leaves its staging folder (".NAME.partial-PID-XXXXXX")
/// behind; begin() removes those of the same target that no running process
/// owns and nothing has written to for a minute. Links, files and folders
/// of other names are never touched.
class StagedFolder
{
    Q_DECLARE_TR_FUNCTIONS(StagedFolder)
public:
    explicit StagedFolder(const QString &target);
    ~StagedFolder();
    StagedFolder(const StagedFolder &) = delete;
    StagedFolder &operator=(const StagedFolder &) = delete;

    /// Makes the staging folder (and the target's parent if need be).
    bool begin(QString *error);
    /// Writes a whole file into the staging folder.
    bool writeFile(const QString &name, const QByteArray &bytes, QString *error);
    /// Moves everything written into the target.
    bool commit(QString *error);

    QString target() const { return m_target; }
    /// The staging folder, while there is one.
    QString stagingPath() const;

private:
    static QString stagingPrefix(const QString &targetName);
    static void removeStale(const QString &parent, const QString &targetName);

    QString m_target;
    std::unique_ptr<QTemporaryDir> m_staging;
};

} // namespace Marginalia
