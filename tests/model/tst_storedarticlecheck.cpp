// SPDX-License-Identifier: GPL-3.0-or-later
// StoredArticleCheck on its own: what makes a stored text unusable (its
// type, its bytes, its hash, its length) and which spans lie outside it,
// each told in one line naming the article.
#include "storedarticlecheck.h"
#include "testhelpers.h"

#include <QTest>

using namespace Marginalia;
using namespace TestHelpers;

namespace {

const QString SoundText = QStringLiteral("Élysée 😀\nMacron a parlé.");

ArticleSummary summaryOf(const QString &text)
{
    ArticleSummary summary;
    summary.id = 12;
    summary.title = QStringLiteral("Title");
    summary.contentHash = QString::fromLatin1(sha256(text.toUtf8()));
    summary.length = text.toUcs4().size();
    return summary;
}

} // namespace

class TestStoredArticleCheck : public QObject
{
    Q_OBJECT

private slots:
    void texts_data();
    void texts();
    void namesAreOneShortLine();
    void spans_data();
    void spans();
};

void TestStoredArticleCheck::texts_data()
{
    using T = SqlStatement::Type;
    QTest::addColumn<int>("type");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("hash"); // empty: the bytes' own
    QTest::addColumn<qint64>("length"); // -1: the text's own
    QTest::addColumn<QString>("reason"); // empty: sound

    const QByteArray sound = SoundText.toUtf8();
    QTest::newRow("sound") << int(T::Text) << sound << QString() << qint64(-1) << QString();
    QTest::newRow("edited") << int(T::Text) << QByteArray(sound).replace("Macron", "Micron")
                            << QString::fromLatin1(sha256(sound)) << qint64(-1)
                            << "its text does not match its stored hash; left out";
    QTest::newRow("hash in capitals")
        << int(T::Text) << sound << QString::fromLatin1(sha256(sound).toUpper()) << qint64(-1)
        << "its text does not match its stored hash";
    QTest::newRow("hash empty") << int(T::Text) << sound << QStringLiteral("-") << qint64(-1)
                                << "its text does not match its stored hash";
    QTest::newRow("not UTF-8") << int(T::Text) << QByteArray("Caf\xE9") << QString() << qint64(-1)
                               << "its text is not valid UTF-8; left out";
    QTest::newRow("UTF-16 stored as UTF-8")
        << int(T::Text) << QByteArray("\xFF\xFEM\0a\0", 6) << QString() << qint64(-1)
        << "its text is not valid UTF-8";
    QTest::newRow("a blob") << int(T::Blob) << sound << QString() << qint64(-1)
                            << "its text is stored as binary data, not text; left out";
    QTest::newRow("an integer") << int(T::Integer) << QByteArray("42") << QString() << qint64(-1)
                                << "its text is stored as a number, not text; left out";
    QTest::newRow("a float") << int(T::Float) << QByteArray("4.2") << QString() << qint64(-1)
                             << "its text is stored as a number";
    QTest::newRow("NULL") << int(T::Null) << QByteArray() << QString() << qint64(-1)
                          << "it has no text; left out";
    // UTF-16 units instead of code points: the emoji counts twice.
    QTest::newRow("length in UTF-16")
        << int(T::Text) << sound << QString() << qint64(SoundText.size())
        << "its stored length, 25 characters, is not its text's, 24";
    QTest::newRow("length zero") << int(T::Text) << sound << QString() << qint64(0)
                                 << "its stored length, 0 characters";
}

void TestStoredArticleCheck::texts()
{
    QFETCH(int, type);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, hash);
    QFETCH(qint64, length);
    QFETCH(QString, reason);

    ArticleSummary summary = summaryOf(SoundText);
    summary.contentHash = hash.isEmpty() ? QString::fromLatin1(sha256(bytes))
        : hash == QLatin1String("-")     ? QString()
                                         : hash;
    if (length >= 0)
        summary.length = length;
    QString text = QStringLiteral("stale");
    const QString problem =
        StoredArticleCheck::checkText(summary, SqlStatement::Type(type), bytes, &text);
    if (reason.isEmpty()) {
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(text, SoundText);
        return;
    }
    QVERIFY2(problem.startsWith(QStringLiteral("article 12 \"Title\": ") + reason),
             qPrintable(problem));
    QVERIFY(text.isEmpty());
}

