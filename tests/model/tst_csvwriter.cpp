// SPDX-License-Identifier: GPL-3.0-or-later
// CsvWriter: RFC 4180 quoting, CRLF records, the BOM option, other
// delimiters and Excel-safe mode, read back with a small independent parser.
#include "csvwriter.h"

#include <QBuffer>
#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTest>

#include <cmath>
#include <limits>
#include <optional>

using Marginalia::CsvOptions;
using Marginalia::CsvWriter;

namespace {

using Rows = QList<QStringList>;

CsvOptions options(QChar delimiter = QLatin1Char(','), bool bom = false, bool excelSafe = false)
{
    CsvOptions result;
    result.delimiter = delimiter;
    result.byteOrderMark = bom;
    result.excelSafe = excelSafe;
    return result;
}

/// Writes \a rows of text cells and returns the bytes.
QByteArray writeCsv(const CsvOptions &csvOptions, const Rows &rows)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly))
        return QByteArray();
    CsvWriter writer(&buffer, csvOptions);
    for (const QStringList &row : rows) {
        for (const QString &cell : row)
            writer.addText(cell);
        writer.endRow();
    }
    if (!writer.flush())
        return QByteArray("flush failed");
    return bytes;
}

/// A strict RFC 4180 reader written for this test: CRLF record ends only,
/// quoted fields with doubled quotes, no stray quotes or bare line ends.
/// Returns nothing when the input breaks the grammar.
std::optional<Rows> parseCsv(QByteArray bytes, QChar delimiter, QString *error)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    const QString text = QString::fromUtf8(bytes);
    Rows rows;
    QStringList row;
    QString field;
    qsizetype i = 0;
    const qsizetype size = text.size();
    if (size == 0)
        return rows;
    while (true) {
        field.clear();
        if (i < size && text.at(i) == QLatin1Char('"')) {
            ++i;
            while (true) {
                if (i >= size) {
                    *error = QStringLiteral("unterminated quoted field");
                    return std::nullopt;
                }
                if (text.at(i) == QLatin1Char('"')) {
                    if (i + 1 < size && text.at(i + 1) == QLatin1Char('"')) {
                        field.append(QLatin1Char('"'));
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field.append(text.at(i++));
            }
        } else {
            while (i < size && text.at(i) != delimiter && text.at(i) != QLatin1Char('\r')) {
                if (text.at(i) == QLatin1Char('"') || text.at(i) == QLatin1Char('\n')) {
                    *error = QStringLiteral("quote or LF in an unquoted field at %1").arg(i);
                    return std::nullopt;
                }
                field.append(text.at(i++));
            }
        }
        row.append(field);
        if (i < size && text.at(i) == delimiter) {
            ++i;
            continue;
        }
        if (i + 1 < size && text.at(i) == QLatin1Char('\r')
            && text.at(i + 1) == QLatin1Char('\n')) {
            i += 2;
            rows.append(row);
            row.clear();
            if (i == size)
                return rows;
            continue;
        }
        *error = QStringLiteral("expected a delimiter or CRLF at %1").arg(i);
        return std::nullopt;
    }
}

} // namespace

class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void quoting_data();
    void quoting();
    void delimiters_data();
    void delimiters();
    void records_data();
    void records();
    void byteOrderMark_data();
    void byteOrderMark();
    void excelSafe_data();
    void excelSafe();
    void isFormulaTrigger_data();
    void isFormulaTrigger();
    void numbers_data();
    void numbers();
    void realNumbers_data();
    void realNumbers();
    void roundTrip_data();
    void roundTrip();
    void parserRejectsBrokenCsv_data();
    void parserRejectsBrokenCsv();
    void flushesLargeOutputAndOnDestruction();
    void reportsDeviceErrors();
};

