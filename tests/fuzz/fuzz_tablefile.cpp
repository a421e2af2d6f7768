// SPDX-License-Identifier: GPL-3.0-or-later
// TableFileReader, as the article and annotation imports read CSV and JSONL:
// rows come on increasing lines with one value per column or an error;
// JSONL columns are unique, and a row read as values agrees with the same
// row read as an object (what the annotation import reads).
#include "articledate.h"
#include "articletableimporter.h"
#include "articletextparser.h"
#include "fuzzsupport.h"
#include "tablefilereader.h"

#include <QJsonObject>
#include <QSet>

#include <cmath>

using Marginalia::TableFileReader;

namespace {

void checkCell(const QString &value)
{
    // Every cell may be a date column's, read in either order.
    for (const auto order :
         { Marginalia::ArticleDate::Order::DayFirst, Marginalia::ArticleDate::Order::MonthFirst }) {
        if (const std::optional<QString> iso = Marginalia::ArticleDate::toIso(value, order))
            FUZZ_CHECK(Marginalia::ArticleTextParser::isValidPartialDate(*iso));
    }
}

void checkJsonValue(const QJsonValue &value, const QString &text)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        bool whole = false;
        const qint64 integer = text.toLongLong(&whole);
        // Ids are numbers in many files: a whole number reads back as itself.
        if (std::floor(number) == number && std::fabs(number) < 9007199254740992.0)
            FUZZ_CHECK(whole && double(integer) == number);
    } else if (value.isString()) {
        FUZZ_CHECK(text == value.toString());
    } else if (value.isNull()) {
        FUZZ_CHECK(text.isEmpty());
    }
}

void readCsv(const QByteArray &bytes)
{
    TableFileReader reader;
    QString error;
    if (!reader.openBytes(bytes, TableFileReader::Format::Csv, {}, &error)) {
        FUZZ_CHECK(!error.isEmpty());
        return;
    }
    FUZZ_CHECK(!reader.columns().isEmpty());
    for (qsizetype i = 0; i < reader.columns().size(); ++i)
        FUZZ_CHECK(reader.columnIndex(reader.columns().at(i)) <= i);
    TableFileReader::Row row;
    qsizetype line = 1; // the header's
    while (reader.next(&row)) {
        FUZZ_CHECK(row.line > line);
        line = row.line;
        FUZZ_CHECK(reader.position() <= reader.size());
        if (!row.error.isEmpty()) {
            FUZZ_CHECK(row.values.isEmpty());
            continue;
        }
        FUZZ_CHECK(row.values.size() == reader.columns().size());
        for (const QString &value : std::as_const(row.values))
            checkCell(value);
    }
    FUZZ_CHECK(reader.position() == reader.size());
}

void readJsonl(const QByteArray &bytes)
{
    TableFileReader values;
    TableFileReader objects;
    constexpr TableFileReader::Format jsonl = TableFileReader::Format::Jsonl;
    TableFileReader::Options options;
    QString error;
    const bool opened = values.openBytes(bytes, jsonl, options, &error);
    options.jsonObjects = true;
    FUZZ_CHECK(objects.openBytes(bytes, jsonl, options, &error) == opened);
    if (!opened)
        return;
    FUZZ_CHECK(values.columns() == objects.columns());
    TableFileReader::Row row;
    TableFileReader::Row object;
    qsizetype line = 0;
    while (values.next(&row)) {
        FUZZ_CHECK(objects.next(&object));
        FUZZ_CHECK(row.line > line && row.line == object.line);
        line = row.line;
        FUZZ_CHECK(values.position() <= values.size());
        FUZZ_CHECK(row.error == object.error);
        const QStringList &columns = values.columns();
        FUZZ_CHECK(QSet<QString>(columns.cbegin(), columns.cend()).size() == columns.size());
        if (!row.error.isEmpty()) {
            FUZZ_CHECK(row.values.isEmpty());
            continue;
        }
        FUZZ_CHECK(row.values.size() == columns.size());
        // Walked, not looked up: Qt 6.4's QJsonObject does not find some keys
        // of a parsed object that mix Latin-1 and other characters.
        qsizetype present = 0;
        for (auto it = object.object.constBegin(); it != object.object.constEnd(); ++it) {
            const qsizetype column = values.columnIndex(it.key());
            FUZZ_CHECK(column >= 0);
            const QString &text = row.values.at(column);
            FUZZ_CHECK(text == TableFileReader::jsonValueText(it.value()));
            checkJsonValue(it.value(), text);
            ++present;
        }
        for (qsizetype i = 0; i < columns.size(); ++i) {
            FUZZ_CHECK(values.columnIndex(columns.at(i)) == i);
            checkCell(row.values.at(i));
            present -= row.values.at(i).isEmpty() ? 0 : 1;
        }
        FUZZ_CHECK(present >= 0); // no value without its key
    }
    FUZZ_CHECK(!objects.next(&object));
    FUZZ_CHECK(values.position() == values.size());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::quietQt();
    const QByteArray bytes = Fuzz::bytes(data, size);
    readCsv(bytes);
    readJsonl(bytes);
    return 0;
}
