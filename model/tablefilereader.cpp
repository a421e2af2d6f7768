// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablefilereader.h"

#include "inputfilecheck.h"
#include "textdecoder.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace Marginalia {

namespace {

/// JSONL files list their keys in every object; the first ones give the
/// columns a dialog shows before the import, later keys are added as met.
constexpr int JsonlKeyScanLines = 100;

QString display(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

QString TableFileReader::jsonValueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        // Ids are numbers in many files: 12, not 12.0 or 1.2e+01.
        const double number = value.toDouble();
        if (std::floor(number) == number && std::fabs(number) < 9007199254740992.0)
            return QString::number(qint64(number));
        return QString::number(number, 'g', 17);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QString();
}

TableFileReader::TableFileReader() = default;
TableFileReader::~TableFileReader() = default;

std::optional<TableFileReader::Format> TableFileReader::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("tsv"))
        return Format::Csv;
    if (suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson"))
        return Format::Jsonl;
    return std::nullopt;
}

bool TableFileReader::open(const QString &path, const Options &options, QString *error)
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = display(path) + QLatin1String(": ") + message;
        return false;
    };
    const std::optional<Format> format = options.format ? options.format : formatForPath(path);
    if (!format)
        return fail(tr("not a table file (name it .csv, .tsv, .jsonl or .ndjson, or give the "
                       "format)"));
    m_format = *format;
    m_path = display(path);
    m_stream.reset();
    if (options.streaming && options.previewBytes <= 0) {
        m_stream = std::make_unique<StreamingTextFile>();
        QString reason;
        if (!m_stream->open(path, options.pieceBytes, &reason))
            return fail(reason);
        QString first;
        m_stream->readMore(&first);
        QString message;
        if (!start(*format, std::move(first), m_stream->encoding(), options, &message))
            return fail(message);
        return true;
    }
    QByteArray bytes;
    bool whole = true;
    QString reason;
    if (!(options.previewBytes > 0
              ? InputFileCheck::readStart(path, options.maxFileBytes, options.previewBytes, &bytes,
                                          &whole, &reason)
              : InputFileCheck::read(path, options.maxFileBytes, &bytes, &reason)))
        return fail(reason);
    TextDecoder::Result decoded;
    if (!whole) {
        // Whole lines only, so no character is cut in two; UTF-16 keeps its pairs.
        const qsizetype lineEnd = bytes.lastIndexOf('\n');
        if (lineEnd > 0) {
            bytes.truncate(lineEnd + 1);
            if (bytes.startsWith("\xFF\xFE") && bytes.size() % 2 != 0)
                bytes.append('\0');
        }
        decoded = TextDecoder::decode(bytes);
        if (!decoded.ok && !InputFileCheck::read(path, options.maxFileBytes, &bytes, &reason))
            return fail(reason); // a cut the decoder refuses: read it all
    }
    if (!decoded.ok)
        decoded = TextDecoder::decode(bytes);
    if (!decoded.ok)
        return fail(decoded.error);
    QString message;
    if (!start(*format, std::move(decoded.text), decoded.encoding, options, &message))
        return fail(message);
    return true;
}

bool TableFileReader::openBytes(const QByteArray &bytes, Format format, const Options &options,
                                QString *error)
{
    TextDecoder::Result decoded = TextDecoder::decode(bytes);
    if (!decoded.ok) {
        if (error)
            *error = decoded.error;
        return false;
    }
    return start(format, std::move(decoded.text), decoded.encoding, options, error);
}

