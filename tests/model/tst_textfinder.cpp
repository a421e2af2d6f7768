// SPDX-License-Identifier: GPL-3.0-or-later
// TextFinder: find in article, anywhere in words, case and accents folded
// unless asked, against real ICU folding. Rows write the expected matches
// into the text with ⟦ and ⟧, so a failure shows them in place.
#include "textfinder.h"

#include <QString>
#include <QTest>

using namespace Marginalia;

namespace {

constexpr QChar openMark = QChar(u'\u27E6'); // ⟦
constexpr QChar closeMark = QChar(u'\u27E7'); // ⟧

QString unmarked(const QString &marked)
{
    QString text = marked;
    text.remove(openMark);
    text.remove(closeMark);
    return text;
}

template<typename Span> QString marked(QString text, const QVector<Span> &spans)
{
    for (qsizetype i = spans.size() - 1; i >= 0; --i) {
        text.insert(spans.at(i).second, closeMark);
        text.insert(spans.at(i).first, openMark);
    }
    return text;
}

} // namespace

class TestTextFinder : public QObject
{
    Q_OBJECT

private slots:
    void findsInArticle_data();
    void findsInArticle();
    void finderFollowsOptionsAndText();
};

void TestTextFinder::findsInArticle_data()
{
    QTest::addColumn<QString>("needle");
    QTest::addColumn<bool>("matchCase");
    QTest::addColumn<bool>("matchAccents");
    QTest::addColumn<QString>("expected");

    QTest::newRow("folded by default")
        << QStringLiteral("macron") << false << false
        << QStringLiteral("⟦Macron⟧, ⟦MACRON⟧, ⟦Mâcron⟧ et ⟦macron⟧s");
    QTest::newRow("match case") << QStringLiteral("macron") << true << false
                                << QStringLiteral("Macron, MACRON, Mâcron et ⟦macron⟧s");
    QTest::newRow("match accents") << QStringLiteral("macron") << false << true
                                   << QStringLiteral("⟦Macron⟧, ⟦MACRON⟧, Mâcron et ⟦macron⟧s");
    QTest::newRow("match both") << QStringLiteral("Mâcron") << true << true
                                << QStringLiteral("Macron, MACRON, ⟦Mâcron⟧ et macrons");
    QTest::newRow("inside words") << QStringLiteral("ély") << false << false
                                  << QStringLiteral("l'⟦Ély⟧sée, les ⟦ély⟧séens, ⟦ELY⟧");
    QTest::newRow("not overlapping")
        << QStringLiteral("aa") << false << false << QStringLiteral("⟦aa⟧⟦aa⟧a");
    QTest::newRow("decomposed text")
        << QStringLiteral("élysée") << false << false << QStringLiteral("l'⟦E\u0301lyse\u0301e⟧");
    QTest::newRow("sharp s") << QStringLiteral("strasse") << false << false
                             << QStringLiteral("⟦Straße⟧ ⟦STRASSE⟧");
    QTest::newRow("half of an expanded letter takes the letter")
        << QStringLiteral("s") << false << false << QStringLiteral("⟦S⟧tra⟦ß⟧e");
    QTest::newRow("surrogate pairs")
        << QStringLiteral("😀 m") << false << false << QStringLiteral("🇫🇷⟦😀 M⟧acron");
    QTest::newRow("nothing") << QStringLiteral("scholz") << false << false
                             << QStringLiteral("Macron");
    QTest::newRow("empty needle") << QString() << false << false << QStringLiteral("Macron");
}

void TestTextFinder::findsInArticle()
{
    QFETCH(QString, needle);
    QFETCH(bool, matchCase);
    QFETCH(bool, matchAccents);
    QFETCH(QString, expected);
    const QString text = unmarked(expected);
    TextFinder finder;
    finder.setText(text);
    QCOMPARE(marked(text, finder.find(needle, { matchCase, matchAccents })), expected);
}

void TestTextFinder::finderFollowsOptionsAndText()
{
    // The folded text is cached per options and per text: switching either
    // must not reuse a stale one.
    const QString first = QStringLiteral("Élysée ELYSEE");
    const QString second = QStringLiteral("xx élysée");
    TextFinder finder;
    finder.setText(first);
    QCOMPARE(finder.find(u"elysee", {}).size(), 2);
    QCOMPARE(finder.find(u"elysee", { false, true }).size(), 1);
    QCOMPARE(finder.find(u"ELYSEE", { true, true }).size(), 1);
    QCOMPARE(finder.find(u"elysee", {}).size(), 2);
    finder.setText(second);
    const QVector<TextFinder::Span> spans = finder.find(u"elysee", {});
    QCOMPARE(spans.size(), 1);
    QCOMPARE(spans.at(0), TextFinder::Span(3, 9));
}

QTEST_GUILESS_MAIN(TestTextFinder)
#include "tst_textfinder.moc"
