// SPDX-License-Identifier: GPL-3.0-or-later
// Annotations back from our own CSV and JSONL exports: round trips into a
// fresh project with the same articles, matching by hash or by source and
// text, rows that fit nothing, idempotence and one transaction per file.
#include "annotationcsvexporter.h"
#include "annotationfileimporter.h"
#include "codepointindex.h"
#include "csvreader.h"
#include "csvwriter.h"
#include "jsonlexporter.h"
#include "projectdatabase.h"
#include "testhelpers.h"
#include "textfileimporter.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Marginalia;
using namespace TestHelpers;

namespace {

/// The articles every project of these tests holds, as .txt files.
QStringList writeCorpus(const QString &folder)
{
    const QStringList files = {
        folder + QStringLiteral("/1-fr.txt"),
        folder + QStringLiteral("/2-ar.txt"),
        folder + QStringLiteral("/3-lines.txt"),
    };
    writeFile(files.at(0),
              QStringLiteral("date 2022-12 Poutine 😀 à Minsk\r\n\r\nLe président russe "
                             "Vladimir Poutine a déclaré : « Nous irons à Minsk », devant "
                             "l’Organisation des Nations unies à New York.\r\n")
                  .toUtf8());
    writeFile(files.at(1),
              QStringLiteral("مصر\nقال الرئيس عبد الفتاح السيسي إن مصر مستعدة.\n").toUtf8());
    writeFile(files.at(2),
              QStringLiteral("Lines\nThe Banque\nde France said \"=1+1\" was -5.\n").toUtf8());
    return files;
}

std::unique_ptr<ProjectDatabase> projectWithCorpus(const QTemporaryDir &dir, const QString &name,
                                                   const QStringList &files)
{
    auto project = createProject(dir, name);
    if (project)
        TextFileImporter(*project).importPaths(files);
    return project;
}

qint64 at(ProjectDatabase &project, qint64 article, const QString &needle, int occurrence = 0)
{
    const QString text = *project.articleText(article);
    qsizetype from = -1;
    for (int i = 0; i <= occurrence; ++i)
        from = text.indexOf(needle, from + 1);
    return from < 0 ? -1 : text.left(from).toUcs4().size();
}

bool annotate(ProjectDatabase &project, qint64 article, const QString &needle, const QString &label,
              const QString &entity = {}, const QString &note = {}, int occurrence = 0)
{
    NewAnnotation request;
    request.articleId = article;
    request.start = at(project, article, needle, occurrence);
    request.end = request.start + needle.toUcs4().size();
    request.labelName = label;
    request.entityName = entity;
    request.note = note;
    request.annotator = QStringLiteral("analyste");
    QString error;
    const bool ok = project.addAnnotation(request, &error).has_value();
    if (!ok)
        qWarning("%s", qPrintable(error));
    return ok;
}

/// Project A of the round trips: overlapping spans, entities, notes with
/// commas, quotes and line breaks, formula-like notes (one that begins with
/// the apostrophe Excel-safe mode adds, kept as it is), a label of its own,
/// a span across a line break, a hand-made quote and an edited detected one.
bool annotateSource(ProjectDatabase &project)
{
    QString error;
    if (!project.addLabel({ 0, QStringLiteral("EVENT"), QStringLiteral("#123456"), {}, {} },
                          &error))
        return false;
    bool ok = annotate(project, 1, QStringLiteral("Vladimir Poutine"), QStringLiteral("PER"),
                       QStringLiteral("Vladimir Poutine"), QStringLiteral("note, \"quoted\"\nnext"))
        && annotate(project, 1, QStringLiteral("Poutine"), QStringLiteral("PER"),
                    QStringLiteral("Vladimir Poutine"))
        && annotate(project, 1, QStringLiteral("Minsk"), QStringLiteral("LOC"), {}, {}, 0)
        && annotate(project, 1, QStringLiteral("Minsk"), QStringLiteral("LOC"), {}, {}, 1)
        && annotate(project, 1, QStringLiteral("Organisation des Nations unies à New York"),
                    QStringLiteral("ORG"), QStringLiteral("ONU"))
        && annotate(project, 1, QStringLiteral("New York"), QStringLiteral("LOC"), {},
                    QStringLiteral("'=SUM(A1), a note that starts with its own quote"))
        && annotate(project, 1, QStringLiteral("😀"), QStringLiteral("EVENT"), {},
                    QStringLiteral("=HYPERLINK(\"x\")"))
        && annotate(project, 2, QStringLiteral("عبد الفتاح السيسي"), QStringLiteral("PER"),
                    QStringLiteral("عبد الفتاح السيسي"))
        && annotate(project, 2, QStringLiteral("مصر"), QStringLiteral("LOC"), {}, {}, 1)
        && annotate(project, 3, QStringLiteral("Banque\nde France"), QStringLiteral("ORG"))
        && annotate(project, 3, QStringLiteral("-5"), QStringLiteral("MISC"), QStringLiteral("-5"),
                    QStringLiteral("+note"));
    if (!ok)
        return false;
    // The detected quote of article 1 gets another speaker by hand.
    const QVector<Quote> quotes = project.quotes(1);
    if (quotes.size() != 1)
        return false;
    Quote edited = quotes.first();
    edited.speakerName = QStringLiteral("V. Poutine");
    edited.speakerEntityId = 0;
    edited.speakerAnnotationId = 0;
    edited.manual = true;
    if (!project.updateQuote(edited, &error))
        return false;
    // A quote detection did not find.
    NewQuote made;
    made.articleId = 2;
    made.start = at(project, 2, QStringLiteral("مصر مستعدة"));
    made.end = made.start + 10;
    made.speakerName = QStringLiteral("السيسي");
    made.manual = true;
    return project.addQuote(made, &error).has_value();
}

QByteArray exportCsv(ProjectDatabase &project, const CsvOptions &options = {})
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    AnnotationCsvExporter exporter(project, options);
    if (!exporter.write(&buffer, &error))
        qWarning("%s", qPrintable(error));
    return buffer.data();
}

