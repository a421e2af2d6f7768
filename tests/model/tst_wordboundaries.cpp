// SPDX-License-Identifier: GPL-3.0-or-later
// WordBoundaries: snapping selections to whole words and stepping word by word,
// against real ICU. Rows write a selection into the text with ⟦ and ⟧ and the
// expected result the same way, so a failure shows both spans in place.
#include "wordboundaries.h"

#include <QString>
#include <QTest>

#include <utility>

using Marginalia::WordBoundaries;

namespace {

constexpr QChar openMark = QChar(u'\u27E6'); // ⟦
constexpr QChar closeMark = QChar(u'\u27E7'); // ⟧

/// A text with its selection taken out of the marks. If ⟧ comes before ⟦, the
/// selection runs backwards: start > end.
struct Marked
{
    QString text;
    qsizetype start = -1;
    qsizetype end = -1;
};

Marked unmark(const QString &marked)
{
    Marked result;
    for (const QChar c : marked) {
        if (c == openMark)
            result.start = result.text.size();
        else if (c == closeMark)
            result.end = result.text.size();
        else
            result.text.append(c);
    }
    return result;
}

QString mark(QString text, std::pair<qsizetype, qsizetype> span)
{
    if (span.first < 0)
        return text;
    text.insert(span.second, closeMark);
    text.insert(span.first, openMark);
    return text;
}

/// \a text with \a marks inserted at UTF-16 index \a at: for selections that
/// begin or end inside a surrogate pair, which a literal cannot spell.
QString insertedAt(QString text, qsizetype at, QStringView marks)
{
    return text.insert(at, marks);
}

} // namespace

class TestWordBoundaries : public QObject
{
    Q_OBJECT

private slots:
    void snap_data();
    void snap();
    void nextWord_data();
    void nextWord();
    void previousWord_data();
    void previousWord();
    void snapIsSafeAndStable_data();
    void snapIsSafeAndStable();
    void reuseAndClamping();

private:
    static void checkTable(const QString &marked, const QString &expected);
};

void TestWordBoundaries::checkTable(const QString &marked, const QString &expected)
{
    // A typo in a row would otherwise show up as a puzzling failure.
    QCOMPARE(unmark(expected).text, unmark(marked).text);
}

