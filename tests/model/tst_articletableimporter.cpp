// SPDX-License-Identifier: GPL-3.0-or-later
// Articles from CSV and JSONL tables: mapping, text rules, rows reported by
// line, duplicates, batches and cancel.
#include "articletableimporter.h"
#include "codepointindex.h"
#include "projectdatabase.h"
#include "testhelpers.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Marginalia;
using namespace TestHelpers;

namespace {

/// Every problem as "line:kind:reason" (kind R, S or W).
QStringList problemLines(const ArticleTableImporter::Report &report)
{
    QStringList lines;
    for (const ImportProblem &problem : report.problems) {
        const char kind = problem.kind == ImportProblem::Kind::Rejected ? 'R'
            : problem.kind == ImportProblem::Kind::Skipped              ? 'S'
                                                                        : 'W';
        lines.append(QStringLiteral("%1:%2:%3")
                         .arg(problem.line)
                         .arg(QLatin1Char(kind))
                         .arg(problem.reason));
    }
    return lines;
}

ArticleTableImporter::Report importTable(ProjectDatabase &project, const QString &path,
                                         ArticleColumnMapping mapping = {}, int batchSize = 500)
{
    ArticleTableImporter::Options options;
    options.mapping = std::move(mapping);
    options.batchSize = batchSize;
    return ArticleTableImporter(project, options).importFile(path);
}

} // namespace

class TestArticleTableImporter : public QObject
{
    Q_OBJECT

private slots:
    void importsCsvWithDefaultColumns();
    void readsEveryCsvDialect_data();
    void readsEveryCsvDialect();
    void importsJsonl();
    void explicitMappingWins();
    void reportsRowsByLineAndGoesOn();
    void datesAreReadOrLeftOut_data();
    void datesAreReadOrLeftOut();
    void numericDatesFollowTheChosenOrder();
    void aTableWithoutTextColumnIsRejected();
    void duplicatesAreReportedAsForTextFiles();
    void importsInBatchesAndCancelUndoes();
    void progressEndsAtTheEnd_data();
    void progressEndsAtTheEnd();
};

void TestArticleTableImporter::importsCsvWithDefaultColumns()
{
    QTemporaryDir dir;
    auto project = createProject(dir);
    const QString file = dir.filePath(QStringLiteral("news.csv"));
    QVERIFY(writeFile(
        file,
        QStringLiteral("ID,Title,Text,Date,Source\r\n"
                       "a1,Poutine à Minsk,\"Le président russe se rendra à Minsk.\r\n\r\n"
                       "Il a dit « non ».\",2022-12-05,https://example.org/1\r\n"
                       "a2,,\"\uFEFF\r\n  Zelensky 🇺🇦 à Kyiv\r\nTexte.\",,\r\n")
            .toUtf8()));
    const ArticleTableImporter::Report report = importTable(*project, file);
    QVERIFY2(report.problems.isEmpty(), qPrintable(problemLines(report).join(u'\n')));
    QCOMPARE(report.importedIds.size(), 2);

    const ArticleSummary first = *project->articleSummary(report.importedIds.at(0));
    QCOMPARE(first.title, QStringLiteral("Poutine à Minsk"));
    QCOMPARE(first.date, QStringLiteral("2022-12-05"));
    QCOMPARE(first.source, QStringLiteral("https://example.org/1"));
    QCOMPARE(first.encoding, QStringLiteral("UTF-8"));
    const QString text = *project->articleText(first.id);
    // Line ends inside the quoted field become LF, as for .txt files.
    QCOMPARE(text, QStringLiteral("Le président russe se rendra à Minsk.\n\nIl a dit « non »."));
    QCOMPARE(first.contentHash, QString::fromLatin1(sha256(text.toUtf8())));
    QCOMPARE(first.length, text.size());
    // Quotes are detected as at any import.
    QCOMPARE(project->quotes(first.id).size(), 1);

    // No title: the text's first non-blank line; no source: FILE#ID; a
    // BOM at the start of the text is dropped.
    const ArticleSummary second = *project->articleSummary(report.importedIds.at(1));
    QCOMPARE(second.title, QStringLiteral("Zelensky 🇺🇦 à Kyiv"));
    QCOMPARE(*project->articleText(second.id), QStringLiteral("\n  Zelensky 🇺🇦 à Kyiv\nTexte."));
    QCOMPARE(second.source, QFileInfo(file).absoluteFilePath() + QStringLiteral("#a2"));
    QCOMPARE(second.date, QString());
    QCOMPARE(second.length, CodePointIndex::count(*project->articleText(second.id)));
}