void TestCsvWriter::quoting_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QByteArray>("cell"); ///< as written between two plain cells

    QTest::newRow("plain word") << QStringLiteral("Poutine") << QByteArray("Poutine");
    QTest::newRow("empty") << QString() << QByteArray("");
    QTest::newRow("spaces only, not quoted") << QStringLiteral("   ") << QByteArray("   ");
    QTest::newRow("leading and trailing spaces kept, not quoted")
        << QStringLiteral(" a b ") << QByteArray(" a b ");
    QTest::newRow("comma") << QStringLiteral("Minsk, Biélorussie")
                           << QByteArray("\"Minsk, Biélorussie\"");
    QTest::newRow("only a comma") << QStringLiteral(",") << QByteArray("\",\"");
    QTest::newRow("double quote doubled")
        << QStringLiteral("il a dit \"non\"") << QByteArray("\"il a dit \"\"non\"\"\"");
    QTest::newRow("only a double quote") << QStringLiteral("\"") << QByteArray("\"\"\"\"");
    QTest::newRow("two double quotes") << QStringLiteral("\"\"") << QByteArray("\"\"\"\"\"\"");
    QTest::newRow("quote in the middle") << QStringLiteral("a\"b") << QByteArray("\"a\"\"b\"");
    QTest::newRow("LF") << QStringLiteral("ligne 1\nligne 2") << QByteArray("\"ligne 1\nligne 2\"");
    QTest::newRow("CR") << QStringLiteral("a\rb") << QByteArray("\"a\rb\"");
    QTest::newRow("CRLF") << QStringLiteral("a\r\nb") << QByteArray("\"a\r\nb\"");
    QTest::newRow("trailing LF") << QStringLiteral("fin\n") << QByteArray("\"fin\n\"");
    QTest::newRow("quote, comma and LF together") << QStringLiteral("« oui », \"dit-il\"\nfin")
                                                  << QByteArray("\"« oui », \"\"dit-il\"\"\nfin\"");
    QTest::newRow("semicolon is plain with comma delimiter")
        << QStringLiteral("a;b") << QByteArray("a;b");
    QTest::newRow("tab is plain with comma delimiter")
        << QStringLiteral("a\tb") << QByteArray("a\tb");
    QTest::newRow("apostrophe is plain") << QStringLiteral("l'été") << QByteArray("l'été");
    QTest::newRow("formula not neutralised outside Excel-safe mode")
        << QStringLiteral("=1+1") << QByteArray("=1+1");
    QTest::newRow("French accents as UTF-8")
        << QStringLiteral(u"Biélorussie") << QByteArray("Bi\xC3\xA9lorussie");
    QTest::newRow("emoji and flag as UTF-8")
        << QStringLiteral(u"\U0001F600\U0001F1EB\U0001F1F7")
        << QByteArray("\xF0\x9F\x98\x80\xF0\x9F\x87\xAB\xF0\x9F\x87\xB7");
    QTest::newRow("Arabic as UTF-8") << QStringLiteral(u"\u0628\u0648\u062A\u064A\u0646")
                                     << QByteArray("\xD8\xA8\xD9\x88\xD8\xAA\xD9\x8A\xD9\x86");
    QTest::newRow("NBSP and NFD accent as UTF-8") << QStringLiteral(u"12\u00A0e\u0301")
                                                  << QByteArray("12\xC2\xA0"
                                                                "e\xCC\x81");
    QTest::newRow("leading U+FEFF quoted, never read as a byte-order mark")
        << QStringLiteral(u"\uFEFFa")
        << QByteArray("\"\xEF\xBB\xBF"
                      "a\"");
    QTest::newRow("U+FEFF inside is plain")
        << QStringLiteral(u"a\uFEFF") << QByteArray("a\xEF\xBB\xBF");
}

void TestCsvWriter::quoting()
{
    QFETCH(QString, field);
    QFETCH(QByteArray, cell);

    // Alone in its row, an empty cell is quoted: the row is no blank line.
    const QByteArray alone = writeCsv(options(), { { field } });
    QCOMPARE(alone, (field.isEmpty() ? QByteArray("\"\"") : cell) + "\r\n");
    const QByteArray between =
        writeCsv(options(), { { QStringLiteral("avant"), field, QStringLiteral("après") } });
    QCOMPARE(between, "avant," + cell + ",apr\xC3\xA8s\r\n");
}

