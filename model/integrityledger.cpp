// SPDX-License-Identifier: GPL-3.0-or-later
#include "integrityledger.h"

#include "processidentity.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QMutex>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThread>

#include <functional>
#include <optional>
#include <sys/stat.h>
#include <time.h>
#ifdef Q_OS_LINUX
#include <sys/vfs.h>
#endif

namespace Marginalia {

namespace {

// What tells one state of a file from another without reading it.
struct FileIdentity
{
    qint64 device = -1;
    qint64 inode = -1;
    qint64 size = -1;
    qint64 modifiedNs = -1;
    qint64 changedNs = -1;

    bool operator==(const FileIdentity &o) const
    {
        return device == o.device && inode == o.inode && size == o.size
            && modifiedNs == o.modifiedNs && changedNs == o.changedNs;
    }
};

struct SessionEntry
{
    QString process; // ProcessIdentity::current() of the process
    bool verified = false;
};

struct Record
{
    qint64 device = -1;
    qint64 inode = -1;
    QDateTime checkedAt; // invalid: never checked as this file
    std::optional<FileIdentity> clean;
    QVector<SessionEntry> sessions;
};

struct LocalSession
{
    int connections = 0;
    bool verified = false;
    bool failed = false; ///< a check found damage: nothing is recorded
    qint64 device = -1;
    qint64 inode = -1;
};

QMutex &mutex()
{
    static QMutex m;
    return m;
}

QString &folderOverride()
{
    static QString folder;
    return folder;
}

// The connections of this process, by canonical path.
QHash<QString, LocalSession> &localSessions()
{
    static QHash<QString, LocalSession> sessions;
    return sessions;
}

QString canonicalOf(const QString &path)
{
    return QFileInfo(path).canonicalFilePath();
}

std::optional<FileIdentity> identityOf(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0 || !S_ISREG(info.st_mode))
        return std::nullopt;
    const auto ns = [](const timespec &t) { return qint64(t.tv_sec) * 1000000000 + t.tv_nsec; };
    return FileIdentity { qint64(info.st_dev), qint64(info.st_ino), qint64(info.st_size),
                          ns(info.st_mtim), ns(info.st_ctim) };
}

// File systems that stamp a change with the kernel's clock to the
// nanosecond's field; on FAT (2 s) or a network share a change in the same
// tick as our close would look like no change.
bool hasFineTimes(const QString &path)
{
#ifdef Q_OS_LINUX
    struct statfs info = {};
    if (::statfs(QFile::encodeName(path).constData(), &info) != 0)
        return false;
    switch (static_cast<unsigned long>(info.f_type)) {
    case 0xEF53: // ext2, ext3, ext4
    case 0x58465342: // xfs
    case 0x9123683E: // btrfs
    case 0x01021994: // tmpfs
    case 0xF2F52010: // f2fs
    case 0x2FC12FC1: // zfs
    case 0x794C7630: // overlayfs
    case 0xCA451A4E: // bcachefs
        return true;
    default:
        return false;
    }
#else
    Q_UNUSED(path)
    return false;
#endif
}

qint64 coarseNowNs()
{
    timespec now = {};
#ifdef CLOCK_REALTIME_COARSE
    clock_gettime(CLOCK_REALTIME_COARSE, &now);
#else
    clock_gettime(CLOCK_REALTIME, &now);
#endif
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

// The file's identity once the clock the kernel stamps files with has moved
// past its last change: a later write, even one within a millisecond, then
// gets a later time. Nullopt if it does not within 100 ms (a time set in the
// future) or the file changed meanwhile.
std::optional<FileIdentity> settledIdentityOf(const QString &path)
{
    const std::optional<FileIdentity> before = identityOf(path);
    if (!before)
        return std::nullopt;
    const qint64 latest = qMax(before->modifiedNs, before->changedNs);
    for (int waited = 0; coarseNowNs() <= latest; ++waited) {
        if (waited == 100)
            return std::nullopt;
        QThread::msleep(1);
    }
    const std::optional<FileIdentity> after = identityOf(path);
    return after && *after == *before ? after : std::nullopt;
}

bool logHasContent(const QString &canonical)
{
    const QFileInfo log(canonical + QLatin1String("-wal"));
    return log.exists() && log.size() > 0;
}

QString recordPath(const QString &canonical)
{
    const QByteArray key =
        QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha1).toHex();
    return QDir(IntegrityLedger::folder())
        .filePath(QString::fromLatin1(key) + QLatin1String(".json"));
}

QJsonObject toJson(const FileIdentity &id)
{
    return { { QStringLiteral("device"), id.device },
             { QStringLiteral("inode"), id.inode },
             { QStringLiteral("size"), id.size },
             { QStringLiteral("modifiedNs"), QString::number(id.modifiedNs) },
             { QStringLiteral("changedNs"), QString::number(id.changedNs) } };
}

std::optional<FileIdentity> identityFromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject o = value.toObject();
    FileIdentity id;
    id.device = o.value(QStringLiteral("device")).toInteger(-1);
    id.inode = o.value(QStringLiteral("inode")).toInteger(-1);
    id.size = o.value(QStringLiteral("size")).toInteger(-1);
    bool ok1 = false;
    bool ok2 = false;
    id.modifiedNs = o.value(QStringLiteral("modifiedNs")).toString().toLongLong(&ok1);
    id.changedNs = o.value(QStringLiteral("changedNs")).toString().toLongLong(&ok2);
    if (!ok1 || !ok2 || id.inode < 0)
        return std::nullopt;
    return id;
}

