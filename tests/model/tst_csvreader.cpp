// SPDX-License-Identifier: GPL-3.0-or-later
// The RFC 4180 reader behind table imports: records, line numbers, recovery.
#include "csvreader.h"

#include <QTest>

using namespace Marginalia;
using namespace Qt::Literals::StringLiterals;

namespace {

/// Every record as "line|field|field..." or "line!error".
QStringList readAll(const QString &text, QChar delimiter = QLatin1Char(','))
{
    CsvReader reader(text, delimiter);
    CsvReader::Record record;
    QStringList out;
    while (reader.next(&record)) {
        if (!record.error.isEmpty())
            out.append(QString::number(record.line) + QLatin1Char('!'));
        else
            out.append(QString::number(record.line) + QLatin1Char('|')
                       + record.fields.join(QLatin1Char('|')));
    }
    return out;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void readsRecords_data();
    void readsRecords();
    void malformedRecordsCostOneRecord();
    void detectsTheDelimiter_data();
    void detectsTheDelimiter();
    void tracksPosition();
};

void TestCsvReader::readsRecords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<QStringList>("records");
    QTest::newRow("plain") << QStringLiteral("a,b,c\n1,2,3\n") << QStringLiteral(",")
                           << QStringList { u"1|a|b|c"_s, u"2|1|2|3"_s };
    QTest::newRow("no final line end") << QStringLiteral("a,b\n1,2") << QStringLiteral(",")
                                       << QStringList { u"1|a|b"_s, u"2|1|2"_s };
    QTest::newRow("empty fields") << QStringLiteral(",,\n") << QStringLiteral(",")
                                  << QStringList { u"1|||"_s };
    QTest::newRow("quoted delimiter")
        << QStringLiteral("\"a,b\",c\n") << QStringLiteral(",") << QStringList { u"1|a,b|c"_s };
    QTest::newRow("doubled quotes")
        << QStringLiteral("\"he said \"\"hi\"\"\",x\n") << QStringLiteral(",")
        << QStringList { u"1|he said \"hi\"|x"_s };
    QTest::newRow("empty quoted") << QStringLiteral("\"\",\"\"\n") << QStringLiteral(",")
                                  << QStringList { u"1||"_s };
    QTest::newRow("line breaks inside quotes count lines")
        << QStringLiteral("h\n\"one\ntwo\n\",x\nnext,y\n") << QStringLiteral(",")
        << QStringList { u"1|h"_s, u"2|one\ntwo\n|x"_s, u"5|next|y"_s };
    QTest::newRow("CRLF record ends")
        << QStringLiteral("a,b\r\n\"x\r\ny\",2\r\n") << QStringLiteral(",")
        << QStringList { u"1|a|b"_s, u"2|x\r\ny|2"_s };
    QTest::newRow("blank lines are skipped but counted")
        << QStringLiteral("a\n\n\r\nb\n\n") << QStringLiteral(",")
        << QStringList { u"1|a"_s, u"4|b"_s };
    QTest::newRow("quote inside an unquoted field stays")
        << QStringLiteral("5\" disk,x\n") << QStringLiteral(",")
        << QStringList { u"1|5\" disk|x"_s };
    QTest::newRow("semicolon") << QStringLiteral("a;\"b;c\";d\n") << QStringLiteral(";")
                               << QStringList { u"1|a|b;c|d"_s };
    QTest::newRow("tab") << QStringLiteral("a\tb, c\n") << QStringLiteral("\t")
                         << QStringList { u"1|a|b, c"_s };
    QTest::newRow("emoji and RTL")
        << QStringLiteral("😀,مصر\n") << QStringLiteral(",") << QStringList { u"1|😀|مصر"_s };
}

void TestCsvReader::readsRecords()
{
    QFETCH(QString, text);
    QFETCH(QString, delimiter);
    QFETCH(QStringList, records);
    QCOMPARE(readAll(text, delimiter.front()), records);
}

void TestCsvReader::malformedRecordsCostOneRecord()
{
    // A stray opening quote: the record is reported at its start line and
    // reading resumes on the next physical line.
    QCOMPARE(readAll(QStringLiteral("h,t\n1,\"never closed\n2,fine\n3,\"also fine\"\n")),
             (QStringList { u"1|h|t"_s, u"2!"_s, u"3|2|fine"_s, u"4|3|also fine"_s }));
    // Text after a closing quote.
    QCOMPARE(readAll(QStringLiteral("1,\"a\"b,c\n2,d\n")), (QStringList { u"1!"_s, u"2|2|d"_s }));
    // The unterminated field at the very end of the file.
    QCOMPARE(readAll(QStringLiteral("1,ok\n2,\"open")), (QStringList { u"1|1|ok"_s, u"2!"_s }));

    CsvReader reader(QStringLiteral("x,\"y\nz"), QLatin1Char(','));
    CsvReader::Record record;
    QVERIFY(reader.next(&record));
    QCOMPARE(record.line, 1);
    QVERIFY(record.error.contains(QLatin1String("never closed")));
    QVERIFY(record.fields.isEmpty());
}

void TestCsvReader::detectsTheDelimiter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("delimiter");
    QTest::newRow("comma") << QStringLiteral("a,b,c\n1;2;3;4;5\n") << QStringLiteral(",");
    QTest::newRow("semicolon, French Excel")
        << QStringLiteral("titre;texte;date\n") << QStringLiteral(";");
    QTest::newRow("tab") << QStringLiteral("a\tb\n") << QStringLiteral("\t");
    QTest::newRow("delimiters inside quotes do not count")
        << QStringLiteral("\"a,b,c\";d;e\n") << QStringLiteral(";");
    QTest::newRow("single column") << QStringLiteral("text\nhello\n") << QStringLiteral(",");
    QTest::newRow("quoted line break in header")
        << QStringLiteral("\"a\nb\";c\n") << QStringLiteral(";");
}

void TestCsvReader::detectsTheDelimiter()
{
    QFETCH(QString, text);
    QFETCH(QString, delimiter);
    QCOMPARE(CsvReader::detectDelimiter(text), delimiter.front());
}

void TestCsvReader::tracksPosition()
{
    const QString text = QStringLiteral("a,b\nc,d\n");
    CsvReader reader(text, QLatin1Char(','));
    CsvReader::Record record;
    QCOMPARE(reader.position(), 0);
    QVERIFY(reader.next(&record));
    QCOMPARE(reader.position(), 4);
    QVERIFY(reader.next(&record));
    QCOMPARE(reader.position(), text.size());
    QVERIFY(!reader.next(&record));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
