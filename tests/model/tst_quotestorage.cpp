// SPDX-License-Identifier: GPL-3.0-or-later
// Quotes in the project file: detection results replace detection results
// only, hand-made quotes stay, and every export carries them.
#include "annotationcsvexporter.h"
#include "jsonlexporter.h"
#include "projectdatabase.h"
#include "quotedetection.h"
#include "testhelpers.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Marginalia;
using namespace TestHelpers;

namespace {

// «Ça suffit», a déclaré Loukachenko. "Yes", said Anna.
const QString Text =
    QStringLiteral("Titre\n« Ça suffit », a déclaré Loukachenko. 😀 \"Yes\", said Anna Smith.");

qint64 cp(const QString &needle)
{
    return QStringView(Text).left(Text.indexOf(needle)).toUcs4().size();
}

NewQuote quote(const QString &words, const QString &speaker = QString())
{
    NewQuote q;
    q.start = cp(words);
    q.end = q.start + words.toUcs4().size();
    q.speakerName = speaker;
    return q;
}

} // namespace

class TestQuoteStorage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void detectionReplacesOnlyDetection();
    void handMadeQuotesAreNeverOverwritten();
    void detectingAnUnchangedArticleWritesNothing();
    void aProjectRunKeepsWhatChangedAndStopsWhenAsked();
    void deleteRestoreAndUpdate();
    void exportsCarryQuotes();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectDatabase> m_project;
    qint64 m_article = 0;
};

void TestQuoteStorage::init()
{
    m_project.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("test.marginalia")));
    m_project = createProject(m_dir);
    QVERIFY(m_project);
    QVector<NewArticle> batch(1);
    batch[0].title = QStringLiteral("Titre");
    batch[0].text = Text;
    QVector<ProjectDatabase::InsertOutcome> outcomes;
    QString error;
    QVERIFY(m_project->insertArticles(batch, &outcomes, &error));
    m_article = outcomes.first().id;
}

void TestQuoteStorage::detectionReplacesOnlyDetection()
{
    QString error;
    QVERIFY2(
        m_project->replaceDetectedQuotes(m_article, { quote(QStringLiteral("Ça suffit")) }, &error),
        qPrintable(error));
    QCOMPARE(m_project->quotes(m_article).size(), 1);
    QVERIFY(m_project->replaceDetectedQuotes(
        m_article,
        { quote(QStringLiteral("Ça suffit"), QStringLiteral("Loukachenko")),
          quote(QStringLiteral("Yes"), QStringLiteral("Anna Smith")) },
        &error));
    const QVector<Quote> quotes = m_project->quotes(m_article);
    QCOMPARE(quotes.size(), 2);
    QCOMPARE(quotes.at(0).speakerName, QStringLiteral("Loukachenko"));
    QCOMPARE(quotes.at(1).start, cp(QStringLiteral("Yes")));
    QVERIFY(!quotes.at(1).manual);
    // A detected span outside the text is refused and nothing changes.
    NewQuote bad = quote(QStringLiteral("Yes"));
    bad.end = 9999;
    QVERIFY(!m_project->replaceDetectedQuotes(m_article, { bad }, &error));
    QVERIFY(error.contains(QStringLiteral("past the end")));
    QCOMPARE(m_project->quotes(m_article).size(), 2);
}

void TestQuoteStorage::handMadeQuotesAreNeverOverwritten()
{
    QString error;
    NewQuote manual = quote(QStringLiteral("suffit"), QStringLiteral("Le président"));
    manual.articleId = m_article;
    manual.manual = true;
    const std::optional<Quote> added = m_project->addQuote(manual, &error);
    QVERIFY2(added, qPrintable(error));
    QVERIFY(added->manual);
    // Detection finds an overlapping span and another one: only the other is stored.
    QVERIFY(m_project->replaceDetectedQuotes(
        m_article, { quote(QStringLiteral("Ça suffit")), quote(QStringLiteral("Yes")) }, &error));
    const QVector<Quote> quotes = m_project->quotes(m_article);
    QCOMPARE(quotes.size(), 2);
    QCOMPARE(quotes.at(0).id, added->id);
    QCOMPARE(quotes.at(0).speakerName, QStringLiteral("Le président"));
    QCOMPARE(quotes.at(1).start, cp(QStringLiteral("Yes")));
    // Running detection again keeps the hand-made one as it is.
    QVERIFY(m_project->replaceDetectedQuotes(m_article, {}, &error));
    QCOMPARE(m_project->quotes(m_article).size(), 1);
    QCOMPARE(m_project->quotes(m_article).first().id, added->id);
}