QByteArray exportJsonl(ProjectDatabase &project)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    JsonlExporter exporter(project);
    if (!exporter.write(&buffer, &error))
        qWarning("%s", qPrintable(error));
    return buffer.data();
}

/// The CSV's records with the columns that differ between projects blanked.
QStringList comparableCsv(const QByteArray &csv, QChar delimiter = QLatin1Char(','))
{
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    CsvReader reader(text, delimiter);
    CsvReader::Record record;
    QStringList rows;
    QVector<qsizetype> blanked;
    while (reader.next(&record)) {
        if (rows.isEmpty()) {
            for (const char *column : { "annotation_id", "created_at", "modified_at" })
                blanked.append(record.fields.indexOf(QLatin1String(column)));
        } else {
            for (const qsizetype column : std::as_const(blanked))
                record.fields[column].clear();
        }
        rows.append(record.fields.join(QLatin1Char('|')));
    }
    return rows;
}

/// The JSONL's lines with annotation ids removed.
QStringList comparableJsonl(const QByteArray &jsonl)
{
    QStringList lines;
    for (const QByteArray &line : jsonl.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonObject article = QJsonDocument::fromJson(line).object();
        QJsonArray spans = article.value(QLatin1String("annotations")).toArray();
        for (qsizetype i = 0; i < spans.size(); ++i) {
            QJsonObject span = spans.at(i).toObject();
            span.remove(QLatin1String("id"));
            spans[i] = span;
        }
        article.insert(QLatin1String("annotations"), spans);
        lines.append(QString::fromUtf8(QJsonDocument(article).toJson(QJsonDocument::Compact)));
    }
    return lines;
}

/// The CSV without one of its columns.
QByteArray withoutColumn(const QByteArray &csv, const char *name)
{
    CsvReader reader(QString::fromUtf8(csv), QLatin1Char(','));
    CsvReader::Record record;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, {});
    qsizetype dropped = -1;
    while (reader.next(&record)) {
        if (dropped < 0)
            dropped = record.fields.indexOf(QLatin1String(name));
        for (qsizetype i = 0; i < record.fields.size(); ++i) {
            if (i != dropped)
                writer.addText(record.fields.at(i));
        }
        writer.endRow();
    }
    writer.flush();
    return buffer.data();
}

QString problemsOf(const AnnotationFileImporter::Report &report)
{
    QStringList lines;
    for (const ImportProblem &problem : report.problems)
        lines.append(problem.toString());
    if (!report.error.isEmpty())
        lines.append(report.error);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestAnnotationImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void csvRoundTrip_data();
    void csvRoundTrip();
    void jsonlRoundTrip_data();
    void jsonlRoundTrip();
    void importingTwiceAddsNothing();
    void labelSpellingsMeetAsInTheProject_data();
    void labelSpellingsMeetAsInTheProject();
    void matchesByHashWhereSourcesDiffer();
    void rowsThatFitNothingAreReportedByLine();
    void aFailureLeavesTheProjectUnchanged_data();
    void aFailureLeavesTheProjectUnchanged();
    void damageFoundAfterPartsWereStoredLeavesTheProjectUnchanged();
    void aCancelRollsBackThePartsStored();
    void anArticleMetAgainAfterItsPartKeepsItsChecks_data();
    void anArticleMetAgainAfterItsPartKeepsItsChecks();
    void refusesFilesThatAreNotExports();

private:
    QTemporaryDir m_dir;
    QStringList m_files;
    std::unique_ptr<ProjectDatabase> m_source;
};

