// SPDX-License-Identifier: GPL-3.0-or-later
// CsvWriter then CsvReader: any cells written are read back identical, with
// the Excel-safe apostrophe where the writer adds one; through TextDecoder,
// as imports read files, identical but for line ends made LF.
//
// Input: one byte of options (bit 0 BOM, bit 1 Excel-safe, bits 2-3 the
// delimiter), then UTF-8 cells, 0x1F between cells and 0x1E between rows.
#include "csvreader.h"
#include "csvwriter.h"
#include "fuzzsupport.h"
#include "textdecoder.h"

#include <QBuffer>
#include <QList>

using Marginalia::CsvReader;
using Marginalia::CsvWriter;
using Rows = QList<QStringList>;

namespace {

Rows readBack(const QString &text, QChar delimiter)
{
    CsvReader reader(text, delimiter);
    CsvReader::Record record;
    Rows rows;
    while (reader.next(&record)) {
        FUZZ_CHECK(record.error.isEmpty());
        rows.append(record.fields);
    }
    return rows;
}

bool hasControl(const Rows &rows)
{
    for (const QStringList &row : rows) {
        for (const QString &cell : row) {
            for (const QChar c : cell) {
                if (c.unicode() < 0x20 && c != QLatin1Char('\t') && c != QLatin1Char('\n')
                    && c != QLatin1Char('\r') && c != QLatin1Char('\f') && c != QLatin1Char('\v'))
                    return true;
            }
        }
    }
    return false;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    Marginalia::CsvOptions options;
    options.byteOrderMark = data[0] & 1;
    options.excelSafe = data[0] & 2;
    const char delimiters[] = { ',', ';', '\t', ',' };
    options.delimiter = QLatin1Char(delimiters[(data[0] >> 2) & 3]);

    Rows rows;
    const QByteArray input = Fuzz::bytes(data + 1, size - 1);
    for (const QByteArray &row : input.split('\x1E')) {
        QStringList cells;
        for (const QByteArray &cell : row.split('\x1F'))
            cells.append(QString::fromUtf8(cell));
        rows.append(cells);
    }

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter writer(&buffer, options);
        for (const QStringList &row : std::as_const(rows)) {
            for (const QString &cell : row)
                writer.addText(cell);
            writer.endRow();
        }
        FUZZ_CHECK(writer.flush());
    }

    Rows expected = rows;
    for (QStringList &row : expected) {
        for (QString &cell : row) {
            if (options.excelSafe && CsvWriter::isFormulaTrigger(cell))
                cell.prepend(QLatin1Char('\''));
        }
    }
    const QByteArray bom("\xEF\xBB\xBF");
    FUZZ_CHECK(bytes.startsWith(bom) == options.byteOrderMark);
    const QString written =
        Fuzz::fromUtf8Exactly(QByteArrayView(bytes).sliced(options.byteOrderMark ? bom.size() : 0));
    FUZZ_CHECK(readBack(written, options.delimiter) == expected);

    // As a table file is read: decoded, BOM gone, line ends made LF everywhere.
    // A first cell that starts with U+FEFF is quoted, so it is no BOM.
    const Marginalia::TextDecoder::Result decoded = Marginalia::TextDecoder::decode(bytes);
    if (!decoded.ok) {
        FUZZ_CHECK(hasControl(rows) || written.trimmed().isEmpty());
        return 0;
    }
    FUZZ_CHECK(decoded.encoding == QLatin1String("UTF-8"));
    for (QStringList &row : expected) {
        for (QString &cell : row)
            Marginalia::TextDecoder::normaliseLineEnds(cell);
    }
    FUZZ_CHECK(readBack(decoded.text, options.delimiter) == expected);
    return 0;
}