void TestArticleTableImporter::readsEveryCsvDialect_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    const QString rows = QStringLiteral("titre;texte\r\n\"Un; deux\";\"L’été, « oui »\r\n"
                                        "ligne\"\"deux\"\"\"\r\n");
    QTest::newRow("semicolon, UTF-8") << rows.toUtf8() << "UTF-8";
    QTest::newRow("semicolon, UTF-8 with BOM")
        << QByteArray("\xEF\xBB\xBF") + rows.toUtf8() << "UTF-8";
    QByteArray utf16("\xFF\xFE", 2);
    for (const QChar c : rows) {
        utf16.append(char(c.unicode() & 0xFF));
        utf16.append(char(c.unicode() >> 8));
    }
    QTest::newRow("semicolon, UTF-16LE") << utf16 << "UTF-16LE";
    QByteArray cp1252;
    for (const QChar c : rows)
        cp1252.append(c == QChar(0x2019) ? '\x92' : char(c.toLatin1()));
    QTest::newRow("semicolon, Windows-1252") << cp1252 << "windows-1252";
    QString tabs = rows;
    tabs.replace(QStringLiteral("\";\""), QStringLiteral("\"\t\""))
        .replace(QStringLiteral("titre;texte"), QStringLiteral("titre\ttexte"));
    QTest::newRow("tab") << tabs.toUtf8() << "UTF-8";
}

void TestArticleTableImporter::readsEveryCsvDialect()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QTemporaryDir dir;
    auto project = createProject(dir);
    const QString file = dir.filePath(QStringLiteral("table.csv"));
    QVERIFY(writeFile(file, bytes));
    ArticleColumnMapping mapping;
    mapping.text = QStringLiteral("texte");
    mapping.title = QStringLiteral("titre");
    const ArticleTableImporter::Report report = importTable(*project, file, mapping);
    QVERIFY2(report.problems.isEmpty(), qPrintable(problemLines(report).join(u'\n')));
    QCOMPARE(report.importedIds.size(), 1);
    const ArticleSummary article = *project->articleSummary(report.importedIds.first());
    QCOMPARE(article.title, QStringLiteral("Un; deux"));
    QCOMPARE(article.encoding, encoding);
    QCOMPARE(*project->articleText(article.id), QStringLiteral("L’été, « oui »\nligne\"deux\""));
}

void TestArticleTableImporter::importsJsonl()
{
    QTemporaryDir dir;
    auto project = createProject(dir);
    const QString file = dir.filePath(QStringLiteral("feed.jsonl"));
    QVERIFY(writeFile(file,
                      QStringLiteral("{\"id\": 17, \"text\": \"مصر\\r\\nقال الرئيس.\", "
                                     "\"date\": \"2023-01-15T08:00:00+01:00\", \"tags\": [1]}\n"
                                     "\n"
                                     "{\"text\": \"Second 😀\", \"title\": \"Deux\", "
                                     "\"source\": \"AFP\"}\n")
                          .toUtf8()));
    const ArticleTableImporter::Report report = importTable(*project, file);
    QVERIFY2(report.problems.isEmpty(), qPrintable(problemLines(report).join(u'\n')));
    QCOMPARE(report.importedIds.size(), 2);
    const ArticleSummary first = *project->articleSummary(report.importedIds.at(0));
    QCOMPARE(first.title, QStringLiteral("مصر"));
    QCOMPARE(first.date, QStringLiteral("2023-01-15"));
    QCOMPARE(first.source, QFileInfo(file).absoluteFilePath() + QStringLiteral("#17"));
    QCOMPARE(*project->articleText(first.id), QStringLiteral("مصر\nقال الرئيس."));
    const ArticleSummary second = *project->articleSummary(report.importedIds.at(1));
    QCOMPARE(second.title, QStringLiteral("Deux"));
    QCOMPARE(second.source, QStringLiteral("AFP"));
}

