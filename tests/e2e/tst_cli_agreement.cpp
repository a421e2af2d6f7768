// SPDX-License-Identifier: GPL-3.0-or-later
// 'marginalia-cli agreement' through the real binary: generated articles
// coded by two coders through 'annotate', and the figures it prints checked
// against values this test computes on its own (plain ASCII words, so a
// word is [A-Za-z0-9]+ here as it is for ICU); its options, files and
// exit codes.
#include "clirun.h"
#include "testhelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <functional>
#include <map>
#include <tuple>

using namespace TestHelpers;

namespace {

struct Span
{
    int article;
    qint64 start;
    qint64 end;
    QString label;
    bool operator<(const Span &o) const
    {
        return std::tie(article, start, end, label) < std::tie(o.article, o.start, o.end, o.label);
    }
};

struct Word
{
    qint64 start;
    qint64 end;
};

/// Most matches between overlapping same-label spans, by augmenting paths
/// written out plainly (the program's own is iterative).
int maximumOverlapMatching(const QVector<Span> &a, const QVector<Span> &b)
{
    QVector<int> owner(b.size(), -1);
    std::function<bool(int, QVector<bool> &)> reach = [&](int i, QVector<bool> &seen) {
        for (int j = 0; j < b.size(); ++j) {
            const bool edge = a[i].article == b[j].article && a[i].label == b[j].label
                && a[i].start < b[j].end && b[j].start < a[i].end;
            if (!edge || seen[j])
                continue;
            seen[j] = true;
            if (owner[j] < 0 || reach(owner[j], seen)) {
                owner[j] = i;
                return true;
            }
        }
        return false;
    };
    int matches = 0;
    for (int i = 0; i < a.size(); ++i) {
        QVector<bool> seen(b.size(), false);
        if (reach(i, seen))
            ++matches;
    }
    return matches;
}

} // namespace

class TestCliAgreement : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void figuresMatchAnIndependentComputation();
    void csvFileWithSemicolons();
    void plainTable();
    void refusals_data();
    void refusals();

private:
    QTemporaryDir m_dir;
    QString m_project;
    QStringList m_texts;
    QVector<Span> m_alice;
    QVector<Span> m_bob;
};

void TestCliAgreement::initTestCase()
{
    m_project = m_dir.filePath(QStringLiteral("team.marginalia"));
    QCOMPARE(cli({ QStringLiteral("init"), m_project }).exitCode, 0);
    const QStringList vocabulary { QStringLiteral("Anna"),    QStringLiteral("met"),
                                   QStringLiteral("Paris"),   QStringLiteral("the"),
                                   QStringLiteral("council"), QStringLiteral("in"),
                                   QStringLiteral("Rome"),    QStringLiteral("said"),
                                   QStringLiteral("UNESCO"),  QStringLiteral("2024") };
    QRandomGenerator random(20261207);
    const QDir corpus(m_dir.filePath(QStringLiteral("corpus")));
    QVERIFY(QDir().mkpath(corpus.path()));
    for (int article = 0; article < 8; ++article) {
        QStringList words;
        for (int w = 0; w < 25; ++w)
            words.append(vocabulary.at(random.bounded(vocabulary.size())));
        QString text = words.join(QLatin1Char(' ')) + QStringLiteral(".\n");
        // Each article a title line of its own: the stored text is the body.
        const QString title = QStringLiteral("Article %1").arg(article + 1);
        QVERIFY(writeFile(corpus.filePath(QStringLiteral("a%1.txt").arg(article)),
                          (title + QStringLiteral("\n\n") + text).toUtf8()));
    }
    QCOMPARE(cli({ QStringLiteral("import"), m_project, corpus.path() }).exitCode, 0);
    // The stored texts, in id order, through the JSONL export.
    const QString jsonl = m_dir.filePath(QStringLiteral("texts.jsonl"));
    QCOMPARE(cli({ QStringLiteral("export"), m_project, QStringLiteral("--format"),
                   QStringLiteral("jsonl"), QStringLiteral("--out"), jsonl })
                 .exitCode,
             0);
    for (const QByteArray &line : readAll(jsonl).split('\n')) {
        if (!line.isEmpty())
            m_texts.append(QJsonDocument::fromJson(line).object().value(u"text").toString());
    }
    QCOMPARE(m_texts.size(), 8);

    // alice tags every fourth word; bob keeps most of hers, relabels some,
    // widens some by a word, drops some, and adds his own.
    const QStringList labels { QStringLiteral("PER"), QStringLiteral("LOC"),
                               QStringLiteral("ORG") };
    static const QRegularExpression word(QStringLiteral("[A-Za-z0-9]+"));
    for (int article = 0; article < m_texts.size(); ++article) {
        QVector<Word> words;
        for (auto it = word.globalMatch(m_texts[article]); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            words.append({ match.capturedStart(), match.capturedEnd() });
        }
        for (int w = 0; w + 1 < words.size(); w += 4) {
            const QString label = labels.at(random.bounded(3));
            m_alice.append({ article, words[w].start, words[w].end, label });
            switch (random.bounded(5)) {
            case 0:
                break; // bob missed it
            case 1:
                m_bob.append({ article, words[w].start, words[w].end,
                               labels.at((labels.indexOf(label) + 1) % 3) });
                break;
            case 2:
                m_bob.append({ article, words[w].start, words[w + 1].end, label });
                break;
            default:
                m_bob.append({ article, words[w].start, words[w].end, label });
            }
            if (random.bounded(4) == 0)
                m_bob.append({ article, words[w + 2].start, words[w + 2].end, label });
        }
    }
    for (const auto &[coder, spans] : { std::pair { QStringLiteral("alice"), &m_alice },
                                        std::pair { QStringLiteral("bob"), &m_bob } }) {
        for (const Span &span : *spans) {
            const CliRun run =
                cli({ QStringLiteral("annotate"), m_project, QString::number(span.article + 1),
                      QString::number(span.start), QString::number(span.end), span.label,
                      QStringLiteral("--annotator"), coder });
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        }
    }
}