void TestQuoteStorage::detectingAnUnchangedArticleWritesNothing()
{
    QString error;
    bool changed = false;
    const QVector<NewQuote> found = { quote(QStringLiteral("Ça suffit"),
                                            QStringLiteral("Loukachenko")),
                                      quote(QStringLiteral("Yes"), QStringLiteral("Anna Smith")) };
    QVERIFY(m_project->replaceDetectedQuotes(m_article, found, &error, &changed));
    QVERIFY(changed);
    const QVector<Quote> first = m_project->quotes(m_article);
    QCOMPARE(first.size(), 2);
    // The same findings, in another order: ids and timestamps stay.
    QVERIFY(m_project->replaceDetectedQuotes(m_article, { found.at(1), found.at(0) }, &error,
                                             &changed));
    QVERIFY(!changed);
    const QVector<Quote> again = m_project->quotes(m_article);
    QCOMPARE(again.size(), 2);
    for (qsizetype i = 0; i < again.size(); ++i) {
        QCOMPARE(again.at(i).id, first.at(i).id);
        QCOMPARE(again.at(i).createdAt, first.at(i).createdAt);
    }
    // Another speaker, a cue, or one quote fewer is a change.
    NewQuote withCue = found.at(0);
    withCue.cueStart = cp(QStringLiteral("a déclaré"));
    withCue.cueEnd = withCue.cueStart + 9;
    QVERIFY(
        m_project->replaceDetectedQuotes(m_article, { withCue, found.at(1) }, &error, &changed));
    QVERIFY(changed);
    QCOMPARE(m_project->quotes(m_article).first().cueStart, withCue.cueStart);
    QVERIFY(m_project->replaceDetectedQuotes(m_article, { withCue }, &error, &changed));
    QVERIFY(changed);
    QCOMPARE(m_project->quotes(m_article).size(), 1);
}

void TestQuoteStorage::aProjectRunKeepsWhatChangedAndStopsWhenAsked()
{
    // Four more articles: two with a quote to find, two without.
    QVector<NewArticle> batch(4);
    for (int k = 0; k < batch.size(); ++k) {
        batch[k].title = QStringLiteral("Article %1").arg(k);
        batch[k].text = k % 2 == 0
            ? QStringLiteral("Article %1\n« Nous resterons », a déclaré Martine Dupont.").arg(k)
            : QStringLiteral("Article %1\nRien à citer ici.").arg(k);
    }
    QVector<ProjectDatabase::InsertOutcome> outcomes;
    QString error;
    QVERIFY(m_project->insertArticles(batch, &outcomes, &error));
    const qint64 quotesBefore = rawQueryInt(m_project->path(), "SELECT count(*) FROM quotes");
    QCOMPARE(quotesBefore, 0);

    QuoteDetection detection(*m_project);
    QuoteDetection::Run stopped;
    QVector<qint64> seen;
    QVERIFY(detection.redetectProject(
        &stopped,
        [&seen](qint64 done, qint64 total) {
            seen.append(done);
            return total == 5 && done < 2;
        },
        true, &error));
    QCOMPARE(seen, (QVector<qint64> { 1, 2 }));
    QVERIFY(stopped.stopped);
    QCOMPARE(stopped.done, 2);
    QCOMPARE(stopped.total, 5);
    // The first article (two quotes) and the first added one (one quote).
    QCOMPARE(stopped.changes.size(), 2);
    QCOMPARE(stopped.changes.at(0).articleId, m_article);
    QVERIFY(stopped.changes.at(0).before.isEmpty());
    QCOMPARE(stopped.changes.at(0).after.size(), 2);
    QCOMPARE(stopped.changes.at(1).after.size(), 1);
    QCOMPARE(rawQueryInt(m_project->path(), "SELECT count(*) FROM quotes"), 3);

    // The whole run finds the one article left with a quote; the rest is unchanged.
    QuoteDetection::Run whole;
    QVERIFY(detection.redetectProject(&whole, {}, true, &error));
    QVERIFY(!whole.stopped);
    QCOMPARE(whole.done, 5);
    QCOMPARE(whole.changes.size(), 1);
    QCOMPARE(whole.changes.first().articleId, outcomes.at(2).id);
    QCOMPARE(whole.quotes, 4);

    // Undo of both runs: every article's quotes put back in one transaction.
    QVector<std::pair<qint64, QVector<Quote>>> back;
    for (const QuoteDetection::Change &change : whole.changes + stopped.changes)
        back.append({ change.articleId, change.before });
    QVERIFY2(m_project->setQuotesOfArticles(back, &error), qPrintable(error));
    QCOMPARE(rawQueryInt(m_project->path(), "SELECT count(*) FROM quotes"), 0);
}