void TestAnnotationImport::initTestCase()
{
    m_files = writeCorpus(m_dir.filePath(QStringLiteral("corpus")));
    m_source = projectWithCorpus(m_dir, QStringLiteral("source.marginalia"), m_files);
    QVERIFY(m_source);
    QCOMPARE(m_source->articleCount(), 3);
    QVERIFY(annotateSource(*m_source));
}

void TestAnnotationImport::csvRoundTrip_data()
{
    QTest::addColumn<bool>("bom");
    QTest::addColumn<bool>("excelSafe");
    QTest::addColumn<QString>("delimiter");
    // Rows stored as read, in parts of this many (ending between articles),
    // inside the one transaction.
    QTest::addColumn<int>("partSpans");
    // Code points each side of a span (a preference): the import reads any.
    QTest::addColumn<int>("context");
    QTest::newRow("plain") << false << false << "," << 20000 << 40;
    QTest::newRow("plain, in parts of 1") << false << false << "," << 1 << 40;
    QTest::newRow("Excel: BOM, Excel-safe, semicolon") << true << true << ";" << 20000 << 40;
    // Spans with a guarded cell wait for the end of the file, which says
    // whether its guards come off.
    QTest::newRow("Excel: BOM, Excel-safe, semicolon, in parts of 2")
        << true << true << ";" << 2 << 40;
    QTest::newRow("tab") << false << false << "\t" << 20000 << 40;
    QTest::newRow("no context") << false << false << "," << 20000 << 0;
    QTest::newRow("context 3, Excel-safe") << false << true << "," << 20000 << 3;
    QTest::newRow("context past both ends") << false << false << "," << 20000 << 1000;
}

void TestAnnotationImport::csvRoundTrip()
{
    QFETCH(bool, bom);
    QFETCH(bool, excelSafe);
    QFETCH(QString, delimiter);
    QFETCH(int, partSpans);
    QFETCH(int, context);
    CsvOptions options;
    options.contextLength = context;
    options.byteOrderMark = bom;
    options.excelSafe = excelSafe;
    options.delimiter = delimiter.front();
    const QByteArray exported = exportCsv(*m_source, options);
    const QString file = m_dir.filePath(QStringLiteral("round-trip.csv"));
    QVERIFY(writeFile(file, exported));

    QTemporaryDir dir;
    auto fresh = projectWithCorpus(dir, QStringLiteral("fresh.marginalia"), m_files);
    QVERIFY(fresh);
    AnnotationFileImporter::Options importOptions;
    importOptions.partSpans = partSpans;
    AnnotationFileImporter importer(*fresh, importOptions);
    const AnnotationFileImporter::Report report = importer.importFile(file);
    QVERIFY2(report.problems.isEmpty() && report.error.isEmpty(), qPrintable(problemsOf(report)));
    QCOMPARE(report.annotations, 11);
    // The hand-made quote is new; the edited one replaces the detected one.
    QCOMPARE(report.quotes, 2);
    QCOMPARE(report.replacedQuotes, 1);
    QCOMPARE(report.createdLabels, QStringList { QStringLiteral("EVENT") });

    const QByteArray again = exportCsv(*fresh, options);
    QCOMPARE(comparableCsv(again, options.delimiter), comparableCsv(exported, options.delimiter));
    // Timestamps are kept too: only the ids differ.
    QCOMPARE(again.size(), exported.size());
}

void TestAnnotationImport::jsonlRoundTrip_data()
{
    QTest::addColumn<int>("partSpans");
    QTest::newRow("one part") << 20000;
    QTest::newRow("parts of 1") << 1;
}

void TestAnnotationImport::jsonlRoundTrip()
{
    QFETCH(int, partSpans);
    const QByteArray exported = exportJsonl(*m_source);
    const QString file = m_dir.filePath(QStringLiteral("round-trip.jsonl"));
    QVERIFY(writeFile(file, exported));

    QTemporaryDir dir;
    auto fresh = projectWithCorpus(dir, QStringLiteral("fresh.marginalia"), m_files);
    AnnotationFileImporter::Options options;
    options.partSpans = partSpans;
    const AnnotationFileImporter::Report report =
        AnnotationFileImporter(*fresh, options).importFile(file);
    QVERIFY2(!report.hasProblems(), qPrintable(problemsOf(report)));
    QCOMPARE(report.annotations, 11);
    QCOMPARE(report.quotes, 2);
    QCOMPARE(comparableJsonl(exportJsonl(*fresh)), comparableJsonl(exported));
    // The detected cue was found again from its text.
    const QVector<Quote> quotes = fresh->quotes(1);
    QCOMPARE(quotes.size(), 1);
    QCOMPARE(quotes.first().cueStart, m_source->quotes(1).first().cueStart);
    QVERIFY(quotes.first().manual);
}

