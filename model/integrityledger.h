// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Marginalia {

/// Remembers which project files Marginalia has checked, so that an open
/// runs SQLite's full `quick_check` (seconds at 100,000 articles) only when
/// the file may hold something we have not seen.
///
/// A file is trusted when, within the last RecheckDays days, it passed a full
/// check and since then
/// - it was closed by us as the last connection and its identity (device,
///   inode, size, modification and change times) has not changed since, with
///   no log beside it; or
/// - a running Marginalia process that checked it (or trusted it) has it
///   open now: that process has been writing through SQLite since.
/// Anything else (a file received from someone, changed by another program,
/// left with a log by a process that died, on a file system whose times are
/// too coarse to tell a change) gets the full check.
///
/// Records are small JSON files in the user's data folder, one per project
/// path, shared by the window and marginalia-cli and guarded by a lock file.
/// Nothing here opens the project file: stat() only, so no lock SQLite holds
/// on it in this process is ever dropped.
class IntegrityLedger
{
public:
    static constexpr int RecheckDays = 30;

    /// Where records go; the user's data folder unless set (tests).
    static QString folder();
    static void setFolder(const QString &folder);

    /// Whether an open of \a path may skip the full check.
    static bool trusts(const QString &path);
    /// Whether the file system of \a path stamps changes finely enough for
    /// trusts() ever to say yes.
    static bool tracksChanges(const QString &path);
    /// Whether this process has \a path open without a check having passed
    /// yet (one runs in the background): a further connection adds nothing
    /// to check.
    static bool openUncheckedHere(const QString &path);
    /// This process opened \a path; \a verified when it ran the full check
    /// or trusted the file. Returns the key the calls below take (the path
    /// as it was resolved now, so a rename while open changes nothing);
    /// empty if the file could not be told, and then no call pairs with it.
    static QString opened(const QString &path, bool verified, bool checkedNow);
    /// A full check of the file, open in this process, has just passed.
    static void checked(const QString &key);
    /// A full check found the file damaged: nothing vouches for it any more,
    /// and no close records it as clean.
    static void failed(const QString &key);
    /// This process closed a connection to the file. After its last, if no
    /// other connection left a log, the file's identity is recorded as clean.
    static void closed(const QString &key);
};

} // namespace Marginalia
