// SPDX-License-Identifier: GPL-3.0-or-later
// CodePointIndex: code point offsets (what files and users see) against
// QString's UTF-16 indices, checked against QString::toUcs4().
#include "codepointindex.h"

#include <QList>
#include <QString>
#include <QTest>

#include <functional>

using Marginalia::CodePointIndex;

namespace {

/// \a count code points: Latin letters, or an emoji where \a astralAt says so.
QString buildText(qsizetype count, const std::function<bool(qsizetype)> &astralAt)
{
    QString text;
    for (qsizetype i = 0; i < count; ++i) {
        if (astralAt(i)) {
            const char32_t emoji = U'\U0001F600' + char32_t(i % 64);
            text.append(QChar::highSurrogate(emoji));
            text.append(QChar::lowSurrogate(emoji));
        } else {
            text.append(QLatin1Char(char('a' + i % 26)));
        }
    }
    return text;
}

/// A deterministic mix of ASCII, accented, combining, Arabic, CJK and astral
/// characters.
QString pseudoRandomText(qsizetype count, quint32 seed)
{
    static const char32_t pool[] = {
        U'a',          U' ',          U'\n',         U'\u00E9',     U'\u0301',
        U'\u0627',     U'\u666E',     U'\u200D',     U'\U0001F600', U'\U0001F1EB',
        U'\U0001F1F7', U'\U0002070E', U'\U0001D54F', U'\U0001F3FD',
    };
    constexpr quint32 poolSize = sizeof(pool) / sizeof(pool[0]);
    QString text;
    quint32 state = seed;
    for (qsizetype i = 0; i < count; ++i) {
        state = state * 1664525u + 1013904223u;
        const char32_t c = pool[(state >> 16) % poolSize];
        if (QChar::requiresSurrogates(c)) {
            text.append(QChar::highSurrogate(c));
            text.append(QChar::lowSurrogate(c));
        } else {
            text.append(QChar(char16_t(c)));
        }
    }
    return text;
}

} // namespace

class TestCodePointIndex : public QObject
{
    Q_OBJECT

private slots:
    void matchesUcs4_data();
    void matchesUcs4();
    void lowHalfOfAPair_data();
    void lowHalfOfAPair();
    void countOfViews_data();
    void countOfViews();
};

