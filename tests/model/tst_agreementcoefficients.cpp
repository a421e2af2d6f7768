// SPDX-License-Identifier: GPL-3.0-or-later
// The agreement coefficients against worked examples from the literature
// (cited at each) and against cases worked by hand.
#include "cohenkappa.h"
#include "fleisskappa.h"
#include "nominalalpha.h"
#include "spanmatcher.h"
#include "unitizingalpha.h"

#include <QTest>

#include <cmath>
#include <optional>

using namespace Marginalia;

Q_DECLARE_METATYPE(QVector<CodedSpan>)

namespace {

QVector<CodedSpan> spans(std::initializer_list<std::tuple<qint64, qint64, int>> list)
{
    QVector<CodedSpan> result;
    for (const auto &[start, end, label] : list)
        result.append({ start, end, label });
    return result;
}

constexpr int Missing = -1;

// Artstein & Poesio (2008), "Inter-coder agreement for computational
// linguistics", Computational Linguistics 34(4), the two-coder example of
// dialogue acts: 100 utterances, categories Stat, IReq, Chck.
//            B: Stat IReq Chck
// A: Stat        46    6    0
//    IReq         0   32    0
//    Chck         0    6   10
constexpr int ArtsteinPoesio[3][3] = { { 46, 6, 0 }, { 0, 32, 0 }, { 0, 6, 10 } };

CohenKappa artsteinPoesioKappa()
{
    CohenKappa kappa(3);
    for (int a = 0; a < 3; ++a) {
        for (int b = 0; b < 3; ++b) {
            if (ArtsteinPoesio[a][b] > 0)
                kappa.add(a, b, ArtsteinPoesio[a][b]);
        }
    }
    return kappa;
}

} // namespace

class TestAgreementCoefficients : public QObject
{
    Q_OBJECT

private slots:
    void spanMatches_data();
    void spanMatches();
    void overlapMatchingIsMaximum();
    void cohenKappaArtsteinPoesio();
    void cohenKappaHandCases_data();
    void cohenKappaHandCases();
    void binaryKappaFoldsTheTable();
    void fleissKappaFleiss1971();
    void fleissKappaOfTwoCodersIsScottsPi();
    void nominalAlphaKrippendorff2011();
    void nominalAlphaHandCases_data();
    void nominalAlphaHandCases();
    void unitizingDistancesKrippendorff2004_data();
    void unitizingDistancesKrippendorff2004();
    void unitizingAlphaKrippendorff2004();
    void unitizingAlphaHandCases_data();
    void unitizingAlphaHandCases();
    void unitizingAlphaJoinsACodersOverlappingUnits();
};

void TestAgreementCoefficients::spanMatches_data()
{
    QTest::addColumn<QVector<CodedSpan>>("a");
    QTest::addColumn<QVector<CodedSpan>>("b");
    QTest::addColumn<qint64>("exact");
    QTest::addColumn<qint64>("overlap");

    QTest::newRow("identical") << spans({ { 0, 5, 0 }, { 10, 20, 1 } })
                               << spans({ { 10, 20, 1 }, { 0, 5, 0 } }) << qint64(2) << qint64(2);
    QTest::newRow("both empty") << spans({}) << spans({}) << qint64(0) << qint64(0);
    QTest::newRow("one coder empty")
        << spans({ { 0, 5, 0 }, { 7, 9, 0 } }) << spans({}) << qint64(0) << qint64(0);
    QTest::newRow("same span, other label")
        << spans({ { 0, 5, 0 } }) << spans({ { 0, 5, 1 } }) << qint64(0) << qint64(0);
    QTest::newRow("boundary differs")
        << spans({ { 0, 5, 0 } }) << spans({ { 0, 6, 0 } }) << qint64(0) << qint64(1);
    QTest::newRow("touching is not overlapping")
        << spans({ { 0, 5, 0 } }) << spans({ { 5, 9, 0 } }) << qint64(0) << qint64(0);
    QTest::newRow("one character shared")
        << spans({ { 0, 5, 0 } }) << spans({ { 4, 9, 0 } }) << qint64(0) << qint64(1);
    QTest::newRow("long against two short counts once")
        << spans({ { 0, 20, 0 } }) << spans({ { 0, 5, 0 }, { 10, 20, 0 } }) << qint64(0)
        << qint64(1);
    QTest::newRow("duplicates need partners of their own")
        << spans({ { 0, 5, 0 }, { 0, 5, 0 } }) << spans({ { 0, 5, 0 } }) << qint64(1) << qint64(1);
    QTest::newRow("nested spans of two labels")
        << spans({ { 0, 20, 2 }, { 5, 10, 0 } }) << spans({ { 0, 20, 2 }, { 5, 11, 0 } })
        << qint64(1) << qint64(2);
}