void TestCliAgreement::figuresMatchAnIndependentComputation()
{
    const CliRun run = cli({ QStringLiteral("agreement"), m_project, QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(report.value(u"article_basis").toString(), QStringLiteral("annotated-by-all"));
    QCOMPARE(report.value(u"articles").toInt(), 8);
    QCOMPARE(report.value(u"coders").toArray(),
             QJsonArray({ QStringLiteral("alice"), QStringLiteral("bob") }));
    const QJsonObject overall =
        report.value(u"pairs").toArray().first().toObject().value(u"overall").toObject();

    // f1_exact: the same article, start, end and label, one to one.
    std::map<Span, int> aliceCount;
    for (const Span &span : std::as_const(m_alice))
        ++aliceCount[span];
    int exact = 0;
    for (const Span &span : std::as_const(m_bob)) {
        auto found = aliceCount.find(span);
        if (found != aliceCount.end() && found->second > 0) {
            --found->second;
            ++exact;
        }
    }
    const qint64 spans = m_alice.size() + m_bob.size();
    QCOMPARE(overall.value(u"spans").toInteger(), spans);
    QCOMPARE(overall.value(u"exact_matches").toInt(), exact);
    QVERIFY(std::abs(overall.value(u"f1_exact").toDouble() - 2.0 * exact / spans) < 1e-9);
    const int overlap = maximumOverlapMatching(m_alice, m_bob);
    QCOMPARE(overall.value(u"overlap_matches").toInt(), overlap);
    QVERIFY(std::abs(overall.value(u"f1_overlap").toDouble() - 2.0 * overlap / spans) < 1e-9);
    QVERIFY(overlap > exact); // bob's widened spans overlap without matching

    // kappa_tokens: each word's label (spans never nest here) or none.
    static const QRegularExpression word(QStringLiteral("[A-Za-z0-9]+"));
    std::map<std::pair<QString, QString>, qint64> table;
    qint64 tokens = 0;
    const auto category = [](const QVector<Span> &coded, int article, const Word &w) {
        for (const Span &span : coded) {
            if (span.article == article && span.start < w.end && w.start < span.end)
                return span.label;
        }
        return QStringLiteral("none");
    };
    for (int article = 0; article < m_texts.size(); ++article) {
        for (auto it = word.globalMatch(m_texts[article]); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            const Word w { match.capturedStart(), match.capturedEnd() };
            ++table[{ category(m_alice, article, w), category(m_bob, article, w) }];
            ++tokens;
        }
    }
    std::map<QString, qint64> rows;
    std::map<QString, qint64> columns;
    qint64 agreements = 0;
    for (const auto &[cell, count] : table) {
        rows[cell.first] += count;
        columns[cell.second] += count;
        if (cell.first == cell.second)
            agreements += count;
    }
    double chance = 0;
    for (const auto &[name, count] : rows)
        chance += double(count) / tokens * double(columns[name]) / tokens;
    const double kappa = (double(agreements) / tokens - chance) / (1 - chance);
    QCOMPARE(report.value(u"tokens").toInteger(), tokens);
    QCOMPARE(overall.value(u"tokens").toInteger(), tokens);
    QCOMPARE(overall.value(u"token_disagreements").toInteger(), tokens - agreements);
    QVERIFY2(
        std::abs(overall.value(u"kappa_tokens").toDouble() - kappa) < 1e-9,
        qPrintable(
            QStringLiteral("%1 vs %2").arg(overall.value(u"kappa_tokens").toDouble()).arg(kappa)));
    const double alpha = overall.value(u"alpha_u").toDouble();
    QVERIFY(alpha > 0.0 && alpha < 1.0);

    // Per label, the counts add up to the overall ones.
    const QJsonObject labels =
        report.value(u"pairs").toArray().first().toObject().value(u"labels").toObject();
    qint64 labelSpans = 0;
    for (const QString &label : labels.keys())
        labelSpans += labels.value(label).toObject().value(u"spans").toInteger();
    QCOMPARE(labelSpans, spans);
}

void TestCliAgreement::csvFileWithSemicolons()
{
    const QString path = m_dir.filePath(QStringLiteral("agreement.csv"));
    const CliRun run = cli({ QStringLiteral("agreement"), m_project, QStringLiteral("--csv"), path,
                             QStringLiteral("--delimiter"), QStringLiteral("semicolon"),
                             QStringLiteral("--labels"), QStringLiteral("PER,LOC") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList lines =
        QString::fromUtf8(readAll(path)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    // Header; alice+bob overall, PER, LOC; all overall, PER, LOC.
    QCOMPARE(lines.size(), 7);
    QVERIFY(lines.first().startsWith(QStringLiteral("coders;label;articles;spans;")));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("alice+bob;;8;")), qPrintable(lines.at(1)));
    QVERIFY(lines.at(2).startsWith(QStringLiteral("alice+bob;PER;8;")));
    QVERIFY(lines.at(4).startsWith(QStringLiteral("all;;8;")));
    // Decimal commas: f1_exact of the pair, as "0,1234".
    const QStringList cells = lines.at(1).split(QLatin1Char(';'));
    QCOMPARE(cells.size(), 14);
    QVERIFY2(QRegularExpression(QStringLiteral("^[01],\\d{4}$")).match(cells.at(5)).hasMatch(),
             qPrintable(cells.at(5)));
}

void TestCliAgreement::plainTable()
{
    const CliRun run = cli({ QStringLiteral("agreement"), m_project });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.startsWith(QStringLiteral("Agreement of alice, bob over 8 articles")));
    QVERIFY(run.out.contains(QStringLiteral("alice + bob")));
    QVERIFY(run.out.contains(QStringLiteral("Kappa tokens")));
    QVERIFY(run.out.contains(QStringLiteral("Speakers")));
}

void TestCliAgreement::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    QTest::newRow("unknown coder")
        << QStringList { QStringLiteral("--annotators"), QStringLiteral("alice,zoe") } << 1
        << QStringLiteral("no mention is signed 'zoe'");
    QTest::newRow("one coder") << QStringList { QStringLiteral("--annotators"),
                                                QStringLiteral("alice") }
                               << 2 << QStringLiteral("at least two different names");
    QTest::newRow("one coder twice")
        << QStringList { QStringLiteral("--annotators"), QStringLiteral("alice, alice") } << 2
        << QStringLiteral("at least two different names");
    QTest::newRow("unknown label")
        << QStringList { QStringLiteral("--labels"), QStringLiteral("TOPIC") } << 1
        << QStringLiteral("no label named 'TOPIC'");
    QTest::newRow("article id not a number")
        << QStringList { QStringLiteral("--articles"), QStringLiteral("1,x") } << 2
        << QStringLiteral("not 'x'");
    QTest::newRow("no such article")
        << QStringList { QStringLiteral("--articles"), QStringLiteral("99") } << 1
        << QStringLiteral("no article with id 99");
    QTest::newRow("unknown delimiter")
        << QStringList { QStringLiteral("--delimiter"), QStringLiteral("pipe") } << 2
        << QStringLiteral("unknown delimiter 'pipe'");
    QTest::newRow("no project") << QStringList { QStringLiteral("--json") } << 2
                                << QStringLiteral("agreement");
}

void TestCliAgreement::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);

    QStringList all { QStringLiteral("agreement") };
    if (qstrcmp(QTest::currentDataTag(), "no project") != 0)
        all.append(m_project);
    const QByteArray before = readAll(m_project);
    const CliRun run = cli(all + arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(readAll(m_project), before); // reading only
}

QTEST_GUILESS_MAIN(TestCliAgreement)
#include "tst_cli_agreement.moc"
