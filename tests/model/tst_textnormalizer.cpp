// SPDX-License-Identifier: GPL-3.0-or-later
// TextNormalizer: the matching normalisation and its map back to the source,
// against real ICU. An independent oracle (ICU's C++ API, whole text at once,
// no tables, no segments) checks the fast segment-by-segment path over every
// code point and over random strings of awkward pieces.
#include "textnormalizer.h"

#include <QString>
#include <QTest>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <random>

using Marginalia::TextNormalizer;
using Options = TextNormalizer::Options;

Q_DECLARE_METATYPE(TextNormalizer::Options)

namespace {

icu::UnicodeString toIcu(QStringView text)
{
    return icu::UnicodeString(reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()));
}

QString fromIcu(const icu::UnicodeString &text)
{
    return QString(reinterpret_cast<const QChar *>(text.getBuffer()), text.length());
}

/// The definition, spelled out with ICU's C++ API over the whole text.
QString oracle(QStringView text, Options options)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *nfc = icu::Normalizer2::getNFCInstance(status);
    const icu::Normalizer2 *nfd = icu::Normalizer2::getNFDInstance(status);
    icu::UnicodeString t = nfc->normalize(toIcu(text), status);
    if (options.foldCase)
        t = nfc->normalize(t.foldCase(U_FOLD_CASE_DEFAULT), status);
    if (options.foldAccents) {
        const icu::UnicodeString decomposed = nfd->normalize(t, status);
        icu::UnicodeString kept;
        for (int32_t i = 0; i < decomposed.length(); i = decomposed.moveIndex32(i, 1)) {
            const UChar32 c = decomposed.char32At(i);
            if (u_charType(c) != U_NON_SPACING_MARK)
                kept.append(c);
        }
        t = nfc->normalize(kept, status);
    }
    return U_SUCCESS(status) ? fromIcu(t) : QStringLiteral("ICU failed");
}

const Options allOptions[] = { { false, false }, { false, true }, { true, false }, { true, true } };

QByteArray optionName(Options options)
{
    return QByteArray(options.foldCase ? "case" : "nocase") + '+'
        + (options.foldAccents ? "accents" : "noaccents");
}

/// Pieces that stress segmentation, folding and surrogates.
const QStringList &awkwardPieces()
{
    static const QStringList pieces = [] {
        const QStringView literal[] = {
            u"a",          u"A",       u"Z",
            u" ",          u"’",       u"-",
            u"é",          u"e\u0301", u"E\u0301\u0327",
            u"\u0301",     u"\u0308",  u"\u0323",
            u"\u0345",     u"ß",       u"ẞ",
            u"ﬁ",          u"ﬃ",       u"ŉ",
            u"ǰ",          u"ǅ",       u"İ",
            u"ı",          u"I\u0307", u"Σ",
            u"ς",          u"σ",       u"ά",
            u"α\u0301",    u"ᾳ",       u"ΐ",
            u"Ἀ",          u"й",       u"и\u0306",
            u"Ё",          u"Е\u0308", u"😀",
            u"👍🏽",   u"❤\uFE0F", u"\U00010400",
            u"\U0001D54F", u"\u034F",  u"\u200D",
            u"مُ",          u"\u0651",  u"שָׁ",
            u"\u212B",     u"\u212A",  u"각",
            u"\u1100",     u"\u1161",  u"\u11A8",
            u"\u0CCA",     u"\u0CD5",  u"ก\u0E34",
            u"ṩ",          u"ﬀ",       u"Ǆ",
            u"\u00A0",     u"\n",      u"普",
            u"ＰＡ",       u"Å",       u"\u0300\u0301",
            u"ϓ",          u"\u1E9B",
        };
        QStringList list;
        for (const QStringView piece : literal)
            list.append(piece.toString());
        list.append(QString(QChar(0xD800))); // lone surrogates
        list.append(QString(QChar(0xDC00)));
        return list;
    }();
    return pieces;
}