void TestAnnotationImport::importingTwiceAddsNothing()
{
    const QString csv = m_dir.filePath(QStringLiteral("twice.csv"));
    const QString jsonl = m_dir.filePath(QStringLiteral("twice.jsonl"));
    QVERIFY(writeFile(csv, exportCsv(*m_source)));
    QVERIFY(writeFile(jsonl, exportJsonl(*m_source)));
    QTemporaryDir dir;
    auto fresh = projectWithCorpus(dir, QStringLiteral("fresh.marginalia"), m_files);
    QVERIFY(!AnnotationFileImporter(*fresh).importFile(csv).hasProblems());
    const qint64 annotations = fresh->annotationCount();
    const QByteArray before = exportCsv(*fresh);

    for (const QString &file : { csv, jsonl }) {
        const AnnotationFileImporter::Report report =
            AnnotationFileImporter(*fresh).importFile(file);
        QVERIFY2(!report.hasProblems(), qPrintable(problemsOf(report)));
        QCOMPARE(report.annotations, 0);
        QCOMPARE(report.quotes, 0);
        QCOMPARE(report.duplicates, 14);
        QVERIFY(report.createdLabels.isEmpty());
    }
    QCOMPARE(fresh->annotationCount(), annotations);
    QCOMPARE(exportCsv(*fresh), before);

    // Into the project they came from: everything is there already.
    const AnnotationFileImporter::Report home = AnnotationFileImporter(*m_source).importFile(csv);
    QCOMPARE(home.duplicates, 14);
    QCOMPARE(home.annotations + home.quotes, 0);
}

void TestAnnotationImport::labelSpellingsMeetAsInTheProject_data()
{
    QTest::addColumn<QStringList>("labels"); ///< of rows with the same span
    QTest::addColumn<QStringList>("stored"); ///< the labels of the annotations stored
    QTest::addColumn<QStringList>("created");

    // The project compares label names as SQLite's NOCASE does: ASCII letters
    // without case. Two spellings of a new label used to become two
    // annotations of one label at the same span.
    QTest::newRow("a new label spelt two ways")
        << QStringList { QStringLiteral("Pays"), QStringLiteral("PAYS"), QStringLiteral("pays") }
        << QStringList { QStringLiteral("Pays") } << QStringList { QStringLiteral("Pays") };
    QTest::newRow("a label of the project in another case")
        << QStringList { QStringLiteral("loc"), QStringLiteral("LOC") }
        << QStringList { QStringLiteral("LOC") } << QStringList();
    QTest::newRow("accented capitals are other labels, as the project has it")
        << QStringList { QStringLiteral("État"), QStringLiteral("état") }
        << QStringList { QStringLiteral("État"), QStringLiteral("état") }
        << QStringList { QStringLiteral("État"), QStringLiteral("état") };
}

void TestAnnotationImport::labelSpellingsMeetAsInTheProject()
{
    QFETCH(QStringList, labels);
    QFETCH(QStringList, stored);
    QFETCH(QStringList, created);
    QTemporaryDir dir;
    auto fresh = projectWithCorpus(dir, QStringLiteral("fresh.marginalia"), m_files);
    QVERIFY(fresh);
    const qint64 article = fresh->articleSummaries().at(1).id;
    const QString text = *fresh->articleText(article);
    QVERIFY(text.startsWith(QStringLiteral("مصر")));
    QJsonArray annotations;
    for (const QString &label : labels)
        annotations.append(QJsonObject { { QStringLiteral("label"), label },
                                         { QStringLiteral("start"), 0 },
                                         { QStringLiteral("end"), 3 },
                                         { QStringLiteral("text"), QStringLiteral("مصر") } });
    const QString file = dir.filePath(QStringLiteral("labels.jsonl"));
    QVERIFY(writeFile(file,
                      QJsonDocument(QJsonObject { { QStringLiteral("text"), text },
                                                  { QStringLiteral("annotations"), annotations } })
                              .toJson(QJsonDocument::Compact)
                          + '\n'));

    const AnnotationFileImporter::Report report = AnnotationFileImporter(*fresh).importFile(file);
    QVERIFY2(!report.hasProblems(), qPrintable(problemsOf(report)));
    QCOMPARE(report.annotations, stored.size());
    QCOMPARE(report.duplicates, labels.size() - stored.size());
    QCOMPARE(report.createdLabels, created);
    QStringList labelled;
    for (const Annotation &annotation : fresh->annotations(article))
        labelled.append(annotation.labelName);
    QCOMPARE(labelled, stored);
}

