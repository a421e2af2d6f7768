// SPDX-License-Identifier: GPL-3.0-or-later
// NameMatcher: whole-word, leftmost-longest matching of many names at once,
// against real ICU. Rows write the expected matches into the text with ⟦ and ⟧,
// so a failure shows every span in place.
#include "matchboundaries.h"
#include "namematcher.h"

#include <QString>
#include <QStringList>
#include <QTest>

#include <algorithm>
#include <random>

using Marginalia::MatchBoundaries;
using Marginalia::NameMatcher;
using Marginalia::TextNormalizer;

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

/// \a text with every distinct match span marked.
QString marked(QString text, const QVector<NameMatcher::Match> &matches)
{
    for (qsizetype i = matches.size() - 1; i >= 0; --i) {
        const NameMatcher::Match &m = matches.at(i);
        if (i + 1 < matches.size() && matches.at(i + 1).start == m.start
            && matches.at(i + 1).end == m.end)
            continue; // the same span for another entity
        text.insert(m.end, closeMark);
        text.insert(m.start, openMark);
    }
    return text;
}

QVector<NameMatcher::Pattern> patternsOf(const QStringList &names)
{
    QVector<NameMatcher::Pattern> patterns;
    for (qsizetype i = 0; i < names.size(); ++i)
        patterns.append({ names.at(i), 100 + i, 1 });
    return patterns;
}