QString randomText(std::mt19937 &random, int pieces)
{
    QString text;
    const QStringList &all = awkwardPieces();
    std::uniform_int_distribution<int> pick(0, int(all.size()) - 1);
    for (int i = 0; i < pieces; ++i)
        text += all.at(pick(random));
    return text;
}

} // namespace

class TestTextNormalizer : public QObject
{
    Q_OBJECT

private slots:
    void normalize_data();
    void normalize();
    void sameKey_data();
    void sameKey();
    void agreesWithOracleOnEveryCodePoint_data();
    void agreesWithOracleOnEveryCodePoint();
    void agreesWithOracleOnRandomText_data();
    void agreesWithOracleOnRandomText();
    void mapsMatchesBack_data();
    void mapsMatchesBack();
    void mapRoundTripsEveryBoundarySpan_data();
    void mapRoundTripsEveryBoundarySpan();
    void emptyAndPlainText();
};

void TestTextNormalizer::normalize_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Options>("options");
    QTest::addColumn<QString>("expected");

    const Options both { true, true };
    const Options caseOnly { true, false };
    const Options accentsOnly { false, true };
    const Options neither { false, false };
    const auto row = [](const char *name, QStringView text, Options options, QStringView expected) {
        QTest::newRow(name) << text.toString() << options << expected.toString();
    };

    row("Latin: all caps with diaeresis", u"CHOÏGOU", both, u"choigou");
    row("Latin: decomposed diaeresis", u"Choi\u0308gou", both, u"choigou");
    row("Latin: case only keeps the accent", u"CHOÏGOU", caseOnly, u"choïgou");
    row("Latin: case only composes NFD", u"CHOI\u0308GOU", caseOnly, u"choïgou");
    row("Latin: accents only keep the case", u"CHOÏGOU", accentsOnly, u"CHOIGOU");
    row("Latin: neither still composes NFD", u"Choi\u0308gou", neither, u"Choïgou");
    row("Latin: neither keeps case and accents", u"CHOÏGOU", neither, u"CHOÏGOU");
    row("Latin: Vietnamese stacked marks", u"NGUYỄN Nguyê\u0303n", both, u"nguyen nguyen");
    row("Latin: letters without decomposition stay", u"Łódź Ørsted Đorđe", both,
        u"łodz ørsted đorđe");
    row("Latin: cedilla and ogonek dropped", u"Çanakkale Gdańsk Ą", both, u"canakkale gdansk a");
    row("German: ß folds to ss", u"Straße", both, u"strasse");
    row("German: capital ẞ folds to ss", u"STRAẞE", both, u"strasse");
    row("German: ß without case folding stays", u"Straße", accentsOnly, u"Straße");
    row("ligature: ﬁ folds to fi", u"ﬁnance", both, u"finance");
    row("ligature: ﬃ folds to ffi", u"e\uFB03cace", both, u"efficace");
    row("ligature: œ and æ are letters, not ligatures", u"Œuvre Æsop", both, u"œuvre æsop");
    row("Greek: capital, small and final sigma meet", u"ΣΟΦΙΑ σοφια Σοφιας", both,
        u"σοφια σοφια σοφιασ");
    row("Greek: final sigma folds even without accent folding", u"Μητσοτάκης", caseOnly,
        u"μητσοτάκησ");
    row("Greek: tonos dropped", u"ΜΗΤΣΟΤΆΚΗΣ Μητσοτάκης", both, u"μητσοτακησ μητσοτακησ");
    row("Greek: polytonic marks dropped", u"Ἀθῆναι", both, u"αθηναι");
    row("Greek: iota subscript folds to iota", u"ᾼ", caseOnly, u"αι");
    row("Cyrillic: capitals", u"ШОЙГУ", caseOnly, u"шойгу");
    row("Cyrillic: short i loses its breve", u"Шойгу", both, u"шоигу");
    row("Cyrillic: yo meets ye", u"Горбачёв Горбачев", both, u"горбачев горбачев");
    row("Cyrillic: decomposed short i", u"Шои\u0306гу", caseOnly, u"шойгу");
    row("Cyrillic: Ukrainian yi", u"Київ", both, u"киів");
    row("Turkish: dotted capital I gives i with accent folding", u"İstanbul", both, u"istanbul");
    row("Turkish: dotted capital I keeps its dot without accent folding", u"İstanbul", caseOnly,
        u"i\u0307stanbul");
    row("Turkish: dotless i stays dotless", u"ıspARTA", both, u"ısparta");
    row("Turkish: capital I folds to dotted i (not Turkic rules)", u"ISPARTA", both, u"isparta");
    row("Arabic: harakat and shadda dropped", u"مُحَمَّد", both, u"محمد");
    row("Arabic: harakat kept without accent folding", u"مُحَمَّد", caseOnly, u"مُحَمَّد");
    row("Arabic: tatweel is a letter and stays", u"محـمد", both, u"محـمد");
    row("Hebrew: niqqud dropped", u"שָׁלוֹם", both, u"שלום");
    row("Devanagari: Mn signs dropped (virama, anusvara, e), Mc vowel signs kept", u"नरेंद्र मोदी",
        both, u"नरदर मोदी");
    row("Han: unchanged", u"普京在北京", both, u"普京在北京");
    row("fullwidth letters fold case but stay fullwidth", u"ＰＡＲＩＳ", both, u"ｐａｒｉｓ");
    row("emoji: surrogate pairs untouched", u"😀 Paris 👍🏽", both, u"😀 paris 👍🏽");
    row("emoji: variation selector dropped with accents", u"I ❤\uFE0F Paris", both, u"i ❤ paris");
    row("emoji: variation selector kept without", u"I ❤\uFE0F Paris", caseOnly, u"i ❤\uFE0F paris");
    row("emoji: ZWJ sequence kept", u"👨\u200D👩\u200D👧", both, u"👨\u200D👩\u200D👧");
    row("astral: Deseret capital folds", u"\U00010400\U00010401", both, u"\U00010428\U00010429");
    row("astral: mathematical letter has no case fold", u"\U0001D54F", both, u"\U0001D54F");
    row("compatibility characters: only canonical ones change", u"\u212B \u212A \u2460", both,
        u"a k \u2460");
    const QString loneSurrogates =
        QStringLiteral(u"a") + QChar(0xD800) + QStringLiteral(u"b") + QChar(0xDC00);
    row("lone surrogates kept", loneSurrogates, both, loneSurrogates);
    row("grapheme joiner dropped", u"a\u034Fb", both, u"ab");
    row("empty", u"", both, u"");
}