void TestArticleTableImporter::explicitMappingWins()
{
    QTemporaryDir dir;
    auto project = createProject(dir);
    const QString file = dir.filePath(QStringLiteral("t.csv"));
    QVERIFY(writeFile(file,
                      "text,body,title,headline,date\n"
                      "ignored,The body.,Ignored title,Headline,2020\n"));
    ArticleColumnMapping mapping;
    mapping.text = QStringLiteral("body");
    mapping.title = QStringLiteral("headline");
    mapping.date = QString(); // none, although a column is named so
    const ArticleTableImporter::Report report = importTable(*project, file, mapping);
    QCOMPARE(report.importedIds.size(), 1);
    const ArticleSummary article = *project->articleSummary(report.importedIds.first());
    QCOMPARE(*project->articleText(article.id), QStringLiteral("The body."));
    QCOMPARE(article.title, QStringLiteral("Headline"));
    QCOMPARE(article.date, QString());
    // The source falls back to FILE:LINE without source and id columns.
    QCOMPARE(article.source, QFileInfo(file).absoluteFilePath() + QStringLiteral(":2"));

    // A column named but not in the file rejects the file, naming the columns.
    mapping.title = QStringLiteral("missing");
    const ArticleTableImporter::Report wrong = importTable(*project, file, mapping);
    QCOMPARE(wrong.importedIds.size(), 0);
    QCOMPARE(wrong.problems.size(), 1);
    QCOMPARE(wrong.problems.first().line, 0);
    QVERIFY2(wrong.problems.first().reason.contains(QLatin1String("\"missing\"")),
             qPrintable(wrong.problems.first().reason));
    QVERIFY(wrong.problems.first().reason.contains(QLatin1String("\"headline\"")));
}

void TestArticleTableImporter::reportsRowsByLineAndGoesOn()
{
    QTemporaryDir dir;
    auto project = createProject(dir);
    const QString csv = dir.filePath(QStringLiteral("bad.csv"));
    QVERIFY(writeFile(csv,
                      "id,text\n"
                      "1,\"first\nspans two lines\"\n" // lines 2-3
                      "2,\"never closed\n" // line 4: swallows nothing after it
                      "3,third\n"
                      "4\n" // too few fields
                      "5,   \n" // white space only
                      "6,sixth,extra\n"
                      "7,\"bad\"quote\n"
                      "8,eighth\n"));
    const ArticleTableImporter::Report report = importTable(*project, csv);
    QCOMPARE(report.importedIds.size(), 3);
    const QStringList problems = problemLines(report);
    QCOMPARE(problems.size(), 5);
    // The stray quote runs on to the next quote (line 9) and is reported where it opened.
    QVERIFY2(problems.at(0).startsWith(QLatin1String("4:R:a quote inside a quoted field")),
             qPrintable(problems.at(0)));
    QCOMPARE(problems.at(1), QStringLiteral("6:R:1 field(s), but the header has 2"));
    QCOMPARE(problems.at(2), QStringLiteral("7:R:no text (the text column is empty)"));
    QCOMPARE(problems.at(3), QStringLiteral("8:R:3 field(s), but the header has 2"));
    QVERIFY(problems.at(4).startsWith(QLatin1String("9:R:a quote inside a quoted field")));
    QStringList texts;
    for (const qint64 id : report.importedIds)
        texts.append(*project->articleText(id));
    QCOMPARE(texts,
             (QStringList { QStringLiteral("first\nspans two lines"), QStringLiteral("third"),
                            QStringLiteral("eighth") }));
    // The problem reads "FILE:LINE: reason", as the CLI prints it.
    QCOMPARE(report.problems.first().toString().left(csv.size() + 3), csv + QStringLiteral(":4:"));

    const QString jsonl = dir.filePath(QStringLiteral("bad.jsonl"));
    QVERIFY(writeFile(jsonl,
                      "{\"text\": \"good one\"}\n"
                      "{\"text\": \"unterminated}\n"
                      "[\"an array\"]\n"
                      "{\"title\": \"no text\"}\n"
                      "{\"text\": 42}\n"));
    const ArticleTableImporter::Report json = importTable(*project, jsonl);
    QCOMPARE(json.importedIds.size(), 2); // the number 42 is text too
    const QStringList jsonProblems = problemLines(json);
    QCOMPARE(jsonProblems.size(), 3);
    QVERIFY(jsonProblems.at(0).startsWith(QLatin1String("2:R:invalid JSON")));
    QCOMPARE(jsonProblems.at(1), QStringLiteral("3:R:not a JSON object"));
    QCOMPARE(jsonProblems.at(2), QStringLiteral("4:R:no text (the text column is empty)"));
}