void TestCsvWriter::delimiters_data()
{
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QByteArray>("expected");

    const QStringList fields = { QStringLiteral("a,b"), QStringLiteral("c;d"),
                                 QStringLiteral("e\tf"), QStringLiteral("g") };
    QTest::newRow("comma") << QChar(QLatin1Char(',')) << fields
                           << QByteArray("\"a,b\",c;d,e\tf,g\r\n");
    QTest::newRow("semicolon: comma plain, semicolon quoted")
        << QChar(QLatin1Char(';')) << fields << QByteArray("a,b;\"c;d\";e\tf;g\r\n");
    QTest::newRow("tab: comma plain, tab quoted")
        << QChar(QLatin1Char('\t')) << fields << QByteArray("a,b\tc;d\t\"e\tf\"\tg\r\n");
    QTest::newRow("semicolon: quotes still doubled")
        << QChar(QLatin1Char(';')) << QStringList { QStringLiteral("\"x\""), QString() }
        << QByteArray("\"\"\"x\"\"\";\r\n");
    QTest::newRow("pipe delimiter")
        << QChar(QLatin1Char('|')) << QStringList { QStringLiteral("a|b"), QStringLiteral("c,d") }
        << QByteArray("\"a|b\"|c,d\r\n");
}

void TestCsvWriter::delimiters()
{
    QFETCH(QChar, delimiter);
    QFETCH(QStringList, fields);
    QFETCH(QByteArray, expected);

    const QByteArray bytes = writeCsv(options(delimiter), { fields });
    QCOMPARE(bytes, expected);
    QString error;
    const std::optional<Rows> parsed = parseCsv(bytes, delimiter, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(*parsed, Rows { fields });
}

void TestCsvWriter::records_data()
{
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("header and two rows")
        << Rows { { QStringLiteral("id"), QStringLiteral("text") },
                  { QStringLiteral("1"), QStringLiteral("Poutine") },
                  { QStringLiteral("2"), QStringLiteral("Minsk") } }
        << QByteArray("id,text\r\n1,Poutine\r\n2,Minsk\r\n");
    QTest::newRow("empty cells keep their delimiters")
        << Rows { { QString(), QString(), QString() },
                  { QStringLiteral("a"), QString(), QString() } }
        << QByteArray(",,\r\na,,\r\n");
    QTest::newRow("one empty cell is quoted, not a blank line a reader skips")
        << Rows { { QStringLiteral("a") }, { QString() }, { QStringLiteral("b") } }
        << QByteArray("a\r\n\"\"\r\nb\r\n");
    QTest::newRow("row without cells is a bare CRLF")
        << Rows { { QStringLiteral("a") }, {}, { QStringLiteral("b") } }
        << QByteArray("a\r\n\r\nb\r\n");
    QTest::newRow("multi-line cell does not end the record")
        << Rows { { QStringLiteral("x\r\ny"), QStringLiteral("z") }, { QStringLiteral("w") } }
        << QByteArray("\"x\r\ny\",z\r\nw\r\n");
    QTest::newRow("nothing written") << Rows {} << QByteArray();
}

void TestCsvWriter::records()
{
    QFETCH(Rows, rows);
    QFETCH(QByteArray, expected);

    const QByteArray bytes = writeCsv(options(), rows);
    QCOMPARE(bytes, expected);
    // Every record ends in CRLF: no bare LF outside the quoted cells.
    if (!bytes.isEmpty())
        QVERIFY(bytes.endsWith("\r\n"));
}

void TestCsvWriter::byteOrderMark_data()
{
    QTest::addColumn<bool>("bom");
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<QByteArray>("expected");

    const Rows rows = { { QStringLiteral("label"), QStringLiteral("texte") },
                        { QStringLiteral("PER"), QStringLiteral(u"Loukachenko \u00E9lu") } };
    QTest::newRow("with BOM") << true << rows
                              << QByteArray("\xEF\xBB\xBFlabel,texte\r\nPER,Loukachenko "
                                            "\xC3\xA9lu\r\n");
    QTest::newRow("without BOM") << false << rows
                                 << QByteArray("label,texte\r\nPER,Loukachenko \xC3\xA9lu\r\n");
    QTest::newRow("BOM before a quoted first cell")
        << true << Rows { { QStringLiteral("a,b") } } << QByteArray("\xEF\xBB\xBF\"a,b\"\r\n");
    QTest::newRow("BOM alone when no row is written")
        << true << Rows {} << QByteArray("\xEF\xBB\xBF");
}

void TestCsvWriter::byteOrderMark()
{
    QFETCH(bool, bom);
    QFETCH(Rows, rows);
    QFETCH(QByteArray, expected);

    const QByteArray bytes = writeCsv(options(QLatin1Char(','), bom), rows);
    QCOMPARE(bytes, expected);
    QCOMPARE(bytes.count("\xEF\xBB\xBF"), bom ? 1 : 0);
}

void TestCsvWriter::excelSafe_data()
{
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QByteArray>("cell");

    const QChar comma = QLatin1Char(',');
    QTest::newRow("equals sign") << comma << QStringLiteral("=SUM(A1:A9)")
                                 << QByteArray("'=SUM(A1:A9)");
    QTest::newRow("plus sign (phone number)")
        << comma << QStringLiteral("+33 1 23 45 67 89") << QByteArray("'+33 1 23 45 67 89");
    QTest::newRow("minus sign in text") << comma << QStringLiteral("-5") << QByteArray("'-5");
    QTest::newRow("dash bullet") << comma << QStringLiteral("- premier point")
                                 << QByteArray("'- premier point");
    QTest::newRow("at sign (handle)")
        << comma << QStringLiteral("@Kremlin") << QByteArray("'@Kremlin");
    QTest::newRow("leading tab, not quoted with comma delimiter")
        << comma << QStringLiteral("\t=1") << QByteArray("'\t=1");
    QTest::newRow("leading CR, quoted, apostrophe inside the quotes")
        << comma << QStringLiteral("\r=1") << QByteArray("\"'\r=1\"");
    QTest::newRow("formula with a comma: apostrophe inside the quotes")
        << comma << QStringLiteral("=1,2") << QByteArray("\"'=1,2\"");
    QTest::newRow("HYPERLINK with quotes: apostrophe inside, quotes doubled")
        << comma << QStringLiteral("=HYPERLINK(\"http://x.test\",\"clic\")")
        << QByteArray("\"'=HYPERLINK(\"\"http://x.test\"\",\"\"clic\"\")\"");
    QTest::newRow("leading tab with tab delimiter is quoted")
        << QChar(QLatin1Char('\t')) << QStringLiteral("\tcmd") << QByteArray("\"'\tcmd\"");
    QTest::newRow("DDE payload with semicolon delimiter")
        << QChar(QLatin1Char(';')) << QStringLiteral("=cmd|' /C calc'!A0;x")
        << QByteArray("\"'=cmd|' /C calc'!A0;x\"");

    QTest::newRow("equals later in the text untouched")
        << comma << QStringLiteral("a=b") << QByteArray("a=b");
    QTest::newRow("leading space untouched") << comma << QStringLiteral(" =1") << QByteArray(" =1");
    QTest::newRow("already an apostrophe untouched")
        << comma << QStringLiteral("'=1") << QByteArray("'=1");
    QTest::newRow("empty untouched") << comma << QString() << QByteArray();
    QTest::newRow("digits untouched") << comma << QStringLiteral("2022") << QByteArray("2022");
    QTest::newRow("accented word untouched") << comma << QStringLiteral(u"\u00C9lys\u00E9e")
                                             << QByteArray("\xC3\x89lys\xC3\xA9"
                                                           "e");
    QTest::newRow("Unicode minus untouched") << comma << QStringLiteral(u"\u22125")
                                             << QByteArray("\xE2\x88\x92"
                                                           "5");
    QTest::newRow("full-width equals untouched") << comma << QStringLiteral(u"\uFF1D1")
                                                 << QByteArray("\xEF\xBC\x9D"
                                                               "1");
    QTest::newRow("LF first is not a trigger but is quoted")
        << comma << QStringLiteral("\n=1") << QByteArray("\"\n=1\"");
}

void TestCsvWriter::excelSafe()
{
    QFETCH(QChar, delimiter);
    QFETCH(QString, field);
    QFETCH(QByteArray, cell);

    const QByteArray safe = writeCsv(options(delimiter, false, true), { { field } });
    QCOMPARE(safe, (field.isEmpty() ? QByteArray("\"\"") : cell) + "\r\n");

    // The neutralised cell reads back as the field with one apostrophe
    // in front, and only when the field is a trigger.
    QString error;
    const std::optional<Rows> parsed = parseCsv(safe, delimiter, &error);
    QVERIFY2(parsed, qPrintable(error));
    const QString expectedField =
        CsvWriter::isFormulaTrigger(field) ? QLatin1Char('\'') + field : field;
    QCOMPARE(*parsed, Rows { { expectedField } });

    // Without Excel-safe mode the same field is written unchanged.
    const std::optional<Rows> plain =
        parseCsv(writeCsv(options(delimiter), { { field } }), delimiter, &error);
    QVERIFY2(plain, qPrintable(error));
    QCOMPARE(*plain, Rows { { field } });
}

void TestCsvWriter::isFormulaTrigger_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("trigger");

    QTest::newRow("=") << QStringLiteral("=") << true;
    QTest::newRow("+") << QStringLiteral("+1") << true;
    QTest::newRow("-") << QStringLiteral("-1") << true;
    QTest::newRow("@") << QStringLiteral("@a") << true;
    QTest::newRow("tab") << QStringLiteral("\tx") << true;
    QTest::newRow("CR") << QStringLiteral("\rx") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("LF") << QStringLiteral("\nx") << false;
    QTest::newRow("space") << QStringLiteral(" =") << false;
    QTest::newRow("letter") << QStringLiteral("a=1") << false;
    QTest::newRow("apostrophe") << QStringLiteral("'=1") << false;
    QTest::newRow("Unicode minus") << QStringLiteral(u"\u22121") << false;
    QTest::newRow("full-width plus") << QStringLiteral(u"\uFF0B1") << false;
}