void TestTextNormalizer::normalize()
{
    QFETCH(QString, text);
    QFETCH(Options, options);
    QFETCH(QString, expected);
    QCOMPARE(oracle(text, options), expected); // the row agrees with the definition
    QCOMPARE(TextNormalizer::normalize(text, options), expected);
    QCOMPARE(TextNormalizer::normalizeWithMap(text, options).text, expected);
}

void TestTextNormalizer::sameKey_data()
{
    QTest::addColumn<QStringList>("spellings");
    QTest::addColumn<bool>("foldAccents");
    const auto row = [](const char *name, QStringList spellings, bool foldAccents) {
        QTest::newRow(name) << spellings << foldAccents;
    };
    row("Choïgou: caps, plain, composed, decomposed",
        { QStringLiteral(u"CHOÏGOU"), QStringLiteral(u"Choigou"), QStringLiteral(u"Choïgou"),
          QStringLiteral(u"Choi\u0308gou"), QStringLiteral(u"CHOI\u0308GOU") },
        true);
    row("Élysée: NFC, NFD, caps",
        { QStringLiteral(u"Élysée"), QStringLiteral(u"E\u0301lyse\u0301e"),
          QStringLiteral(u"ÉLYSÉE") },
        false);
    row("Strauß",
        { QStringLiteral(u"Strauß"), QStringLiteral(u"STRAUSS"), QStringLiteral(u"Strauss"),
          QStringLiteral(u"STRAUẞ") },
        false);
    row("Greek sigmas",
        { QStringLiteral(u"ΟΔΥΣΣΕΑΣ"), QStringLiteral(u"Οδυσσέας"), QStringLiteral(u"οδυσσεας"),
          QStringLiteral(u"οδυςςεας") },
        true);
    row("Cyrillic case",
        { QStringLiteral(u"МОСКВА"), QStringLiteral(u"Москва"), QStringLiteral(u"москва") }, false);
    row("Cyrillic yo and short i",
        { QStringLiteral(u"Алексей Навальный"), QStringLiteral(u"АЛЕКСЕИ НАВАЛЬНЫИ") }, true);
}