void TestArticleTableImporter::datesAreReadOrLeftOut_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("stored");
    QTest::addColumn<bool>("warned");
    QTest::newRow("year") << "2022"
                          << "2022" << false;
    QTest::newRow("month") << "2022-12"
                           << "2022-12" << false;
    QTest::newRow("day") << " 2022-12-05 "
                         << "2022-12-05" << false;
    QTest::newRow("date-time") << "2022-12-05T23:59:59.5Z"
                               << "2022-12-05" << false;
    QTest::newRow("date and time") << "2022-12-05 10:00"
                                   << "2022-12-05" << false;
    QTest::newRow("empty") << ""
                           << "" << false;
    QTest::newRow("no such day") << "2022-02-30"
                                 << "" << true;
    // Issue 12, defect 18: French exports' dates were refused.
    QTest::newRow("French order") << "05/12/2022"
                                  << "2022-12-05" << false;
    QTest::newRow("French words") << "lundi 5 décembre 2022"
                                  << "2022-12-05" << false;
    QTest::newRow("RSS") << "Mon, 05 Dec 2022 10:00:00 +0100"
                         << "2022-12-05" << false;
    QTest::newRow("no such day, French order") << "31/02/2022"
                                               << "" << true;
    QTest::newRow("words") << "last Tuesday"
                           << "" << true;
    QTest::newRow("month 13") << "2022-13"
                              << "" << true;
}

void TestArticleTableImporter::datesAreReadOrLeftOut()
{
    QFETCH(QString, value);
    QFETCH(QString, stored);
    QFETCH(bool, warned);
    QTemporaryDir dir;
    auto project = createProject(dir);
    const QString file = dir.filePath(QStringLiteral("d.csv"));
    QVERIFY(writeFile(file, QStringLiteral("text,date\nSome text,\"%1\"\n").arg(value).toUtf8()));
    const ArticleTableImporter::Report report = importTable(*project, file);
    // An invalid date costs the date, never the article.
    QCOMPARE(report.importedIds.size(), 1);
    QCOMPARE(project->articleSummary(report.importedIds.first())->date, stored);
    QCOMPARE(report.problems.size(), warned ? 1 : 0);
    if (warned) {
        QCOMPARE(report.problems.first().kind, ImportProblem::Kind::Warning);
        QCOMPARE(report.problems.first().line, 2);
        QVERIFY(report.problems.first().reason.contains(value.trimmed()));
    }
}

void TestArticleTableImporter::numericDatesFollowTheChosenOrder()
{
    // 01/02/2024 is 1 February read day first, 2 January month first; a day
    // over 12 reads one way whatever was chosen.
    for (const auto &[order, expected] :
         { std::pair { ArticleDate::Order::DayFirst, QStringLiteral("2024-02-01|2024-12-25") },
           std::pair { ArticleDate::Order::MonthFirst,
                       QStringLiteral("2024-01-02|2024-12-25") } }) {
        QTemporaryDir dir;
        auto project = createProject(dir);
        const QString file = dir.filePath(QStringLiteral("d.csv"));
        QVERIFY(writeFile(file, "text,date\nUn,01/02/2024\nDeux,25/12/2024\n"));
        ArticleTableImporter::Options options;
        options.dateOrder = order;
        const ArticleTableImporter::Report report =
            ArticleTableImporter(*project, options).importFile(file);
        QVERIFY(report.problems.isEmpty());
        QCOMPARE(rawQueryRows(project->path(), "SELECT date FROM articles ORDER BY id").join(u'|'),
                 expected);
    }
}

void TestArticleTableImporter::aTableWithoutTextColumnIsRejected()
{
    QTemporaryDir dir;
    auto project = createProject(dir);
    const QString file = dir.filePath(QStringLiteral("no-text.csv"));
    QVERIFY(writeFile(file, "title,body\nA,B\n"));
    const ArticleTableImporter::Report report = importTable(*project, file);
    QCOMPARE(report.importedIds.size(), 0);
    QCOMPARE(report.problems.size(), 1);
    QVERIFY(report.problems.first().reason.contains(QLatin1String("no text column")));
    QVERIFY(report.problems.first().reason.contains(QLatin1String("\"title\", \"body\"")));
    QCOMPARE(project->articleCount(), 0);

    const QString binary = dir.filePath(QStringLiteral("binary.csv"));
    QVERIFY(writeFile(binary, QByteArray("text\n\0\0\0", 8)));
    const ArticleTableImporter::Report refused = importTable(*project, binary);
    QCOMPARE(refused.problems.size(), 1);
    QVERIFY(refused.problems.first().reason.contains(QLatin1String("binary")));
}

