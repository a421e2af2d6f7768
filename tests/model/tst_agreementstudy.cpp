// SPDX-License-Identifier: GPL-3.0-or-later
// The agreement report over a real project file: which articles and spans
// it reads, and its figures against values worked out by hand below.
#include "agreementstudy.h"
#include "annotation.h"
#include "article.h"
#include "projectdatabase.h"
#include "testhelpers.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Marginalia;
using namespace TestHelpers;

namespace {

// Six word tokens (Anna met Bob in Paris today); the full stop is none.
const QString First = QStringLiteral("Anna met Bob in Paris today.");
const QString Second = QStringLiteral("Bob flew to Rome.");
// 😀 is one code point and two UTF-16 units.
const QString Third = QStringLiteral(u"😀 Anna saw Paris.");

bool near(std::optional<double> value, double expected)
{
    return value && std::abs(*value - expected) < 1e-9;
}

} // namespace

class TestAgreementStudy : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void perfectAgreement();
    void workedTwoCoderCase();
    void speakersOfTheSameQuotes();
    void threeCodersPoolTheirPairs();
    void disjointArticlesGiveNothingToCompare();
    void oneCoderEmptyInAGivenArticle();
    void labelsAskedForOnly();
    void offsetsAreCodePoints();
    void suggestionsDoNotCount();
    void spansPastTheEndAreReported();
    void refusals_data();
    void refusals();
    void progressCanStop();

private:
    void tag(int article, const QString &word, const QString &label, const QString &coder,
             int occurrence = 0);
    void quote(int article, const QString &words, const QString &speaker, const QString &coder);
    AgreementReport run(const AgreementRequest &request);
    /// A PER mention by bob written straight into the file, past the
    /// model's checks, as another program (or damage) could leave it.
    bool storeUnchecked(int article, qint64 start, qint64 end, AnnotationStatus status);

    QTemporaryDir m_dir;
    std::unique_ptr<ProjectDatabase> m_project;
    QVector<qint64> m_articles;
    QStringList m_texts;
};

void TestAgreementStudy::init()
{
    m_project = createProject(m_dir);
    QVERIFY(m_project);
    m_texts = { First, Second, Third };
    QVector<NewArticle> batch;
    for (const QString &text : std::as_const(m_texts)) {
        NewArticle article;
        article.title = text.left(8);
        article.text = text;
        batch.append(article);
    }
    QVector<ProjectDatabase::InsertOutcome> outcomes;
    QString error;
    QVERIFY2(m_project->insertArticles(batch, &outcomes, &error), qPrintable(error));
    m_articles.clear();
    for (const auto &outcome : std::as_const(outcomes))
        m_articles.append(outcome.id);
}

void TestAgreementStudy::cleanup()
{
    m_project.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("test.marginalia")));
}

void TestAgreementStudy::tag(int article, const QString &word, const QString &label,
                             const QString &coder, int occurrence)
{
    const QString &text = m_texts.at(article);
    qsizetype at = -1;
    for (int i = 0; i <= occurrence; ++i)
        at = text.indexOf(word, at + 1);
    QVERIFY(at >= 0);
    NewAnnotation request;
    request.articleId = m_articles.at(article);
    request.start = text.left(at).toUcs4().size();
    request.end = request.start + word.toUcs4().size();
    request.labelName = label;
    request.annotator = coder;
    QString error;
    QVERIFY2(m_project->addAnnotation(request, &error), qPrintable(error));
}

void TestAgreementStudy::quote(int article, const QString &words, const QString &speaker,
                               const QString &coder)
{
    const QString &text = m_texts.at(article);
    NewQuote request;
    request.articleId = m_articles.at(article);
    request.start = codePointOffset(text, words);
    request.end = request.start + words.toUcs4().size();
    request.speakerName = speaker;
    request.manual = true;
    request.annotator = coder;
    QString error;
    QVERIFY2(m_project->addQuote(request, &error), qPrintable(error));
}

bool TestAgreementStudy::storeUnchecked(int article, qint64 start, qint64 end,
                                        AnnotationStatus status)
{
    return rawExec(m_dir.filePath(QStringLiteral("test.marginalia")),
                   QStringLiteral("INSERT INTO annotations (article_id, start, \"end\", label_id, "
                                  "annotator, status, created_at, modified_at) "
                                  "SELECT %1, %2, %3, id, 'bob', %4, '2026-12-07', '2026-12-07' "
                                  "FROM labels WHERE name = 'PER'")
                       .arg(m_articles.at(article))
                       .arg(start)
                       .arg(end)
                       .arg(int(status))
                       .toUtf8());
}

