// SPDX-License-Identifier: GPL-3.0-or-later
#include "inputfolder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <dirent.h>
#include <sys/stat.h>

namespace Marginalia {

namespace {

bool hasSuffix(const QByteArray &name, const QList<QByteArray> &suffixes)
{
    return std::any_of(suffixes.cbegin(), suffixes.cend(), [&name](const QByteArray &suffix) {
        return name.size() > suffix.size() && name.right(suffix.size()).toLower() == suffix;
    });
}

/// The length of the valid UTF-8 sequence at \a at, 0 if there is none.
int utf8SequenceAt(const QByteArray &bytes, qsizetype at)
{
    const uchar lead = uchar(bytes.at(at));
    const int length = lead < 0x80 ? 1
        : (lead & 0xE0) == 0xC0    ? 2
        : (lead & 0xF0) == 0xE0    ? 3
        : (lead & 0xF8) == 0xF0    ? 4
                                   : 0;
    if (length == 0 || at + length > bytes.size())
        return 0;
    for (int i = 1; i < length; ++i) {
        if ((uchar(bytes.at(at + i)) & 0xC0) != 0x80)
            return 0;
    }
    // Overlong forms and encoded surrogates are not UTF-8 either.
    if (length > 1
        && QString::fromUtf8(bytes.constData() + at, length).contains(QChar::ReplacementCharacter)
        && bytes.mid(at, length) != QByteArrayLiteral("\xEF\xBF\xBD"))
        return 0;
    return length;
}

} // namespace

QString InputFolder::visibleName(const QByteArray &name)
{
    QString visible;
    for (qsizetype at = 0; at < name.size();) {
        const uchar byte = uchar(name.at(at));
        const int length = utf8SequenceAt(name, at);
        // Control characters too: a problem is one line.
        if (length == 0 || byte < 0x20 || byte == 0x7F) {
            visible += QStringLiteral("\\x")
                + QString::number(byte, 16).toUpper().rightJustified(2, QLatin1Char('0'));
            ++at;
        } else {
            visible += QString::fromUtf8(name.constData() + at, length);
            at += length;
        }
    }
    return visible;
}

QStringList InputFolder::find(const QString &root, const QStringList &suffixes,
                              QVector<ImportProblem> *problems)
{
    QList<QByteArray> wanted;
    for (const QString &suffix : suffixes)
        wanted.append(QFile::encodeName(suffix).toLower());
    QStringList files;
    QVector<ImportProblem> found;
    const auto report = [&found](const QByteArray &path, const QString &reason) {
        found.append(
            { ImportProblem::Kind::Rejected, QDir::toNativeSeparators(visibleName(path)), reason });
    };

    // Raw bytes all the way down: Qt's own walk turns a name that is not
    // UTF-8 into one that names nothing, and drops it without a word.
    QList<QByteArray> pending { QFile::encodeName(QFileInfo(root).absoluteFilePath()) };
    while (!pending.isEmpty()) {
        const QByteArray folder = pending.takeLast();
        DIR *dir = ::opendir(folder.constData());
        if (!dir) {
            report(folder, tr("cannot be read (%1)").arg(qt_error_string(errno)));
            continue;
        }
        while (const dirent *entry = ::readdir(dir)) {
            const QByteArray name(entry->d_name);
            if (name.startsWith('.')) // hidden (.git, .cache), and . and ..
                continue;
            const QByteArray path = folder + '/' + name;
            struct stat info;
            if (::lstat(path.constData(), &info) != 0)
                continue; // gone meanwhile
            if (S_ISDIR(info.st_mode)) {
                pending.append(path);
                continue;
            }
            // Links to folders are not followed: no loops, no walk out of the folder.
            if (S_ISLNK(info.st_mode) && ::stat(path.constData(), &info) == 0
                && S_ISDIR(info.st_mode))
                continue;
            if (!hasSuffix(name, wanted))
                continue;
            const QString decoded = QFile::decodeName(path);
            if (QFile::encodeName(decoded) != path) {
                report(path, tr("the name is not valid UTF-8, so it cannot be opened; rename it"));
                continue;
            }
            files.append(decoded);
        }
        ::closedir(dir);
    }
    std::sort(files.begin(), files.end());
    std::sort(found.begin(), found.end(),
              [](const ImportProblem &a, const ImportProblem &b) { return a.path < b.path; });
    *problems += found;
    return files;
}

} // namespace Marginalia