void TestWordBoundaries::snap_data()
{
    QTest::addColumn<QString>("marked"); ///< the text, the selection in ⟦ ⟧
    QTest::addColumn<QString>("expected"); ///< the text, the snapped span in ⟦ ⟧, or no marks

    const auto row = [](const char *name, QStringView marked, QStringView expected) {
        QTest::newRow(name) << marked.toString() << expected.toString();
    };

    // Empty selections.
    row("caret inside a word", u"Vladimir Pou⟦⟧tine arrive", u"Vladimir ⟦Poutine⟧ arrive");
    row("caret at a word's start", u"Vladimir ⟦⟧Poutine arrive", u"Vladimir ⟦Poutine⟧ arrive");
    row("caret at a word's end before a comma", u"Poutine⟦⟧, hier", u"⟦Poutine⟧, hier");
    row("caret at the start of the text", u"⟦⟧Poutine arrive", u"⟦Poutine⟧ arrive");
    row("caret at the end of the text", u"arrive Poutine⟦⟧", u"arrive ⟦Poutine⟧");
    row("caret between two spaces", u"Poutine ⟦⟧ arrive", u"Poutine  arrive");
    row("caret after a space prefers the word after", u"Poutine ⟦⟧arrive", u"Poutine ⟦arrive⟧");
    row("caret in an empty text", u"⟦⟧", QString());

    // Partial words, white space and punctuation at the edges.
    row("partial word at the start", u"Vladimir Pou⟦tine⟧ arrive", u"Vladimir ⟦Poutine⟧ arrive");
    row("partial word at the end", u"Vladimir ⟦Pou⟧tine arrive", u"Vladimir ⟦Poutine⟧ arrive");
    row("partial words at both edges", u"Vladi⟦mir Pou⟧tine arrive", u"⟦Vladimir Poutine⟧ arrive");
    row("whole word unchanged", u"⟦Poutine⟧", u"⟦Poutine⟧");
    row("leading space trimmed", u"Vladimir⟦ Poutine⟧ arrive", u"Vladimir ⟦Poutine⟧ arrive");
    row("trailing space trimmed", u"⟦Vladimir ⟧Poutine", u"⟦Vladimir⟧ Poutine");
    row("trailing comma trimmed", u"⟦Poutine,⟧ hier", u"⟦Poutine⟧, hier");
    row("trailing full stop and space trimmed", u"arrive ⟦Poutine. ⟧Il", u"arrive ⟦Poutine⟧. Il");
    row("guillemets trimmed", u"le ⟦«Kremlin»⟧ dit", u"le «⟦Kremlin⟧» dit");
    row("single quotation marks trimmed", u"⟦‘Poutine’⟧", u"‘⟦Poutine⟧’");
    row("several words keep the space between", u"le président ⟦Vladimir Poutine⟧ a",
        u"le président ⟦Vladimir Poutine⟧ a");
    row("inner punctuation kept", u"⟦Poutine, Xi⟧ et", u"⟦Poutine, Xi⟧ et");
    row("paragraph break inside kept", u"⟦Poutine.\n\nXi⟧", u"⟦Poutine.\n\nXi⟧");
    row("only white space", u"Poutine⟦  ⟧arrive", u"Poutine  arrive");
    row("only punctuation", u"Poutine⟦, ⟧hier", u"Poutine, hier");
    row("backwards selection", u"Vladimir Pou⟧tine arr⟦ive", u"Vladimir ⟦Poutine arrive⟧");
    row("abbreviation loses its final stop", u"⟦U.S.⟧ army", u"⟦U.S⟧. army");
    row("hash sign trimmed", u"⟦#Ukraine⟧", u"#⟦Ukraine⟧");
    row("at sign kept, as ICU does", u"@ely⟦⟧see,", u"⟦@elysee⟧,");

    // French elision.
    row("elision: caret in the word", u"de l’Ély⟦⟧sée", u"de l’⟦Élysée⟧");
    row("elision: part of the word", u"de l’É⟦ly⟧sée", u"de l’⟦Élysée⟧");
    row("elision: whole l’Élysée", u"de ⟦l’Élysée⟧", u"de l’⟦Élysée⟧");
    row("elision: from the article into the word", u"de ⟦l’Ély⟧sée", u"de l’⟦Élysée⟧");
    row("elision: the article alone", u"de ⟦l⟧’Élysée", u"de l’⟦Élysée⟧");
    row("elision: caret before the article", u"de ⟦⟧l’Élysée", u"de l’⟦Élysée⟧");
    row("elision: caret after the apostrophe", u"de l’⟦⟧Élysée", u"de l’⟦Élysée⟧");
    row("elision: article kept inside a selection", u"⟦de l’Élysée⟧", u"⟦de l’Élysée⟧");
    row("elision: article trimmed at the end", u"⟦de l’⟧Élysée", u"⟦de⟧ l’Élysée");
    row("elision: ASCII apostrophe", u"de l'Ély⟦⟧sée", u"de l'⟦Élysée⟧");
    row("elision: modifier letter apostrophe", u"de l\u02BCÉly⟦⟧sée", u"de l\u02BC⟦Élysée⟧");
    row("elision: capital L", u"L’Ély⟦⟧sée a dit", u"L’⟦Élysée⟧ a dit");
    row("elision: d’ before a capital vowel", u"musée d’Or⟦⟧say", u"musée d’⟦Orsay⟧");
    row("elision: d’ before a lower-case vowel", u"⟦d’abord⟧", u"d’⟦abord⟧");
    row("elision: j’", u"j’a⟦⟧i vu", u"j’⟦ai⟧ vu");
    row("elision: m’", u"il m’a⟦⟧ dit", u"il m’⟦a⟧ dit");
    row("elision: n’", u"il n’e⟦⟧st pas", u"il n’⟦est⟧ pas");
    row("elision: s’", u"⟦s’est⟧", u"s’⟦est⟧");
    row("elision: t’", u"tu t’⟦⟧es trompé", u"tu t’⟦es⟧ trompé");
    row("elision: c’", u"c’e⟦⟧st", u"c’⟦est⟧");
    row("elision: QU’ in capitals", u"QU’I⟦⟧L", u"QU’⟦IL⟧");
    row("elision: jusqu’", u"⟦jusqu’à⟧ Kyiv", u"jusqu’⟦à⟧ Kyiv");
    row("elision: Jusqu’ with ASCII apostrophe", u"Jusqu'a⟦⟧u bout", u"Jusqu'⟦au⟧ bout");
    row("elision: lorsqu’", u"lorsqu’i⟦⟧l", u"lorsqu’⟦il⟧");
    row("elision: puisqu’", u"puisqu’o⟦n⟧", u"puisqu’⟦on⟧");
    row("elision: quoiqu’", u"quoi⟦qu’il⟧ arrive", u"quoiqu’⟦il⟧ arrive");
    row("elision: presqu’ before another word", u"presqu’enti⟦⟧èrement", u"presqu’⟦entièrement⟧");
    row("elision: mute h", u"l’Hô⟦⟧tel de ville", u"l’⟦Hôtel⟧ de ville");
    row("elision: y", u"dans l’Yon⟦⟧ne", u"dans l’⟦Yonne⟧");
    row("elision: NFD word", u"l’E\u0301ly⟦⟧sée", u"l’⟦E\u0301lysée⟧");
    row("elision: before aujourd’hui", u"jusqu’aujour⟦⟧d’hui", u"jusqu’⟦aujourd’hui⟧");
    row("no elision: aujourd’hui", u"aujour⟦⟧d’hui", u"⟦aujourd’hui⟧");
    row("no elision: hui of aujourd’hui", u"aujourd’⟦hui⟧", u"⟦aujourd’hui⟧");
    row("no elision: presqu’île", u"la presqu’î⟦⟧le de Crimée", u"la ⟦presqu’île⟧ de Crimée");
    row("no elision: quelqu’un", u"quelqu’⟦un⟧", u"⟦quelqu’un⟧");
    row("no elision: prud’homme", u"prud’hom⟦⟧me", u"⟦prud’homme⟧");
    row("no elision: N’Djamena, a consonant follows", u"à N’Dja⟦⟧mena", u"à ⟦N’Djamena⟧");
    row("no elision: English c’mon", u"c’m⟦⟧on", u"⟦c’mon⟧");
    row("no elision: English don't", u"I do⟦⟧n't know", u"I ⟦don't⟧ know");
    row("no elision: O’Brien", u"O’Bri⟦⟧en", u"⟦O’Brien⟧");
    row("no elision: English possessive, as ICU keeps it", u"Poutine’⟦s⟧ army",
        u"⟦Poutine’s⟧ army");

    // Hyphens.
    // Hyphens join compounds (issue 12: names were cut at the hyphen).
    row("hyphen: inside the second part", u"Jean-Pi⟦⟧erre", u"⟦Jean-Pierre⟧");
    row("hyphen: inside the first part", u"Je⟦⟧an-Pierre", u"⟦Jean-Pierre⟧");
    row("hyphen: across it", u"Je⟦an-Pi⟧erre", u"⟦Jean-Pierre⟧");
    row("hyphen: ending on it", u"⟦Jean-⟧Pierre", u"⟦Jean-Pierre⟧");
    row("hyphen: caret before it", u"Jean⟦⟧-Pierre", u"⟦Jean-Pierre⟧");
    row("hyphen: the hyphen alone", u"Jean⟦-⟧Pierre", u"⟦Jean-Pierre⟧");
    row("hyphen: union in capitals", u"le syndicat SUD-R⟦⟧ail", u"le syndicat ⟦SUD-Rail⟧");
    row("hyphen: Jean-Luc", u"Jean-L⟦uc⟧ Mélenchon", u"⟦Jean-Luc⟧ Mélenchon");
    row("hyphen: Saint-Denis", u"à Sai⟦⟧nt-Denis", u"à ⟦Saint-Denis⟧");
    row("hyphen: Marc-Antoine", u"Marc-Ant⟦⟧oine", u"⟦Marc-Antoine⟧");
    row("hyphen: three parts after an elision", u"en l’Île-de-Fr⟦⟧ance",
        u"en l’⟦Île-de-France⟧");
    row("hyphen: name and number", u"la COVID-1⟦⟧9", u"la ⟦COVID-19⟧");
    row("hyphen: U+2010 hyphen", u"Jean\u2010Pi⟦⟧erre", u"⟦Jean\u2010Pierre⟧");
    row("hyphen: non-breaking hyphen", u"Jean\u2011Pi⟦⟧erre", u"⟦Jean\u2011Pierre⟧");
    row("hyphen: two compounds with a space", u"Jean-Luc et Marc-Ant⟦⟧oine",
        u"Jean-Luc et ⟦Marc-Antoine⟧");
    row("no join: en dash between places", u"Paris–Ly⟦⟧on", u"Paris–⟦Lyon⟧");
    row("no join: hyphen then space", u"Jean- Pi⟦⟧erre", u"Jean- ⟦Pierre⟧");
    row("no join: numbers on both sides", u"pages 10-1⟦⟧2", u"pages 10-⟦12⟧");
    row("apostrophe: N'Diaye, straight", u"Moussa N'Di⟦⟧aye", u"Moussa ⟦N'Diaye⟧");
    row("apostrophe: O'Brien, straight", u"Conan O'Bri⟦⟧en", u"Conan ⟦O'Brien⟧");
    row("apostrophe: N’Diaye", u"Moussa N’Di⟦⟧aye", u"Moussa ⟦N’Diaye⟧");

    // Numbers.
    row("number: space, caret in the second group", u"200 0⟦⟧00 manifestants",
        u"200 ⟦000⟧ manifestants");
    row("number: space, across the groups", u"2⟦00 0⟧00 manifestants", u"⟦200 000⟧ manifestants");
    row("number: no-break space", u"200\u00A00⟦⟧00 manifestants", u"⟦200\u00A0000⟧ manifestants");
    row("number: narrow no-break space", u"200\u202F0⟦⟧00 manifestants",
        u"⟦200\u202F000⟧ manifestants");
    row("number: thin spaces, three groups", u"1\u20090⟦⟧00\u2009000 €",
        u"⟦1\u2009000\u2009000⟧ €");
    row("number: no-break space before two digits joins nothing", u"en 2019\u00A02⟦⟧0 cas",
        u"en 2019\u00A0⟦20⟧ cas");
    row("number: decimal comma", u"3,⟦⟧5 %", u"⟦3,5⟧ %");
    row("number: decimal point", u"1.⟦⟧5", u"⟦1.5⟧");
    row("number: percent sign trimmed", u"⟦3,5 %⟧ des voix", u"⟦3,5⟧ % des voix");
    row("number: euro sign trimmed", u"⟦200 €⟧", u"⟦200⟧ €");
    row("number: date split at hyphens", u"le 2024-0⟦⟧5-01", u"le 2024-⟦05⟧-01");

    // Chinese, Japanese, Thai: ICU's dictionaries.
    row("Chinese: caret inside 北京", u"习近平在北⟦⟧京会见了普京", u"习近平在⟦北京⟧会见了普京");
    row("Chinese: 北 of 北京", u"习近平在⟦北⟧京会见了普京", u"习近平在⟦北京⟧会见了普京");
    row("Chinese: across two words", u"习近平在北⟦京会⟧见了普京", u"习近平在⟦北京会见⟧了普京");
    row("Chinese: caret between words prefers the next", u"习近平在北京⟦⟧会见了普京",
        u"习近平在北京⟦会见⟧了普京");
    row("Chinese: full stop trimmed", u"⟦北京。⟧", u"⟦北京⟧。");
    row("Japanese: katakana", u"カタ⟦⟧カナ", u"⟦カタカナ⟧");
    row("Japanese: kanji", u"東⟦⟧京都", u"⟦東京⟧都");
    row("Thai: no spaces between words", u"ภาษาไท⟦⟧ยง่ายมาก", u"ภาษา⟦ไทย⟧ง่ายมาก");

    // Right to left, in logical order.
    row("Arabic: caret inside a word", u"عبد الفت⟦⟧اح السيسي", u"عبد ⟦الفتاح⟧ السيسي");
    row("Arabic: across three words", u"عب⟦د الفتاح السي⟧سي", u"⟦عبد الفتاح السيسي⟧");
    row("Arabic: Arabic comma trimmed", u"⟦السيسي،⟧ قال", u"⟦السيسي⟧، قال");
    row("Arabic: harakat stay with their letters",
        u"\u0645\u064F\u062D⟦\u064E⟧\u0645\u0651\u064E\u062F",
        u"⟦\u0645\u064F\u062D\u064E\u0645\u0651\u064E\u062F⟧");

    // Other scripts.
    row("Cyrillic: caret inside", u"Сергей Шой⟦⟧гу заявил", u"Сергей ⟦Шойгу⟧ заявил");
    row("Cyrillic: across two words", u"Серг⟦ей Шо⟧йгу", u"⟦Сергей Шойгу⟧");
    row("Cyrillic: guillemets trimmed", u"⟦«Шойгу»⟧", u"«⟦Шойгу⟧»");
    row("Greek", u"Μητσο⟦⟧τάκης", u"⟦Μητσοτάκης⟧");
    row("Devanagari vowel signs", u"नरेंद्र मो⟦⟧दी", u"नरेंद्र ⟦मोदी⟧");

    // Combining marks (NFD) and surrogate pairs.
    row("NFD: selection ends before the mark", u"⟦Cho⟧\u0308igou", u"⟦Cho\u0308igou⟧");
    row("NFD: the mark alone", u"Cho⟦\u0308⟧igou", u"⟦Cho\u0308igou⟧");
    row("NFD: selection starts after the mark", u"Cho\u0308⟦igou⟧", u"⟦Cho\u0308igou⟧");
    row("NFD: word ends in a mark", u"⟦cafe⟧\u0301 noir", u"⟦cafe\u0301⟧ noir");
    row("NFD: a mark after a space is no word", u"a ⟦\u0301⟧b", u"a \u0301b");
    const QString astral = QStringLiteral(u"le réseau 𝕏 annonce"); // U+1D54F at 10, 11
    const QString astralSnapped = QStringLiteral(u"le réseau ⟦𝕏⟧ annonce");
    row("astral letter: high surrogate alone", insertedAt(insertedAt(astral, 11, u"⟧"), 10, u"⟦"),
        astralSnapped);
    row("astral letter: low surrogate alone", insertedAt(insertedAt(astral, 12, u"⟧"), 11, u"⟦"),
        astralSnapped);
    row("astral letter: caret between the surrogates", insertedAt(astral, 11, u"⟦⟧"),
        astralSnapped);
    row("CJK extension B ideograph", u"𠜎⟦人⟧", u"𠜎⟦人⟧");

    // Emoji are not words.
    row("emoji alone", u"Poutine ⟦😀⟧ arrive", u"Poutine 😀 arrive");
    row("emoji with skin tone, half of it",
        insertedAt(insertedAt(QStringLiteral(u"bravo 👍🏽 !"), 7, u"⟧"), 6, u"⟦"),
        u"bravo 👍🏽 !");
    row("emoji family with joiners", u"⟦👨‍👩‍👧⟧", u"👨‍👩‍👧");
    row("emoji at the edge trimmed", u"⟦Poutine 😀⟧", u"⟦Poutine⟧ 😀");
    row("flag inside kept", u"⟦Paris 🇫🇷 Lyon⟧", u"⟦Paris 🇫🇷 Lyon⟧");
    row("caret after an emoji touches no word", u"Poutine 😀⟦⟧ arrive", u"Poutine 😀 arrive");
}

