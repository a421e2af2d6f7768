// SPDX-License-Identifier: GPL-3.0-or-later
// Tag all: whole words only, exact or folded, one article or the project
// through the full-text index, never a duplicate, all or nothing.
#include "codepointindex.h"
#include "occurrencetagger.h"
#include "projectdatabase.h"
#include "testhelpers.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Marginalia;
using namespace TestHelpers;

namespace {

const QStringList Texts = {
    QStringLiteral("Élysée\nL’Élysée a reçu Poutine. Les Parisiens et Paris. POUTINE, Poutines."),
    QStringLiteral("Kremlin\nD'après l'Elysee, poutine reste. 😀 Paris-Match n’est pas Paris."),
    QStringLiteral("普京\n普京访问北京。习近平会见普京。"),
    QStringLiteral("Nothing\nRien à voir ici."),
};

} // namespace

class TestOccurrenceTagger : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void findsWholeWords_data();
    void findsWholeWords();
    void neverDuplicatesAndRunsAsOneTransaction();
    void refusesBadRequests_data();
    void refusesBadRequests();
    void progressCountsArticlesAndCanStop();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectDatabase> m_project;
    QVector<qint64> m_ids;
};

void TestOccurrenceTagger::init()
{
    m_project.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("test.marginalia")));
    m_project = createProject(m_dir);
    QVERIFY(m_project);
    QVector<NewArticle> batch;
    for (const QString &text : Texts) {
        NewArticle a;
        a.title = text.section(QLatin1Char('\n'), 0, 0);
        a.text = text;
        batch.append(a);
    }
    QVector<ProjectDatabase::InsertOutcome> outcomes;
    QString error;
    QVERIFY(m_project->insertArticles(batch, &outcomes, &error));
    m_ids.clear();
    for (const auto &outcome : outcomes)
        m_ids.append(outcome.id);
}

void TestOccurrenceTagger::findsWholeWords_data()
{
    QTest::addColumn<QString>("term");
    QTest::addColumn<bool>("fold");
    QTest::addColumn<int>("article"); // index into Texts, -1: the project
    QTest::addColumn<QStringList>("expected"); // "article:text" per tag
    QTest::addColumn<bool>("usedIndex");
    QTest::addColumn<bool>("foldAccents");

    QTest::newRow("exact, one article")
        << QStringLiteral("Poutine") << false << 0 << QStringList { QStringLiteral("0:Poutine") }
        << false << true;
    QTest::newRow("folded, one article")
        << QStringLiteral("Poutine") << true << 0
        << QStringList { QStringLiteral("0:Poutine"), QStringLiteral("0:POUTINE") } << false
        << true;
    QTest::newRow("folded, project")
        << QStringLiteral("Poutine") << true << -1
        << QStringList { QStringLiteral("0:Poutine"), QStringLiteral("0:POUTINE"),
                         QStringLiteral("1:poutine") }
        << true << true;
    QTest::newRow("elision, exact")
        << QStringLiteral("Élysée") << false << -1
        << QStringList { QStringLiteral("0:Élysée"), QStringLiteral("0:Élysée") } << true << true;
    QTest::newRow("elision, folded")
        << QStringLiteral("Élysée") << true << -1
        << QStringList { QStringLiteral("0:Élysée"), QStringLiteral("0:Élysée"),
                         QStringLiteral("1:Elysee") }
        << true << true;
    QTest::newRow("not inside words")
        << QStringLiteral("Paris") << false << -1
        << QStringList { QStringLiteral("0:Paris"), QStringLiteral("1:Paris"),
                         QStringLiteral("1:Paris") }
        << true << true;
    QTest::newRow("Chinese, read every article")
        << QStringLiteral("普京") << false << -1
        << QStringList { QStringLiteral("2:普京"), QStringLiteral("2:普京"),
                         QStringLiteral("2:普京") }
        << false << true;
    QTest::newRow("folded, accents kept by the project")
        << QStringLiteral("ÉLYSÉE") << true << -1
        << QStringList { QStringLiteral("0:Élysée"), QStringLiteral("0:Élysée") } << true << false;
    QTest::newRow("nowhere") << QStringLiteral("Varsovie") << true << -1 << QStringList() << true
                             << true;
}

