// SPDX-License-Identifier: GPL-3.0-or-later
// A table read in pieces (as annotation files are, at any size) gives the
// same rows, lines and errors as the same file read whole, wherever the
// pieces are cut: inside quoted fields, between CR and LF, inside a UTF-8
// character. Damaged UTF-8 after the first piece is an error naming the
// file, not a silent end.
#include "tablefilereader.h"
#include "testhelpers.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Marginalia;
using namespace TestHelpers;

namespace {

struct ReadRows
{
    QStringList columns;
    QStringList rows; ///< "line|value,value" or "line|!error"
    QString error;
};

ReadRows readAll(const QString &path, bool streaming, qint64 pieceBytes)
{
    ReadRows out;
    TableFileReader reader;
    TableFileReader::Options options;
    options.streaming = streaming;
    options.pieceBytes = pieceBytes;
    // JSONL's columns are the keys of the objects in the first piece; the
    // objects themselves are what must not change.
    options.jsonObjects = path.endsWith(QLatin1String(".jsonl"));
    if (!reader.open(path, options, &out.error))
        return out;
    if (!options.jsonObjects)
        out.columns = reader.columns();
    TableFileReader::Row row;
    while (reader.next(&row)) {
        const QString values = options.jsonObjects
            ? QString::fromUtf8(QJsonDocument(row.object).toJson(QJsonDocument::Compact))
            : row.values.join(QLatin1Char(','));
        out.rows.append(QString::number(row.line) + QLatin1Char('|')
                        + (row.error.isEmpty() ? values : QLatin1Char('!') + row.error));
        if (reader.position() > reader.size())
            out.error = QStringLiteral("position past size");
    }
    if (out.error.isEmpty())
        out.error = reader.error();
    return out;
}

} // namespace

class TestStreamedTable : public QObject
{
    Q_OBJECT

private slots:
    void sameRowsInPieces_data();
    void sameRowsInPieces();
    void damagedUtf8AfterTheFirstPieceIsAnError();
    void legacyEncodingTooLargeForOnePieceIsRefused();
};

void TestStreamedTable::sameRowsInPieces_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QByteArray many = "start,end,text\n";
    for (int i = 0; i < 200; ++i)
        many += QByteArray::number(i) + ',' + QByteArray::number(i + 5)
            + ",\"Poutine, \"\"dit\"\"\n" + "à Minsk\"\n";
    QTest::newRow("quoted fields over lines") << "a.csv" << many;
    QTest::newRow("CRLF") << "b.csv"
                          << QByteArray("a,b\r\n1,2\r\n\"x\r\ny\",3\r\n\r\n4,5\r\n").repeated(20);
    QTest::newRow("lone CR") << "c.csv" << QByteArray("a,b\r1,2\r3,4\r").repeated(20);
    QTest::newRow("BOM and multi-byte") << "d.csv"
                                        << "\xEF\xBB\xBF"
                                           "nom,ville\n"
            + QByteArray("Лукашенко,Мінск 😀\n").repeated(40);
    QTest::newRow("malformed rows")
        << "e.csv" << QByteArray("a,b\n\"open,1\n2,3\n\"x\"y,4\n5,6\n").repeated(15);
    QTest::newRow("no final line end") << "f.csv" << QByteArray("a,b\n1,2\n3,\"4\n5\"");
    QTest::newRow("JSONL")
        << "g.jsonl"
        << QByteArray("{\"start\": 1, \"text\": \"Мінск\"}\n\n{\"x\": [1]}\r\n").repeated(60)
            + "not json\n{\"late\": true}";
}

void TestStreamedTable::sameRowsInPieces()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    QVERIFY(writeFile(path, bytes));
    const ReadRows whole = readAll(path, false, 0);
    QVERIFY2(whole.error.isEmpty(), qPrintable(whole.error));
    QVERIFY(!whole.rows.isEmpty());
    for (const qint64 piece : { 16, 17, 23, 64, 1000, 1 << 20 }) {
        const ReadRows streamed = readAll(path, true, piece);
        QVERIFY2(streamed.error.isEmpty(), qPrintable(streamed.error));
        QCOMPARE(streamed.columns, whole.columns);
        QCOMPARE(streamed.rows, whole.rows);
    }
}

void TestStreamedTable::damagedUtf8AfterTheFirstPieceIsAnError()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.csv"));
    QVERIFY(writeFile(path,
                      QByteArray("a,b\n") + QByteArray("1,Minsk\n").repeated(100) + "2,Mi\xFFnsk\n"
                          + QByteArray("3,Minsk\n").repeated(10)));
    const ReadRows streamed = readAll(path, true, 64);
    QVERIFY2(streamed.error.contains(QStringLiteral("damaged.csv")), qPrintable(streamed.error));
    QVERIFY2(streamed.error.contains(QStringLiteral("damaged UTF-8")), qPrintable(streamed.error));
    QVERIFY(streamed.rows.size() < 110);
}

void TestStreamedTable::legacyEncodingTooLargeForOnePieceIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("latin.csv"));
    QVERIFY(writeFile(path,
                      QByteArray("nom,ville\n") + QByteArray("Andr\xE9,Gen\xE8ve\n").repeated(50)));
    QString error;
    TableFileReader reader;
    TableFileReader::Options options;
    options.streaming = true;
    options.pieceBytes = 64;
    QVERIFY(!reader.open(path, options, &error));
    QVERIFY2(error.contains(QStringLiteral("latin.csv")) && error.contains(QStringLiteral("UTF-8")),
             qPrintable(error));
    // One piece holds it all: any encoding reads, as the whole reader does.
    options.pieceBytes = 1 << 20;
    QVERIFY2(reader.open(path, options, &error), qPrintable(error));
    TableFileReader::Row row;
    QVERIFY(reader.next(&row));
    QCOMPARE(row.values, QStringList({ QStringLiteral("André"), QStringLiteral("Genève") }));
}

QTEST_GUILESS_MAIN(TestStreamedTable)
#include "tst_streamedtable.moc"
