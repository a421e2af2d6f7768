// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Marginalia {

/// SQLite's default VFS with one change: every region of a WAL project's
/// -shm file that SQLite maps into memory is backed by disk blocks before
/// SQLite touches it, or the mapping is refused with SQLITE_FULL.
///
/// SQLite extends the -shm by writing one byte at the end of each 4 KiB page.
/// On a file system whose blocks are smaller than a page (ext4 below 512 MiB
/// uses 1 KiB blocks) the rest of the page stays a hole; on a full disk the
/// first store into that hole through the mapping raises SIGBUS, which killed
/// every command on the project until space was freed. Allocating the region
/// with fallocate() turns that into an ordinary "disk full" error.
class ShmAllocatingVfs
{
public:
    /// Registers the VFS as SQLite's default, once per process; every
    /// connection the model opens afterwards goes through it. Safe to call
    /// from any thread, any number of times.
    static void install();

    /// The name the VFS is registered under.
    static const char *name();
};

} // namespace Marginalia