/// The same matches found the slow way: every occurrence of every key in the
/// normalised text, the same boundary rules, the same choice.
QVector<NameMatcher::Match> naiveFindAll(const NameMatcher &matcher,
                                         const QVector<NameMatcher::Pattern> &patterns,
                                         QStringView text)
{
    const TextNormalizer::Mapped mapped = TextNormalizer::normalizeWithMap(text, matcher.options());
    QString normalized = mapped.text;
    for (QChar &c : normalized) {
        if (c.isSpace())
            c = u' ';
        else if (c == u'\u2019')
            c = u'\'';
    }
    MatchBoundaries boundaries(text);
    struct Found
    {
        qsizetype start, end;
        int pattern;
    };
    QVector<Found> found;
    for (int p = 0; p < patterns.size(); ++p) {
        const QString key = matcher.key(patterns.at(p).text);
        if (key.isEmpty())
            continue;
        for (qsizetype at = normalized.indexOf(key); at >= 0;
             at = normalized.indexOf(key, at + 1)) {
            const qsizetype end = at + key.size();
            if (!mapped.isBoundary(at) || !mapped.isBoundary(end))
                continue;
            const qsizetype s = mapped.sourceStart(at);
            const qsizetype e = mapped.sourceEnd(end);
            if (boundaries.canStart(s) && boundaries.canEnd(e))
                found.append({ s, e, p });
        }
    }
    std::stable_sort(found.begin(), found.end(), [](const Found &a, const Found &b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    QVector<NameMatcher::Match> matches;
    qsizetype taken = -1;
    for (qsizetype i = 0; i < found.size(); ++i) {
        const Found &f = found.at(i);
        if (f.start < taken)
            continue;
        taken = f.end;
        // Every pattern with that span, first pattern per entity.
        QVector<qint64> entities;
        for (qsizetype j = i;
             j < found.size() && found.at(j).start == f.start && found.at(j).end == f.end; ++j) {
            const NameMatcher::Pattern &p = patterns.at(found.at(j).pattern);
            if (entities.contains(p.entityId))
                continue;
            entities.append(p.entityId);
            matches.append({ f.start, f.end, p.entityId, p.labelId, found.at(j).pattern });
        }
    }
    return matches;
}

bool sameMatches(const QVector<NameMatcher::Match> &a, const QVector<NameMatcher::Match> &b)
{
    const auto key = [](const NameMatcher::Match &m) {
        return std::make_tuple(m.start, m.end, m.entityId, m.labelId, m.pattern);
    };
    if (a.size() != b.size())
        return false;
    QVector<NameMatcher::Match> sortedA = a;
    QVector<NameMatcher::Match> sortedB = b;
    const auto less = [&](const NameMatcher::Match &x, const NameMatcher::Match &y) {
        return key(x) < key(y);
    };
    std::sort(sortedA.begin(), sortedA.end(), less);
    std::sort(sortedB.begin(), sortedB.end(), less);
    return std::equal(sortedA.cbegin(), sortedA.cend(), sortedB.cbegin(),
                      [&](const auto &x, const auto &y) { return key(x) == key(y); });
}

} // namespace

class TestNameMatcher : public QObject
{
    Q_OBJECT

private slots:
    void findAll_data();
    void findAll();
    void sharedNamesGiveOneMatchPerEntity();
    void ignoresEmptyPatternsAndRebuilds();
    void matchesOriginalOffsets_data();
    void matchesOriginalOffsets();
    void agreesWithNaiveSearch_data();
    void agreesWithNaiveSearch();
};

void TestNameMatcher::findAll_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QString>("expected"); ///< the text, each match in ⟦ ⟧
    QTest::addColumn<bool>("foldAccents");

    const auto row = [](const char *name, const QStringList &names, QStringView expected,
                        bool foldAccents = true) {
        QTest::newRow(name) << names << expected.toString() << foldAccents;
    };
    const auto list = [](std::initializer_list<QStringView> names) {
        QStringList out;
        for (const QStringView n : names)
            out.append(n.toString());
        return out;
    };

    // Longest and leftmost.
    row("longest match wins", list({ u"Poutine", u"Vladimir Poutine" }),
        u"Le président ⟦Vladimir Poutine⟧ a vu ⟦Poutine⟧.");
    row("leftmost wins over longer overlapping", list({ u"Jean Paul", u"Paul Sartre et Simone" }),
        u"⟦Jean Paul⟧ Sartre et Simone");
    row("adjacent matches", list({ u"Paris", u"Lyon" }), u"le TGV ⟦Paris⟧-⟦Lyon⟧");
    row("at both ends of the text", list({ u"Paris" }), u"⟦Paris⟧ et ⟦Paris⟧");
    row("suffix of a longer name that is not there", list({ u"Macron", u"Emmanuel Macron" }),
        u"Emmanuel a vu ⟦Macron⟧");
    row("nested names, failure links", list({ u"a b c d", u"b c", u"c d e" }),
        u"a b ⟦b c⟧ ⟦c d e⟧");

    // Whole words.
    row("Paris not inside Parisien", list({ u"Paris" }), u"Les Parisiens aiment ⟦Paris⟧.");
    row("Poutine not inside Poutines", list({ u"Poutine" }), u"des poutines, ⟦Poutine⟧");
    row("not at the end of a word", list({ u"Macron" }), u"antiMacron ⟦Macron⟧");
    row("digits", list({ u"2024" }), u"en ⟦2024⟧, pas en 20245 ni en 2024a");
    row("letters joined to digits", list({ u"G7" }), u"le ⟦G7⟧ et le G70");
    row("hyphen parts, as ICU", list({ u"Pierre" }), u"Jean-⟦Pierre⟧ et ⟦Pierre⟧");
    row("hyphenated name", list({ u"Jean-Pierre" }), u"⟦Jean-Pierre⟧ et ⟦Jean\u2011Pierre⟧");
    row("name ending in a full stop", list({ u"M. Lefèvre" }), u"⟦M. Lefèvre⟧ a dit");
    row("name in guillemets", list({ u"Kremlin" }), u"le «⟦Kremlin⟧» dit");
    row("emoji around", list({ u"Paris" }), u"😀⟦Paris⟧👍🏽 et 🇫🇷 ⟦Paris⟧");
    row("astral letter name", list({ u"𝕏" }), u"le réseau ⟦𝕏⟧ annonce");
    row("surrogate pairs before a name", list({ u"Xi" }), u"𠜎 ⟦Xi⟧ 😀");

    // French elision and English possessive.
    row("elision: l’", list({ u"Élysée" }), u"l’⟦Élysée⟧ et L'⟦ELYSEE⟧");
    row("elision: d'", list({ u"Alger" }), u"la ville d'⟦Alger⟧");
    row("elision: qu’", list({ u"Emmanuel" }), u"qu’⟦Emmanuel⟧ dit");
    row("elision: jusqu’", list({ u"Orsay" }), u"jusqu’à ⟦Orsay⟧ et jusqu’⟦Orsay⟧");
    row("elision: modifier letter apostrophe", list({ u"Élysée" }), u"l\u02BC⟦Élysée⟧");
    row("elision: the whole elided form", list({ u"l’Élysée" }), u"à ⟦l'Élysée⟧");
    row("no elision: O’Brien", list({ u"Brien" }), u"O’Brien et ⟦Brien⟧");
    row("no elision: aujourd’hui", list({ u"hui" }), u"aujourd’hui");
    row("no elision: presqu’île", list({ u"île" }), u"la presqu’île");
    row("no elision: N’Djamena", list({ u"Djamena" }), u"à N’Djamena");
    row("no elision: a consonant after l’", list({ u"Brun" }), u"l’Brun");
    row("no elision: unknown prefix", list({ u"Alger" }), u"xd'Alger");
    row("apostrophes meet", list({ u"O'Brien" }), u"⟦O’Brien⟧ et ⟦O'Brien⟧");
    row("possessive", list({ u"Poutine" }), u"⟦Poutine⟧’s army and ⟦Poutine⟧'s");
    row("no possessive inside a word", list({ u"Poutine" }), u"Poutine’smith");

    // Spacing.
    row("no-break space in the text", list({ u"Vladimir Poutine" }),
        u"⟦Vladimir\u00A0Poutine⟧ et ⟦Vladimir\nPoutine⟧");
    row("runs of spaces in a name", list({ u"  Vladimir   Poutine " }),
        u"⟦Vladimir Poutine⟧, not Vladimir  Poutine");

    // Folding.
    row("case and accents", list({ u"Choïgou" }),
        u"⟦CHOIGOU⟧, ⟦Choi\u0308gou⟧, ⟦choïgou⟧, ⟦CHOÏGOU⟧");
    row("decomposed name", list({ u"Choi\u0308gou" }), u"⟦Choïgou⟧");
    row("accents kept when not folding", list({ u"Élysée" }),
        u"Elysee, ⟦ÉLYSÉE⟧, ⟦E\u0301lyse\u0301e⟧", false);
    row("ß meets ss", list({ u"Strauss" }), u"Johann ⟦Strauß⟧ et ⟦STRAUSS⟧");
    row("half a ß never matches", list({ u"Straus" }), u"Strauß");
    row("ligature", list({ u"finance" }), u"la ⟦ﬁnance⟧");
    row("half a ligature never matches", list({ u"inance" }), u"la ﬁnance");
    row("Turkish dotted capital I", list({ u"Istanbul" }), u"⟦İstanbul⟧, ⟦ISTANBUL⟧, ıstanbul");
    row("Greek final sigma and tonos", list({ u"Μητσοτάκης" }),
        u"ο ⟦ΜΗΤΣΟΤΑΚΗΣ⟧ και ο ⟦Μητσοτάκης⟧ και ο ⟦μητσοτακησ⟧");
    row("Greek: not inside a longer word", list({ u"Σοφία" }), u"⟦ΣΟΦΊΑ⟧ Σοφίας");
    row("Cyrillic", list({ u"Шойгу" }), u"⟦ШОЙГУ⟧ и ⟦Шойгу⟧, не Шойгуев");
    row("Cyrillic yo", list({ u"Горбачёв" }), u"⟦Горбачев⟧ и ⟦ГОРБАЧЁВ⟧");
    row("Arabic with harakat", list({ u"محمد" }), u"قال ⟦مُحَمَّد⟧ اليوم");
    row("Arabic: not inside a longer word", list({ u"محمد" }), u"والمحمدية ⟦محمد⟧");
    row("Hebrew with niqqud", list({ u"שלום" }), u"אמר ⟦שָׁלוֹם⟧ היום");

    // Scripts without spaces.
    row("Chinese: name inside a run of Han", list({ u"普京" }), u"习近平在北京会见了⟦普京⟧总统");
    row("Chinese: ICU splits 普京, found anyway", list({ u"普京" }), u"⟦普京⟧习近平");
    row("Chinese: longest wins", list({ u"普京", u"普京总统" }), u"会见了⟦普京总统⟧。⟦普京⟧");
    row("Japanese: katakana", list({ u"プーチン" }), u"⟦プーチン⟧大統領");
    row("Thai: a name inside a run", list({ u"ไทย" }), u"ภาษา⟦ไทย⟧ง่าย");
    row("Thai: inside a longer word, but not before a vowel sign", list({ u"ไท" }),
        u"ภาษา⟦ไท⟧ย ภาษาไทีย", false);
    row("Chinese next to Latin: ICU's boundary", list({ u"Putin", u"普京" }), u"⟦Putin⟧和⟦普京⟧");
}