AgreementReport TestAgreementStudy::run(const AgreementRequest &request)
{
    AgreementStudy study(*m_project);
    QString error;
    const std::optional<AgreementReport> report = study.run(request, &error);
    if (!report)
        qWarning("%s", qPrintable(error));
    return report.value_or(AgreementReport());
}

void TestAgreementStudy::perfectAgreement()
{
    for (const QString &coder : { QStringLiteral("alice"), QStringLiteral("bob") }) {
        tag(0, QStringLiteral("Anna"), QStringLiteral("PER"), coder);
        tag(0, QStringLiteral("Paris"), QStringLiteral("LOC"), coder);
    }
    const AgreementReport report = run({});
    QCOMPARE(report.coders, QStringList({ QStringLiteral("alice"), QStringLiteral("bob") }));
    QCOMPARE(report.basis, AgreementReport::Basis::AnnotatedByAll);
    QCOMPARE(report.articles, qint64(1));
    QCOMPARE(report.characters, qint64(First.size()));
    QCOMPARE(report.tokens, qint64(6));
    QCOMPARE(report.labels, QStringList({ QStringLiteral("PER"), QStringLiteral("LOC") }));
    QCOMPARE(report.pairs.size(), 1);
    const AgreementFigures &overall = report.pairs.first().overall;
    QCOMPARE(overall.spans, qint64(4));
    QCOMPARE(overall.exactMatches, qint64(2));
    QVERIFY(near(overall.f1Exact, 1.0));
    QVERIFY(near(overall.f1Overlap, 1.0));
    QCOMPARE(overall.tokenDisagreements, qint64(0));
    QVERIFY(near(overall.kappaTokens, 1.0));
    QVERIFY(near(overall.alphaU, 1.0));
    QVERIFY(near(report.all.overall.alphaU, 1.0));
    QVERIFY(near(report.all.overall.kappaTokens, 1.0));
}

void TestAgreementStudy::workedTwoCoderCase()
{
    // alice: Anna PER, Bob PER, Paris LOC; bob: Anna PER, Bob LOC, Paris LOC.
    tag(0, QStringLiteral("Anna"), QStringLiteral("PER"), QStringLiteral("alice"));
    tag(0, QStringLiteral("Bob"), QStringLiteral("PER"), QStringLiteral("alice"));
    tag(0, QStringLiteral("Paris"), QStringLiteral("LOC"), QStringLiteral("alice"));
    tag(0, QStringLiteral("Anna"), QStringLiteral("PER"), QStringLiteral("bob"));
    tag(0, QStringLiteral("Bob"), QStringLiteral("LOC"), QStringLiteral("bob"));
    tag(0, QStringLiteral("Paris"), QStringLiteral("LOC"), QStringLiteral("bob"));
    const AgreementReport report = run({});
    const AgreementComparison &pair = report.pairs.first();
    // Spans: 3 + 3, matched exactly: Anna and Paris. F1 = 4/6.
    QCOMPARE(pair.overall.spans, qint64(6));
    QCOMPARE(pair.overall.exactMatches, qint64(2));
    QCOMPARE(pair.overall.overlapMatches, qint64(2));
    QVERIFY(near(pair.overall.f1Exact, 4.0 / 6.0));
    // Tokens, alice: PER none PER none LOC none; bob: PER none LOC none
    // LOC none. p_o = 5/6; alice's margins PER 2, LOC 1, none 3; bob's
    // PER 1, LOC 2, none 3: p_e = (2 + 2 + 9) / 36 = 13/36;
    // κ = (30/36 − 13/36) / (23/36) = 17/23.
    QCOMPARE(pair.overall.tokens, qint64(6));
    QCOMPARE(pair.overall.tokenDisagreements, qint64(1));
    QVERIFY(near(pair.overall.kappaTokens, 17.0 / 23.0));
    // PER on its own: alice PER on 2 tokens, bob on 1, both on 1:
    // p_o = 5/6, p_e = (2·1 + 4·5)/36 = 22/36, κ = (30 − 22)/(36 − 22) = 4/7.
    const AgreementFigures &per = pair.labels.at(report.labels.indexOf(QStringLiteral("PER")));
    QCOMPARE(per.spans, qint64(3));
    QCOMPARE(per.exactMatches, qint64(1));
    QVERIFY(near(per.f1Exact, 2.0 / 3.0));
    QVERIFY(near(per.kappaTokens, 4.0 / 7.0));
    // α_u: Anna agrees, so PER's disagreement is alice's Bob in bob's PER
    // gap (3² = 9); both orders of the pair count it:
    // D_o = 2 · 9 / (2 · 1 · 28²). (D_e is the library's, tested on
    // Krippendorff's own example.)
    QVERIFY(per.alphaU.has_value());
    QVERIFY(*per.alphaU < 1.0 && *per.alphaU > 0.0);
    QVERIFY(near(report.all.overall.f1Exact, 4.0 / 6.0));
    // Two coders: all together is the pair, but with Fleiss' kappa (which
    // pools the margins): p_e = ((3/12)² + (3/12)² + (6/12)²) = 0.375,
    // κ = (5/6 − 0.375) / 0.625 = 0.7333...
    QVERIFY(near(report.all.overall.kappaTokens, (5.0 / 6.0 - 0.375) / 0.625));
    QCOMPARE(report.all.overall.tokenDisagreements, qint64(1));
}

