// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonwriter.h"

#include <cmath>

namespace Marginalia {

void JsonWriter::appendEscaped(QString &out, QStringView value)
{
    static const char hex[] = "0123456789abcdef";
    out.append(QLatin1Char('"'));
    qsizetype from = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t c = value[i].unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        out.append(value.mid(from, i - from));
        from = i + 1;
        switch (c) {
        case u'"':
            out.append(QLatin1String("\\\""));
            break;
        case u'\\':
            out.append(QLatin1String("\\\\"));
            break;
        case u'\n':
            out.append(QLatin1String("\\n"));
            break;
        case u'\t':
            out.append(QLatin1String("\\t"));
            break;
        case u'\r':
            out.append(QLatin1String("\\r"));
            break;
        default:
            out.append(QLatin1String("\\u00"));
            out.append(QLatin1Char(hex[c >> 4]));
            out.append(QLatin1Char(hex[c & 0xF]));
        }
    }
    out.append(value.mid(from));
    out.append(QLatin1Char('"'));
}

void JsonWriter::clear()
{
    m_text.clear();
    m_needComma = false;
}

void JsonWriter::key(QStringView name)
{
    if (m_needComma)
        m_text.append(QLatin1Char(','));
    appendEscaped(m_text, name);
    m_text.append(QLatin1Char(':'));
}

JsonWriter &JsonWriter::beginObject()
{
    if (m_needComma)
        m_text.append(QLatin1Char(','));
    m_text.append(QLatin1Char('{'));
    m_needComma = false;
    return *this;
}

JsonWriter &JsonWriter::beginObject(QStringView name)
{
    key(name);
    m_text.append(QLatin1Char('{'));
    m_needComma = false;
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    m_text.append(QLatin1Char('}'));
    m_needComma = true;
    return *this;
}

JsonWriter &JsonWriter::beginArray(QStringView name)
{
    key(name);
    m_text.append(QLatin1Char('['));
    m_needComma = false;
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    m_text.append(QLatin1Char(']'));
    m_needComma = true;
    return *this;
}

JsonWriter &JsonWriter::field(QStringView name, QStringView value)
{
    key(name);
    appendEscaped(m_text, value);
    m_needComma = true;
    return *this;
}

JsonWriter &JsonWriter::flag(QStringView name, bool value)
{
    key(name);
    m_text.append(value ? QLatin1String("true") : QLatin1String("false"));
    m_needComma = true;
    return *this;
}

JsonWriter &JsonWriter::number(QStringView name, std::optional<double> value)
{
    key(name);
    // JSON has no NaN or infinity: a value that is not finite is none.
    if (value && std::isfinite(*value))
        m_text.append(QString::number(*value, 'g', 12));
    else
        m_text.append(QLatin1String("null"));
    m_needComma = true;
    return *this;
}

JsonWriter &JsonWriter::field(QStringView name, qint64 value)
{
    key(name);
    m_text.append(QString::number(value));
    m_needComma = true;
    return *this;
}

JsonWriter &JsonWriter::element(qint64 value)
{
    if (m_needComma)
        m_text.append(QLatin1Char(','));
    m_text.append(QString::number(value));
    m_needComma = true;
    return *this;
}

JsonWriter &JsonWriter::element(QStringView value)
{
    if (m_needComma)
        m_text.append(QLatin1Char(','));
    appendEscaped(m_text, value); // quotes included
    m_needComma = true;
    return *this;
}

} // namespace Marginalia