void TestStoredArticleCheck::namesAreOneShortLine()
{
    ArticleSummary summary;
    summary.id = 7;
    summary.title = QStringLiteral("A title\nover two lines ") + QString(200, QLatin1Char('x'));
    const QString name = StoredArticleCheck::name(summary);
    QVERIFY(name.startsWith(QStringLiteral("article 7 \"A title over two lines ")));
    QVERIFY(!name.contains(QLatin1Char('\n')));
    QVERIFY2(name.size() < 80, qPrintable(name));
}

void TestStoredArticleCheck::spans_data()
{
    QTest::addColumn<QString>("kind"); // annotation, quote, cue, speaker
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("end");
    QTest::addColumn<QString>("reason"); // empty: kept

    const qint64 length = SoundText.toUcs4().size(); // 24
    QTest::newRow("annotation inside") << "annotation" << qint64(0) << length << QString();
    QTest::newRow("annotation past the end")
        << "annotation" << qint64(20) << length + 1
        << "annotation 5 at [20, 25) lies outside its text of 24 character(s); left out";
    QTest::newRow("annotation far out") << "annotation" << qint64(750) << qint64(14128)
                                        << "annotation 5 at [750, 14128) lies outside";
    QTest::newRow("annotation before the start")
        << "annotation" << qint64(-1) << qint64(3) << "annotation 5 at [-1, 3) lies outside";
    QTest::newRow("quote inside") << "quote" << qint64(7) << qint64(8) << QString();
    QTest::newRow("quote past the end")
        << "quote" << qint64(750) << qint64(14128) << "quote 5 at [750, 14128) lies outside";
    QTest::newRow("cue past the end")
        << "cue" << qint64(30) << qint64(35) << "the cue of quote 5, at [30, 35), lies outside";
    QTest::newRow("speaker mention past the end")
        << "speaker" << qint64(30) << qint64(35)
        << "the speaker mention of quote 5, at [30, 35), lies outside";
}

void TestStoredArticleCheck::spans()
{
    QFETCH(QString, kind);
    QFETCH(qint64, start);
    QFETCH(qint64, end);
    QFETCH(QString, reason);

    ProjectDatabase::ExportArticle article;
    article.summary = summaryOf(SoundText);
    article.text = SoundText;
    Annotation sound;
    sound.id = 1;
    sound.start = 0;
    sound.end = 6;
    article.annotations.append(sound);
    Quote soundQuote;
    soundQuote.id = 2;
    soundQuote.start = 9;
    soundQuote.end = 15;
    article.quotes.append(soundQuote);
    if (kind == QLatin1String("annotation")) {
        Annotation a;
        a.id = 5;
        a.start = start;
        a.end = end;
        article.annotations.append(a);
    } else {
        Quote q;
        q.id = 5;
        q.start = kind == QLatin1String("quote") ? start : 1;
        q.end = kind == QLatin1String("quote") ? end : 2;
        if (kind == QLatin1String("cue")) {
            q.cueStart = start;
            q.cueEnd = end;
        } else if (kind == QLatin1String("speaker")) {
            q.speakerMentionStart = start;
            q.speakerMentionEnd = end;
        }
        article.quotes.append(q);
    }
    const QStringList problems = StoredArticleCheck::checkSpans(&article);
    // The sound spans stay whatever happens to the others.
    QCOMPARE(article.annotations.first().id, 1);
    QCOMPARE(article.quotes.first().id, 2);
    if (reason.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QCOMPARE(article.annotations.size() + article.quotes.size(), 3);
        return;
    }
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().startsWith(QStringLiteral("article 12 \"Title\": ") + reason),
             qPrintable(problems.first()));
    QCOMPARE(article.annotations.size() + article.quotes.size(), 2);
}

QTEST_GUILESS_MAIN(TestStoredArticleCheck)
#include "tst_storedarticlecheck.moc"