void TestAgreementStudy::speakersOfTheSameQuotes()
{
    tag(0, QStringLiteral("Anna"), QStringLiteral("PER"), QStringLiteral("alice"));
    tag(0, QStringLiteral("Anna"), QStringLiteral("PER"), QStringLiteral("bob"));
    // The same span with the same speaker; the same span with another; a
    // quote only alice marked (not pairable).
    quote(0, QStringLiteral("met Bob"), QStringLiteral("Anna"), QStringLiteral("alice"));
    quote(0, QStringLiteral("met Bob"), QStringLiteral("anna"), QStringLiteral("bob"));
    quote(0, QStringLiteral("in Paris"), QStringLiteral("Anna"), QStringLiteral("alice"));
    quote(0, QStringLiteral("in Paris"), QStringLiteral("Bob"), QStringLiteral("bob"));
    quote(0, QStringLiteral("today"), QStringLiteral("Bob"), QStringLiteral("alice"));
    const AgreementReport report = run({});
    // Units {Anna, Anna} and {Anna, Bob}: n = 4, n_Anna = 3, n_Bob = 1,
    // o_AnnaAnna = 2: α = 1 − 3 · (4 − 2) / (16 − 9 − 1) = 0.
    QCOMPARE(report.pairs.first().speakerQuotes, qint64(2));
    QVERIFY(near(report.pairs.first().speakerAlpha, 0.0));
    QCOMPARE(report.all.speakerQuotes, qint64(2));
}

void TestAgreementStudy::threeCodersPoolTheirPairs()
{
    const QStringList coders { QStringLiteral("alice"), QStringLiteral("bob"),
                               QStringLiteral("carol") };
    for (const QString &coder : coders)
        tag(0, QStringLiteral("Anna"), QStringLiteral("PER"), coder);
    tag(0, QStringLiteral("Paris"), QStringLiteral("LOC"), QStringLiteral("alice"));
    tag(0, QStringLiteral("Paris"), QStringLiteral("LOC"), QStringLiteral("bob"));
    tag(0, QStringLiteral("Bob"), QStringLiteral("PER"), QStringLiteral("carol"));
    const AgreementReport report = run({});
    QCOMPARE(report.pairs.size(), 3);
    qint64 spans = 0;
    qint64 matches = 0;
    for (const AgreementComparison &pair : report.pairs) {
        spans += pair.overall.spans;
        matches += pair.overall.exactMatches;
    }
    // alice+bob: 4 spans, 2 matches; alice+carol and bob+carol: 4 spans, 1.
    QCOMPARE(spans, qint64(12));
    QCOMPARE(matches, qint64(4));
    QCOMPARE(report.all.overall.spans, spans);
    QCOMPARE(report.all.overall.exactMatches, matches);
    QVERIFY(near(report.all.overall.f1Exact, 8.0 / 12.0));
    // Tokens where not all three agree: Bob (carol) and Paris (not carol).
    QCOMPARE(report.all.overall.tokenDisagreements, qint64(2));
    QCOMPARE(report.all.coders, coders);
    const AgreementComparison *aliceBob = nullptr;
    for (const AgreementComparison &pair : report.pairs) {
        if (pair.coders == QStringList { coders[0], coders[1] })
            aliceBob = &pair;
    }
    QVERIFY(aliceBob);
    QVERIFY(near(aliceBob->overall.f1Exact, 1.0));
}