void TestWordBoundaries::snap()
{
    QFETCH(QString, marked);
    QFETCH(QString, expected);
    checkTable(marked, expected);
    const Marked selection = unmark(marked);
    QVERIFY(selection.start >= 0 && selection.end >= 0);

    WordBoundaries words;
    words.setText(selection.text);
    const auto snapped = words.snap(selection.start, selection.end);
    QCOMPARE(mark(selection.text, snapped), expected);
    if (snapped.first >= 0)
        QVERIFY(snapped.first < snapped.second);
    else
        QCOMPARE(snapped.second, qsizetype(-1));
}

void TestWordBoundaries::nextWord_data()
{
    QTest::addColumn<QString>("marked"); ///< the text, `from` as ⟦⟧
    QTest::addColumn<QString>("expected");

    const auto row = [](const char *name, QStringView marked, QStringView expected) {
        QTest::newRow(name) << marked.toString() << expected.toString();
    };
    row("inside a word gives the one after", u"Vla⟦⟧dimir Poutine", u"Vladimir ⟦Poutine⟧");
    row("at a word's start gives that word", u"Vladimir ⟦⟧Poutine", u"Vladimir ⟦Poutine⟧");
    row("at the start of the text", u"⟦⟧Vladimir Poutine", u"⟦Vladimir⟧ Poutine");
    row("skips punctuation", u"Poutine⟦⟧, « Xi »", u"Poutine, « ⟦Xi⟧ »");
    row("skips an elided article", u"de⟦⟧ l’Élysée", u"de l’⟦Élysée⟧");
    row("from the elided article", u"musée ⟦⟧d’Orsay", u"musée d’⟦Orsay⟧");
    row("a compound is one word", u"de⟦⟧ Jean-Pierre Raffarin", u"de ⟦Jean-Pierre⟧ Raffarin");
    row("after a compound", u"Jean-Pie⟦⟧rre Raffarin", u"Jean-Pierre ⟦Raffarin⟧");
    row("skips an emoji", u"Paris⟦⟧ 🇫🇷 Lyon", u"Paris 🇫🇷 ⟦Lyon⟧");
    row("Chinese", u"北京⟦⟧会见了", u"北京⟦会见⟧了");
    row("thousands as one number", u"plus de⟦⟧ 200\u00A0000", u"plus de ⟦200\u00A0000⟧");
    row("none after the last word", u"Poutine⟦⟧.", u"Poutine.");
    row("none in an empty text", u"⟦⟧", QString());
}

