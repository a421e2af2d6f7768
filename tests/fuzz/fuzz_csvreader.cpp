// SPDX-License-Identifier: GPL-3.0-or-later
// CsvReader: reading always moves forward and ends; records start on
// increasing lines; a malformed record has no fields; the text handed over
// in pieces (as files too large to hold are read) gives the same records,
// lines and errors; and every sound record written again by CsvWriter reads
// back the same.
#include "csvreader.h"
#include "csvwriter.h"
#include "fuzzsupport.h"

#include <QBuffer>
#include <QList>

using Marginalia::CsvReader;

namespace {

QList<QStringList> soundRecords(const QString &text, QChar delimiter, qsizetype *malformed)
{
    CsvReader reader(text, delimiter);
    CsvReader::Record record;
    QList<QStringList> records;
    qsizetype position = reader.position();
    qsizetype line = 0;
    const qsizetype lines = text.count(QLatin1Char('\n')) + 1;
    while (reader.next(&record)) {
        FUZZ_CHECK(reader.position() > position);
        FUZZ_CHECK(reader.position() <= text.size());
        FUZZ_CHECK(record.line > line);
        FUZZ_CHECK(record.line <= lines);
        position = reader.position();
        line = record.line;
        if (!record.error.isEmpty()) {
            FUZZ_CHECK(record.fields.isEmpty());
            ++*malformed;
            continue;
        }
        FUZZ_CHECK(!record.fields.isEmpty());
        records.append(record.fields);
    }
    FUZZ_CHECK(reader.position() == text.size());
    FUZZ_CHECK(!reader.next(&record));
    return records;
}

/// Every record, error and start line, reading \a text in pieces of
/// \a piece characters (0: whole).
QStringList allRecords(const QString &text, QChar delimiter, qsizetype piece)
{
    qsizetype handed = piece > 0 ? qMin(piece, text.size()) : text.size();
    CsvReader reader(text.left(handed), delimiter, [&](QString *more) {
        if (piece <= 0 || handed >= text.size())
            return false;
        more->append(QStringView(text).mid(handed, piece));
        handed += piece;
        return true;
    });
    CsvReader::Record record;
    QStringList out;
    while (reader.next(&record)) {
        out.append(QString::number(record.line) + QLatin1Char('|') + record.error + QLatin1Char('|')
                   + record.fields.join(QChar(0x1F)));
    }
    FUZZ_CHECK(reader.position() == text.size());
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = Fuzz::text(data, size);
    const QChar delimiter = CsvReader::detectDelimiter(text);
    FUZZ_CHECK(delimiter == QLatin1Char(',') || delimiter == QLatin1Char(';')
               || delimiter == QLatin1Char('\t'));
    qsizetype malformed = 0;
    const QList<QStringList> records = soundRecords(text, delimiter, &malformed);
    const QStringList whole = allRecords(text, delimiter, 0);
    for (const qsizetype piece : { 1, 2, 3, 7 })
        FUZZ_CHECK(allRecords(text, delimiter, piece) == whole);
    if (Fuzz::hasLoneSurrogate(text))
        return 0; // UTF-8 cannot carry them through the writer

    Marginalia::CsvOptions options;
    options.delimiter = delimiter;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        Marginalia::CsvWriter writer(&buffer, options);
        for (const QStringList &record : records) {
            for (const QString &field : record)
                writer.addText(field);
            writer.endRow();
        }
        FUZZ_CHECK(writer.flush());
    }
    qsizetype none = 0;
    const QList<QStringList> again = soundRecords(Fuzz::fromUtf8Exactly(bytes), delimiter, &none);
    FUZZ_CHECK(none == 0);
    FUZZ_CHECK(again == records);
    return 0;
}