void TestTextNormalizer::sameKey()
{
    QFETCH(QStringList, spellings);
    QFETCH(bool, foldAccents);
    const Options options { true, foldAccents };
    const QString key = TextNormalizer::normalize(spellings.first(), options);
    QVERIFY(!key.isEmpty());
    for (const QString &spelling : spellings) {
        QCOMPARE(TextNormalizer::normalize(spelling, options), key);
        QCOMPARE(TextNormalizer::normalizeWithMap(spelling, options).text, key);
    }
}

void TestTextNormalizer::agreesWithOracleOnEveryCodePoint_data()
{
    QTest::addColumn<Options>("options");
    QTest::addColumn<QString>("frame"); ///< each assigned code point goes where % is
    for (const Options options : allOptions) {
        QTest::newRow((optionName(options) + " alone").constData())
            << options << QStringLiteral(u"%");
        QTest::newRow((optionName(options) + " between letters, before marks").constData())
            << options << QStringLiteral(u"a%\u0301\u0323 ");
        QTest::newRow((optionName(options) + " after an E with acute").constData())
            << options << QStringLiteral(u"E\u0301%b");
    }
}

void TestTextNormalizer::agreesWithOracleOnEveryCodePoint()
{
    QFETCH(Options, options);
    QFETCH(QString, frame);
    const qsizetype hole = frame.indexOf(u'%');
    QString text;
    text.reserve(0x110000 * (frame.size() + 1));
    for (char32_t c = 0; c < 0x110000; ++c) {
        // Unassigned code points have no mapping of any kind.
        if (QChar::isSurrogate(c) || u_charType(UChar32(c)) == U_UNASSIGNED)
            continue;
        text += frame.first(hole);
        text += QStringView(QChar::fromUcs4(c));
        text += frame.sliced(hole + 1);
    }
    const QString expected = oracle(text, options);
    const QString actual = TextNormalizer::normalize(text, options);
    if (actual != expected) {
        qsizetype i = 0;
        while (i < actual.size() && i < expected.size() && actual.at(i) == expected.at(i))
            ++i;
        QFAIL(qPrintable(QStringLiteral("differs at %1: got %2, expected %3")
                             .arg(i)
                             .arg(actual.mid(i - 4, 12), expected.mid(i - 4, 12))));
    }
    QCOMPARE(TextNormalizer::normalizeWithMap(text, options).text, expected);
}

void TestTextNormalizer::agreesWithOracleOnRandomText_data()
{
    QTest::addColumn<Options>("options");
    for (const Options options : allOptions)
        QTest::newRow(optionName(options).constData()) << options;
}

void TestTextNormalizer::agreesWithOracleOnRandomText()
{
    QFETCH(Options, options);
    std::mt19937 random(20240501);
    for (int i = 0; i < 20000; ++i) {
        const QString text = randomText(random, 1 + i % 12);
        const QString expected = oracle(text, options);
        QCOMPARE(TextNormalizer::normalize(text, options), expected);
        QCOMPARE(TextNormalizer::normalizeWithMap(text, options).text, expected);
    }
}