void TestCodePointIndex::matchesUcs4_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("codePoints"); ///< counted by hand; -1 for generated texts

    QTest::newRow("empty") << QString() << qsizetype(0);
    QTest::newRow("ASCII") << QStringLiteral("Poutine arrive lundi.") << qsizetype(21);
    QTest::newRow("French, precomposed accents")
        << QStringLiteral(u"Biélorussie, Kyiv, où ça ?") << qsizetype(26);
    QTest::newRow("NFD combining marks are separate code points")
        << QStringLiteral(u"Bie\u0301lorussie e\u0301\u0300") << qsizetype(16);
    QTest::newRow("Arabic with harakat")
        << QStringLiteral(u"\u0628\u064F\u0648\u062A\u0650\u064A\u0646 \u0642\u0627\u0644")
        << qsizetype(11);
    QTest::newRow("Chinese without spaces")
        << QStringLiteral(u"\u666E\u4EAC\u62B5\u8FBE\u660E\u65AF\u514B\u3002") << qsizetype(8);
    QTest::newRow("one emoji") << QStringLiteral(u"\U0001F600") << qsizetype(1);
    QTest::newRow("emoji at the start") << QStringLiteral(u"\U0001F600 bonjour") << qsizetype(9);
    QTest::newRow("emoji at the end") << QStringLiteral(u"bonjour \U0001F600") << qsizetype(9);
    QTest::newRow("adjacent emoji")
        << QStringLiteral(u"a\U0001F600\U0001F601\U0001F602b") << qsizetype(5);
    QTest::newRow("flag is two regional indicators")
        << QStringLiteral(u"\U0001F1EB\U0001F1F7 et \U0001F1FA\U0001F1E6") << qsizetype(8);
    QTest::newRow("skin tone modifier is its own code point")
        << QStringLiteral(u"\U0001F44F\U0001F3FD") << qsizetype(2);
    QTest::newRow("ZWJ family is five code points")
        << QStringLiteral(u"\U0001F468\u200D\U0001F469\u200D\U0001F467") << qsizetype(5);
    QTest::newRow("keycap sequence") << QStringLiteral(u"1\uFE0F\u20E3") << qsizetype(3);
    QTest::newRow("CJK extension B and mathematical letters")
        << QStringLiteral(u"\U0002070E\U00020B9F \U0001D54F\U0001D550") << qsizetype(5);
    QTest::newRow("highest code point") << QStringLiteral(u"x\U0010FFFDy") << qsizetype(3);
    QTest::newRow("mixed scripts with emoji and NFD")
        << QStringLiteral(u"Poutine \U0001F1F7\U0001F1FA \u041F\u0443\u0442\u0438\u043D "
                          u"\u0628\u0648\u062A\u064A\u0646 \u666E\u4EAC e\u0301 \U0001F600!")
        << qsizetype(31);

    // Invalid UTF-16: each lone surrogate counts as one code point.
    QTest::newRow("lone high surrogate between emoji")
        << QString(QStringLiteral(u"\U0001F600") + QChar(0xD83D) + QStringLiteral(u"a\U0001F600"))
        << qsizetype(4);
    QTest::newRow("lone high surrogate at the end")
        << QString(QStringLiteral(u"\U0001F600a") + QChar(0xD83D)) << qsizetype(3);
    QTest::newRow("lone low surrogate at the start")
        << QString(QChar(0xDE00) + QStringLiteral(u"a\U0001F600")) << qsizetype(3);
    QTest::newRow("surrogate halves swapped")
        << QString(QString(QChar(0xDE00)) + QChar(0xD83D) + QStringLiteral(u"\U0001F600"))
        << qsizetype(3);
    QTest::newRow("lone low surrogates only, no table")
        << QString(QStringLiteral("ab") + QChar(0xDC00) + QChar(0xDFFF)) << qsizetype(4);

    // Around the 64-code-point stride of the checkpoint table.
    const auto generated = [](const char *name, const QString &text) {
        QTest::newRow(name) << text << qsizetype(-1);
    };
    const auto at = [](qsizetype position) {
        return [position](qsizetype i) { return i == position; };
    };
    generated("BMP only, 1000 code points, no table",
              buildText(1000, [](qsizetype) { return false; }));
    generated("63 code points, emoji last", buildText(63, at(62)));
    generated("64 code points, emoji first", buildText(64, at(0)));
    generated("64 code points, emoji last", buildText(64, at(63)));
    generated("65 code points, emoji on the first checkpoint", buildText(65, at(64)));
    generated("65 code points, emoji just before the checkpoint", buildText(65, at(63)));
    generated("127 code points, emoji at 100", buildText(127, at(100)));
    generated("128 code points, emoji first", buildText(128, at(0)));
    generated("128 code points, emoji last", buildText(128, at(127)));
    generated("129 code points, emoji at 128", buildText(129, at(128)));
    generated("192 code points, emoji on every checkpoint",
              buildText(192, [](qsizetype i) { return i % 64 == 0; }));
    generated("200 code points, all astral", buildText(200, [](qsizetype) { return true; }));
    generated("1000 code points, astral every 7th",
              buildText(1000, [](qsizetype i) { return i % 7 == 3; }));
    generated("1024 code points, astral every 64th, off by one",
              buildText(1024, [](qsizetype i) { return i % 64 == 63; }));
    generated("5000 code points, pseudo-random mix", pseudoRandomText(5000, 42));
    generated("4096 code points, pseudo-random mix", pseudoRandomText(4096, 7));
}

void TestCodePointIndex::matchesUcs4()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, codePoints);

    // The independent answer: Qt's own UTF-32 conversion, which turns every
    // lone surrogate into one U+FFFD, and the UTF-16 size of each code point.
    const QList<uint> ucs4 = text.toUcs4();
    if (codePoints >= 0)
        QCOMPARE(ucs4.size(), codePoints);
    QList<qsizetype> utf16Offsets;
    qsizetype offset = 0;
    for (const uint codePoint : ucs4) {
        utf16Offsets.append(offset);
        offset += codePoint > 0xFFFF ? 2 : 1;
    }
    utf16Offsets.append(offset);
    QCOMPARE(offset, text.size());

    QCOMPARE(CodePointIndex::count(text), ucs4.size());
    const CodePointIndex index(text);
    QCOMPARE(index.codePointCount(), ucs4.size());

    for (qsizetype k = 0; k <= ucs4.size(); ++k) {
        const qsizetype utf16 = utf16Offsets.at(k);
        const qsizetype gotUtf16 = index.toUtf16(k);
        QVERIFY2(
            gotUtf16 == utf16,
            qPrintable(
                QStringLiteral("toUtf16(%1) = %2, expected %3").arg(k).arg(gotUtf16).arg(utf16)));
        const qsizetype gotCodePoint = index.toCodePoint(utf16);
        QVERIFY2(gotCodePoint == k,
                 qPrintable(QStringLiteral("toCodePoint(%1) = %2, expected %3")
                                .arg(utf16)
                                .arg(gotCodePoint)
                                .arg(k)));
        if (k == ucs4.size())
            break;
        if (ucs4.at(k) > 0xFFFF) {
            // The low half of a pair belongs to the pair's code point.
            QVERIFY2(index.toCodePoint(utf16 + 1) == k,
                     qPrintable(QStringLiteral("toCodePoint(%1) inside a pair").arg(utf16 + 1)));
        }
        // Cutting one code point out gives exactly that code point.
        const QString cut = text.mid(utf16, index.toUtf16(k + 1) - utf16);
        QCOMPARE(cut.toUcs4(), QList<uint> { ucs4.at(k) });
    }
    QCOMPARE(index.toUtf16(index.codePointCount()), text.size());
    QCOMPARE(index.toCodePoint(text.size()), index.codePointCount());
}

