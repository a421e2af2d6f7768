// SPDX-License-Identifier: GPL-3.0-or-later
#include "shmallocatingvfs.h"

#include "forwardingvfs.h"

#include <sqlite3.h>

#include <cerrno>
#include <cstring>
#include <mutex>
#include <string>

#ifdef __linux__
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace Marginalia {

namespace {

constexpr char VfsName[] = "marginalia";

sqlite3_vfs *g_real = nullptr;
sqlite3_vfs g_vfs;

// The wrapper every file opened through the VFS gets; SQLite allocates
// szOsFile bytes, and the real VFS's file lives right after this header.
struct WrappedFile
{
    sqlite3_file base;
    sqlite3_file *real;
    const char *name; // SQLite keeps it alive until xClose; null for temp files
    bool mainDatabase;
#ifdef __linux__
    int shmDescriptor; // SQLite's own descriptor of the -shm, -1 until found
#endif
};

WrappedFile *wrapped(sqlite3_file *file)
{
    return reinterpret_cast<WrappedFile *>(file);
}

sqlite3_file *realOf(sqlite3_file *file)
{
    return wrapped(file)->real;
}

#ifdef __linux__
// The -shm is found among the descriptors SQLite already holds, by device
// and inode: opening (and later closing) a descriptor of our own would drop
// every POSIX lock this process holds on it, SQLite's included.
int findShmDescriptor(WrappedFile *file)
{
    const std::string shmPath = std::string(file->name) + "-shm";
    struct stat wanted = {};
    if (stat(shmPath.c_str(), &wanted) != 0)
        return -1;
    struct stat seen = {};
    if (file->shmDescriptor >= 0 && fstat(file->shmDescriptor, &seen) == 0
        && seen.st_dev == wanted.st_dev && seen.st_ino == wanted.st_ino)
        return file->shmDescriptor;
    file->shmDescriptor = -1;
    DIR *descriptors = opendir("/proc/self/fd");
    if (!descriptors)
        return -1;
    const int own = dirfd(descriptors);
    while (const dirent *entry = readdir(descriptors)) {
        char *end = nullptr;
        const long fd = std::strtol(entry->d_name, &end, 10);
        if (end == entry->d_name || *end != '\0' || fd == own)
            continue;
        if (fstat(int(fd), &seen) == 0 && seen.st_dev == wanted.st_dev
            && seen.st_ino == wanted.st_ino) {
            file->shmDescriptor = int(fd);
            break;
        }
    }
    closedir(descriptors);
    return file->shmDescriptor;
}

// SQLITE_OK once the bytes [offset, offset + length) of the -shm have disk
// blocks; SQLITE_FULL when the disk has none left for them.
int allocateShmRegion(WrappedFile *file, off_t offset, off_t length)
{
    const int fd = findShmDescriptor(file);
    if (fd < 0)
        return SQLITE_OK; // not a file we can see (a -shm elsewhere): as SQLite does
    int rc = 0;
    do {
        rc = fallocate(fd, FALLOC_FL_KEEP_SIZE, offset, length);
    } while (rc != 0 && errno == EINTR);
    if (rc == 0)
        return SQLITE_OK;
    if (errno == ENOSPC || errno == EDQUOT)
        return SQLITE_FULL;
    return SQLITE_OK; // no fallocate on this file system: nothing better to do
}
#endif

// File methods: forwarded to the real file.
int fileClose(sqlite3_file *file)
{
    sqlite3_file *real = realOf(file);
    const int rc = real->pMethods ? real->pMethods->xClose(real) : SQLITE_OK;
    file->pMethods = nullptr;
    return rc;
}
int fileRead(sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset)
{
    return realOf(file)->pMethods->xRead(realOf(file), buffer, amount, offset);
}
int fileWrite(sqlite3_file *file, const void *buffer, int amount, sqlite3_int64 offset)
{
    return realOf(file)->pMethods->xWrite(realOf(file), buffer, amount, offset);
}
int fileTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    return realOf(file)->pMethods->xTruncate(realOf(file), size);
}
int fileSync(sqlite3_file *file, int flags)
{
    return realOf(file)->pMethods->xSync(realOf(file), flags);
}
int fileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    return realOf(file)->pMethods->xFileSize(realOf(file), size);
}
int fileLock(sqlite3_file *file, int level)
{
    return realOf(file)->pMethods->xLock(realOf(file), level);
}
int fileUnlock(sqlite3_file *file, int level)
{
    return realOf(file)->pMethods->xUnlock(realOf(file), level);
}
int fileCheckReservedLock(sqlite3_file *file, int *reserved)
{
    return realOf(file)->pMethods->xCheckReservedLock(realOf(file), reserved);
}
int fileControl(sqlite3_file *file, int op, void *argument)
{
    return realOf(file)->pMethods->xFileControl(realOf(file), op, argument);
}
int fileSectorSize(sqlite3_file *file)
{
    return realOf(file)->pMethods->xSectorSize(realOf(file));
}
int fileDeviceCharacteristics(sqlite3_file *file)
{
    return realOf(file)->pMethods->xDeviceCharacteristics(realOf(file));
}
int fileShmMap(sqlite3_file *file, int region, int regionSize, int extend, void volatile **pp)
{
    const int rc = realOf(file)->pMethods->xShmMap(realOf(file), region, regionSize, extend, pp);
#ifdef __linux__
    WrappedFile *self = wrapped(file);
    if (rc == SQLITE_OK && *pp && self->mainDatabase && self->name) {
        const int allocated =
            allocateShmRegion(self, off_t(region) * regionSize, off_t(regionSize));
        if (allocated != SQLITE_OK) {
            *pp = nullptr;
            return allocated;
        }
    }
#endif
    return rc;
}
int fileShmLock(sqlite3_file *file, int offset, int n, int flags)
{
    return realOf(file)->pMethods->xShmLock(realOf(file), offset, n, flags);
}
void fileShmBarrier(sqlite3_file *file)
{
    realOf(file)->pMethods->xShmBarrier(realOf(file));
}
int fileShmUnmap(sqlite3_file *file, int deleteFlag)
{
#ifdef __linux__
    wrapped(file)->shmDescriptor = -1;
#endif
    return realOf(file)->pMethods->xShmUnmap(realOf(file), deleteFlag);
}
int fileFetch(sqlite3_file *file, sqlite3_int64 offset, int amount, void **pp)
{
    return realOf(file)->pMethods->xFetch(realOf(file), offset, amount, pp);
}
int fileUnfetch(sqlite3_file *file, sqlite3_int64 offset, void *p)
{
    return realOf(file)->pMethods->xUnfetch(realOf(file), offset, p);
}