void TestCsvWriter::isFormulaTrigger()
{
    QFETCH(QString, value);
    QFETCH(bool, trigger);

    QCOMPARE(CsvWriter::isFormulaTrigger(value), trigger);
}

void TestCsvWriter::numbers_data()
{
    QTest::addColumn<bool>("excelSafe");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<QByteArray>("expected");

    // Each row writes: number -5, text "-5", number 0, text "=x",
    // number qint64 max, number qint64 min.
    QTest::newRow("Excel-safe: numbers untouched, text neutralised")
        << true << QChar(QLatin1Char(','))
        << QByteArray("-5,'-5,0,'=x,9223372036854775807,-9223372036854775808\r\n");
    QTest::newRow("plain mode: nothing neutralised")
        << false << QChar(QLatin1Char(','))
        << QByteArray("-5,-5,0,=x,9223372036854775807,-9223372036854775808\r\n");
    QTest::newRow("Excel-safe with semicolons")
        << true << QChar(QLatin1Char(';'))
        << QByteArray("-5;'-5;0;'=x;9223372036854775807;-9223372036854775808\r\n");
}

void TestCsvWriter::numbers()
{
    QFETCH(bool, excelSafe);
    QFETCH(QChar, delimiter);
    QFETCH(QByteArray, expected);

    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    {
        CsvWriter writer(&buffer, options(delimiter, false, excelSafe));
        writer.addNumber(-5);
        writer.addText(QStringLiteral("-5"));
        writer.addNumber(0);
        writer.addText(QStringLiteral("=x"));
        writer.addNumber(std::numeric_limits<qint64>::max());
        writer.addNumber(std::numeric_limits<qint64>::min());
        writer.endRow();
        QVERIFY(writer.flush());
        QVERIFY(!writer.hasError());
    }
    QCOMPARE(bytes, expected);
}