void TestNameMatcher::findAll()
{
    QFETCH(QStringList, names);
    QFETCH(QString, expected);
    QFETCH(bool, foldAccents);
    NameMatcher matcher(TextNormalizer::Options { true, foldAccents });
    matcher.build(patternsOf(names));
    const QString text = unmarked(expected);
    const QVector<NameMatcher::Match> matches = matcher.findAll(text);
    QCOMPARE(marked(text, matches), expected);
    for (const NameMatcher::Match &m : matches) {
        QVERIFY(m.start < m.end);
        QCOMPARE(m.entityId, 100 + m.pattern);
    }
}

void TestNameMatcher::sharedNamesGiveOneMatchPerEntity()
{
    NameMatcher matcher;
    matcher.build({
        { QStringLiteral(u"Paris"), 1, 10 }, // 0
        { QStringLiteral(u"Paris"), 2, 20 }, // 1: another entity, same name
        { QStringLiteral(u"PARIS"), 1, 10 }, // 2: same key, same entity
        { QStringLiteral(u"Ville de Paris"), 3, 30 }, // 3
        { QStringLiteral(u"Lutèce"), 1, 10 }, // 4: an alias
    });
    QCOMPARE(matcher.patternCount(), 5);
    QCOMPARE(matcher.keyCount(), 3);
    const QString text = QStringLiteral(u"À PARIS, la Ville de Paris, ex-Lutece.");
    const QVector<NameMatcher::Match> matches = matcher.findAll(text);
    QCOMPARE(matches.size(), 4);
    const auto check = [&](int i, QStringView span, qint64 entity, qint64 label, int pattern) {
        const NameMatcher::Match &m = matches.at(i);
        QCOMPARE(QStringView(text).sliced(m.start, m.end - m.start), span);
        QCOMPARE(m.entityId, entity);
        QCOMPARE(m.labelId, label);
        QCOMPARE(m.pattern, pattern);
    };
    check(0, u"PARIS", 1, 10, 0);
    check(1, u"PARIS", 2, 20, 1);
    check(2, u"Ville de Paris", 3, 30, 3);
    check(3, u"Lutece", 1, 10, 4);
}

