// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Marginalia {

/// The one way every importer reads a file it was given: .txt articles,
/// tables of articles, annotation files, brat .txt and .ann files.
///
/// Only a regular file (or a link to one) is read: a folder, a named pipe,
/// a device or a socket is refused by what it is, before it is opened, so
/// /dev/zero or a pipe nobody writes to never hangs or fills memory. The
/// size is checked with stat() before reading, and reading stops one byte
/// past the limit, so a file that grows meanwhile (or one whose size the
/// system does not know) is refused too, never read whole.
class InputFileCheck
{
    Q_DECLARE_TR_FUNCTIONS(InputFileCheck)
public:
    /// The largest article an import takes, as a file or as a table's cell
    /// (the CLI's --max-size).
    static constexpr qint64 DefaultMaxBytes = 50LL * 1024 * 1024;

    /// Reads \a path whole into \a bytes if it is a regular file of at most
    /// \a maxBytes. Otherwise false with \a reason in words for the user
    /// ("not a regular file: a named pipe", "too large (60 MB, over the
    /// import limit of 50 MB)"), without the path.
    static bool read(const QString &path, qint64 maxBytes, QByteArray *bytes, QString *reason);

    /// As read(), but only the first \a prefixBytes (> 0), for previews;
    /// \a whole says whether that was all of the file. The size limit still
    /// applies to the whole file.
    static bool readStart(const QString &path, qint64 maxBytes, qint64 prefixBytes,
                          QByteArray *bytes, bool *whole, QString *reason);

    /// The reason for a file or a text of \a size bytes over \a maxBytes.
    static QString tooLarge(qint64 size, qint64 maxBytes);

    /// How many bytes \a text takes in UTF-8, without encoding it.
    static qint64 utf8Size(QStringView text);
    /// Whether \a text fits in \a maxBytes of UTF-8; if not, \a reason says so.
    static bool textFits(QStringView text, qint64 maxBytes, QString *reason);
};

} // namespace Marginalia