void TestAgreementCoefficients::spanMatches()
{
    QFETCH(QVector<CodedSpan>, a);
    QFETCH(QVector<CodedSpan>, b);
    QFETCH(qint64, exact);
    QFETCH(qint64, overlap);

    QCOMPARE(SpanMatcher::exactMatches(a, b), exact);
    QCOMPARE(SpanMatcher::exactMatches(b, a), exact);
    QCOMPARE(SpanMatcher::overlapMatches(a, b), overlap);
    QCOMPARE(SpanMatcher::overlapMatches(b, a), overlap);
}

void TestAgreementCoefficients::overlapMatchingIsMaximum()
{
    // Taken in the order given, B's [5,11) would go to A's [0,10) and leave
    // [10,12) without a partner: 1 match. The largest matching pairs
    // [0,10)–[0,3) and [10,12)–[5,11): 2.
    const QVector<CodedSpan> a = spans({ { 0, 10, 0 }, { 10, 12, 0 } });
    const QVector<CodedSpan> b = spans({ { 5, 11, 0 }, { 0, 3, 0 } });
    QCOMPARE(SpanMatcher::overlapMatches(a, b), qint64(2));

    // A chain: A_i overlaps B_(i-1) and B_i, and first tries B_(i-1), which
    // A_(i-1) holds, so the search walks back down the whole chain before it
    // finds B_i free (a deep search that must not recurse).
    QVector<CodedSpan> chainA;
    QVector<CodedSpan> chainB;
    for (int i = 0; i < 200; ++i) {
        chainA.append({ qint64(i) * 10 + 5, qint64(i) * 10 + 15, 0 });
        chainB.append({ qint64(i) * 10 + 10, qint64(i) * 10 + 18, 0 });
    }
    QCOMPARE(SpanMatcher::overlapMatches(chainA, chainB), qint64(200));
}

void TestAgreementCoefficients::cohenKappaArtsteinPoesio()
{
    // A_o = 0.88; A_e = .52·.46 + .32·.44 + .16·.10 = 0.396;
    // κ = (0.88 − 0.396) / (1 − 0.396) = 0.8013.
    const CohenKappa kappa = artsteinPoesioKappa();
    QCOMPARE(kappa.items(), qint64(100));
    QCOMPARE(kappa.agreements(), qint64(88));
    QVERIFY(kappa.value().has_value());
    QVERIFY(std::abs(*kappa.value() - 0.484 / 0.604) < 1e-12);
    QVERIFY(std::abs(*kappa.value() - 0.8013) < 5e-5);
}

void TestAgreementCoefficients::cohenKappaHandCases_data()
{
    QTest::addColumn<QVector<int>>("first");
    QTest::addColumn<QVector<int>>("second");
    QTest::addColumn<bool>("defined");
    QTest::addColumn<double>("kappa");

    QTest::newRow("perfect") << QVector<int> { 0, 1, 2, 1, 0 } << QVector<int> { 0, 1, 2, 1, 0 }
                             << true << 1.0;
    // Half the items agree, as chance alone predicts: p_o = p_e = 0.5.
    QTest::newRow("chance") << QVector<int> { 0, 0, 1, 1 } << QVector<int> { 0, 1, 0, 1 } << true
                            << 0.0;
    // Always opposite: p_o = 0, p_e = 0.5, κ = −1.
    QTest::newRow("opposed") << QVector<int> { 0, 1, 0, 1 } << QVector<int> { 1, 0, 1, 0 } << true
                             << -1.0;
    // One coder tagged nothing (all "none"), the other some: p_o = 0.5,
    // p_e = 0.5 (the first coder's "none" is certain), κ = 0.
    QTest::newRow("one coder empty")
        << QVector<int> { 0, 0, 0, 0 } << QVector<int> { 0, 0, 1, 1 } << true << 0.0;
    // Nobody tagged anything: chance agreement is certain, κ undefined
    // (this is the case QualCoder #667 reports as perfect).
    QTest::newRow("nothing tagged")
        << QVector<int> { 0, 0, 0 } << QVector<int> { 0, 0, 0 } << false << 0.0;
    QTest::newRow("no items") << QVector<int> {} << QVector<int> {} << false << 0.0;
}

