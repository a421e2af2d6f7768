// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectfileinspector.h"

#include "messagetext.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <sqlite3.h>

#include <algorithm>
#include <memory>

namespace Marginalia {

namespace {

constexpr int SqliteHeaderSize = 100;
constexpr char SqliteMagic[] = "SQLite format 3";

quint32 bigEndian32(const QByteArray &header, int offset)
{
    return qFromBigEndian<quint32>(header.constData() + offset);
}

QString display(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// The file is read through SQLite's own VFS, never with a descriptor of our
// own: while this process holds a connection to the project, closing any
// other descriptor of the file would drop every POSIX lock the process holds
// on it ("How To Corrupt An SQLite Database File", 2.2). Another process
// would then take itself for the last connection, checkpoint and delete the
// log this one is still writing to. SQLite's unix VFS keeps such a
// descriptor open until the process's last lock on the file is released.
bool readHeader(const QString &path, QByteArray *header, qint64 *size, QString *error)
{
    sqlite3_vfs *vfs = sqlite3_vfs_find(nullptr);
    if (!vfs) {
        *error = QStringLiteral("no SQLite VFS");
        return false;
    }
    QByteArray fullPath(vfs->mxPathname + 1, '\0');
    if (vfs->xFullPathname(vfs, QFile::encodeName(path).constData(), fullPath.size(),
                           fullPath.data())
        != SQLITE_OK) {
        *error = QStringLiteral("the path is too long");
        return false;
    }
    // The VFS keeps the name pointer until xClose; fullPath outlives it.
    std::unique_ptr<char[]> storage(new char[size_t(vfs->szOsFile)]());
    auto *file = reinterpret_cast<sqlite3_file *>(storage.get());
    int flags = 0;
    const int rc = vfs->xOpen(vfs, fullPath.constData(), file,
                              SQLITE_OPEN_READONLY | SQLITE_OPEN_MAIN_DB, &flags);
    const auto close = [file] {
        if (file->pMethods)
            file->pMethods->xClose(file);
    };
    if (rc != SQLITE_OK) {
        close();
        *error = QString::fromUtf8(sqlite3_errstr(rc));
        return false;
    }
    sqlite3_int64 fileSize = 0;
    if (file->pMethods->xFileSize(file, &fileSize) != SQLITE_OK) {
        close();
        *error = QStringLiteral("cannot tell its size");
        return false;
    }
    *size = fileSize;
    const int wanted = int(std::min<sqlite3_int64>(fileSize, SqliteHeaderSize));
    header->resize(wanted);
    const int read =
        wanted > 0 ? file->pMethods->xRead(file, header->data(), wanted, 0) : SQLITE_OK;
    close();
    if (read != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errstr(read));
        return false;
    }
    return true;
}

} // namespace

ProjectFileInspector::Report
ProjectFileInspector::inspect(const QString &path, quint32 applicationId, int newestSchemaVersion)
{
    Report report;
    const QFileInfo info(path);
    if (!info.exists()) {
        report.verdict = Verdict::Missing;
        report.message = tr("%1: no such file").arg(display(path));
        return report;
    }
    if (!info.isFile()) {
        report.verdict = Verdict::Unreadable;
        report.message = tr("%1: cannot be read (%2)").arg(display(path), tr("not a file"));
        return report;
    }
    QByteArray header;
    qint64 size = 0;
    QString readError;
    if (!readHeader(path, &header, &size, &readError)) {
        report.verdict = Verdict::Unreadable;
        report.message = tr("%1: cannot be read (%2)").arg(display(path), readError);
        return report;
    }
    if (size == 0) {
        report.verdict = Verdict::Empty;
        report.message = tr("%1: the file is empty, not a Marginalia project").arg(display(path));
        return report;
    }
    if (!header.startsWith(QByteArrayView(SqliteMagic, sizeof SqliteMagic))) {
        report.verdict = Verdict::NotSqlite;
        report.message =
            tr("%1: not a Marginalia project (not an SQLite database at all)").arg(display(path));
        return report;
    }
    if (header.size() < SqliteHeaderSize) {
        report.verdict = Verdict::Truncated;
        report.message =
            tr("%1: the project file is truncated (%2 bytes, shorter than its own header)")
                .arg(display(path))
                .arg(size);
        return report;
    }

    const quint32 fileApplicationId = bigEndian32(header, 68);
    const int version = int(bigEndian32(header, 60));
    if (fileApplicationId != applicationId) {
        report.verdict = Verdict::NotOurs;
        report.message = notOursMessage(path);
        return report;
    }
    report.schemaVersion = version;
    if (version > newestSchemaVersion) {
        report.verdict = Verdict::NewerVersion;
        report.message = newerVersionMessage(path, version, newestSchemaVersion);
        return report;
    }

    // The in-header page count is only meaningful when "version-valid-for"
    // matches the change counter. While a write-ahead log exists, the main
    // file may lag behind it, so only a file without one is judged by size.
    quint32 pageSize = qFromBigEndian<quint16>(header.constData() + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pageCount = bigEndian32(header, 28);
    const bool countValid = bigEndian32(header, 92) == bigEndian32(header, 24) && pageCount > 0;
    const QFileInfo wal(path + QLatin1String("-wal"));
    const bool hasLog = wal.exists() && wal.size() > 0;
    if (!hasLog && pageSize >= 512 && countValid && size < qint64(pageCount) * pageSize) {
        report.verdict = Verdict::Truncated;
        report.message = tr("%1: the project file is truncated (%2 bytes where its header "
                            "promises %3)")
                             .arg(display(path))
                             .arg(size)
                             .arg(qint64(pageCount) * pageSize);
        return report;
    }
    if (!hasLog && pageSize >= 512 && size % pageSize != 0) {
        report.verdict = Verdict::Truncated;
        report.message = tr("%1: the project file is truncated or has bytes appended (%2 bytes, "
                            "not a whole number of %3-byte pages)")
                             .arg(display(path))
                             .arg(size)
                             .arg(pageSize);
        return report;
    }

    report.verdict = Verdict::Project;
    return report;
}

QString ProjectFileInspector::corruptedMessage(const QString &path, const QString &detail)
{
    return tr("%1: the project file is damaged (%2); it was left as it is")
        .arg(display(path), MessageText::oneLine(detail));
}

QString ProjectFileInspector::newerVersionMessage(const QString &path, int version, int newest)
{
    return tr("%1: made by a newer version of Marginalia (schema version %2; this version "
              "reads up to %3); please update Marginalia")
        .arg(display(path))
        .arg(version)
        .arg(newest);
}

QString ProjectFileInspector::notOursMessage(const QString &path)
{
    return tr("%1: an SQLite database, but not a Marginalia project").arg(display(path));
}

} // namespace Marginalia
