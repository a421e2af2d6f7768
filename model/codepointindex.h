// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVector>

namespace Marginalia {

/// Converts between Unicode code point offsets (what users and files see)
/// and QString's UTF-16 indices (what Qt and ICU use) for one text.
///
/// Texts without characters outside the Basic Multilingual Plane need no
/// table: both offsets are the same. Otherwise the table stores the UTF-16
/// index of every 64th code point, so a lookup walks at most 64 characters
/// and the table costs 1/16 of the text's size.
class CodePointIndex
{
public:
    /// Keeps a view of \a text, which must outlive the index.
    explicit CodePointIndex(const QString &text);

    /// Number of code points in the text.
    qsizetype codePointCount() const { return m_codePointCount; }

    /// UTF-16 index of code point \a codePoint; 0 <= codePoint <= codePointCount().
    qsizetype toUtf16(qsizetype codePoint) const;

    /// Code point offset of UTF-16 index \a utf16; an index inside a surrogate
    /// pair maps to the pair's code point.
    qsizetype toCodePoint(qsizetype utf16) const;

    /// Counts code points without building a table.
    static qsizetype count(QStringView text);

private:
    static constexpr qsizetype Stride = 64;
    QStringView m_text;
    qsizetype m_codePointCount = 0;
    QVector<qsizetype> m_checkpoints; ///< empty when the text is all BMP
};

} // namespace Marginalia
