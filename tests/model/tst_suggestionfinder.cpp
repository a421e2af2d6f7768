// SPDX-License-Identifier: GPL-3.0-or-later
// Suggestions: known names and aliases found in an article, less what is
// tagged already and what the analyst turned down.
#include "codepointindex.h"
#include "suggestionfinder.h"
#include "testhelpers.h"

#include <QTest>

using namespace Marginalia;

namespace {

const QString Text = QStringLiteral("Vladimir Poutine 😀 a vu PUTIN et Choi\u0308gou à l’Élysée. "
                                    "Poutine, Poutines, Choïgou.");

Entity entity(qint64 id, const QString &name, qint64 label, const QStringList &aliases = {})
{
    return { id, name, label, aliases, QString() };
}

Annotation annotated(qint64 start, qint64 end)
{
    Annotation a;
    a.start = start;
    a.end = end;
    return a;
}

QStringList shown(const QVector<Suggestion> &found)
{
    QStringList out;
    const CodePointIndex index(Text);
    for (const Suggestion &s : found) {
        const qsizetype start = index.toUtf16(s.start);
        out.append(Text.mid(start, index.toUtf16(s.end) - start) + QLatin1Char('#')
                   + QString::number(s.entityId));
    }
    return out;
}

} // namespace

class TestSuggestionFinder : public QObject
{
    Q_OBJECT

private slots:
    void findsNamesAndAliases_data();
    void findsNamesAndAliases();
    void sharedNamesOfferTheFirstNotRejected();
    void linkedMentionsAreFormsOfTheirEntity();
};

void TestSuggestionFinder::findsNamesAndAliases_data()
{
    QTest::addColumn<bool>("foldAccents");
    QTest::addColumn<QVector<Annotation>>("annotations");
    QTest::addColumn<QVector<RejectedSuggestion>>("rejected");
    QTest::addColumn<QStringList>("expected");

    const qint64 second = TestHelpers::codePointOffset(Text, u"Poutine,");
    QTest::newRow("everything") << true << QVector<Annotation>() << QVector<RejectedSuggestion>()
                                << QStringList { QStringLiteral("Vladimir Poutine#1"),
                                                 QStringLiteral("PUTIN#1"),
                                                 QStringLiteral("Choi\u0308gou#2"),
                                                 QStringLiteral("Élysée#3"),
                                                 QStringLiteral("Poutine#1"),
                                                 QStringLiteral("Choïgou#2") };
    QTest::newRow("accents kept") << false << QVector<Annotation>() << QVector<RejectedSuggestion>()
                                  << QStringList { QStringLiteral("Vladimir Poutine#1"),
                                                   QStringLiteral("PUTIN#1"),
                                                   QStringLiteral("Choi\u0308gou#2"),
                                                   QStringLiteral("Poutine#1"),
                                                   QStringLiteral("Choïgou#2") };
    QTest::newRow("overlapping annotation hides it")
        << true << QVector<Annotation> { annotated(5, 7), annotated(second, second + 7) }
        << QVector<RejectedSuggestion>()
        << QStringList { QStringLiteral("PUTIN#1"), QStringLiteral("Choi\u0308gou#2"),
                         QStringLiteral("Élysée#3"), QStringLiteral("Choïgou#2") };
    QTest::newRow("rejected for that span only")
        << true << QVector<Annotation>()
        << QVector<RejectedSuggestion> { { 1, second, second + 7, 1 },
                                         { 1, second, second + 7, 9 } }
        << QStringList { QStringLiteral("Vladimir Poutine#1"), QStringLiteral("PUTIN#1"),
                         QStringLiteral("Choi\u0308gou#2"), QStringLiteral("Élysée#3"),
                         QStringLiteral("Choïgou#2") };
}

void TestSuggestionFinder::findsNamesAndAliases()
{
    QFETCH(bool, foldAccents);
    QFETCH(QVector<Annotation>, annotations);
    QFETCH(QVector<RejectedSuggestion>, rejected);
    QFETCH(QStringList, expected);
    SuggestionFinder finder(TextNormalizer::Options { true, foldAccents });
    finder.setEntities({ entity(1, QStringLiteral("Vladimir Poutine"), 1,
                                { QStringLiteral("Poutine"), QStringLiteral("Putin") }),
                         entity(2, QStringLiteral("Choïgou"), 1),
                         entity(3, QStringLiteral("Elysee"), 2) });
    QCOMPARE(finder.patternCount(), 5);
    const CodePointIndex index(Text);
    const QVector<Suggestion> found = finder.find(Text, index, annotations, rejected);
    QCOMPARE(shown(found), expected);
    for (const Suggestion &s : found)
        QCOMPARE(s.labelId, s.entityId == 3 ? 2 : 1);
}

void TestSuggestionFinder::sharedNamesOfferTheFirstNotRejected()
{
    SuggestionFinder finder;
    finder.setEntities(
        { entity(1, QStringLiteral("Washington"), 1), entity(2, QStringLiteral("Washington"), 2) });
    const QString text = QStringLiteral("Washington");
    const CodePointIndex index(text);
    QVector<Suggestion> found = finder.find(text, index, {}, {});
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].entityId, 1);
    found = finder.find(text, index, {}, { { 1, 0, 10, 1 } });
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].entityId, 2);
    QVERIFY(finder.find(text, index, {}, { { 1, 0, 10, 1 }, { 1, 0, 10, 2 } }).isEmpty());
}

void TestSuggestionFinder::linkedMentionsAreFormsOfTheirEntity()
{
    SuggestionFinder finder;
    finder.setEntities({ entity(1, QStringLiteral("Alexandre Loukachenko"), 1) },
                       { { 1, 1, QStringLiteral("Loukachenko") },
                         { 1, 1, QStringLiteral("Alexandre Loukachenko") } });
    const QString text = QStringLiteral("Alexandre Loukachenko, puis LOUKACHENKO seul.");
    const CodePointIndex index(text);
    const QVector<Suggestion> found = finder.find(text, index, {}, {});
    QCOMPARE(found.size(), 2);
    QCOMPARE(found[0].end - found[0].start, 21);
    QCOMPARE(found[1].start, 28);
    QCOMPARE(found[1].end, 39);
}

QTEST_GUILESS_MAIN(TestSuggestionFinder)
#include "tst_suggestionfinder.moc"
