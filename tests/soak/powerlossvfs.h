// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace CrashSupport {

/// A test VFS that knows what a disk would still hold after a power cut.
///
/// It sits on top of SQLite's default VFS (Marginalia's own, so the model
/// runs as it does for users) and passes every call through, so the program
/// goes on normally; for the files of one watched project (the main file,
/// its -wal and -journal) it also keeps the bytes last made durable by a
/// sync, and the writes and truncations made since. At a chosen mutating
/// call (a write, truncation, sync or deletion) it takes a picture of the
/// disk as a power cut at that instant would leave it, before the call runs,
/// and writeImage() puts that picture into a folder to be opened.
///
/// The -shm is never part of the picture: it is shared memory that SQLite
/// rebuilds from the log after a crash. A file whose creation was never
/// followed by a sync is absent (SQLite syncs the folder with the log).
class PowerLossVfs
{
public:
    enum class Loss {
        /// Every write and truncation not followed by a sync is lost.
        DropUnsynced,
        /// Each unsynced write survives, is lost, or is torn (a random set
        /// of its 512-byte sectors survives), chosen at random, as a disk
        /// that reorders and tears writes within a sync interval would.
        TearUnsynced,
    };

    /// Registers the VFS as SQLite's default, once per process, on top of
    /// whatever default the model installed.
    static void install();

    /// Starts keeping the durable state of the files of \a projectPath, whose
    /// current contents count as durable; forgets any earlier project and
    /// resets the count of mutating calls.
    static void watch(const QString &projectPath);

    /// The power goes at mutating call \a call (1 is the next), with the
    /// unsynced writes handled as \a loss says, drawn from \a seed.
    static void cutPowerAt(qint64 call, Loss loss, quint64 seed);

    /// The power goes now, before the next mutating call.
    static void cutPowerNow();

    /// Whether the power has gone.
    static bool powerCut();

    /// Mutating calls on the watched files since watch().
    static qint64 calls();

    /// Writes the files as the disk held them after the cut into \a folder,
    /// under their own names; false with a message if the power never went
    /// or a file cannot be written.
    static bool writeImage(const QString &folder, QString *error);

    /// Stops watching; the VFS passes everything through from here on.
    static void stop();
};

} // namespace CrashSupport
