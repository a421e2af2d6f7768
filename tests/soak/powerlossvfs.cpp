// SPDX-License-Identifier: GPL-3.0-or-later
#include "powerlossvfs.h"

#include "forwardingvfs.h"
#include "shmallocatingvfs.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <cstring>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <random>
#include <string>
#include <vector>

namespace CrashSupport {

namespace {

constexpr char VfsName[] = "marginalia-powerloss";
constexpr qint64 SectorSize = 512;

/// A write or truncation not yet made durable by a sync.
struct PendingChange
{
    qint64 offset = 0; ///< for a truncation: the new size
    QByteArray bytes;
    bool truncation = false;
};

/// What the disk holds of one file, as far as a power cut is concerned.
struct DurableFile
{
    QByteArray synced;
    bool exists = false; ///< its creation was synced
    std::vector<PendingChange> pending;
};

void apply(QByteArray &content, const PendingChange &change)
{
    if (change.truncation) {
        content.resize(change.offset);
        return;
    }
    const qint64 end = change.offset + change.bytes.size();
    if (content.size() < end)
        content.append(QByteArray(end - content.size(), '\0'));
    std::memcpy(content.data() + change.offset, change.bytes.constData(),
                size_t(change.bytes.size()));
}

/// Everything the VFS knows; guarded by mutex, since the model's jobs may
/// write from other threads.
struct State
{
    std::mutex mutex;
    sqlite3_vfs *below = nullptr;
    std::string watched; ///< the project's full path; empty: watch nothing
    std::map<std::string, DurableFile> files;
    qint64 calls = 0;
    qint64 cutAt = -1;
    PowerLossVfs::Loss loss = PowerLossVfs::Loss::DropUnsynced;
    std::mt19937_64 random;
    bool cut = false;
    std::map<std::string, QByteArray> image; ///< what survived the cut
    // One method table per table of the VFS below, with our methods put in.
    std::map<const sqlite3_io_methods *, std::unique_ptr<sqlite3_io_methods>> methods;
};

State &state()
{
    static State instance;
    return instance;
}

sqlite3_vfs g_vfs;

// The VFS below opens its file at the start of the memory SQLite gives us,
// so its own methods work on it unchanged; ours follows it.
struct FileTail
{
    const sqlite3_io_methods *below;
    std::string *name; ///< set only for a watched file
};

size_t tailOffset()
{
    return (size_t(state().below->szOsFile) + alignof(FileTail) - 1) & ~(alignof(FileTail) - 1);
}

FileTail *tailOf(sqlite3_file *file)
{
    return reinterpret_cast<FileTail *>(reinterpret_cast<char *>(file) + tailOffset());
}

bool isWatched(const std::string &name)
{
    const std::string &project = state().watched;
    return !project.empty()
        && (name == project || name == project + "-wal" || name == project + "-journal");
}

// The disk as the cut leaves it; called with the mutex held.
void takePicture()
{
    State &s = state();
    s.cut = true;
    s.image.clear();
    for (const auto &[name, file] : s.files) {
        QByteArray content = file.synced;
        bool exists = file.exists;
        if (s.loss == PowerLossVfs::Loss::TearUnsynced) {
            for (const PendingChange &change : file.pending) {
                const int fate = int(s.random() % 3); // lost, kept whole, torn
                if (fate == 0)
                    continue;
                exists = true;
                if (fate == 1 || change.truncation) {
                    apply(content, change);
                    continue;
                }
                const qint64 end = change.offset + change.bytes.size();
                for (qint64 sector = change.offset - change.offset % SectorSize; sector < end;
                     sector += SectorSize) {
                    if (s.random() % 2 == 0)
                        continue;
                    const qint64 from = qMax(sector, change.offset);
                    const qint64 to = qMin(sector + SectorSize, end);
                    apply(content, { from, change.bytes.mid(from - change.offset, to - from) });
                }
            }
        }
        if (exists)
            s.image[name] = content;
    }
}

// Counts a mutating call on a watched file; the power goes before the
// call when its turn has come. False once the power has gone (the call
// then runs unrecorded) or the file is no longer watched.
bool beforeMutation(const std::string &name)
{
    State &s = state();
    if (s.cut || !isWatched(name))
        return false;
    if (++s.calls == s.cutAt) {
        takePicture();
        return false;
    }
    return true;
}

int fileWrite(sqlite3_file *file, const void *buffer, int amount, sqlite3_int64 offset)
{
    FileTail *tail = tailOf(file);
    const int rc = tail->below->xWrite(file, buffer, amount, offset);
    if (tail->name) {
        std::lock_guard<std::mutex> lock(state().mutex);
        if (beforeMutation(*tail->name) && rc == SQLITE_OK)
            state().files[*tail->name].pending.push_back(
                { offset, QByteArray(static_cast<const char *>(buffer), amount), false });
    }
    return rc;
}

int fileTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    FileTail *tail = tailOf(file);
    const int rc = tail->below->xTruncate(file, size);
    if (tail->name) {
        std::lock_guard<std::mutex> lock(state().mutex);
        if (beforeMutation(*tail->name) && rc == SQLITE_OK)
            state().files[*tail->name].pending.push_back({ size, QByteArray(), true });
    }
    return rc;
}

int fileSync(sqlite3_file *file, int flags)
{
    FileTail *tail = tailOf(file);
    // Counted before it runs: a cut "at" a sync is a cut just before it.
    bool record = false;
    if (tail->name) {
        std::lock_guard<std::mutex> lock(state().mutex);
        record = beforeMutation(*tail->name);
    }
    const int rc = tail->below->xSync(file, flags);
    if (record && rc == SQLITE_OK) {
        std::lock_guard<std::mutex> lock(state().mutex);
        if (!state().cut && isWatched(*tail->name)) {
            DurableFile &durable = state().files[*tail->name];
            for (const PendingChange &change : durable.pending)
                apply(durable.synced, change);
            durable.pending.clear();
            durable.exists = true;
        }
    }
    return rc;
}

int fileClose(sqlite3_file *file)
{
    FileTail *tail = tailOf(file);
    const sqlite3_io_methods *below = tail->below;
    delete tail->name;
    tail->name = nullptr;
    return below->xClose(file);
}

const sqlite3_io_methods *methodsFor(const sqlite3_io_methods *below)
{
    std::unique_ptr<sqlite3_io_methods> &ours = state().methods[below];
    if (!ours) {
        ours = std::make_unique<sqlite3_io_methods>(*below);
        ours->xClose = fileClose;
        ours->xWrite = fileWrite;
        ours->xTruncate = fileTruncate;
        ours->xSync = fileSync;
    }
    return ours.get();
}

// Reads the whole file through SQLite's own handle: opening a descriptor of
// our own would drop the process's locks on it when closed.
QByteArray contentOf(sqlite3_file *file, const sqlite3_io_methods *below)
{
    sqlite3_int64 size = 0;
    if (below->xFileSize(file, &size) != SQLITE_OK || size <= 0)
        return QByteArray();
    QByteArray content(qsizetype(size), '\0');
    if (below->xRead(file, content.data(), int(size), 0) != SQLITE_OK)
        return QByteArray();
    return content;
}

int vfsOpen(sqlite3_vfs *, const char *name, sqlite3_file *file, int flags, int *outFlags)
{
    State &s = state();
    int existed = 0;
    if (name)
        s.below->xAccess(s.below, name, SQLITE_ACCESS_EXISTS, &existed);
    const int rc = s.below->xOpen(s.below, name, file, flags, outFlags);
    if (rc != SQLITE_OK || !file->pMethods)
        return rc;
    FileTail *tail = tailOf(file);
    tail->below = file->pMethods;
    tail->name = nullptr;
    std::lock_guard<std::mutex> lock(s.mutex);
    if (name && isWatched(name)) {
        tail->name = new std::string(name);
        if (!s.files.count(*tail->name)) {
            DurableFile &durable = s.files[*tail->name];
            durable.exists = existed != 0;
            if (durable.exists)
                durable.synced = contentOf(file, tail->below);
        }
    }
    file->pMethods = methodsFor(tail->below);
    return SQLITE_OK;
}

int vfsDelete(sqlite3_vfs *, const char *name, int syncDirectory)
{
    State &s = state();
    std::unique_lock<std::mutex> lock(s.mutex);
    const bool record = name && beforeMutation(name);
    lock.unlock();
    const int rc = s.below->xDelete(s.below, name, syncDirectory);
    if (record && rc == SQLITE_OK) {
        lock.lock();
        s.files.erase(name);
    }
    return rc;
}

void registerVfs()
{
    Marginalia::ShmAllocatingVfs::install();
    sqlite3_vfs *below = sqlite3_vfs_find(nullptr);
    state().below = below;
    Marginalia::ForwardingVfs::fill(g_vfs, below, VfsName, int(tailOffset() + sizeof(FileTail)),
                                    vfsOpen, vfsDelete);
    sqlite3_vfs_register(&g_vfs, 1);
}

} // namespace