void TestAnnotationImport::matchesByHashWhereSourcesDiffer()
{
    // The same texts imported from elsewhere: other sources, other ids.
    QTemporaryDir dir;
    const QStringList copies = writeCorpus(dir.filePath(QStringLiteral("elsewhere")));
    auto other = createProject(dir, QStringLiteral("other.marginalia"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("extra.txt")), "Extra\nFirst in this one."));
    TextFileImporter(*other).importPaths({ dir.filePath(QStringLiteral("extra.txt")) });
    TextFileImporter(*other).importPaths({ copies.at(2), copies.at(1), copies.at(0) });

    // An export with the article_sha256 column matches every row by hash...
    QString csv = QStringLiteral("article_id,article_source,kind,label,start,end,text,entity,"
                                 "article_sha256\n");
    const ArticleSummary article = *m_source->articleSummary(2);
    const Annotation annotation = m_source->annotations(2).first();
    const QString text = *m_source->articleText(2);
    const CodePointIndex index(text);
    const qsizetype from = index.toUtf16(annotation.start);
    const QString spanText = text.mid(from, index.toUtf16(annotation.end) - from);
    csv += QStringLiteral("2,%1,entity,%2,%3,%4,%5,%6,%7\n")
               .arg(article.source, annotation.labelName)
               .arg(annotation.start)
               .arg(annotation.end)
               .arg(spanText, annotation.entityName, article.contentHash);
    // ...and a row whose hash is no article's is reported.
    csv += QStringLiteral("2,%1,entity,PER,0,3,%2,,%3\n")
               .arg(article.source, text.left(3), QString(64, QLatin1Char('0')));
    const QString file = dir.filePath(QStringLiteral("hashed.csv"));
    QVERIFY(writeFile(file, csv.toUtf8()));
    const AnnotationFileImporter::Report report = AnnotationFileImporter(*other).importFile(file);
    QCOMPARE(report.annotations, 1);
    QCOMPARE(report.problems.size(), 1);
    QCOMPARE(report.problems.first().line, 3);
    QVERIFY(report.problems.first().reason.contains(QLatin1String("no article in the project")));
    // Article 2 of the source is article 3 here.
    const QVector<Annotation> stored = other->annotations(3);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().start, annotation.start);
    QCOMPARE(stored.first().entityName, annotation.entityName);

    // Our whole export carries the hash: every row finds its article here.
    const QString exported = m_dir.filePath(QStringLiteral("exported.csv"));
    QVERIFY(writeFile(exported, exportCsv(*m_source)));
    const AnnotationFileImporter::Report all = AnnotationFileImporter(*other).importFile(exported);
    QVERIFY2(!all.hasProblems(), qPrintable(problemsOf(all)));
    QCOMPARE(all.annotations, 10); // the eleventh came with hashed.csv
    QCOMPARE(all.annotations + all.quotes + all.duplicates, 14);

    // An export without the hash column (as written before it had one) is
    // matched by source and text: here the sources differ, so nothing fits...
    const QString unhashed = m_dir.filePath(QStringLiteral("unhashed.csv"));
    QVERIFY(writeFile(unhashed, withoutColumn(exportCsv(*m_source), "article_sha256")));
    const AnnotationFileImporter::Report bySource =
        AnnotationFileImporter(*other).importFile(unhashed);
    QCOMPARE(bySource.annotations + bySource.quotes + bySource.duplicates, 0);
    QCOMPARE(bySource.problems.size(), 14);
    QVERIFY(bySource.problems.first().reason.contains(QLatin1String("no article in the project "
                                                                    "has the source")));
    // ...while a project of the same files takes every row.
    auto same = projectWithCorpus(dir, QStringLiteral("same.marginalia"), m_files);
    const AnnotationFileImporter::Report sameSources =
        AnnotationFileImporter(*same).importFile(unhashed);
    QVERIFY2(!sameSources.hasProblems(), qPrintable(problemsOf(sameSources)));
    QCOMPARE(sameSources.annotations, 11);
}

