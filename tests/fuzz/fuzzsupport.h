// SPDX-License-Identifier: GPL-3.0-or-later
// What the fuzz targets share: bytes as text, a scratch folder, and a check
// that aborts, so libFuzzer keeps the input that broke a property.
#pragma once

#include "projectdatabase.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QtGlobal>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

#define FUZZ_CHECK(condition)                                                                      \
    do {                                                                                           \
        if (!(condition))                                                                          \
            Fuzz::fail(#condition, __FILE__, __LINE__);                                            \
    } while (false)

namespace Fuzz {

[[noreturn]] inline void fail(const char *condition, const char *file, int line)
{
    std::fprintf(stderr, "%s:%d: property broken: %s\n", file, line, condition);
    std::fflush(stderr);
    std::abort();
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

/// The input as text. After a UTF-16LE byte-order mark, raw UTF-16 code units,
/// lone surrogates included (a text pasted into the window may hold them);
/// otherwise UTF-8, invalid bytes becoming U+FFFD.
inline QString text(const uint8_t *data, size_t size)
{
    if (size >= 2 && data[0] == 0xFF && data[1] == 0xFE) {
        QString units(qsizetype((size - 2) / 2), Qt::Uninitialized);
        for (qsizetype i = 0; i < units.size(); ++i)
            units[i] = QChar(char16_t(data[2 + 2 * i] | data[3 + 2 * i] << 8));
        return units;
    }
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

/// UTF-8 bytes as text, a leading U+FEFF included (QString::fromUtf8 drops it).
inline QString fromUtf8Exactly(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
    return decoder.decode(bytes);
}

/// Whether \a text holds a surrogate that is not half of a pair.
inline bool hasLoneSurrogate(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        else if (text[i].isSurrogate())
            return true;
    }
    return false;
}

/// Whether UTF-16 index \a index splits a surrogate pair.
inline bool splitsPair(QStringView text, qsizetype index)
{
    return index > 0 && index < text.size() && text[index - 1].isHighSurrogate()
        && text[index].isLowSurrogate();
}

/// Parsers warn about bad input through qWarning; thousands of runs a
/// second would drown the fuzzer's own output. Fatal messages still abort.
inline void quietQt()
{
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type == QtFatalMsg) {
            std::fprintf(stderr, "%s\n", qPrintable(message));
            std::abort();
        }
    });
}

/// A fresh folder for files and projects. run.sh points TMPDIR at a folder
/// in memory that it removes afterwards, crash or not.
inline QString scratchTemplate()
{
    return QDir::tempPath() + QStringLiteral("/marginalia-fuzz-XXXXXX");
}

/// A new, empty project in \a folder: a copy of one made once per process,
/// five times faster than making each.
inline std::unique_ptr<Marginalia::ProjectDatabase> freshProject(const QTemporaryDir &folder)
{
    static const QTemporaryDir templateFolder(scratchTemplate());
    static const QString templatePath = [] {
        const QString path = templateFolder.filePath(QStringLiteral("template.marginalia"));
        // Closed at once: the file alone is then the whole project.
        FUZZ_CHECK(Marginalia::ProjectDatabase::create(path).database);
        return path;
    }();
    const QString path = folder.filePath(QStringLiteral("fuzz.marginalia"));
    FUZZ_CHECK(QFile::copy(templatePath, path));
    Marginalia::ProjectDatabase::OpenResult opened = Marginalia::ProjectDatabase::open(path);
    FUZZ_CHECK(opened.database);
    return std::move(opened.database);
}

} // namespace Fuzz
