// SPDX-License-Identifier: GPL-3.0-or-later
// SearchHitLocator: where a full-text query's words are in a text, the way
// the FTS5 index matched them, against real ICU folding. Rows write the
// expected hits into the text with ⟦ and ⟧, so a failure shows them in place.
#include "searchhitlocator.h"

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

class TestSearchHitLocator : public QObject
{
    Q_OBJECT

private slots:
    void locatesHits_data();
    void locatesHits();
    void readsTerms_data();
    void readsTerms();
    void spansAreUtf16OfTheSource();
};

void TestSearchHitLocator::locatesHits_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected");

    QTest::newRow("case and accents folded")
        << QStringLiteral("\"elysee\"")
        << QStringLiteral("Reçu à l'⟦Élysée⟧, puis à l’⟦ÉLYSÉE⟧ et à l'⟦elysee⟧.");
    QTest::newRow("whole words only")
        << QStringLiteral("pierre") << QStringLiteral("⟦Pierre⟧, Pierrefitte, pierres, ⟦PIERRE⟧");
    QTest::newRow("prefix") << QStringLiteral("pierre*")
                            << QStringLiteral("⟦Pierre⟧, ⟦Pierrefitte⟧, ⟦pierres⟧, lapierre");
    QTest::newRow("phrase over any separator")
        << QStringLiteral("\"jean pierre\"")
        << QStringLiteral("⟦Jean-Pierre⟧ et ⟦Jean Pierre⟧, pas Jean-Paul Pierre ni Jean.");
    QTest::newRow("phrase with a prefix end")
        << QStringLiteral("\"jean pier\"*") << QStringLiteral("⟦Jean Pierre⟧ et Jean Paul");
    QTest::newRow("words of the user query, each anywhere")
        << QStringLiteral("\"macron\" \"scholz\"")
        << QStringLiteral("⟦Scholz⟧ reçoit ⟦Macron⟧, puis ⟦MACRON⟧ part.");
    QTest::newRow("OR") << QStringLiteral("macron OR scholz")
                        << QStringLiteral("⟦Macron⟧ et ⟦Scholz⟧ et Borne");
    QTest::newRow("NOT leaves its term out")
        << QStringLiteral("macron NOT borne") << QStringLiteral("⟦Macron⟧ et Borne");
    QTest::newRow("NOT leaves its group out")
        << QStringLiteral("macron NOT (borne OR scholz) berlin")
        << QStringLiteral("⟦Macron⟧, Borne, Scholz à ⟦Berlin⟧");
    QTest::newRow("column filter is not a term")
        << QStringLiteral("title:macron") << QStringLiteral("title ⟦Macron⟧");
    QTest::newRow("column list is not a term")
        << QStringLiteral("{title text}:macron") << QStringLiteral("title text ⟦Macron⟧");
    QTest::newRow("NEAR distance is not a term")
        << QStringLiteral("NEAR(macron scholz, 5)")
        << QStringLiteral("⟦Macron⟧ et ⟦Scholz⟧ à 5 heures");
    QTest::newRow("quote inside a string")
        << QStringLiteral("\"l\"\"elysee\"")
        << QStringLiteral("à ⟦l'Élysée⟧, à ⟦l Élysée⟧, à Élysée");
    QTest::newRow("decomposed accents")
        << QStringLiteral("\"élysée\"")
        << QStringLiteral("à l'⟦E\u0301lyse\u0301e⟧ et à l'⟦Élysée⟧");
    QTest::newRow("sharp s folds to ss")
        << QStringLiteral("strasse") << QStringLiteral("⟦Straße⟧, ⟦STRASSE⟧, Strassen");
    QTest::newRow("Cyrillic case")
        << QStringLiteral("путин") << QStringLiteral("⟦ПУТИН⟧ и ⟦Путин⟧, Путина");
    QTest::newRow("Greek final sigma")
        << QStringLiteral("οδυσσευς") << QStringLiteral("⟦ΟΔΥΣΣΕΥΣ⟧ και ⟦Οδυσσεύς⟧");
    QTest::newRow("digits are words")
        << QStringLiteral("2022") << QStringLiteral("En ⟦2022⟧, pas en 20222.");
    QTest::newRow("emoji around") << QStringLiteral("macron")
                                  << QStringLiteral("😀⟦Macron⟧🇫🇷 😀 ⟦macron⟧");
    QTest::newRow("nothing") << QStringLiteral("scholz") << QStringLiteral("Macron seul");
    QTest::newRow("operators only") << QStringLiteral("AND OR NOT") << QStringLiteral("and or not");
}

void TestSearchHitLocator::locatesHits()
{
    QFETCH(QString, query);
    QFETCH(QString, expected);
    const QString text = unmarked(expected);
    QCOMPARE(marked(text, SearchHitLocator(query).locate(text)), expected);
}

void TestSearchHitLocator::readsTerms_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("terms"); // words joined by spaces, prefix ends with *

    QTest::newRow("bare words") << QStringLiteral(
        "Macron Élysée") << QStringList { QStringLiteral("macron"), QStringLiteral("elysee") };
    QTest::newRow("phrase") << QStringLiteral("\"Jean-Pierre Raffarin\"")
                            << QStringList { QStringLiteral("jean pierre raffarin") };
    QTest::newRow("prefix") << QStringLiteral("raff*") << QStringList { QStringLiteral("raff*") };
    QTest::newRow("operators and syntax")
        << QStringLiteral("(a OR b) AND NEAR(c d, 3) NOT e ^f")
        << QStringList { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                         QStringLiteral("d"), QStringLiteral("f") };
    QTest::newRow("lower-case operators are words")
        << QStringLiteral("rock and roll")
        << QStringList { QStringLiteral("rock"), QStringLiteral("and"), QStringLiteral("roll") };
    QTest::newRow("unterminated string")
        << QStringLiteral("\"jean pierre") << QStringList { QStringLiteral("jean pierre") };
    QTest::newRow("punctuation only") << QStringLiteral("\"!!\" ... ***") << QStringList {};
}

void TestSearchHitLocator::readsTerms()
{
    QFETCH(QString, query);
    QFETCH(QStringList, terms);
    QStringList read;
    const SearchHitLocator locator(query);
    for (const SearchHitLocator::Term &term : locator.terms())
        read.append(term.words.join(QLatin1Char(' '))
                    + (term.prefix ? QStringLiteral("*") : QString()));
    QCOMPARE(read, terms);
    QCOMPARE(locator.isEmpty(), terms.isEmpty());
}

void TestSearchHitLocator::spansAreUtf16OfTheSource()
{
    // The folded text is shorter (ß → ss is longer, é decomposed is shorter):
    // spans must still point into the source.
    const QString text = QStringLiteral("Stra\u00dfe E\u0301lyse\u0301e 😀 Macron");
    const QVector<SearchHitLocator::Span> spans =
        SearchHitLocator(QStringLiteral("macron")).locate(text);
    QCOMPARE(spans.size(), 1);
    QCOMPARE(text.mid(spans.at(0).first, spans.at(0).second - spans.at(0).first),
             QStringLiteral("Macron"));
}

QTEST_GUILESS_MAIN(TestSearchHitLocator)
#include "tst_searchhitlocator.moc"
