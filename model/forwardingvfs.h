// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <sqlite3.h>

namespace Marginalia {

/// The common part of a VFS that sits on another: every method but xOpen and
/// xDelete goes straight to \a below (kept in pAppData). Used by
/// ShmAllocatingVfs and by the tests' power-loss VFS.
namespace ForwardingVfs {

/// Fills \a vfs to forward to \a below, under \a name, with \a fileSize
/// bytes per open file and its own \a open and \a remove. Register it after.
void fill(sqlite3_vfs &vfs, sqlite3_vfs *below, const char *name, int fileSize,
          int (*open)(sqlite3_vfs *, const char *, sqlite3_file *, int, int *),
          int (*remove)(sqlite3_vfs *, const char *, int));

} // namespace ForwardingVfs

} // namespace Marginalia