void TestArticleTableImporter::duplicatesAreReportedAsForTextFiles()
{
    QTemporaryDir dir;
    auto project = createProject(dir);
    const QString file = dir.filePath(QStringLiteral("dup.csv"));
    QVERIFY(writeFile(file, "title,text\nFirst,Same text\nSecond,Same text\nThird,Other\n"));
    const ArticleTableImporter::Report report = importTable(*project, file);
    QCOMPARE(report.importedIds.size(), 2);
    QCOMPARE(problemLines(report),
             (QStringList { QStringLiteral("3:S:skipped: same text as article %1 (\"First\")")
                                .arg(report.importedIds.first()) }));
    // Again: every row is a duplicate now.
    const ArticleTableImporter::Report again = importTable(*project, file);
    QCOMPARE(again.importedIds.size(), 0);
    QCOMPARE(again.problems.size(), 3);
    QCOMPARE(project->articleCount(), 2);
}

void TestArticleTableImporter::importsInBatchesAndCancelUndoes()
{
    QTemporaryDir dir;
    auto project = createProject(dir);
    const QString file = dir.filePath(QStringLiteral("many.jsonl"));
    QByteArray lines;
    for (int i = 0; i < 50; ++i)
        lines += QStringLiteral("{\"text\": \"Article %1 — Élysée\"}\n").arg(i).toUtf8();
    QVERIFY(writeFile(file, lines));

    ArticleTableImporter::Options options;
    options.batchSize = 7;
    QVector<int> permilles;
    qsizetype rows = 0;
    const ArticleTableImporter::Report cancelled =
        ArticleTableImporter(*project, options)
            .importFile(file, [&](const ArticleTableImporter::Progress &p) {
                permilles.append(p.permille);
                rows = p.rowsDone;
                return p.rowsDone < 30;
            });
    QVERIFY(cancelled.cancelled);
    QVERIFY(cancelled.importedIds.isEmpty());
    QCOMPARE(rows, 35); // five batches stored, then undone
    QCOMPARE(project->articleCount(), 0);
    QVERIFY(std::is_sorted(permilles.cbegin(), permilles.cend()));

    permilles.clear();
    const ArticleTableImporter::Report done =
        ArticleTableImporter(*project, options)
            .importFile(file, [&](const ArticleTableImporter::Progress &p) {
                permilles.append(p.permille);
                return true;
            });
    QCOMPARE(done.importedIds.size(), 50);
    QCOMPARE(permilles.size(), 8);
    QCOMPARE(permilles.last(), 1000);
    QCOMPARE(project->articleCount(), 50);
}

void TestArticleTableImporter::progressEndsAtTheEnd_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");

    QTest::newRow("JSONL with a final line end")
        << QStringLiteral("a.jsonl") << QByteArray("{\"text\": \"un\"}\n{\"text\": \"deux\"}\n");
    QTest::newRow("JSONL without a final line end")
        << QStringLiteral("a.jsonl") << QByteArray("{\"text\": \"un\"}\n{\"text\": \"deux\"}");
    QTest::newRow("JSONL ending in a blank line without a line end")
        << QStringLiteral("a.jsonl") << QByteArray("{\"text\": \"un\"}\n   ");
    QTest::newRow("CSV without a final line end")
        << QStringLiteral("a.csv") << QByteArray("text\nun\ndeux");
}

void TestArticleTableImporter::progressEndsAtTheEnd()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QTemporaryDir dir;
    auto project = createProject(dir);
    const QString file = dir.filePath(name);
    QVERIFY(writeFile(file, bytes));

    ArticleTableImporter::Options options;
    options.batchSize = 1;
    QVector<int> permilles;
    const ArticleTableImporter::Report report =
        ArticleTableImporter(*project, options)
            .importFile(file, [&](const ArticleTableImporter::Progress &p) {
                permilles.append(p.permille);
                return true;
            });
    QVERIFY(report.problems.isEmpty());
    QVERIFY(!permilles.isEmpty());
    QVERIFY(std::is_sorted(permilles.cbegin(), permilles.cend()));
    // A progress bar ignores a value past its maximum: the last step would be lost.
    QCOMPARE(permilles.last(), 1000);
}

QTEST_GUILESS_MAIN(TestArticleTableImporter)
#include "tst_articletableimporter.moc"