void TestAnnotationImport::rowsThatFitNothingAreReportedByLine()
{
    QTemporaryDir dir;
    auto fresh = projectWithCorpus(dir, QStringLiteral("fresh.marginalia"), m_files);
    const QString source = m_source->articleSummary(1)->source;
    const QString header =
        QStringLiteral("article_id,article_source,kind,label,start,end,text,entity,note\n");
    const auto row = [&source](const QString &rest) {
        return QStringLiteral("1,\"%1\",%2\n").arg(source, rest);
    };
    const QString csv = header + row(QStringLiteral("entity,PER,0,7,Macron,,")) // 2: wrong text
        + row(QStringLiteral("entity,PER,abc,7,Poutine,,")) // 3
        + row(QStringLiteral("entity,PER,7,3,x,,")) // 4
        + row(QStringLiteral("entity,PER,0,99999,x,,")) // 5
        + row(QStringLiteral("relation,PER,0,7,Poutine,,")) // 6
        + row(QStringLiteral("entity,,0,7,Poutine,,")) // 7: no label
        + QStringLiteral("1,/nowhere.txt,entity,PER,0,7,Poutine,,\n") // 8
        + QStringLiteral("1,too,few\n") // 9
        + row(QStringLiteral("entity,PER,%1,%2,Vladimir Poutine,VP,ok")
                  .arg(at(*fresh, 1, QStringLiteral("Vladimir Poutine")))
                  .arg(at(*fresh, 1, QStringLiteral("Vladimir Poutine")) + 16)); // 10: fine
    const QString file = dir.filePath(QStringLiteral("bad.csv"));
    QVERIFY(writeFile(file, csv.toUtf8()));
    const AnnotationFileImporter::Report report = AnnotationFileImporter(*fresh).importFile(file);
    QCOMPARE(report.annotations, 1);
    QStringList lines;
    for (const ImportProblem &problem : report.problems) {
        QCOMPARE(problem.path, file);
        lines.append(QString::number(problem.line) + QLatin1Char(' ') + problem.reason);
    }
    QCOMPARE(lines.size(), 8);
    QVERIFY2(lines.at(0).startsWith(QLatin1String("2 no article with the source")),
             qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(QLatin1String("3 no article with the source")),
             qPrintable(lines.at(1)));
    QVERIFY(lines.at(2).startsWith(QLatin1String("4 no article with the source")));
    QVERIFY(lines.at(3).startsWith(QLatin1String("5 no article with the source")));
    // Rows that fit their article by source and text get the checks that follow.
    QCOMPARE(lines.at(4), QStringLiteral("6 unknown kind \"relation\" (entity or quote)"));
    QCOMPARE(lines.at(5), QStringLiteral("7 no label"));
    QVERIFY(lines.at(6).startsWith(QLatin1String("8 no article in the project has the source")));
    QCOMPARE(lines.at(7), QStringLiteral("9 3 field(s), but the header has 9"));

    // With the hash, rows reach their article and each check speaks for itself.
    const QString hash = m_source->articleSummary(1)->contentHash;
    const QString hashed = QStringLiteral("article_sha256,kind,label,start,end,text\n")
        + QStringLiteral("%1,entity,PER,0,7,Macron\n").arg(hash)
        + QStringLiteral("%1,entity,PER,abc,7,Poutine\n").arg(hash)
        + QStringLiteral("%1,entity,PER,7,3,x\n").arg(hash)
        + QStringLiteral("%1,entity,PER,0,99999,x\n").arg(hash)
        + QStringLiteral("%1,relation,PER,0,7,Poutine\n").arg(hash)
        + QStringLiteral("%1,entity,,0,7,Poutine\n").arg(hash);
    QVERIFY(writeFile(file, hashed.toUtf8()));
    const AnnotationFileImporter::Report checked = AnnotationFileImporter(*fresh).importFile(file);
    QStringList reasons;
    for (const ImportProblem &problem : checked.problems)
        reasons.append(QString::number(problem.line) + QLatin1Char(' ') + problem.reason);
    QCOMPARE(reasons,
             (QStringList { QStringLiteral("2 the text at [0, 7) of article 1 is \"Poutine\", not "
                                           "\"Macron\""),
                            QStringLiteral("3 start \"abc\" is not a whole number"),
                            QStringLiteral("4 [7, 3) is not a span"),
                            QStringLiteral("5 end 99999 is past the end of article 1, which has %1 "
                                           "characters")
                                .arg(fresh->articleSummary(1)->length),
                            QStringLiteral("6 unknown kind \"relation\" (entity or quote)"),
                            QStringLiteral("7 no label") }));
    QCOMPARE(checked.annotations, 0);

    // Past the listed maximum, problems are counted in one last line.
    AnnotationFileImporter::Options options;
    options.maxListedProblems = 4;
    const AnnotationFileImporter::Report capped =
        AnnotationFileImporter(*fresh, options).importFile(file);
    QCOMPARE(capped.unlistedProblems, 2);
    QCOMPARE(capped.problems.size(), 5);
    QCOMPARE(capped.problems.at(3).line, 5);
    QCOMPARE(capped.problems.last().line, 0);
    QCOMPARE(capped.problems.last().reason,
             QStringLiteral("2 more row(s) left out, not listed one by one"));
    QVERIFY(capped.hasProblems());
}

void TestAnnotationImport::aFailureLeavesTheProjectUnchanged_data()
{
    QTest::addColumn<int>("partSpans");
    QTest::newRow("one part") << 20000;
    // The first two articles' rows are stored before the third's fail.
    QTest::newRow("parts of 1") << 1;
}

