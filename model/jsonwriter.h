// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Marginalia {

/// Builds compact JSON text with keys in the order they are written, which
/// QJsonObject (alphabetical) cannot do. Strings are escaped per RFC 8259;
/// non-ASCII characters are written as themselves.
class JsonWriter
{
public:
    JsonWriter &beginObject();
    /// An object as the value of \a key.
    JsonWriter &beginObject(QStringView key);
    JsonWriter &endObject();
    JsonWriter &beginArray(QStringView key);
    JsonWriter &endArray();
    JsonWriter &field(QStringView key, QStringView value);
    JsonWriter &field(QStringView key, qint64 value);
    /// true or false (not an overload of field(): an int would be ambiguous).
    JsonWriter &flag(QStringView key, bool value);
    /// A real number with up to 12 significant digits, or null when there
    /// is none (a coefficient that is undefined for its data).
    JsonWriter &number(QStringView key, std::optional<double> value);
    /// A number inside an array.
    JsonWriter &element(qint64 value);
    /// A string inside an array.
    JsonWriter &element(QStringView value);

    const QString &text() const { return m_text; }
    void clear();

    static void appendEscaped(QString &out, QStringView value);

private:
    void key(QStringView name);

    QString m_text;
    bool m_needComma = false;
};

} // namespace Marginalia