void TestAgreementStudy::disjointArticlesGiveNothingToCompare()
{
    tag(0, QStringLiteral("Anna"), QStringLiteral("PER"), QStringLiteral("alice"));
    tag(1, QStringLiteral("Rome"), QStringLiteral("LOC"), QStringLiteral("bob"));
    const AgreementReport report = run({});
    QCOMPARE(report.articles, qint64(0));
    QCOMPARE(report.characters, qint64(0));
    QVERIFY(!report.pairs.first().overall.f1Exact);
    QVERIFY(!report.pairs.first().overall.kappaTokens);
    QVERIFY(!report.pairs.first().overall.alphaU);
}

void TestAgreementStudy::oneCoderEmptyInAGivenArticle()
{
    // Named articles are compared even where a coder tagged nothing: that
    // coder's silence disagrees with every span of the other.
    tag(0, QStringLiteral("Anna"), QStringLiteral("PER"), QStringLiteral("alice"));
    tag(0, QStringLiteral("Anna"), QStringLiteral("PER"), QStringLiteral("bob"));
    tag(1, QStringLiteral("Rome"), QStringLiteral("LOC"), QStringLiteral("alice"));
    AgreementRequest request;
    request.articles = { m_articles.at(1) };
    const AgreementReport report = run(request);
    QCOMPARE(report.basis, AgreementReport::Basis::Given);
    QCOMPARE(report.articles, qint64(1));
    const AgreementFigures &overall = report.pairs.first().overall;
    QCOMPARE(overall.spans, qint64(1));
    QVERIFY(near(overall.f1Exact, 0.0));
    QVERIFY(near(overall.f1Overlap, 0.0));
    // Tokens Bob flew to Rome: alice LOC on one, bob none on all: p_o = 3/4,
    // p_e = 3/4 (bob's "none" is certain): κ = 0.
    QVERIFY(near(overall.kappaTokens, 0.0));
    QVERIFY(overall.alphaU.has_value());
    QVERIFY2(*overall.alphaU <= 0.0, qPrintable(QString::number(*overall.alphaU)));
}

void TestAgreementStudy::labelsAskedForOnly()
{
    tag(0, QStringLiteral("Anna"), QStringLiteral("PER"), QStringLiteral("alice"));
    tag(0, QStringLiteral("Paris"), QStringLiteral("LOC"), QStringLiteral("alice"));
    tag(0, QStringLiteral("Paris"), QStringLiteral("LOC"), QStringLiteral("bob"));
    AgreementRequest request;
    request.labels = { QStringLiteral("loc"), QStringLiteral("ORG") };
    const AgreementReport report = run(request);
    // Asked-for labels are shown even unused, in the project's spelling.
    QCOMPARE(report.labels, QStringList({ QStringLiteral("LOC"), QStringLiteral("ORG") }));
    QVERIFY(near(report.pairs.first().overall.f1Exact, 1.0));
    QVERIFY(near(report.pairs.first().overall.kappaTokens, 1.0));
    QCOMPARE(report.pairs.first().labels.at(1).spans, qint64(0));
    QVERIFY(!report.pairs.first().labels.at(1).f1Exact);
}

void TestAgreementStudy::offsetsAreCodePoints()
{
    tag(2, QStringLiteral("Anna"), QStringLiteral("PER"), QStringLiteral("alice"));
    tag(2, QStringLiteral("Paris"), QStringLiteral("LOC"), QStringLiteral("alice"));
    tag(2, QStringLiteral("Anna"), QStringLiteral("PER"), QStringLiteral("bob"));
    tag(2, QStringLiteral("Paris"), QStringLiteral("LOC"), QStringLiteral("bob"));
    const AgreementReport report = run({});
    QCOMPARE(report.characters, qint64(Third.toUcs4().size()));
    QCOMPARE(report.characters, qint64(Third.size() - 1));
    // The emoji is no word: Anna, saw, Paris.
    QCOMPARE(report.tokens, qint64(3));
    QVERIFY(near(report.pairs.first().overall.kappaTokens, 1.0));
    QVERIFY(near(report.pairs.first().overall.alphaU, 1.0));
}