void TestTextNormalizer::mapsMatchesBack_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<Options>("options");
    QTest::addColumn<QString>("needle"); ///< looked for in the normalised text
    QTest::addColumn<QString>("expected"); ///< the source span it maps to
    QTest::addColumn<bool>("exact"); ///< both ends on segment boundaries

    const Options both { true, true };
    const Options caseOnly { true, false };
    const auto row = [](const char *name, QStringView source, Options options, QStringView needle,
                        QStringView expected, bool exact) {
        QTest::newRow(name) << source.toString() << options << needle.toString()
                            << expected.toString() << exact;
    };

    row("plain ASCII", u"Le ministre Choigou dit", both, u"choigou", u"Choigou", true);
    row("composed accent", u"Le CHOÏGOU dit", both, u"choigou", u"CHOÏGOU", true);
    row("decomposed accent inside", u"le Choi\u0308gou dit", both, u"choigou", u"Choi\u0308gou",
        true);
    row("decomposed accent at the end comes along", u"un cafe\u0301 noir", both, u"cafe",
        u"cafe\u0301", true);
    row("several marks", u"e\u0301\u0301\u0323 Paris", both, u"e paris",
        u"e\u0301\u0301\u0323 Paris", true);
    row("after marks", u"e\u0301\u0301\u0323 Paris", both, u"paris", u"Paris", true);
    row("ß whole", u"Johann Strauß", both, u"strauss", u"Strauß", true);
    row("ß: end inside the segment widens", u"Johann Strauß", both, u"straus", u"Strauß", false);
    row("ß: start inside the segment widens", u"Straße", both, u"se", u"ße", false);
    row("ligature whole", u"la ﬁnance", both, u"finance", u"ﬁnance", true);
    row("ligature: start inside widens", u"la ﬁnance", both, u"inance", u"ﬁnance", false);
    row("Turkish İ with accent folding is one unit", u"İstanbul", both, u"stanbul", u"stanbul",
        true);
    row("Turkish İ without accent folding: after its dot is inside", u"İstanbul", caseOnly,
        u"\u0307stanbul", u"İstanbul", false);
    row("Turkish İ without accent folding: after it", u"İstanbul", caseOnly, u"stanbul", u"stanbul",
        true);
    row("Turkish İ whole", u"à İstanbul", caseOnly, u"i\u0307stanbul", u"İstanbul", true);
    row("emoji before", u"😀 Poutine 👍🏽 Xi", both, u"poutine", u"Poutine", true);
    row("emoji with modifier before", u"😀 Poutine 👍🏽 Xi", both, u"xi", u"Xi", true);
    row("emoji itself", u"a 👍🏽 b", both, u"👍🏽", u"👍🏽", true);
    row("variation selector dropped", u"I ❤\uFE0F Paris", both, u"❤ paris", u"❤\uFE0F Paris", true);
    row("after a dropped variation selector", u"❤\uFE0FParis", both, u"paris", u"Paris", true);
    row("before a dropped variation selector", u"❤\uFE0FParis", both, u"❤", u"❤\uFE0F", true);
    row("Thai vowel sign above, a segment of its own, dropped", u"กิน ข้าว", both, u"กน", u"กิน",
        true);
    row("Thai: word ending in a dropped sign", u"ข้าว ที่", both, u"ท", u"ที่", true);
    row("astral letter folded", u"\U00010400\U00010401 Paris", both, u"\U00010429 paris",
        u"\U00010401 Paris", true);
    row("grapheme joiner: the letter before takes it", u"a\u034Fb", both, u"a", u"a\u034F", true);
    row("grapheme joiner: the letter after", u"a\u034Fb", both, u"b", u"b", true);
    row("grapheme joiner: across it", u"a\u034Fb", both, u"ab", u"a\u034Fb", true);
    row("Arabic with harakat", u"قال مُحَمَّد اليوم", both, u"محمد", u"مُحَمَّد", true);
    row("Hebrew with niqqud", u"אמר שָׁלוֹם היום", both, u"שלום", u"שָׁלוֹם", true);
    row("Greek final sigma", u"ο κ. Μητσοτάκης είπε", both, u"μητσοτακησ", u"Μητσοτάκης", true);
    row("Cyrillic decomposed short i", u"Сергей Шои\u0306гу", both, u"шоигу", u"Шои\u0306гу", true);
}

