// SPDX-License-Identifier: GPL-3.0-or-later
// MatchBoundaries: where a name match may start and end. Its shortcuts must
// give ICU's answer wherever no rule of its own applies, so every position of
// varied texts is compared with a word-break iterator of the test's own; the
// rules of its own (elision, possessive, scripts without spaces, marks) have
// rows where ICU says otherwise.
#include "matchboundaries.h"

#include <QString>
#include <QTest>

#include <unicode/ubrk.h>

using Marginalia::MatchBoundaries;

namespace {

QVector<bool> icuBoundaries(const QString &text)
{
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *iterator =
        ubrk_open(UBRK_WORD, "", reinterpret_cast<const UChar *>(text.utf16()),
                  int32_t(text.size()), &status);
    QVector<bool> result(text.size() + 1, false);
    if (U_FAILURE(status))
        return result;
    for (int32_t b = ubrk_first(iterator); b != UBRK_DONE; b = ubrk_next(iterator))
        result[b] = true;
    ubrk_close(iterator);
    return result;
}

} // namespace

class TestMatchBoundaries : public QObject
{
    Q_OBJECT

private slots:
    void agreesWithIcu_data();
    void agreesWithIcu();
    void ownRules_data();
    void ownRules();
    void noSpaceScripts_data();
    void noSpaceScripts();
};

void TestMatchBoundaries::agreesWithIcu_data()
{
    QTest::addColumn<QString>("text");
    const auto row = [](const char *name, QStringView text) {
        QTest::newRow(name) << text.toString();
    };
    row("French prose",
        u"Le président Emmanuel Macron a reçu, hier à Paris (France), « M. Lefèvre » "
        u"— puis il est parti… Vraiment ? Oui ! [sic] {x} ‹a› “b” „c”");
    row("numbers", u"3,5 % de 200 000 € et 1.5, 2024-05-01, 10:30, 1\u00A0000 et 1\u202F000, n°3");
    row("abbreviations and symbols",
        u"U.S. army, e-mail, C++, S:t Erik, @elysee, #Ukraine, a_b, "
        u"https://x.fr/a_b?c=d&e");
    row("white space", u"a  b\tc\r\nd\ne\u00A0f\u2009g\u3000h\u2028i");
    row("emoji", u"Paris 😀 Lyon👍🏽, 🇫🇷🇩🇪 👨\u200D👩\u200D👧 ❤\uFE0F!");
    row("Cyrillic and Greek", u"Сергей Шойгу заявил: «Москва». Ο Μητσοτάκης, η Αθήνα· τέλος.");
    row("Arabic and Hebrew", u"قال عبد الفتاح السيسي، اليوم. צה\"ל אמר: שָׁלוֹם, ת\"א.");
    row("Devanagari and Hangul", u"नरेंद्र मोदी ने कहा। 윤석열 대통령은 말했다.");
    row("decomposed marks", u"Choi\u0308gou, cafe\u0301. E\u0301te\u0301");
    row("mixed letters and digits", u"G7 G20 2a a2 x86_64 4x4 MP3");
    row("Hangul next to Latin letters and digits", u"Samsung삼성 서울Seoul 3각 각3 à눸 각각");
}

void TestMatchBoundaries::agreesWithIcu()
{
    QFETCH(QString, text);
    const QVector<bool> icu = icuBoundaries(text);
    MatchBoundaries boundaries(text);
    for (qsizetype p = 0; p <= text.size(); ++p) {
        const QString where = text.left(p) + u'|' + text.mid(p);
        QVERIFY2(boundaries.canStart(p) == icu.at(p), qPrintable(where));
        QVERIFY2(boundaries.canEnd(p) == icu.at(p), qPrintable(where));
    }
}