void TestCodePointIndex::lowHalfOfAPair_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("utf16");
    QTest::addColumn<qsizetype>("codePoint");

    const QString emojiFirst = QStringLiteral(u"\U0001F600abc");
    QTest::newRow("high half of the first pair") << emojiFirst << qsizetype(0) << qsizetype(0);
    QTest::newRow("low half of the first pair") << emojiFirst << qsizetype(1) << qsizetype(0);
    QTest::newRow("after the first pair") << emojiFirst << qsizetype(2) << qsizetype(1);
    const QString flag = QStringLiteral(u"x\U0001F1EB\U0001F1F7y");
    QTest::newRow("low half of the first regional indicator")
        << flag << qsizetype(2) << qsizetype(1);
    QTest::newRow("high half of the second regional indicator")
        << flag << qsizetype(3) << qsizetype(2);
    QTest::newRow("low half of the second regional indicator")
        << flag << qsizetype(4) << qsizetype(2);
    QTest::newRow("after the flag") << flag << qsizetype(5) << qsizetype(3);
    // 63 letters then an emoji: the pair holds code point 63 and its low
    // half is UTF-16 index 64, right where a naive stride would cut.
    const QString acrossStride = buildText(70, [](qsizetype i) { return i == 63; });
    QTest::newRow("low half just after the stride")
        << acrossStride << qsizetype(64) << qsizetype(63);
    QTest::newRow("after the pair across the stride")
        << acrossStride << qsizetype(65) << qsizetype(64);
    const QString allAstral = buildText(300, [](qsizetype) { return true; });
    QTest::newRow("low half deep in an all-astral text")
        << allAstral << qsizetype(2 * 200 + 1) << qsizetype(200);
    QTest::newRow("low half of the last pair") << allAstral << qsizetype(599) << qsizetype(299);
}

void TestCodePointIndex::lowHalfOfAPair()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, utf16);
    QFETCH(qsizetype, codePoint);

    const CodePointIndex index(text);
    QCOMPARE(index.toCodePoint(utf16), codePoint);
    // Going back gives the start of the character, never its middle.
    QVERIFY(index.toUtf16(codePoint) <= utf16);
    QVERIFY(!text.at(index.toUtf16(codePoint)).isLowSurrogate());
}

void TestCodePointIndex::countOfViews_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("from");
    QTest::addColumn<qsizetype>("length");
    QTest::addColumn<qsizetype>("count");

    const QString text = QStringLiteral(u"a\U0001F600b\U0001F1EB\U0001F1F7c");
    QTest::newRow("whole text") << text << qsizetype(0) << text.size() << qsizetype(6);
    QTest::newRow("empty view") << text << qsizetype(3) << qsizetype(0) << qsizetype(0);
    QTest::newRow("only a pair") << text << qsizetype(1) << qsizetype(2) << qsizetype(1);
    QTest::newRow("starting on a low half") << text << qsizetype(2) << qsizetype(2) << qsizetype(2);
    QTest::newRow("ending on a high half") << text << qsizetype(0) << qsizetype(2) << qsizetype(2);
    QTest::newRow("the flag") << text << qsizetype(4) << qsizetype(4) << qsizetype(2);
    QTest::newRow("split flag") << text << qsizetype(5) << qsizetype(2) << qsizetype(2);
}

void TestCodePointIndex::countOfViews()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, from);
    QFETCH(qsizetype, length);
    QFETCH(qsizetype, count);

    const QStringView view = QStringView(text).mid(from, length);
    QCOMPARE(CodePointIndex::count(view), count);
    QCOMPARE(CodePointIndex::count(view), view.toUcs4().size());
}

QTEST_GUILESS_MAIN(TestCodePointIndex)

#include "tst_codepointindex.moc"