void TestAgreementCoefficients::cohenKappaHandCases()
{
    QFETCH(QVector<int>, first);
    QFETCH(QVector<int>, second);
    QFETCH(bool, defined);
    QFETCH(double, kappa);

    CohenKappa table(3);
    for (qsizetype i = 0; i < first.size(); ++i)
        table.add(first[i], second[i]);
    QCOMPARE(table.value().has_value(), defined);
    if (defined)
        QVERIFY2(std::abs(*table.value() - kappa) < 1e-12,
                 qPrintable(QString::number(*table.value())));
}

void TestAgreementCoefficients::binaryKappaFoldsTheTable()
{
    // Artstein & Poesio's table, Chck against the rest:
    //   both Chck 10; A Chck, B not 6; A not, B Chck 0; neither 84.
    const CohenKappa chck = artsteinPoesioKappa().binary(2);
    QCOMPARE(chck.cell(1, 1), qint64(10));
    QCOMPARE(chck.cell(1, 0), qint64(6));
    QCOMPARE(chck.cell(0, 1), qint64(0));
    QCOMPARE(chck.cell(0, 0), qint64(84));
    // p_o = 0.94; p_e = .16·.10 + .84·.90 = 0.772; κ = 0.168 / 0.228.
    QVERIFY(std::abs(*chck.value() - 0.168 / 0.228) < 1e-12);
}

void TestAgreementCoefficients::fleissKappaFleiss1971()
{
    // The worked example of Fleiss' kappa used in most textbooks (after
    // Fleiss 1971, "Measuring nominal scale agreement among many raters",
    // Psychological Bulletin 76(5)): 10 subjects, 14 raters, 5 categories.
    // P̄ = 0.378, P̄e = 0.213, κ = 0.210.
    const int table[10][5] = { { 0, 0, 0, 0, 14 }, { 0, 2, 6, 4, 2 }, { 0, 0, 3, 5, 6 },
                               { 0, 3, 9, 2, 0 },  { 2, 2, 8, 1, 1 }, { 7, 7, 0, 0, 0 },
                               { 3, 2, 6, 3, 0 },  { 2, 5, 3, 2, 2 }, { 6, 5, 2, 1, 0 },
                               { 0, 2, 2, 3, 7 } };
    FleissKappa kappa(5, 14);
    for (const auto &row : table)
        kappa.addItem(row);
    QCOMPARE(kappa.items(), qint64(10));
    QCOMPARE(kappa.disagreements(), qint64(9));
    QVERIFY(kappa.value().has_value());
    QVERIFY2(std::abs(*kappa.value() - 0.20993) < 5e-5,
             qPrintable(QString::number(*kappa.value())));
}

void TestAgreementCoefficients::fleissKappaOfTwoCodersIsScottsPi()
{
    // With two coders Fleiss' kappa is Scott's pi: p_e from the pooled
    // proportions. Artstein & Poesio's table again: pooled Stat .49, IReq
    // .38, Chck .13; A_e = .2401 + .1444 + .0169 = 0.4014;
    // π = (0.88 − 0.4014) / (1 − 0.4014) = 0.7995 (their π for the table).
    FleissKappa kappa(3, 2);
    for (int a = 0; a < 3; ++a) {
        for (int b = 0; b < 3; ++b) {
            for (int n = 0; n < ArtsteinPoesio[a][b]; ++n) {
                int counts[3] = { 0, 0, 0 };
                ++counts[a];
                ++counts[b];
                kappa.addItem(counts);
            }
        }
    }
    QVERIFY(std::abs(*kappa.value() - 0.4786 / 0.5986) < 1e-12);
}

void TestAgreementCoefficients::nominalAlphaKrippendorff2011()
{
    // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability",
    // section C: four observers, twelve units, missing values; nominal
    // α = 0.743. Unit 12 has one value only and is not pairable.
    const int data[4][12] = {
        { 1, 2, 3, 3, 2, 1, 4, 1, 2, Missing, Missing, Missing },
        { 1, 2, 3, 3, 2, 2, 4, 1, 2, 5, Missing, 3 },
        { Missing, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, Missing },
        { 1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, Missing },
    };
    NominalAlpha alpha;
    for (int unit = 0; unit < 12; ++unit) {
        QVector<int> values;
        for (const auto &observer : data) {
            if (observer[unit] != Missing)
                values.append(observer[unit]);
        }
        alpha.addUnit(values);
    }
    QCOMPARE(alpha.pairableUnits(), qint64(11));
    QCOMPARE(alpha.pairableValues(), qint64(40)); // n.. = 40 in the paper
    QVERIFY(alpha.value().has_value());
    QVERIFY2(std::abs(*alpha.value() - 0.743) < 5e-4, qPrintable(QString::number(*alpha.value())));
}