void TestOccurrenceTagger::findsWholeWords()
{
    QFETCH(QString, term);
    QFETCH(bool, fold);
    QFETCH(int, article);
    QFETCH(QStringList, expected);
    QFETCH(bool, usedIndex);
    QFETCH(bool, foldAccents);

    OccurrenceTagger::Request request;
    request.text = term;
    request.labelName = QStringLiteral("PER");
    request.fold = fold;
    request.foldAccents = foldAccents;
    request.articleId = article >= 0 ? m_ids[article] : 0;
    QString error;
    OccurrenceTagger tagger(*m_project);
    const std::optional<OccurrenceTagger::Plan> plan = tagger.plan(request, &error);
    QVERIFY2(plan, qPrintable(error));
    QCOMPARE(plan->usedIndex, usedIndex);
    if (usedIndex) // only the articles the index names are read
        QVERIFY(plan->candidateArticles < m_ids.size());
    QStringList found;
    for (const NewAnnotation &a : plan->annotations) {
        const int at = int(m_ids.indexOf(a.articleId));
        const QString &text = Texts[at];
        const CodePointIndex index(text);
        const qsizetype start = index.toUtf16(a.start);
        found.append(
            QStringLiteral("%1:%2").arg(at).arg(text.mid(start, index.toUtf16(a.end) - start)));
    }
    QCOMPARE(found, expected);
    // Stored as planned.
    const std::optional<QVector<Annotation>> added = tagger.run(request, &error);
    QVERIFY2(added, qPrintable(error));
    QCOMPARE(added->size(), expected.size());
    QCOMPARE(m_project->annotationCount(), expected.size());
}

void TestOccurrenceTagger::neverDuplicatesAndRunsAsOneTransaction()
{
    QString error;
    NewAnnotation existing;
    existing.articleId = m_ids[0];
    existing.start = codePointOffset(Texts[0], u"Poutine.");
    existing.end = existing.start + 7;
    existing.labelName = QStringLiteral("ORG"); // any label on the span counts
    QVERIFY(m_project->addAnnotation(existing, &error));

    OccurrenceTagger::Request request;
    request.text = QStringLiteral("poutine");
    request.labelName = QStringLiteral("PER");
    request.entityName = QStringLiteral("Vladimir Poutine");
    request.fold = true;
    OccurrenceTagger tagger(*m_project);
    const std::optional<QVector<Annotation>> added = tagger.run(request, &error);
    QVERIFY2(added, qPrintable(error));
    QCOMPARE(added->size(), 2);
    QCOMPARE(added->at(0).entityName, QStringLiteral("Vladimir Poutine"));
    QCOMPARE(added->at(0).entityId, added->at(1).entityId);
    // A second run finds nothing new.
    const std::optional<QVector<Annotation>> again = tagger.run(request, &error);
    QVERIFY(again);
    QVERIFY(again->isEmpty());
    QCOMPARE(m_project->annotationCount(), 3);
}

void TestOccurrenceTagger::refusesBadRequests_data()
{
    QTest::addColumn<QString>("term");
    QTest::addColumn<QString>("label");
    QTest::addColumn<qint64>("article");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QStringLiteral("  ") << QStringLiteral("PER") << qint64(0)
                           << QStringLiteral("no text");
    QTest::newRow("label") << QStringLiteral("Paris") << QStringLiteral("NOPE") << qint64(0)
                           << QStringLiteral("NOPE");
    QTest::newRow("article") << QStringLiteral("Paris") << QStringLiteral("LOC") << qint64(99)
                             << QStringLiteral("99");
}

void TestOccurrenceTagger::refusesBadRequests()
{
    QFETCH(QString, term);
    QFETCH(QString, label);
    QFETCH(qint64, article);
    QFETCH(QString, message);
    OccurrenceTagger::Request request;
    request.text = term;
    request.labelName = label;
    request.articleId = article;
    QString error;
    OccurrenceTagger tagger(*m_project);
    QVERIFY(!tagger.run(request, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QCOMPARE(m_project->annotationCount(), 0);
}

void TestOccurrenceTagger::progressCountsArticlesAndCanStop()
{
    OccurrenceTagger::Request request;
    request.text = QStringLiteral("poutine");
    request.labelName = QStringLiteral("PER");
    request.fold = true;
    OccurrenceTagger tagger(*m_project);
    QVector<std::pair<qint64, qint64>> seen;
    tagger.setProgress([&seen](qint64 done, qint64 total) {
        seen.append({ done, total });
        return true;
    });
    QString error;
    const std::optional<OccurrenceTagger::Plan> plan = tagger.plan(request, &error);
    QVERIFY2(plan, qPrintable(error));
    // Told before each candidate article, counting up to the candidates.
    QCOMPARE(seen.size(), int(plan->candidateArticles));
    for (int i = 0; i < seen.size(); ++i)
        QCOMPARE(seen.at(i), std::make_pair(qint64(i), plan->candidateArticles));

    // Answering false stops the plan: it fails, and nothing is stored.
    int asked = 0;
    tagger.setProgress([&asked](qint64, qint64) { return ++asked < 2; });
    QVERIFY(!tagger.run(request, &error));
    QCOMPARE(error, QStringLiteral("cancelled"));
    QCOMPARE(asked, 2);
    QCOMPARE(m_project->annotationCount(), 0);
}

QTEST_GUILESS_MAIN(TestOccurrenceTagger)
#include "tst_occurrencetagger.moc"