void TestCsvWriter::realNumbers_data()
{
    QTest::addColumn<bool>("excelSafe");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<QByteArray>("expected");

    // Each row writes: -0.25, none, 0.743421, 1, NaN (none).
    QTest::newRow("comma: decimal point")
        << false << QChar(QLatin1Char(',')) << QByteArray("-0.2500,,0.7434,1.0000,\r\n");
    QTest::newRow("Excel-safe: a negative number is no formula")
        << true << QChar(QLatin1Char(',')) << QByteArray("-0.2500,,0.7434,1.0000,\r\n");
    QTest::newRow("semicolon: decimal comma")
        << true << QChar(QLatin1Char(';')) << QByteArray("-0,2500;;0,7434;1,0000;\r\n");
    QTest::newRow("tab: decimal point")
        << false << QChar(QLatin1Char('\t')) << QByteArray("-0.2500\t\t0.7434\t1.0000\t\r\n");
}

void TestCsvWriter::realNumbers()
{
    QFETCH(bool, excelSafe);
    QFETCH(QChar, delimiter);
    QFETCH(QByteArray, expected);

    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    {
        CsvWriter writer(&buffer, options(delimiter, false, excelSafe));
        writer.addReal(-0.25);
        writer.addReal(std::nullopt);
        writer.addReal(0.743421);
        writer.addReal(1.0);
        writer.addReal(std::nan(""));
        writer.endRow();
        QVERIFY(writer.flush());
    }
    QCOMPARE(bytes, expected);
}