void TestAgreementCoefficients::nominalAlphaHandCases_data()
{
    QTest::addColumn<QVector<QVector<int>>>("units");
    QTest::addColumn<bool>("defined");
    QTest::addColumn<double>("alpha");

    QTest::newRow("perfect") << QVector<QVector<int>> { { 1, 1 }, { 2, 2 }, { 3, 3 } } << true
                             << 1.0;
    // Two units, always opposite: n = 4, n_1 = n_2 = 2, Σo_cc = 0:
    // α = 1 − 3 · 4 / (16 − 8) = −0.5.
    QTest::newRow("opposed") << QVector<QVector<int>> { { 1, 2 }, { 2, 1 } } << true << -0.5;
    QTest::newRow("one value everywhere")
        << QVector<QVector<int>> { { 7, 7 }, { 7, 7, 7 } } << false << 0.0;
    QTest::newRow("nothing pairable") << QVector<QVector<int>> { { 1 }, { 2 }, {} } << false << 0.0;
}

void TestAgreementCoefficients::nominalAlphaHandCases()
{
    QFETCH(QVector<QVector<int>>, units);
    QFETCH(bool, defined);
    QFETCH(double, alpha);

    NominalAlpha coefficient;
    for (const QVector<int> &unit : units)
        coefficient.addUnit(unit);
    QCOMPARE(coefficient.value().has_value(), defined);
    if (defined)
        QVERIFY(std::abs(*coefficient.value() - alpha) < 1e-12);
}

void TestAgreementCoefficients::unitizingDistancesKrippendorff2004_data()
{
    QTest::addColumn<qint64>("b1");
    QTest::addColumn<qint64>("l1");
    QTest::addColumn<bool>("unit1");
    QTest::addColumn<qint64>("b2");
    QTest::addColumn<qint64>("l2");
    QTest::addColumn<bool>("unit2");
    QTest::addColumn<double>("distance");

    // Krippendorff (2004), Content Analysis, 2nd ed., p. 254: the pairs of
    // the worked example (observer i's section against observer j's).
    QTest::newRow("c units 225+70 / 220+80")
        << qint64(225) << qint64(70) << true << qint64(220) << qint64(80) << true << 50.0;
    QTest::newRow("c units 370+30 / 355+20")
        << qint64(370) << qint64(30) << true << qint64(355) << qint64(20) << true << 850.0;
    QTest::newRow("gap 400+50 / c unit 400+20")
        << qint64(400) << qint64(50) << false << qint64(400) << qint64(20) << true << 400.0;
    // Hand cases of the definition's branches.
    QTest::newRow("unit inside a gap")
        << qint64(5) << qint64(6) << true << qint64(4) << qint64(7) << false << 36.0;
    QTest::newRow("unit sticking out of a gap")
        << qint64(5) << qint64(6) << true << qint64(4) << qint64(6) << false << 0.0;
    QTest::newRow("same unit") << qint64(5) << qint64(6) << true << qint64(5) << qint64(6) << true
                               << 0.0;
    QTest::newRow("units apart") << qint64(0) << qint64(5) << true << qint64(5) << qint64(5) << true
                                 << 0.0;
    QTest::newRow("two gaps") << qint64(0) << qint64(5) << false << qint64(2) << qint64(5) << false
                              << 0.0;
}

void TestAgreementCoefficients::unitizingDistancesKrippendorff2004()
{
    QFETCH(qint64, b1);
    QFETCH(qint64, l1);
    QFETCH(bool, unit1);
    QFETCH(qint64, b2);
    QFETCH(qint64, l2);
    QFETCH(bool, unit2);
    QFETCH(double, distance);

    QCOMPARE(UnitizingAlpha::distance(b1, l1, unit1, b2, l2, unit2), distance);
    QCOMPARE(UnitizingAlpha::distance(b2, l2, unit2, b1, l1, unit1), distance);
}