void TestNameMatcher::ignoresEmptyPatternsAndRebuilds()
{
    NameMatcher matcher;
    QVERIFY(matcher.findAll(u"Paris").isEmpty());
    matcher.build({ { QString(), 1, 1 },
                    { QStringLiteral(u"   "), 2, 1 },
                    { QStringLiteral(u"\u00A0\n"), 3, 1 },
                    { QStringLiteral(u"\u0301"), 4, 1 }, // a lone accent folds to nothing
                    { QStringLiteral(u"Lyon"), 5, 1 } });
    QCOMPARE(matcher.patternCount(), 1);
    QCOMPARE(matcher.keyCount(), 1);
    QCOMPARE(matcher.findAll(u"Paris et Lyon").size(), 1);
    QVERIFY(matcher.memoryBytes() > 0);

    matcher.build({ { QStringLiteral(u"Paris"), 6, 1 } });
    const QVector<NameMatcher::Match> matches = matcher.findAll(u"Paris et Lyon");
    QCOMPARE(matches.size(), 1);
    QCOMPARE(matches.first().entityId, 6);
    QCOMPARE(matches.first().pattern, 0);

    matcher.build({});
    QCOMPARE(matcher.patternCount(), 0);
    QVERIFY(matcher.findAll(u"Paris et Lyon").isEmpty());
    QVERIFY(matcher.findAll(QStringView()).isEmpty());
}