void TestQuoteStorage::deleteRestoreAndUpdate()
{
    QString error;
    QVERIFY(m_project->replaceDetectedQuotes(m_article, { quote(QStringLiteral("Yes")) }, &error));
    Quote noted = m_project->quotes(m_article).first();
    noted.note = QStringLiteral("irony?");
    QVERIFY(m_project->updateQuote(noted, &error));
    const Quote stored = m_project->quotes(m_article).first();
    QCOMPARE(stored.note, QStringLiteral("irony?"));
    QVERIFY(m_project->deleteQuote(stored.id, &error));
    QVERIFY(!m_project->deleteQuote(stored.id, &error));
    QCOMPARE(rawQueryInt(m_project->path(), "SELECT count(*) FROM quotes"), 0);
    QVERIFY(m_project->restoreQuote(stored, &error));
    const Quote restored = m_project->quotes(m_article).first();
    QCOMPARE(restored.id, stored.id);
    QCOMPARE(restored.createdAt, stored.createdAt);
    QCOMPARE(restored.note, stored.note); // undoing a deletion keeps the note

    // Editing the speaker by hand makes it a hand-made quote.
    Quote edited = restored;
    edited.speakerName = QStringLiteral("Anna Smith");
    edited.manual = true;
    QVERIFY(m_project->updateQuote(edited, &error));
    QVERIFY(m_project->replaceDetectedQuotes(m_article, {}, &error));
    QCOMPARE(m_project->quotes(m_article).size(), 1);
    QCOMPARE(m_project->quotes(m_article).first().speakerName, QStringLiteral("Anna Smith"));
}

void TestQuoteStorage::exportsCarryQuotes()
{
    QString error;
    NewQuote q = quote(QStringLiteral("Yes"), QStringLiteral("Anna Smith"));
    q.cueStart = cp(QStringLiteral("said"));
    q.cueEnd = q.cueStart + 4;
    QVERIFY(m_project->replaceDetectedQuotes(m_article, { q }, &error));

    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    QVERIFY(AnnotationCsvExporter(*m_project, CsvOptions()).write(&csv, &error));
    const QString text = QString::fromUtf8(csv.data());
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    const QStringList row = lines.at(1).split(QLatin1Char(','));
    QCOMPARE(row.at(5), QStringLiteral("quote"));
    QCOMPARE(row.at(6), QStringLiteral("QUOTE"));
    QCOMPARE(row.at(7).toLongLong(), q.start);
    QCOMPARE(row.at(9), QStringLiteral("Yes"));
    QCOMPARE(row.at(11), QStringLiteral("Anna Smith"));

    QBuffer jsonl;
    jsonl.open(QIODevice::WriteOnly);
    QVERIFY(JsonlExporter(*m_project).write(&jsonl, &error));
    const QJsonObject span = QJsonDocument::fromJson(jsonl.data().trimmed())
                                 .object()
                                 .value(QLatin1String("annotations"))
                                 .toArray()
                                 .first()
                                 .toObject();
    QCOMPARE(span.value(QLatin1String("kind")).toString(), QStringLiteral("quote"));
    QCOMPARE(span.value(QLatin1String("speaker")).toString(), QStringLiteral("Anna Smith"));
    QCOMPARE(span.value(QLatin1String("cue")).toString(), QStringLiteral("said"));
}

QTEST_GUILESS_MAIN(TestQuoteStorage)
#include "tst_quotestorage.moc"