void TestAgreementCoefficients::unitizingAlphaKrippendorff2004()
{
    // Krippendorff (2004), Content Analysis, 2nd ed., pp. 254–256: two
    // observers unitize a continuum of 300 (here shifted from 150..450 to
    // 0..300) into categories c and k. The book's figures, as DKPro
    // Agreement's tests reproduce them: c: D_o = .0144, D_e = .0532,
    // α = .7286; k: D_o = 0, D_e = .0490, α = 1; all: α = .8591 from the
    // rounded figures, .858665 from the exact ones (1 − .014444 / .051100).
    UnitizingAlpha alpha(300, 2);
    const int c = 0;
    const int k = 1;
    alpha.addUnit(0, c, 225 - 150, 70);
    alpha.addUnit(0, c, 370 - 150, 30);
    alpha.addUnit(1, c, 220 - 150, 80);
    alpha.addUnit(1, c, 355 - 150, 20);
    alpha.addUnit(1, c, 400 - 150, 20);
    alpha.addUnit(0, k, 180 - 150, 60);
    alpha.addUnit(0, k, 300 - 150, 50);
    alpha.addUnit(1, k, 180 - 150, 60);
    alpha.addUnit(1, k, 300 - 150, 50);
    const QVector<int> both { 0, 1 };

    const UnitizingAlpha::Figures ofC = alpha.category(c, both);
    QVERIFY2(std::abs(ofC.observed - 0.0144) < 1e-4, qPrintable(QString::number(ofC.observed)));
    QVERIFY2(std::abs(ofC.expected - 0.0532) < 1e-4, qPrintable(QString::number(ofC.expected)));
    QVERIFY(ofC.alpha.has_value());
    QVERIFY2(std::abs(*ofC.alpha - 0.7286) < 1e-4, qPrintable(QString::number(*ofC.alpha)));

    const UnitizingAlpha::Figures ofK = alpha.category(k, both);
    QCOMPARE(ofK.observed, 0.0);
    QVERIFY2(std::abs(ofK.expected - 0.0490) < 1e-4, qPrintable(QString::number(ofK.expected)));
    QCOMPARE(*ofK.alpha, 1.0);

    const UnitizingAlpha::Figures all = alpha.overall(both);
    QVERIFY2(std::abs(*all.alpha - 0.8586654) < 1e-6, qPrintable(QString::number(*all.alpha)));
}

void TestAgreementCoefficients::unitizingAlphaHandCases_data()
{
    QTest::addColumn<QVector<CodedSpan>>("first");
    QTest::addColumn<QVector<CodedSpan>>("second");
    QTest::addColumn<bool>("defined");
    QTest::addColumn<double>("alpha");

    QTest::newRow("perfect") << spans({ { 10, 20, 0 }, { 40, 45, 0 } })
                             << spans({ { 10, 20, 0 }, { 40, 45, 0 } }) << true << 1.0;
    QTest::newRow("nobody unitized") << spans({}) << spans({}) << false << 0.0;
    // Units that fall where the other coder saw only a gap disagree more
    // than chance would: α_u is below zero (only its sign is fixed here).
    QTest::newRow("disjoint") << spans({ { 0, 10, 0 } }) << spans({ { 50, 60, 0 } }) << true
                              << -1.0;
}

void TestAgreementCoefficients::unitizingAlphaHandCases()
{
    QFETCH(QVector<CodedSpan>, first);
    QFETCH(QVector<CodedSpan>, second);
    QFETCH(bool, defined);
    QFETCH(double, alpha);

    UnitizingAlpha coefficient(100, 2);
    for (const CodedSpan &span : first)
        coefficient.addUnit(0, span.label, span.start, span.end - span.start);
    for (const CodedSpan &span : second)
        coefficient.addUnit(1, span.label, span.start, span.end - span.start);
    const UnitizingAlpha::Figures figures = coefficient.overall({ 0, 1 });
    QCOMPARE(figures.alpha.has_value(), defined);
    if (!defined)
        return;
    if (alpha < 0)
        QVERIFY2(*figures.alpha < 0, qPrintable(QString::number(*figures.alpha)));
    else
        QCOMPARE(*figures.alpha, alpha);
}

void TestAgreementCoefficients::unitizingAlphaJoinsACodersOverlappingUnits()
{
    // A coder's nested mentions of one label count as their union, so a
    // coder with [10,20) and [12,15) agrees fully with one with [10,20).
    UnitizingAlpha alpha(100, 2);
    alpha.addUnit(0, 0, 10, 10);
    alpha.addUnit(0, 0, 12, 3);
    alpha.addUnit(1, 0, 10, 10);
    QCOMPARE(*alpha.category(0, { 0, 1 }).alpha, 1.0);
}

QTEST_GUILESS_MAIN(TestAgreementCoefficients)
#include "tst_agreementcoefficients.moc"