void PowerLossVfs::install()
{
    static std::once_flag once;
    std::call_once(once, registerVfs);
}

void PowerLossVfs::watch(const QString &projectPath)
{
    install();
    State &s = state();
    QByteArray full(s.below->mxPathname + 1, '\0');
    s.below->xFullPathname(s.below, QFile::encodeName(projectPath).constData(), int(full.size()),
                           full.data());
    std::lock_guard<std::mutex> lock(s.mutex);
    s.watched = full.constData();
    s.files.clear();
    s.image.clear();
    s.calls = 0;
    s.cutAt = -1;
    s.cut = false;
}

void PowerLossVfs::cutPowerAt(qint64 call, Loss loss, quint64 seed)
{
    State &s = state();
    std::lock_guard<std::mutex> lock(s.mutex);
    s.cutAt = s.calls + call;
    s.loss = loss;
    s.random.seed(seed);
}

void PowerLossVfs::cutPowerNow()
{
    std::lock_guard<std::mutex> lock(state().mutex);
    if (!state().cut)
        takePicture();
}

bool PowerLossVfs::powerCut()
{
    std::lock_guard<std::mutex> lock(state().mutex);
    return state().cut;
}

qint64 PowerLossVfs::calls()
{
    std::lock_guard<std::mutex> lock(state().mutex);
    return state().calls;
}

bool PowerLossVfs::writeImage(const QString &folder, QString *error)
{
    State &s = state();
    std::lock_guard<std::mutex> lock(s.mutex);
    if (!s.cut) {
        *error = QStringLiteral("the power never went");
        return false;
    }
    for (const auto &[name, content] : s.image) {
        const QString path =
            QDir(folder).filePath(QFileInfo(QFile::decodeName(name.c_str())).fileName());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
            return false;
        }
    }
    return true;
}

void PowerLossVfs::stop()
{
    std::lock_guard<std::mutex> lock(state().mutex);
    state().watched.clear();
    state().files.clear();
}

} // namespace CrashSupport