void TestWordBoundaries::nextWord()
{
    QFETCH(QString, marked);
    QFETCH(QString, expected);
    checkTable(marked, expected);
    const Marked at = unmark(marked);
    QCOMPARE(at.start, at.end);

    WordBoundaries words;
    words.setText(at.text);
    QCOMPARE(mark(at.text, words.nextWord(at.start)), expected);
}

void TestWordBoundaries::previousWord_data()
{
    QTest::addColumn<QString>("marked"); ///< the text, `before` as ⟦⟧
    QTest::addColumn<QString>("expected");

    const auto row = [](const char *name, QStringView marked, QStringView expected) {
        QTest::newRow(name) << marked.toString() << expected.toString();
    };
    row("inside a word gives the one before", u"Vladimir Pou⟦⟧tine", u"⟦Vladimir⟧ Poutine");
    row("at a word's end gives that word", u"Vladimir Poutine⟦⟧, hier",
        u"Vladimir ⟦Poutine⟧, hier");
    row("at the end of the text", u"Vladimir Poutine⟦⟧", u"Vladimir ⟦Poutine⟧");
    row("skips punctuation", u"« Poutine », ⟦⟧Xi", u"« ⟦Poutine⟧ », Xi");
    row("skips the elided article of the word", u"de l’⟦⟧Élysée", u"⟦de⟧ l’Élysée");
    row("from inside the elided article", u"de l⟦⟧’Élysée", u"⟦de⟧ l’Élysée");
    row("before a compound", u"Jean-⟦⟧Pierre", u"Jean-Pierre");
    row("a compound is one word", u"Jean-Pierre Raf⟦⟧farin", u"⟦Jean-Pierre⟧ Raffarin");
    row("Arabic", u"عبد الفتاح ⟦⟧السيسي", u"عبد ⟦الفتاح⟧ السيسي");
    row("NFD", u"Cho\u0308igou ⟦⟧dit", u"⟦Cho\u0308igou⟧ dit");
    row("none before the first word", u"« ⟦⟧Poutine", u"« Poutine");
    row("none when the first word is elided", u"l⟦⟧’Élysée", u"l’Élysée");
}