bool TableFileReader::start(Format format, QString text, const QString &encoding,
                            const Options &options, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    m_format = format;
    m_text = std::move(text);
    m_encoding = encoding;
    m_columns.clear();
    m_index.clear();
    m_position = 0;
    m_line = 1;
    m_jsonObjects = options.jsonObjects;

    if (m_format == Format::Csv) {
        m_delimiter =
            options.delimiter.isNull() ? CsvReader::detectDelimiter(m_text) : options.delimiter;
        if (m_stream) {
            m_csv = std::make_unique<CsvReader>(m_text, m_delimiter,
                                                [this](QString *more) { return readMore(more); });
            m_text.clear(); // the reader holds the only copy, and lets it go as it reads
        } else {
            m_csv = std::make_unique<CsvReader>(m_text, m_delimiter);
        }
        CsvReader::Record header;
        if (!m_csv->next(&header))
            return fail(tr("no header row"));
        if (!header.error.isEmpty())
            return fail(
                tr("line %1: the header row is malformed: %2").arg(header.line).arg(header.error));
        for (const QString &name : std::as_const(header.fields))
            addColumn(name.trimmed());
        return true;
    }

    // JSONL: the keys of the first objects, read again as rows afterwards.
    qsizetype scanned = 0;
    Row row;
    m_scanningKeys = true; // within the text read so far, which is read again
    while (scanned < JsonlKeyScanLines && nextJsonl(&row))
        ++scanned;
    m_scanningKeys = false;
    m_position = 0;
    m_line = 1;
    return true;
}

void TableFileReader::addColumn(const QString &name)
{
    if (!m_index.contains(name))
        m_index.insert(name, m_columns.size());
    m_columns.append(name);
}

qint64 TableFileReader::position() const
{
    if (m_stream)
        return m_stream->bytesRead();
    return m_format == Format::Csv && m_csv ? m_csv->position() : m_position;
}

QString TableFileReader::error() const
{
    if (!m_stream || m_stream->error().isEmpty())
        return QString();
    return m_path + QLatin1String(": ") + m_stream->error();
}

bool TableFileReader::readMore(QString *text)
{
    return m_stream && m_stream->readMore(text);
}

bool TableFileReader::next(Row *row)
{
    if (m_format == Format::Jsonl)
        return nextJsonl(row);
    CsvReader::Record record;
    if (!m_csv || !m_csv->next(&record))
        return false;
    row->line = record.line;
    row->error = record.error;
    row->values.clear();
    if (!record.error.isEmpty())
        return true;
    if (record.fields.size() != m_columns.size()) {
        row->error = tr("%n field(s), but the header has %1", nullptr, int(record.fields.size()))
                         .arg(m_columns.size());
        return true;
    }
    row->values = std::move(record.fields);
    return true;
}

bool TableFileReader::nextJsonl(Row *row)
{
    for (;;) {
        qsizetype end = m_text.indexOf(QLatin1Char('\n'), m_position);
        if (end < 0 && m_stream && !m_scanningKeys && !m_stream->atEnd()) {
            // The line goes on in the next piece: let go of the lines read.
            m_text.remove(0, m_position);
            m_position = 0;
            if (readMore(&m_text))
                continue;
            if (!m_stream->error().isEmpty())
                return false;
        }
        const qsizetype size = m_text.size();
        if (m_position >= size)
            return false;
        if (end < 0)
            end = m_text.indexOf(QLatin1Char('\n'), m_position);
        if (end < 0)
            end = size;
        const QStringView line = QStringView(m_text).mid(m_position, end - m_position);
        row->line = m_line;
        m_position = end < size ? end + 1 : size; // position() never passes size()
        ++m_line;
        if (line.trimmed().isEmpty())
            continue;
        row->error.clear();
        row->values.clear();
        row->object = QJsonObject();
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(line.toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            row->error = tr("invalid JSON: %1 (at character %2)")
                             .arg(parseError.errorString())
                             .arg(parseError.offset + 1);
            return true;
        }
        if (!document.isObject()) {
            row->error = tr("not a JSON object");
            return true;
        }
        const QJsonObject object = document.object();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!m_index.contains(it.key()))
                addColumn(it.key());
        }
        if (m_jsonObjects) {
            row->object = object;
            return true;
        }
        row->values.resize(m_columns.size());
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            row->values[m_index.value(it.key())] = jsonValueText(it.value());
        return true;
    }
}

} // namespace Marginalia