void TestTextNormalizer::mapsMatchesBack()
{
    QFETCH(QString, source);
    QFETCH(Options, options);
    QFETCH(QString, needle);
    QFETCH(QString, expected);
    QFETCH(bool, exact);

    const TextNormalizer::Mapped mapped = TextNormalizer::normalizeWithMap(source, options);
    QCOMPARE(mapped.text, TextNormalizer::normalize(source, options));
    const qsizetype start = mapped.text.indexOf(needle);
    QVERIFY2(start >= 0, qPrintable(mapped.text));
    const qsizetype end = start + needle.size();
    const qsizetype sourceStart = mapped.sourceStart(start);
    const qsizetype sourceEnd = mapped.sourceEnd(end);
    QVERIFY(sourceStart <= sourceEnd);
    QCOMPARE(QStringView(source).sliced(sourceStart, sourceEnd - sourceStart).toString(), expected);
    QCOMPARE(mapped.isBoundary(start) && mapped.isBoundary(end), exact);
    const QString spanNormalized = TextNormalizer::normalize(
        QStringView(source).sliced(sourceStart, sourceEnd - sourceStart), options);
    if (exact)
        QCOMPARE(spanNormalized, needle);
    else
        QVERIFY(spanNormalized.contains(needle));
}

void TestTextNormalizer::mapRoundTripsEveryBoundarySpan_data()
{
    agreesWithOracleOnRandomText_data();
}

void TestTextNormalizer::mapRoundTripsEveryBoundarySpan()
{
    QFETCH(Options, options);
    std::mt19937 random(7);
    for (int i = 0; i < 3000; ++i) {
        const QString source = randomText(random, 1 + i % 10);
        const TextNormalizer::Mapped mapped = TextNormalizer::normalizeWithMap(source, options);
        const qsizetype n = mapped.text.size();
        QCOMPARE(mapped.sourceEnd(n), source.size());
        // Only what normalises to nothing comes before the first character.
        QVERIFY(TextNormalizer::normalize(QStringView(source).first(mapped.sourceStart(0)), options)
                    .isEmpty());
        qsizetype previousStart = 0;
        for (qsizetype a = 0; a <= n; ++a) {
            const qsizetype sourceStart = mapped.sourceStart(a);
            QVERIFY(sourceStart >= previousStart); // monotonic
            previousStart = sourceStart;
            QVERIFY(mapped.sourceEnd(a) <= source.size());
            if (!mapped.isBoundary(a))
                continue;
            for (qsizetype b = a + 1; b <= n; ++b) {
                if (!mapped.isBoundary(b))
                    continue;
                // A span between two boundaries is exactly the normalised
                // form of the source span it maps to.
                const qsizetype s = mapped.sourceStart(a);
                const qsizetype e = mapped.sourceEnd(b);
                QVERIFY2(s <= e, qPrintable(source));
                QCOMPARE(TextNormalizer::normalize(QStringView(source).sliced(s, e - s), options),
                         mapped.text.sliced(a, b - a));
            }
        }
    }
}

void TestTextNormalizer::emptyAndPlainText()
{
    const TextNormalizer::Mapped empty = TextNormalizer::normalizeWithMap(QStringView());
    QVERIFY(empty.text.isEmpty());
    QCOMPARE(empty.sourceStart(0), 0);
    QCOMPARE(empty.sourceEnd(0), 0);
    QVERIFY(empty.isBoundary(0));

    // French NFC text: every character maps unit for unit, no segment stored.
    const QString french = QStringLiteral(u"L’Élysée a reçu « Mme Dupré » à 18 h, dit-on.");
    const TextNormalizer::Mapped mapped = TextNormalizer::normalizeWithMap(french);
    QCOMPARE(mapped.text, QStringLiteral(u"l’elysee a recu « mme dupre » a 18 h, dit-on."));
    QVERIFY(mapped.segments.isEmpty());
    for (qsizetype i = 0; i <= french.size(); ++i) {
        QCOMPARE(mapped.sourceStart(i), i);
        QCOMPARE(mapped.sourceEnd(i), i);
    }
}

QTEST_GUILESS_MAIN(TestTextNormalizer)
#include "tst_textnormalizer.moc"