// A record that cannot be read is no record: the file is checked again.
Record readRecord(const QString &file)
{
    Record record;
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return record;
    const QJsonObject o = QJsonDocument::fromJson(in.read(1 << 20)).object();
    record.device = o.value(QStringLiteral("device")).toInteger(-1);
    record.inode = o.value(QStringLiteral("inode")).toInteger(-1);
    record.checkedAt =
        QDateTime::fromString(o.value(QStringLiteral("checkedAt")).toString(), Qt::ISODate);
    record.clean = identityFromJson(o.value(QStringLiteral("clean")));
    const QJsonArray sessions = o.value(QStringLiteral("sessions")).toArray();
    for (const QJsonValue &s : sessions) {
        const QJsonObject so = s.toObject();
        record.sessions.append({ so.value(QStringLiteral("process")).toString(),
                                 so.value(QStringLiteral("verified")).toBool() });
    }
    return record;
}

void writeRecord(const QString &file, const QString &canonical, const Record &record)
{
    QJsonObject o { { QStringLiteral("path"), canonical },
                    { QStringLiteral("device"), record.device },
                    { QStringLiteral("inode"), record.inode } };
    if (record.checkedAt.isValid())
        o.insert(QStringLiteral("checkedAt"), record.checkedAt.toString(Qt::ISODateWithMs));
    if (record.clean)
        o.insert(QStringLiteral("clean"), toJson(*record.clean));
    QJsonArray sessions;
    for (const SessionEntry &s : record.sessions)
        sessions.append(QJsonObject { { QStringLiteral("process"), s.process },
                                      { QStringLiteral("verified"), s.verified } });
    o.insert(QStringLiteral("sessions"), sessions);
    QSaveFile out(file);
    if (out.open(QIODevice::WriteOnly)) {
        out.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
        out.commit();
    }
}

// Reads, changes and writes the record of \a canonical under its lock file,
// so that the window and CLI commands do not overwrite each other's
// sessions. A ledger that cannot be written only costs full checks.
template<typename Change> void updateRecord(const QString &canonical, Change change)
{
    const QString file = recordPath(canonical);
    if (!QDir().mkpath(QFileInfo(file).absolutePath()))
        return;
    QLockFile lock(file + QLatin1String(".lock"));
    lock.setStaleLockTime(10000);
    if (!lock.tryLock(2000))
        return;
    Record record = readRecord(file);
    change(record);
    writeRecord(file, canonical, record);
}

Record lockedRead(const QString &canonical)
{
    const QString file = recordPath(canonical);
    QLockFile lock(file + QLatin1String(".lock"));
    lock.setStaleLockTime(10000);
    if (!lock.tryLock(2000))
        return {};
    return readRecord(file);
}

void setSession(Record &record, const QString &self, bool verified)
{
    record.sessions.removeIf([&](const SessionEntry &s) {
        return s.process == self
            || ProcessIdentity::check(s.process) == ProcessIdentity::Liveness::Ended;
    });
    record.sessions.append({ self, verified });
}

void forgetFileIfReplaced(Record &record, const FileIdentity &id)
{
    if (record.device == id.device && record.inode == id.inode)
        return;
    record = Record();
    record.device = id.device;
    record.inode = id.inode;
}

} // namespace

QString IntegrityLedger::folder()
{
    QMutexLocker locker(&mutex());
    if (!folderOverride().isEmpty())
        return folderOverride();
    // The window's AppDataLocation spelled out, as for backups, so that
    // marginalia-cli (another application name) shares it.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("Marginalia/Marginalia/checked"));
}

void IntegrityLedger::setFolder(const QString &folder)
{
    QMutexLocker locker(&mutex());
    folderOverride() = folder;
}