void TestMatchBoundaries::ownRules_data()
{
    QTest::addColumn<QString>("text"); ///< the position is where | is
    QTest::addColumn<bool>("start");
    QTest::addColumn<bool>("end");
    const auto row = [](const char *name, QStringView text, bool start, bool end) {
        QTest::newRow(name) << text.toString() << start << end;
    };
    row("after l’", u"de l’|Élysée", true, false);
    row("after d'", u"ville d'|Alger", true, false);
    row("after qu’", u"qu’|Emmanuel", true, false);
    row("after jusqu’", u"jusqu’|à", true, false);
    row("after lʼ (modifier letter apostrophe)", u"l\u02BC|Élysée", true, false);
    row("after L’ at the start of the text", u"L’|Élysée", true, false);
    row("not after O’", u"O’|Brien", false, false);
    row("not after aujourd’", u"aujourd’|hui", false, false);
    row("not after presqu’ before île", u"presqu’|île", false, false);
    row("not after an elision inside a word", u"xl’|Élysée", false, false);
    row("not after l’ before a consonant", u"l’|Brun", false, false);
    row("before ’s", u"Poutine|’s army", false, true);
    row("before 's at the end", u"Poutine|'s", false, true);
    row("not before ’smith", u"Poutine|’smith", false, false);
    row("not before a combining mark", u"Choi|\u0308gou", false, false);
    row("not before a spacing mark", u"म|ोदी", false, false);
    row("not before a variation selector", u"❤|\uFE0F", false, false);
    row("not before a zero width joiner", u"👨|\u200D👩", false, false);
    row("not inside a surrogate pair", u"a 😀 b", true, true); // | replaced below
}

void TestMatchBoundaries::ownRules()
{
    QFETCH(QString, text);
    QFETCH(bool, start);
    QFETCH(bool, end);
    qsizetype position = text.indexOf(u'|');
    if (position >= 0) {
        text.remove(position, 1);
    } else {
        position = text.indexOf(QStringView(u"😀")) + 1;
        start = false;
        end = false;
    }
    MatchBoundaries boundaries(text);
    QCOMPARE(boundaries.canStart(position), start);
    QCOMPARE(boundaries.canEnd(position), end);
}

void TestMatchBoundaries::noSpaceScripts_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("Chinese") << QStringLiteral(u"习近平在北京会见了普京。");
    QTest::newRow("Japanese") << QStringLiteral(u"プーチン大統領は東京で「々」と言った");
    QTest::newRow("Thai") << QStringLiteral(u"ภาษาไทยง่ายมาก");
    QTest::newRow("Khmer") << QStringLiteral(u"ភាសាខ្មែរ");
}

void TestMatchBoundaries::noSpaceScripts()
{
    QFETCH(QString, text);
    // Every position between two characters (not before a mark) is a
    // boundary, whatever ICU's dictionary says.
    MatchBoundaries boundaries(text);
    int acceptedWhereIcuDoesNot = 0;
    const QVector<bool> icu = icuBoundaries(text);
    for (qsizetype p = 1; p < text.size(); ++p) {
        const char32_t after = text.at(p).unicode();
        const bool isMark = QChar::isMark(after);
        QVERIFY(MatchBoundaries::isNoSpaceScript(text.at(p - 1).unicode()) || isMark
                || QChar::isMark(text.at(p - 1).unicode()));
        QCOMPARE(boundaries.canStart(p), !isMark);
        QCOMPARE(boundaries.canEnd(p), !isMark);
        if (!isMark && !icu.at(p))
            ++acceptedWhereIcuDoesNot;
    }
    QVERIFY(acceptedWhereIcuDoesNot > 0); // the rule matters for every row
    QVERIFY(!MatchBoundaries::isNoSpaceScript(U'a'));
    QVERIFY(!MatchBoundaries::isNoSpaceScript(U'ж'));
    QVERIFY(!MatchBoundaries::isNoSpaceScript(U'각'));
}

QTEST_GUILESS_MAIN(TestMatchBoundaries)
#include "tst_matchboundaries.moc"
