// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QByteArray;

namespace Marginalia {

/// Turns a file's bytes into text: UTF-8 (with or without BOM), UTF-16 and
/// UTF-32 with a BOM, or a legacy 8-bit encoding found by ICU's charset
/// detector. The byte-order mark is dropped and CRLF and lone CR become LF;
/// nothing else in the text changes.
class TextDecoder
{
    Q_DECLARE_TR_FUNCTIONS(TextDecoder)
public:
    struct Result
    {
        bool ok = false;
        QString text;
        QString encoding; ///< e.g. "UTF-8", "UTF-16LE", "windows-1252"
        QString error; ///< why the bytes were refused, when !ok
        bool byteOrderMark = false; ///< the bytes started with one (dropped from text)
    };

    /// Keep is for formats whose offsets count the file's characters as
    /// written (brat standoff): the caller maps them to the normalised text.
    enum class LineEnds { Normalise, Keep };

    static Result decode(const QByteArray &bytes, LineEnds lineEnds = LineEnds::Normalise);

    /// What every import does to a text before storing it: a leading BOM is
    /// dropped, CRLF and lone CR become LF; nothing else changes. In place.
    static void normalise(QString &text);

    /// CRLF and lone CR become LF, in place.
    static void normaliseLineEnds(QString &text);
};

} // namespace Marginalia