bool IntegrityLedger::trusts(const QString &path)
{
    const QString canonical = canonicalOf(path);
    if (canonical.isEmpty())
        return false;
    const std::optional<FileIdentity> id = identityOf(canonical);
    if (!id)
        return false;
    {
        QMutexLocker locker(&mutex());
        const LocalSession local = localSessions().value(canonical);
        if (local.connections > 0 && local.device == id->device && local.inode == id->inode)
            return local.verified;
    }
    if (!hasFineTimes(canonical))
        return false;
    const Record record = lockedRead(canonical);
    if (!record.checkedAt.isValid()
        || record.checkedAt.addDays(RecheckDays) < QDateTime::currentDateTimeUtc()
        || record.device != id->device || record.inode != id->inode)
        return false;
    const QString self = ProcessIdentity::current();
    for (const SessionEntry &s : record.sessions) {
        if (s.verified && s.process != self
            && ProcessIdentity::check(s.process) == ProcessIdentity::Liveness::Running)
            return true;
    }
    return record.clean && *record.clean == *id && !logHasContent(canonical);
}

bool IntegrityLedger::tracksChanges(const QString &path)
{
    return hasFineTimes(path);
}

bool IntegrityLedger::openUncheckedHere(const QString &path)
{
    const QString canonical = canonicalOf(path);
    const std::optional<FileIdentity> id = identityOf(canonical);
    if (!id)
        return false;
    QMutexLocker locker(&mutex());
    const LocalSession local = localSessions().value(canonical);
    return local.connections > 0 && !local.verified && !local.failed && local.device == id->device
        && local.inode == id->inode;
}

QString IntegrityLedger::opened(const QString &path, bool verified, bool checkedNow)
{
    const QString canonical = canonicalOf(path);
    const std::optional<FileIdentity> id = identityOf(canonical);
    if (canonical.isEmpty() || !id)
        return {};
    bool verifiedHere = false;
    {
        QMutexLocker locker(&mutex());
        LocalSession &local = localSessions()[canonical];
        if (local.connections == 0) {
            local = LocalSession();
            local.device = id->device;
            local.inode = id->inode;
        }
        ++local.connections;
        local.verified = !local.failed && (local.verified || verified);
        verifiedHere = local.verified;
    }
    const QString self = ProcessIdentity::current();
    updateRecord(canonical, [&](Record &record) {
        forgetFileIfReplaced(record, *id);
        if (checkedNow)
            record.checkedAt = QDateTime::currentDateTimeUtc();
        setSession(record, self, verifiedHere);
    });
    return canonical;
}

void IntegrityLedger::checked(const QString &key)
{
    const QString &canonical = key;
    const std::optional<FileIdentity> id = identityOf(canonical);
    if (canonical.isEmpty() || !id)
        return;
    {
        QMutexLocker locker(&mutex());
        const auto it = localSessions().find(canonical);
        if (it == localSessions().end() || it->failed)
            return; // closed meanwhile (its close recorded nothing clean), or damaged
        it->verified = true;
    }
    const QString self = ProcessIdentity::current();
    updateRecord(canonical, [&](Record &record) {
        forgetFileIfReplaced(record, *id);
        record.checkedAt = QDateTime::currentDateTimeUtc();
        setSession(record, self, true);
    });
}

void IntegrityLedger::failed(const QString &key)
{
    const QString &canonical = key;
    if (canonical.isEmpty())
        return;
    {
        QMutexLocker locker(&mutex());
        const auto it = localSessions().find(canonical);
        if (it != localSessions().end()) {
            it->failed = true;
            it->verified = false;
        }
    }
    const QString self = ProcessIdentity::current();
    updateRecord(canonical, [&](Record &record) {
        record.checkedAt = QDateTime();
        record.clean.reset();
        setSession(record, self, false);
    });
}

void IntegrityLedger::closed(const QString &key)
{
    const QString &canonical = key;
    if (canonical.isEmpty())
        return;
    bool verified = false;
    bool failedHere = false;
    {
        QMutexLocker locker(&mutex());
        const auto it = localSessions().find(canonical);
        if (it == localSessions().end())
            return;
        if (--it->connections > 0)
            return;
        verified = it->verified;
        failedHere = it->failed;
        localSessions().erase(it);
    }
    const QString self = ProcessIdentity::current();
    updateRecord(canonical, [&](Record &record) {
        record.sessions.removeIf([&](const SessionEntry &s) {
            return s.process == self
                || ProcessIdentity::check(s.process) == ProcessIdentity::Liveness::Ended;
        });
        record.clean.reset();
        if (failedHere)
            record.checkedAt = QDateTime();
        // A log left beside the file belongs to a connection still open
        // elsewhere, whose close records the file in turn.
        if (!verified || logHasContent(canonical) || !hasFineTimes(canonical))
            return;
        const std::optional<FileIdentity> settled = settledIdentityOf(canonical);
        if (settled && settled->device == record.device && settled->inode == record.inode)
            record.clean = settled;
    });
}

} // namespace Marginalia
