// SPDX-License-Identifier: GPL-3.0-or-later
// NearbyWordBoundaries reads only the lines around each question; its
// answers must be WordBoundaries' over the whole text, at every position,
// with margins small enough that the window moves and falls back often.
#include "nearbywordboundaries.h"
#include "wordboundaries.h"

#include <QTest>

#include <memory>
#include <random>

using namespace Marginalia;

class TestNearbyWordBoundaries : public QObject
{
    Q_OBJECT

private slots:
    void answersAsTheWholeText_data();
    void answersAsTheWholeText();
    void readsOnlyNearbyLines();
};

void TestNearbyWordBoundaries::answersAsTheWholeText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<int>("margin");
    const QString french =
        QStringLiteral("L’Élysée a confirmé qu’aujourd’hui 200 000 personnes — selon l’AFP — "
                       "sont venues.\n\nJean-Pierre dit : « c’est presqu’île ! » 😀 😀\r\n"
                       "   \n42,5 % des 1 200 élèves d’Alger.\n");
    QTest::newRow("French, margin 1") << french.repeated(20) << QStringLiteral("fr") << 1;
    QTest::newRow("French, margin 40") << french.repeated(20) << QStringLiteral("fr") << 40;
    QTest::newRow("Chinese and Arabic, margin 8")
        << QStringLiteral("普京在明斯克会见了卢卡申科。\nقال الرئيس إن المحادثات مستمرة.\n\n")
               .repeated(15)
        << QStringLiteral("zh") << 8;
    QTest::newRow("one long line, margin 16")
        << QStringLiteral("Le président russe s’envole pour Minsk, ").repeated(40)
        << QStringLiteral("fr") << 16;
    QTest::newRow("blank lines between rare words, margin 4")
        << (QStringLiteral("mot") + QStringLiteral("\n \n").repeated(50)).repeated(5)
        << QStringLiteral("fr") << 4;
    QTest::newRow("no word at all")
        << QStringLiteral("— … 😀\n!? \n").repeated(30) << QStringLiteral("fr") << 4;
}

void TestNearbyWordBoundaries::answersAsTheWholeText()
{
    QFETCH(QString, text);
    QFETCH(QString, locale);
    QFETCH(int, margin);
    WordBoundaries whole(locale);
    whole.setText(text);
    NearbyWordBoundaries nearby(locale, margin);
    nearby.setText(text);
    const qsizetype length = text.size();
    // Walked in order, one window following the questions...
    for (qsizetype at = 0; at <= length; ++at) {
        QCOMPARE(nearby.nextWord(at), whole.nextWord(at));
        QCOMPARE(nearby.previousWord(at), whole.previousWord(at));
        QCOMPARE(nearby.snap(at, at), whole.snap(at, at));
    }
    // ...and each question first, on a window read for it alone, where a
    // window that starts inside a word would show.
    const auto fresh = [&] {
        auto made = std::make_unique<NearbyWordBoundaries>(locale, margin);
        made->setText(text);
        return made;
    };
    for (qsizetype at = 0; at <= length; ++at) {
        QCOMPARE(fresh()->nextWord(at), whole.nextWord(at));
        QCOMPARE(fresh()->previousWord(at), whole.previousWord(at));
        QCOMPARE(fresh()->snap(at, at), whole.snap(at, at));
    }
    // Selections of every width, in random places and both directions.
    std::mt19937 random(7);
    for (int i = 0; i < 2000; ++i) {
        const qsizetype a = qsizetype(random() % quint32(length + 1));
        const qsizetype b = qBound<qsizetype>(0, a + qsizetype(random() % 200) - 60, length);
        QCOMPARE(fresh()->snap(a, b), whole.snap(a, b));
        QCOMPARE(nearby.snap(a, b), whole.snap(a, b));
    }
}

void TestNearbyWordBoundaries::readsOnlyNearbyLines()
{
    const QString line = QStringLiteral("Poutine se rendra en Biélorussie lundi.\n");
    const QString text = line.repeated(100000); // 4 MB
    NearbyWordBoundaries nearby(QStringLiteral("fr"), 100);
    nearby.setText(text);
    const qsizetype middle = 50000 * line.size() + 3;
    QCOMPARE(nearby.snap(middle, middle),
             std::make_pair(middle - 3, middle - 3 + qsizetype(7))); // "Poutine"
    const auto [from, to] = nearby.window();
    QVERIFY2(to - from < 10 * line.size(), qPrintable(QStringLiteral("%1").arg(to - from)));
    QCOMPARE(from % line.size(), 0); // whole lines
    QCOMPARE(to % line.size(), 0);
}

QTEST_GUILESS_MAIN(TestNearbyWordBoundaries)
#include "tst_nearbywordboundaries.moc"