void TestCsvWriter::roundTrip_data()
{
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<bool>("excelSafe");
    QTest::addColumn<Rows>("rows");

    const Rows tricky = {
        { QStringLiteral("\""), QStringLiteral("\"\""), QStringLiteral("a\"b"),
          QStringLiteral("\"quoted\"") },
        { QStringLiteral(","), QStringLiteral(";"), QStringLiteral("\t"), QString() },
        { QStringLiteral("\r\n"), QStringLiteral("\n\n"), QStringLiteral("\r"),
          QStringLiteral("a,b\r\nc") },
        { QStringLiteral("fin\r"), QStringLiteral("\"\n\""), QStringLiteral(" "),
          QStringLiteral("\"\r\n,") },
        { QStringLiteral(u"\U0001F1EB\U0001F1F7 \U0001F468\u200D\U0001F469\u200D\U0001F467"),
          QStringLiteral(u"\u0642\u0627\u0644 \u00AB\u0644\u0627\u00BB"),
          QStringLiteral(u"Bie\u0301lorussie"), QStringLiteral(u"\u666E\u4EAC\u3002") },
        { QStringLiteral("=1+1"), QStringLiteral("+33"), QStringLiteral("-x"),
          QStringLiteral("@y") },
        { QStringLiteral("\t=tab"), QStringLiteral("\r=cr"), QStringLiteral("'quote"),
          QString(500, QLatin1Char('"')) },
        { QStringLiteral(u"\uFEFF"), QStringLiteral(u"\uFEFF\uFEFFx") },
    };
    for (const bool bom : { false, true }) {
        for (const bool excelSafe : { false, true }) {
            for (const char delimiter : { ',', ';', '\t' }) {
                const QByteArray name = QByteArray("delimiter ")
                    + (delimiter == '\t' ? QByteArray("tab") : QByteArray(1, delimiter))
                    + (bom ? ", BOM" : ", no BOM") + (excelSafe ? ", Excel-safe" : ", plain");
                QTest::newRow(name.constData())
                    << QChar(QLatin1Char(delimiter)) << bom << excelSafe << tricky;
            }
        }
    }
    // Found by fuzz_csvwriter: unquoted, this first cell began the file with
    // the bytes of a byte-order mark, and came back without its U+FEFF.
    for (const bool bom : { false, true }) {
        QTest::newRow(bom ? "file starts with a U+FEFF cell, BOM"
                          : "file starts with a U+FEFF cell, no BOM")
            << QChar(QLatin1Char(',')) << bom << false
            << Rows { { QStringLiteral(u"\uFEFFid"), QStringLiteral("x") } };
    }
}

