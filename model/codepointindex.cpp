// SPDX-License-Identifier: GPL-3.0-or-later
#include "codepointindex.h"

#include <algorithm>

namespace Marginalia {

CodePointIndex::CodePointIndex(const QString &text)
    : m_text(text)
{
    const qsizetype size = text.size();
    const QChar *data = text.constData();
    bool hasSurrogates = false;
    for (qsizetype i = 0; i < size; ++i) {
        if (data[i].isHighSurrogate()) {
            hasSurrogates = true;
            break;
        }
    }
    if (!hasSurrogates) {
        m_codePointCount = size;
        return;
    }
    m_checkpoints.reserve(size / Stride + 2);
    qsizetype codePoints = 0;
    for (qsizetype i = 0; i < size; ++codePoints) {
        if (codePoints % Stride == 0)
            m_checkpoints.append(i);
        i += (data[i].isHighSurrogate() && i + 1 < size && data[i + 1].isLowSurrogate()) ? 2 : 1;
    }
    // toUtf16(codePointCount()) looks up block codePointCount() / Stride, which
    // the loop above did not reach when the count is a multiple of Stride.
    if (codePoints % Stride == 0)
        m_checkpoints.append(size);
    m_codePointCount = codePoints;
}

qsizetype CodePointIndex::toUtf16(qsizetype codePoint) const
{
    Q_ASSERT(codePoint >= 0 && codePoint <= m_codePointCount);
    if (m_checkpoints.isEmpty())
        return codePoint;
    const qsizetype block = codePoint / Stride;
    qsizetype i = m_checkpoints.at(block);
    const QChar *data = m_text.data();
    const qsizetype size = m_text.size();
    for (qsizetype remaining = codePoint - block * Stride; remaining > 0; --remaining)
        i += (data[i].isHighSurrogate() && i + 1 < size && data[i + 1].isLowSurrogate()) ? 2 : 1;
    return i;
}

qsizetype CodePointIndex::toCodePoint(qsizetype utf16) const
{
    Q_ASSERT(utf16 >= 0 && utf16 <= m_text.size());
    if (m_checkpoints.isEmpty())
        return utf16;
    // The last checkpoint at or before utf16.
    const auto it = std::upper_bound(m_checkpoints.cbegin(), m_checkpoints.cend(), utf16);
    const qsizetype block = (it - m_checkpoints.cbegin()) - 1;
    qsizetype i = m_checkpoints.at(block);
    qsizetype codePoint = block * Stride;
    const QChar *data = m_text.data();
    const qsizetype size = m_text.size();
    while (i < utf16) {
        const qsizetype step =
            (data[i].isHighSurrogate() && i + 1 < size && data[i + 1].isLowSurrogate()) ? 2 : 1;
        if (i + step > utf16)
            break; // utf16 points at the low half of a pair
        i += step;
        ++codePoint;
    }
    return codePoint;
}

qsizetype CodePointIndex::count(QStringView text)
{
    qsizetype lowSurrogatesInPairs = 0;
    const qsizetype size = text.size();
    for (qsizetype i = 1; i < size; ++i) {
        if (text[i].isLowSurrogate() && text[i - 1].isHighSurrogate())
            ++lowSurrogatesInPairs;
    }
    return size - lowSurrogatesInPairs;
}

} // namespace Marginalia