void TestAnnotationImport::aFailureLeavesTheProjectUnchanged()
{
    QFETCH(int, partSpans);
    QTemporaryDir dir;
    auto fresh = projectWithCorpus(dir, QStringLiteral("fresh.marginalia"), m_files);
    // A trigger another program left makes the last row's insert fail.
    QVERIFY(rawExec(fresh->path(),
                    "CREATE TRIGGER refuse BEFORE INSERT ON annotations WHEN NEW.note = '+note' "
                    "BEGIN SELECT RAISE(ABORT, 'refused by a trigger'); END;"));
    const QString file = m_dir.filePath(QStringLiteral("fails.csv"));
    QVERIFY(writeFile(file, exportCsv(*m_source)));
    const qint64 quotesBefore = rawQueryInt(fresh->path(), "SELECT count(*) FROM quotes");
    AnnotationFileImporter::Options options;
    options.partSpans = partSpans;
    const AnnotationFileImporter::Report report =
        AnnotationFileImporter(*fresh, options).importFile(file);
    QVERIFY(report.error.contains(QLatin1String("refused by a trigger")));
    QVERIFY(report.error.contains(QLatin1String("nothing was imported")));
    QCOMPARE(report.annotations, 0);
    QCOMPARE(fresh->annotationCount(), 0);
    QCOMPARE(rawQueryInt(fresh->path(), "SELECT count(*) FROM quotes"), quotesBefore);
    QVERIFY(!fresh->labelByName(QStringLiteral("EVENT")));
    QCOMPARE(rawQueryInt(fresh->path(), "SELECT count(*) FROM entities"), 0);
}

void TestAnnotationImport::damageFoundAfterPartsWereStoredLeavesTheProjectUnchanged()
{
    // The file is read in pieces of 64 bytes and stored a row at a time, so
    // every row but the last is in the project (inside the transaction)
    // when the reader meets bytes that are not UTF-8 in the last line.
    QByteArray csv = exportCsv(*m_source);
    QVERIFY(csv.endsWith('\n'));
    csv.chop(1);
    csv.append(",\xff\xfe\n");
    const QString file = m_dir.filePath(QStringLiteral("damaged-late.csv"));
    QVERIFY(writeFile(file, csv));
    QTemporaryDir dir;
    auto fresh = projectWithCorpus(dir, QStringLiteral("fresh.marginalia"), m_files);
    const qint64 quotesBefore = rawQueryInt(fresh->path(), "SELECT count(*) FROM quotes");
    const qint64 labelsBefore = rawQueryInt(fresh->path(), "SELECT count(*) FROM labels");
    AnnotationFileImporter::Options options;
    options.pieceBytes = 64;
    options.partSpans = 1;
    const AnnotationFileImporter::Report report =
        AnnotationFileImporter(*fresh, options).importFile(file);
    QVERIFY2(report.error.contains(QLatin1String("nothing was imported")),
             qPrintable(problemsOf(report)));
    QCOMPARE(report.annotations, 0);
    QCOMPARE(report.quotes, 0);
    QCOMPARE(fresh->annotationCount(), 0);
    QCOMPARE(rawQueryInt(fresh->path(), "SELECT count(*) FROM annotations"), 0);
    QCOMPARE(rawQueryInt(fresh->path(), "SELECT count(*) FROM quotes"), quotesBefore);
    QCOMPARE(rawQueryInt(fresh->path(), "SELECT count(*) FROM labels"), labelsBefore);
    QCOMPARE(rawQueryInt(fresh->path(), "SELECT count(*) FROM entities"), 0);
    // The project takes the whole file afterwards: nothing was left locked.
    QVERIFY(writeFile(file, exportCsv(*m_source)));
    const AnnotationFileImporter::Report again =
        AnnotationFileImporter(*fresh, options).importFile(file);
    QVERIFY2(!again.hasProblems(), qPrintable(problemsOf(again)));
    QCOMPARE(again.annotations, 11);
}

void TestAnnotationImport::aCancelRollsBackThePartsStored()
{
    const QString file = m_dir.filePath(QStringLiteral("cancelled.csv"));
    QVERIFY(writeFile(file, exportCsv(*m_source)));
    QTemporaryDir dir;
    auto fresh = projectWithCorpus(dir, QStringLiteral("fresh.marginalia"), m_files);
    const qint64 quotesBefore = rawQueryInt(fresh->path(), "SELECT count(*) FROM quotes");
    AnnotationFileImporter::Options options;
    options.partSpans = 1;
    options.rowsPerProgress = 1;
    QVector<AnnotationFileImporter::Progress> seen;
    const AnnotationFileImporter::Report report =
        AnnotationFileImporter(*fresh, options)
            .importFile(file, [&seen](const AnnotationFileImporter::Progress &progress) {
                seen.append(progress);
                return progress.rowsDone < 10; // the rows of two articles are stored by then
            });
    QVERIFY(report.cancelled);
    QVERIFY(report.error.isEmpty());
    QCOMPARE(report.annotations, 0);
    QCOMPARE(seen.size(), 10);
    for (qsizetype i = 1; i < seen.size(); ++i) {
        QCOMPARE(seen.at(i).rowsDone, seen.at(i - 1).rowsDone + 1);
        QVERIFY(seen.at(i).permille >= seen.at(i - 1).permille);
        QVERIFY(seen.at(i).permille <= 1000);
    }
    QCOMPARE(rawQueryInt(fresh->path(), "SELECT count(*) FROM annotations"), 0);
    QCOMPARE(rawQueryInt(fresh->path(), "SELECT count(*) FROM quotes"), quotesBefore);
    QCOMPARE(rawQueryInt(fresh->path(), "SELECT count(*) FROM entities"), 0);
    QVERIFY(!fresh->labelByName(QStringLiteral("EVENT")));
}