void TestNameMatcher::matchesOriginalOffsets_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name");
    QTest::addColumn<qsizetype>("start");
    QTest::addColumn<qsizetype>("end");

    QTest::newRow("after a decomposed accent")
        << QStringLiteral(u"E\u0301te\u0301 a\u0300 Paris") << QStringLiteral(u"Paris")
        << qsizetype(9) << qsizetype(14);
    QTest::newRow("after ß and a ligature")
        << QStringLiteral(u"Straße ﬁn Lyon") << QStringLiteral(u"Lyon") << qsizetype(10)
        << qsizetype(14);
    QTest::newRow("after emoji") << QStringLiteral(u"😀👍🏽 Lyon") << QStringLiteral(u"Lyon")
                                 << qsizetype(7) << qsizetype(11);
    QTest::newRow("decomposed name spans its marks")
        << QStringLiteral(u"à Choi\u0308gou\u0301.") << QStringLiteral(u"Choïgou") << qsizetype(2)
        << qsizetype(11);
    QTest::newRow("variation selector after a name")
        << QStringLiteral(u"❤\uFE0F ❤\uFE0F") << QStringLiteral(u"❤") << qsizetype(0)
        << qsizetype(2);
}

void TestNameMatcher::matchesOriginalOffsets()
{
    QFETCH(QString, text);
    QFETCH(QString, name);
    QFETCH(qsizetype, start);
    QFETCH(qsizetype, end);
    NameMatcher matcher;
    matcher.build({ { name, 1, 1 } });
    const QVector<NameMatcher::Match> matches = matcher.findAll(text);
    QVERIFY(!matches.isEmpty());
    QCOMPARE(matches.first().start, start);
    QCOMPARE(matches.first().end, end);
    QCOMPARE(TextNormalizer::normalize(QStringView(text).sliced(start, end - start)),
             TextNormalizer::normalize(name));
}

void TestNameMatcher::agreesWithNaiveSearch_data()
{
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<int>("seed");
    QTest::newRow("overlapping prefixes and suffixes")
        << QStringList { QStringLiteral(u"a"),   QStringLiteral(u"ab"),  QStringLiteral(u"ba"),
                         QStringLiteral(u"aba"), QStringLiteral(u"bab"), QStringLiteral(u"b") }
        << 1;
    QTest::newRow("accents, cases, punctuation")
        << QStringList { QStringLiteral(u"É"),     QStringLiteral(u"e"), QStringLiteral(u"ée"),
                         QStringLiteral(u"l’é"),   QStringLiteral(u"ß"), QStringLiteral(u"SS"),
                         QStringLiteral(u"Jean-"), QStringLiteral(u"."), QStringLiteral(u"😀") }
        << 2;
    QTest::newRow("CJK and Latin")
        << QStringList { QStringLiteral(u"普"), QStringLiteral(u"京"),  QStringLiteral(u"普京"),
                         QStringLiteral(u"x"),  QStringLiteral(u"京x"), QStringLiteral(u"。") }
        << 3;
}

void TestNameMatcher::agreesWithNaiveSearch()
{
    QFETCH(QStringList, words);
    QFETCH(int, seed);
    std::mt19937 random { quint32(seed) };
    std::uniform_int_distribution<int> pickWord(0, int(words.size()) - 1);
    const QStringView separators[] = { u" ", u" ", u"", u", ", u"\u00A0" };
    std::uniform_int_distribution<int> pickSeparator(0, int(std::size(separators)) - 1);
    const auto phrase = [&](int length) {
        QString out;
        for (int i = 0; i < length; ++i) {
            if (i > 0)
                out += separators[pickSeparator(random)];
            out += words.at(pickWord(random));
        }
        return out;
    };
    for (int round = 0; round < 200; ++round) {
        QVector<NameMatcher::Pattern> patterns;
        for (int i = 0; i < 12; ++i)
            patterns.append({ phrase(1 + i % 3), qint64(1 + random() % 5), 1 });
        NameMatcher matcher;
        matcher.build(patterns);
        const QString text = phrase(60);
        const QVector<NameMatcher::Match> fast = matcher.findAll(text);
        const QVector<NameMatcher::Match> slow = naiveFindAll(matcher, patterns, text);
        if (!sameMatches(fast, slow)) {
            QString names;
            for (const NameMatcher::Pattern &p : patterns)
                names += p.text + u'|';
            QFAIL(qPrintable(QStringLiteral(u"names %1\ntext %2\nfast %3\nslow %4")
                                 .arg(names, text, marked(text, fast), marked(text, slow))));
        }
    }
}

QTEST_GUILESS_MAIN(TestNameMatcher)
#include "tst_namematcher.moc"