// One table per method-set version, so a real file that offers fewer
// methods is never offered with more (SQLite decides WAL support by it).
sqlite3_io_methods g_methods[3];

void initMethods()
{
    for (int version = 1; version <= 3; ++version) {
        sqlite3_io_methods &m = g_methods[version - 1];
        m = {};
        m.iVersion = version;
        m.xClose = fileClose;
        m.xRead = fileRead;
        m.xWrite = fileWrite;
        m.xTruncate = fileTruncate;
        m.xSync = fileSync;
        m.xFileSize = fileSize;
        m.xLock = fileLock;
        m.xUnlock = fileUnlock;
        m.xCheckReservedLock = fileCheckReservedLock;
        m.xFileControl = fileControl;
        m.xSectorSize = fileSectorSize;
        m.xDeviceCharacteristics = fileDeviceCharacteristics;
        if (version >= 2) {
            m.xShmMap = fileShmMap;
            m.xShmLock = fileShmLock;
            m.xShmBarrier = fileShmBarrier;
            m.xShmUnmap = fileShmUnmap;
        }
        if (version >= 3) {
            m.xFetch = fileFetch;
            m.xUnfetch = fileUnfetch;
        }
    }
}

// Opening and deleting go to the real VFS, which gets its own pointer back;
// ForwardingVfs passes the rest.
int vfsOpen(sqlite3_vfs *, const char *name, sqlite3_file *file, int flags, int *outFlags)
{
    WrappedFile *self = wrapped(file);
    self->base.pMethods = nullptr;
    self->real = reinterpret_cast<sqlite3_file *>(self + 1);
    self->name = name;
    self->mainDatabase = (flags & SQLITE_OPEN_MAIN_DB) != 0;
#ifdef __linux__
    self->shmDescriptor = -1;
#endif
    std::memset(self->real, 0, size_t(g_real->szOsFile));
    const int rc = g_real->xOpen(g_real, name, self->real, flags, outFlags);
    if (rc != SQLITE_OK || !self->real->pMethods) {
        if (self->real->pMethods)
            self->real->pMethods->xClose(self->real);
        return rc != SQLITE_OK ? rc : SQLITE_CANTOPEN;
    }
    int version = self->real->pMethods->iVersion;
    version = version < 1 ? 1 : (version > 3 ? 3 : version);
    self->base.pMethods = &g_methods[version - 1];
    return SQLITE_OK;
}
int vfsDelete(sqlite3_vfs *, const char *name, int syncDirectory)
{
    return g_real->xDelete(g_real, name, syncDirectory);
}

void registerVfs()
{
    g_real = sqlite3_vfs_find(nullptr);
    if (!g_real)
        return;
    initMethods();
    ForwardingVfs::fill(g_vfs, g_real, VfsName, int(sizeof(WrappedFile)) + g_real->szOsFile,
                        vfsOpen, vfsDelete);
    sqlite3_vfs_register(&g_vfs, 1);
}

} // namespace

void ShmAllocatingVfs::install()
{
    static std::once_flag once;
    std::call_once(once, registerVfs);
}

const char *ShmAllocatingVfs::name()
{
    return VfsName;
}

} // namespace Marginalia