void TestAnnotationImport::anArticleMetAgainAfterItsPartKeepsItsChecks_data()
{
    QTest::addColumn<int>("partSpans");
    QTest::newRow("one part") << 20000;
    QTest::newRow("parts of 1") << 1;
}

void TestAnnotationImport::anArticleMetAgainAfterItsPartKeepsItsChecks()
{
    // The file's first quote row comes again at the end, after the other
    // articles' rows, with another speaker: it is a duplicate of the row the
    // file gave, whether or not that row's part was stored in between.
    QFETCH(int, partSpans);
    CsvReader reader(QString::fromUtf8(exportCsv(*m_source)), QLatin1Char(','));
    CsvReader::Record record;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, {});
    QStringList header;
    QStringList again;
    while (reader.next(&record)) {
        if (header.isEmpty())
            header = record.fields;
        else if (again.isEmpty()
                 && record.fields.at(header.indexOf(QLatin1String("kind")))
                     == QLatin1String("quote"))
            again = record.fields;
        for (const QString &field : std::as_const(record.fields))
            writer.addText(field);
        writer.endRow();
    }
    QVERIFY(!again.isEmpty());
    again[header.indexOf(QLatin1String("speaker"))] = QStringLiteral("Quelqu’un d’autre");
    for (const QString &field : std::as_const(again))
        writer.addText(field);
    writer.endRow();
    writer.flush();
    const QString file = m_dir.filePath(QStringLiteral("met-again.csv"));
    QVERIFY(writeFile(file, buffer.data()));

    QTemporaryDir dir;
    auto fresh = projectWithCorpus(dir, QStringLiteral("fresh.marginalia"), m_files);
    AnnotationFileImporter::Options options;
    options.partSpans = partSpans;
    const AnnotationFileImporter::Report report =
        AnnotationFileImporter(*fresh, options).importFile(file);
    QVERIFY2(!report.hasProblems(), qPrintable(problemsOf(report)));
    QCOMPARE(report.annotations, 11);
    QCOMPARE(report.quotes, 2);
    // One more than the file without the repeated row has.
    const QString plain = m_dir.filePath(QStringLiteral("met-once.csv"));
    QVERIFY(writeFile(plain, exportCsv(*m_source)));
    QTemporaryDir otherDir;
    auto other = projectWithCorpus(otherDir, QStringLiteral("fresh.marginalia"), m_files);
    const AnnotationFileImporter::Report once =
        AnnotationFileImporter(*other, options).importFile(plain);
    QCOMPARE(report.duplicates, once.duplicates + 1);
}

void TestAnnotationImport::refusesFilesThatAreNotExports()
{
    QTemporaryDir dir;
    auto fresh = projectWithCorpus(dir, QStringLiteral("fresh.marginalia"), m_files);
    const QString notOurs = dir.filePath(QStringLiteral("people.csv"));
    QVERIFY(writeFile(notOurs, "name,age\nAda,36\n"));
    const AnnotationFileImporter::Report report =
        AnnotationFileImporter(*fresh).importFile(notOurs);
    QVERIFY(report.error.contains(QLatin1String("not an annotation export")));
    QVERIFY(report.error.contains(QLatin1String("start, end, text, label")));

    const QString noSuch = dir.filePath(QStringLiteral("missing.jsonl"));
    QVERIFY(AnnotationFileImporter(*fresh).importFile(noSuch).error.contains(
        QLatin1String("no such file")));
    const QString text = dir.filePath(QStringLiteral("notes.txt"));
    QVERIFY(writeFile(text, "hello"));
    QVERIFY(AnnotationFileImporter(*fresh).importFile(text).error.contains(
        QLatin1String("not a table file")));
    QCOMPARE(fresh->annotationCount(), 0);
}

QTEST_GUILESS_MAIN(TestAnnotationImport)
#include "tst_annotationimport.moc"