void TestWordBoundaries::previousWord()
{
    QFETCH(QString, marked);
    QFETCH(QString, expected);
    checkTable(marked, expected);
    const Marked at = unmark(marked);
    QCOMPARE(at.start, at.end);

    WordBoundaries words;
    words.setText(at.text);
    QCOMPARE(mark(at.text, words.previousWord(at.start)), expected);
}

void TestWordBoundaries::snapIsSafeAndStable_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("mixed scripts") << QStringLiteral(
        u"« L’Élysée », Cho\u0308igou, 200\u00A0000 😀 Jean-Pierre 𝕏 北京会见 عبد a \u0301b.");
    QTest::newRow("elisions and apostrophes")
        << QStringLiteral(u"qu’il l'a dit aujourd’hui jusqu’à presqu’île, don't O’Brien d’");
}

void TestWordBoundaries::snapIsSafeAndStable()
{
    // Every selection of the text, as a mouse or keyboard could make it.
    QFETCH(QString, text);
    WordBoundaries words;
    words.setText(text);
    const qsizetype length = text.size();
    const auto splits = [&](qsizetype at) {
        return at > 0 && at < length && (text[at].isLowSurrogate() || text[at].isMark());
    };
    for (qsizetype start = 0; start <= length; ++start) {
        for (qsizetype end = start; end <= length; ++end) {
            const auto snapped = words.snap(start, end);
            if (snapped.first < 0)
                continue;
            const QString where = QStringLiteral("[%1, %2) → [%3, %4)")
                                      .arg(start)
                                      .arg(end)
                                      .arg(snapped.first)
                                      .arg(snapped.second);
            QVERIFY2(snapped.first < snapped.second && snapped.second <= length, qPrintable(where));
            QVERIFY2(!splits(snapped.first) && !splits(snapped.second), qPrintable(where));
            QVERIFY2(words.snap(snapped.first, snapped.second) == snapped, qPrintable(where));
            QVERIFY2(words.snap(end, start) == snapped, qPrintable(where));
        }
        const auto next = words.nextWord(start);
        QVERIFY(next.first < 0
                || (next.first >= start && words.snap(next.first, next.second) == next));
        const auto previous = words.previousWord(start);
        QVERIFY(previous.first < 0
                || (previous.second <= start
                    && words.snap(previous.first, previous.second) == previous));
    }
}