void TestCsvWriter::roundTrip()
{
    QFETCH(QChar, delimiter);
    QFETCH(bool, bom);
    QFETCH(bool, excelSafe);
    QFETCH(Rows, rows);

    const QByteArray bytes = writeCsv(options(delimiter, bom, excelSafe), rows);
    QCOMPARE(bytes.startsWith("\xEF\xBB\xBF"), bom);
    QString error;
    const std::optional<Rows> parsed = parseCsv(bytes, delimiter, &error);
    QVERIFY2(parsed, qPrintable(error));

    Rows expected = rows;
    if (excelSafe) {
        for (QStringList &row : expected) {
            for (QString &cell : row) {
                if (CsvWriter::isFormulaTrigger(cell))
                    cell.prepend(QLatin1Char('\''));
            }
        }
    }
    QCOMPARE(*parsed, expected);
}

void TestCsvWriter::parserRejectsBrokenCsv_data()
{
    // The round trips mean something only if the reader is strict.
    QTest::addColumn<QByteArray>("bytes");

    QTest::newRow("bare LF record end") << QByteArray("a,b\n");
    QTest::newRow("bare CR record end") << QByteArray("a,b\r");
    QTest::newRow("missing final CRLF") << QByteArray("a,b");
    QTest::newRow("quote inside an unquoted field") << QByteArray("a\"b\r\n");
    QTest::newRow("single quote inside a quoted field") << QByteArray("\"a\"b\"\r\n");
    QTest::newRow("unterminated quoted field") << QByteArray("\"abc\r\n");
}

void TestCsvWriter::parserRejectsBrokenCsv()
{
    QFETCH(QByteArray, bytes);

    QString error;
    QVERIFY(!parseCsv(bytes, QLatin1Char(','), &error));
    QVERIFY(!error.isEmpty());
}

void TestCsvWriter::flushesLargeOutputAndOnDestruction()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    const QString cell = QString(1000, QChar(0x00E9)); // 2000 bytes of UTF-8
    constexpr int rowCount = 400; // about 800 KB, several flushes
    {
        CsvWriter writer(&buffer, options(QLatin1Char(','), true, true));
        for (int i = 0; i < rowCount; ++i) {
            writer.addNumber(i);
            writer.addText(cell);
            writer.endRow();
        }
        // Some of it reached the device before any explicit flush.
        QVERIFY(bytes.size() > 0);
        QVERIFY(bytes.size() < 3 + rowCount * 2000);
    } // the destructor writes the rest

    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(bytes.count("\xEF\xBB\xBF"), 1);
    QString error;
    const std::optional<Rows> parsed = parseCsv(bytes, QLatin1Char(','), &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->size(), rowCount);
    for (int i = 0; i < rowCount; ++i)
        QCOMPARE(parsed->at(i), (QStringList { QString::number(i), cell }));
}

void TestCsvWriter::reportsDeviceErrors()
{
    QByteArray bytes;
    QBuffer readOnly(&bytes);
    QVERIFY(readOnly.open(QIODevice::ReadOnly));
    CsvWriter writer(&readOnly, options());
    QVERIFY(!writer.hasError());
    writer.addText(QStringLiteral("a"));
    writer.endRow();
    QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): ReadOnly device");
    QVERIFY(!writer.flush());
    QVERIFY(writer.hasError());
    // The error sticks: later rows are not written and flush still fails.
    writer.addText(QStringLiteral("b"));
    writer.endRow();
    QVERIFY(!writer.flush());
    QVERIFY(bytes.isEmpty());
}

QTEST_GUILESS_MAIN(TestCsvWriter)

#include "tst_csvwriter.moc"
