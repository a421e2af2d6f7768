// SPDX-License-Identifier: GPL-3.0-or-later
// SqlStatement::text: every byte sequence a project file can hold comes back
// as a stateless UTF-8 decoder that keeps a leading U+FEFF gives it, stored
// in and read from a real SQLite file: valid text in several scripts and
// malformed sequences alike (the fast path through QString::fromUtf8 must
// not change one character, or every offset after it would move).
#include "sqlstatement.h"

#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using Marginalia::SqlStatement;

class TestSqlStatement : public QObject
{
    Q_OBJECT
private slots:
    void textDecodesAsTheStatelessDecoder_data();
    void textDecodesAsTheStatelessDecoder();
};

void TestSqlStatement::textDecodesAsTheStatelessDecoder_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("codePoints"); // of the expected text; -1: not checked
    QTest::newRow("empty") << QByteArray() << 0;
    QTest::newRow("ascii") << QByteArray("Le Monde") << 8;
    QTest::newRow("french") << QByteArray("l\xE2\x80\x99\xC3\x89lys\xC3\xA9\x65") << 8;
    QTest::newRow("arabic") << QByteArray("\xD9\x82\xD8\xA7\xD9\x84") << 3;
    QTest::newRow("chinese") << QByteArray("\xE8\xA1\xA8\xE7\xA4\xBA") << 2;
    QTest::newRow("emoji outside the BMP") << QByteArray("a\xF0\x9F\x98\x80z") << 3;
    QTest::newRow("leading BOM kept") << QByteArray("\xEF\xBB\xBFTitre") << 6;
    QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF") << 1;
    QTest::newRow("BOM inside") << QByteArray("a\xEF\xBB\xBF\x62") << 3;
    QTest::newRow("two BOMs") << QByteArray("\xEF\xBB\xBF\xEF\xBB\xBFx") << 3;
    QTest::newRow("lone continuation byte") << QByteArray("a\x80\x62") << -1;
    QTest::newRow("truncated sequence at end") << QByteArray("ab\xE2\x80") << -1;
    QTest::newRow("truncated sequence inside") << QByteArray("a\xE2\x80z") << -1;
    QTest::newRow("overlong slash") << QByteArray("\xC0\xAF") << -1;
    QTest::newRow("encoded surrogate") << QByteArray("\xED\xA0\x80x") << -1;
    QTest::newRow("above U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << -1;
    QTest::newRow("Latin-1 bytes") << QByteArray("caf\xE9 cr\xE8me") << -1;
    QTest::newRow("broken BOM") << QByteArray("\xEF\xBBx") << -1;
}

void TestSqlStatement::textDecodesAsTheStatelessDecoder()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, codePoints);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(dir.filePath(QStringLiteral("t.db"))).constData(), &db),
             SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, "CREATE TABLE t (x TEXT)", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_stmt *insert = nullptr;
    QCOMPARE(sqlite3_prepare_v2(db, "INSERT INTO t VALUES (?1)", -1, &insert, nullptr), SQLITE_OK);
    // Stored as the bytes given, whatever they are: SQLite does not check.
    sqlite3_bind_text(insert, 1, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
    QCOMPARE(sqlite3_step(insert), SQLITE_DONE);
    sqlite3_finalize(insert);

    sqlite3_stmt *select = nullptr;
    QCOMPARE(sqlite3_prepare_v2(db, "SELECT x FROM t", -1, &select, nullptr), SQLITE_OK);
    QString read;
    {
        SqlStatement statement(select);
        QVERIFY(statement.next());
        read = statement.text(0);
    }
    sqlite3_finalize(select);
    sqlite3_close(db);

    QStringDecoder reference(QStringDecoder::Utf8,
                             QStringDecoder::Flag::Stateless
                                 | QStringDecoder::Flag::ConvertInitialBom);
    const QString expected = reference.decode(bytes);
    QCOMPARE(read, expected);
    QCOMPARE(SqlStatement::decodeUtf8(bytes), expected);
    if (codePoints >= 0)
        QCOMPARE(int(read.toUcs4().size()), codePoints);
    else
        QVERIFY(read.contains(QChar::ReplacementCharacter));
}

QTEST_GUILESS_MAIN(TestSqlStatement)
#include "tst_sqlstatement.moc"