void TestAgreementStudy::suggestionsDoNotCount()
{
    // bob's only mention of the first article is a suggestion he did not
    // accept: that article is not one both coders coded.
    tag(0, QStringLiteral("Anna"), QStringLiteral("PER"), QStringLiteral("alice"));
    tag(1, QStringLiteral("Rome"), QStringLiteral("LOC"), QStringLiteral("alice"));
    tag(1, QStringLiteral("Rome"), QStringLiteral("LOC"), QStringLiteral("bob"));
    QVERIFY(storeUnchecked(0, 0, 4, AnnotationStatus::Suggested));
    const AgreementReport report = run({});
    QCOMPARE(report.articles, qint64(1));
    QCOMPARE(report.characters, qint64(Second.size()));
    QCOMPARE(report.pairs.first().overall.spans, qint64(2));
    QVERIFY(near(report.pairs.first().overall.f1Exact, 1.0));
}

void TestAgreementStudy::spansPastTheEndAreReported()
{
    // A damaged file: bob's second mention ends far past the text. It is
    // left out, named, and the rest is compared.
    tag(0, QStringLiteral("Anna"), QStringLiteral("PER"), QStringLiteral("alice"));
    tag(0, QStringLiteral("Anna"), QStringLiteral("PER"), QStringLiteral("bob"));
    tag(2, QStringLiteral("Anna"), QStringLiteral("PER"), QStringLiteral("alice"));
    tag(2, QStringLiteral("Anna"), QStringLiteral("PER"), QStringLiteral("bob"));
    QVERIFY(storeUnchecked(0, 20, 999, AnnotationStatus::Accepted));
    const AgreementReport report = run({});
    QCOMPARE(report.articles, qint64(2));
    QCOMPARE(report.problems.size(), 1);
    QVERIFY2(report.problems.first().contains(QStringLiteral("20–999"))
                 && report.problems.first().contains(QStringLiteral("bob")),
             qPrintable(report.problems.first()));
    QVERIFY(near(report.pairs.first().overall.f1Exact, 1.0));
    QVERIFY(near(report.pairs.first().overall.alphaU, 1.0));
    QCOMPARE(report.characters, qint64(First.size() + Third.toUcs4().size()));
}

void TestAgreementStudy::refusals_data()
{
    QTest::addColumn<QStringList>("coders");
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<qint64>("article");
    QTest::addColumn<QString>("message");

    QTest::newRow("unknown coder")
        << QStringList { QStringLiteral("alice"), QStringLiteral("zoe") } << QStringList()
        << qint64(0) << QStringLiteral("no mention is signed 'zoe'");
    QTest::newRow("one coder") << QStringList { QStringLiteral("alice") } << QStringList()
                               << qint64(0) << QStringLiteral("at least two coders");
    QTest::newRow("unknown label") << QStringList() << QStringList { QStringLiteral("TOPIC") }
                                   << qint64(0) << QStringLiteral("no label named 'TOPIC'");
    QTest::newRow("unknown article") << QStringList() << QStringList() << qint64(999)
                                     << QStringLiteral("no article with id 999");
}

void TestAgreementStudy::refusals()
{
    QFETCH(QStringList, coders);
    QFETCH(QStringList, labels);
    QFETCH(qint64, article);
    QFETCH(QString, message);

    tag(0, QStringLiteral("Anna"), QStringLiteral("PER"), QStringLiteral("alice"));
    tag(0, QStringLiteral("Anna"), QStringLiteral("PER"), QStringLiteral("bob"));
    AgreementRequest request;
    request.coders = coders;
    request.labels = labels;
    if (article)
        request.articles = { article };
    AgreementStudy study(*m_project);
    QString error;
    QVERIFY(!study.run(request, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("test.marginalia")), qPrintable(error));
}

void TestAgreementStudy::progressCanStop()
{
    for (int article = 0; article < 2; ++article) {
        for (const QString &coder : { QStringLiteral("alice"), QStringLiteral("bob") })
            tag(article, QStringLiteral("Bob"), QStringLiteral("PER"), coder);
    }
    AgreementStudy study(*m_project);
    QString error;
    QVector<qint64> seen;
    const auto stopAfterOne = [&](qint64 done, qint64 total) {
        seen.append(done);
        return total == 2 && done < 1;
    };
    QVERIFY(!study.run({}, &error, stopAfterOne));
    QCOMPARE(seen, QVector<qint64>({ 0, 1 }));
    QVERIFY(!error.isEmpty());
    // Run to the end, progress reaches the total.
    seen.clear();
    QVERIFY(study.run({}, &error, [&](qint64 done, qint64) {
        seen.append(done);
        return true;
    }));
    QCOMPARE(seen.last(), qint64(2));
}

QTEST_GUILESS_MAIN(TestAgreementStudy)
#include "tst_agreementstudy.moc"
