// SPDX-License-Identifier: GPL-3.0-or-later
#include "forwardingvfs.h"

namespace Marginalia::ForwardingVfs {

namespace {

sqlite3_vfs *below(sqlite3_vfs *vfs)
{
    return static_cast<sqlite3_vfs *>(vfs->pAppData);
}

int access(sqlite3_vfs *vfs, const char *name, int flags, int *result)
{
    return below(vfs)->xAccess(below(vfs), name, flags, result);
}
int fullPathname(sqlite3_vfs *vfs, const char *name, int size, char *out)
{
    return below(vfs)->xFullPathname(below(vfs), name, size, out);
}
void *dlOpen(sqlite3_vfs *vfs, const char *name)
{
    return below(vfs)->xDlOpen(below(vfs), name);
}
void dlError(sqlite3_vfs *vfs, int size, char *message)
{
    below(vfs)->xDlError(below(vfs), size, message);
}
void (*dlSym(sqlite3_vfs *vfs, void *handle, const char *symbol))(void)
{
    return below(vfs)->xDlSym(below(vfs), handle, symbol);
}
void dlClose(sqlite3_vfs *vfs, void *handle)
{
    below(vfs)->xDlClose(below(vfs), handle);
}
int randomness(sqlite3_vfs *vfs, int size, char *out)
{
    return below(vfs)->xRandomness(below(vfs), size, out);
}
int sleep(sqlite3_vfs *vfs, int microseconds)
{
    return below(vfs)->xSleep(below(vfs), microseconds);
}
int currentTime(sqlite3_vfs *vfs, double *now)
{
    return below(vfs)->xCurrentTime(below(vfs), now);
}
int getLastError(sqlite3_vfs *vfs, int size, char *out)
{
    return below(vfs)->xGetLastError ? below(vfs)->xGetLastError(below(vfs), size, out) : 0;
}
int currentTimeInt64(sqlite3_vfs *vfs, sqlite3_int64 *now)
{
    return below(vfs)->xCurrentTimeInt64(below(vfs), now);
}

} // namespace

void fill(sqlite3_vfs &vfs, sqlite3_vfs *lower, const char *name, int fileSize,
          int (*open)(sqlite3_vfs *, const char *, sqlite3_file *, int, int *),
          int (*remove)(sqlite3_vfs *, const char *, int))
{
    vfs = {};
    vfs.iVersion = lower->iVersion >= 2 ? 2 : 1;
    vfs.szOsFile = fileSize;
    vfs.mxPathname = lower->mxPathname;
    vfs.zName = name;
    vfs.pAppData = lower;
    vfs.xOpen = open;
    vfs.xDelete = remove;
    vfs.xAccess = access;
    vfs.xFullPathname = fullPathname;
    vfs.xDlOpen = dlOpen;
    vfs.xDlError = dlError;
    vfs.xDlSym = dlSym;
    vfs.xDlClose = dlClose;
    vfs.xRandomness = randomness;
    vfs.xSleep = sleep;
    vfs.xCurrentTime = currentTime;
    vfs.xGetLastError = getLastError;
    if (vfs.iVersion >= 2)
        vfs.xCurrentTimeInt64 = currentTimeInt64;
}

} // namespace Marginalia::ForwardingVfs