void TestWordBoundaries::reuseAndClamping()
{
    WordBoundaries words(QStringLiteral("fr"));
    QString text = QStringLiteral("Vladimir Poutine");
    words.setText(text);
    // Out of range positions are clamped to the text.
    QCOMPARE(words.snap(-5, 3), std::make_pair(qsizetype(0), qsizetype(8)));
    QCOMPARE(words.snap(10, 100), std::make_pair(qsizetype(9), qsizetype(16)));
    QCOMPARE(words.nextWord(-1), std::make_pair(qsizetype(0), qsizetype(8)));
    QCOMPARE(words.previousWord(100), std::make_pair(qsizetype(9), qsizetype(16)));

    // The text is not needed after setText(); a shorter one replaces it.
    text = QStringLiteral("ignored now");
    QCOMPARE(words.snap(11, 12), std::make_pair(qsizetype(9), qsizetype(16)));
    words.setText(QStringLiteral("l’Élysée"));
    QCOMPARE(words.snap(0, 8), std::make_pair(qsizetype(2), qsizetype(8)));
    QCOMPARE(words.nextWord(8), std::make_pair(qsizetype(-1), qsizetype(-1)));
    words.setText(QString());
    QCOMPARE(words.snap(0, 0), std::make_pair(qsizetype(-1), qsizetype(-1)));
    QCOMPARE(words.previousWord(0), std::make_pair(qsizetype(-1), qsizetype(-1)));
}

QTEST_GUILESS_MAIN(TestWordBoundaries)
#include "tst_wordboundaries.moc"
