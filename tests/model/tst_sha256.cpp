// SPDX-License-Identifier: GPL-3.0-or-later
// Sha256 gives exactly QCryptographicHash's digests (texts hashed by either
// must match the hashes stored in every project): the standard's test
// vectors, every length around the block and padding boundaries, and
// large random texts.
#include "sha256.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

using namespace Marginalia;

class TestSha256 : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void knownDigests_data();
    void knownDigests();
    void agreesWithQtAtEveryBoundary();
    void agreesWithQtOnLargeTexts_data();
    void agreesWithQtOnLargeTexts();
};

void TestSha256::initTestCase()
{
    qInfo("SHA extensions %s", Sha256::usesShaExtensions() ? "in use" : "not available");
}

void TestSha256::knownDigests_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("hex");
    QTest::newRow("empty") << QByteArray()
                           << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b"
                                         "7852b855");
    QTest::newRow("abc") << QByteArray("abc")
                         << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61"
                                       "f20015ad");
    QTest::newRow("two blocks")
        << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
        << QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    QTest::newRow("a million a") << QByteArray(1000000, 'a')
                                 << QByteArray("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e"
                                               "046d39ccc7112cd0");
}

void TestSha256::knownDigests()
{
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, hex);
    QCOMPARE(Sha256::hex(data), hex);
}

void TestSha256::agreesWithQtAtEveryBoundary()
{
    QByteArray data;
    for (int i = 0; i < 400; ++i)
        data.append(char(QRandomGenerator::global()->bounded(256)));
    for (qsizetype length = 0; length <= data.size(); ++length) {
        const QByteArrayView part(data.constData(), length);
        QCOMPARE(Sha256::digest(part), QCryptographicHash::hash(part, QCryptographicHash::Sha256));
    }
}

void TestSha256::agreesWithQtOnLargeTexts_data()
{
    QTest::addColumn<qsizetype>("size");
    QTest::newRow("64 KB") << qsizetype(64 * 1024);
    QTest::newRow("1 MB + 17") << qsizetype(1024 * 1024 + 17);
    QTest::newRow("10 MB - 9") << qsizetype(10 * 1024 * 1024 - 9);
}

void TestSha256::agreesWithQtOnLargeTexts()
{
    QFETCH(qsizetype, size);
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator generator { quint32(size) };
    for (char &c : data)
        c = char(generator.bounded(256));
    QCOMPARE(Sha256::hex(data), QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QTEST_GUILESS_MAIN(TestSha256)
#include "tst_sha256.moc"
