// SPDX-License-Identifier: GPL-3.0-or-later
#include "inputfilecheck.h"

#include <QFile>
#include <QLocale>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Marginalia {

namespace {

QString cannotRead(int error)
{
    return InputFileCheck::tr("cannot be read (%1)").arg(qt_error_string(error));
}

QString notRegular(mode_t mode, bool link)
{
    // Spelled out, not aliased: lupdate must see the context.
    if (S_ISDIR(mode))
        return link ? InputFileCheck::tr("not a regular file: a link to a folder")
                    : InputFileCheck::tr("not a regular file: a folder");
    if (S_ISFIFO(mode))
        return link ? InputFileCheck::tr("not a regular file: a link to a named pipe")
                    : InputFileCheck::tr("not a regular file: a named pipe");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return link ? InputFileCheck::tr("not a regular file: a link to a device")
                    : InputFileCheck::tr("not a regular file: a device");
    if (S_ISSOCK(mode))
        return link ? InputFileCheck::tr("not a regular file: a link to a socket")
                    : InputFileCheck::tr("not a regular file: a socket");
    return InputFileCheck::tr("not a regular file");
}

/// Closes a descriptor on every way out.
class Descriptor
{
public:
    explicit Descriptor(int fd)
        : m_fd(fd)
    {
    }
    ~Descriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Descriptor(const Descriptor &) = delete;
    Descriptor &operator=(const Descriptor &) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

/// Reads at most \a limit bytes; false with \a reason on a read error.
bool readUpTo(int fd, qint64 expected, qint64 limit, QByteArray *bytes, QString *reason)
{
    // What stat() announced plus one byte, so the end is seen without
    // growing the buffer; a file that keeps going grows it, up to the limit.
    QByteArray data;
    data.resize(qMin(expected + 1, limit));
    qint64 total = 0;
    for (;;) {
        if (total == data.size()) {
            if (total >= limit)
                break;
            data.resize(qMin(qMax<qint64>(total * 2, 64 * 1024), limit));
        }
        const ssize_t got = ::read(fd, data.data() + total, size_t(data.size() - total));
        if (got < 0) {
            if (errno == EINTR)
                continue;
            *reason = cannotRead(errno);
            return false;
        }
        if (got == 0)
            break;
        total += got;
    }
    data.truncate(total);
    *bytes = std::move(data);
    return true;
}

bool readFile(const QString &path, qint64 maxBytes, qint64 prefixBytes, QByteArray *bytes,
              bool *whole, QString *reason)
{
    const auto fail = [reason](const QString &why) {
        if (reason)
            *reason = why;
        return false;
    };
    QString why;
    const QByteArray name = QFile::encodeName(path);
    struct stat info;
    if (::lstat(name.constData(), &info) != 0)
        return fail(errno == ENOENT ? InputFileCheck::tr("no such file") : cannotRead(errno));
    const bool link = S_ISLNK(info.st_mode);
    if (link && ::stat(name.constData(), &info) != 0)
        return fail(errno == ENOENT ? InputFileCheck::tr("a link to a file that does not exist")
                                    : cannotRead(errno));
    if (!S_ISREG(info.st_mode))
        return fail(notRegular(info.st_mode, link));
    if (info.st_size > maxBytes)
        return fail(InputFileCheck::tooLarge(info.st_size, maxBytes));
    // Should a pipe have taken the file's place since, opening must not wait
    // for a writer (O_NONBLOCK changes nothing for a regular file).
    const Descriptor fd(::open(name.constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK));
    if (fd.get() < 0)
        return fail(cannotRead(errno));
    if (::fstat(fd.get(), &info) != 0)
        return fail(cannotRead(errno));
    if (!S_ISREG(info.st_mode))
        return fail(notRegular(info.st_mode, link));
    if (info.st_size > maxBytes)
        return fail(InputFileCheck::tooLarge(info.st_size, maxBytes));

    // One byte past what is wanted tells a file that goes on from one that ends there.
    const qint64 limit = prefixBytes > 0 ? qMin(prefixBytes, maxBytes) + 1 : maxBytes + 1;
    QByteArray data;
    if (!readUpTo(fd.get(), info.st_size, limit, &data, &why))
        return fail(why);
    if (data.size() > maxBytes)
        return fail(InputFileCheck::tooLarge(data.size(), maxBytes));
    const bool complete = data.size() < limit;
    if (!complete)
        data.truncate(limit - 1);
    if (whole)
        *whole = complete;
    *bytes = std::move(data);
    return true;
}

} // namespace

bool InputFileCheck::read(const QString &path, qint64 maxBytes, QByteArray *bytes, QString *reason)
{
    return readFile(path, maxBytes, 0, bytes, nullptr, reason);
}

bool InputFileCheck::readStart(const QString &path, qint64 maxBytes, qint64 prefixBytes,
                               QByteArray *bytes, bool *whole, QString *reason)
{
    Q_ASSERT(prefixBytes > 0);
    return readFile(path, maxBytes, prefixBytes, bytes, whole, reason);
}

QString InputFileCheck::tooLarge(qint64 size, qint64 maxBytes)
{
    const QLocale locale;
    return tr("too large (%1, over the import limit of %2)")
        .arg(locale.formattedDataSize(size), locale.formattedDataSize(maxBytes));
}

qint64 InputFileCheck::utf8Size(QStringView text)
{
    qint64 size = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x80) {
            size += 1;
        } else if (c < 0x800) {
            size += 2;
        } else if (QChar::isHighSurrogate(c) && i + 1 < text.size()
                   && text[i + 1].isLowSurrogate()) {
            size += 4;
            ++i;
        } else {
            size += 3; // a lone surrogate too: it is written as U+FFFD
        }
    }
    return size;
}

bool InputFileCheck::textFits(QStringView text, qint64 maxBytes, QString *reason)
{
    // Each UTF-16 unit is one to three bytes: most texts need no count.
    if (text.size() * 3 <= maxBytes)
        return true;
    const qint64 size = utf8Size(text);
    if (size <= maxBytes)
        return true;
    if (reason)
        *reason = tooLarge(size, maxBytes);
    return false;
}

} // namespace Marginalia
