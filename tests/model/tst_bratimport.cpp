// SPDX-License-Identifier: GPL-3.0-or-later
// brat standoff folders: text-bound annotations, notes, entity links,
// discontinuous spans, offsets of files with CRLF or a BOM, matching stored
// articles, and what is skipped.
#include "annotationcsvexporter.h"
#include "bratexporter.h"
#include "bratimporter.h"
#include "codepointindex.h"
#include "csvreader.h"
#include "projectdatabase.h"
#include "testhelpers.h"
#include "textfileimporter.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using namespace Marginalia;
using namespace TestHelpers;

namespace {

/// A brat T line for \a needle in \a raw (the .txt as brat reads it, BOM and
/// CR included), offsets in code points as brat counts them.
QString tLine(const QString &id, const QString &type, const QString &raw, const QString &needle,
              int occurrence = 0)
{
    qsizetype from = -1;
    for (int i = 0; i <= occurrence; ++i)
        from = raw.indexOf(needle, from + 1);
    const qint64 start = QStringView(raw).left(from).toUcs4().size();
    return QStringLiteral("%1\t%2 %3 %4\t%5\n")
        .arg(id, type)
        .arg(start)
        .arg(start + needle.toUcs4().size())
        .arg(needle);
}

/// The article's annotations and quotes as "LABEL start end text [entity] {note}".
QStringList spansOf(ProjectDatabase &project, qint64 articleId)
{
    const QString text = *project.articleText(articleId);
    const CodePointIndex index(text);
    const auto slice = [&](qint64 start, qint64 end) {
        const qsizetype from = index.toUtf16(start);
        return text.mid(from, index.toUtf16(end) - from);
    };
    QStringList spans;
    for (const Annotation &a : project.annotations(articleId))
        spans.append(QStringLiteral("%1 %2 %3 %4 [%5] {%6}")
                         .arg(a.labelName)
                         .arg(a.start)
                         .arg(a.end)
                         .arg(slice(a.start, a.end), a.entityName, a.note));
    for (const Quote &q : project.quotes(articleId))
        spans.append(QStringLiteral("QUOTE %1 %2 %3 [%4] {%5}")
                         .arg(q.start)
                         .arg(q.end)
                         .arg(slice(q.start, q.end), q.speakerName, q.note));
    return spans;
}

QString problemsOf(const BratImporter::Report &report)
{
    QStringList lines;
    for (const ImportProblem &problem : report.problems)
        lines.append(problem.toString());
    if (!report.error.isEmpty())
        lines.append(report.error);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestBratImport : public QObject
{
    Q_OBJECT

private slots:
    void importsTextBoundAnnotationsAndNotes();
    void remapsOffsetsOfCrlfAndBom_data();
    void remapsOffsetsOfCrlfAndBom();
    void aCarriageReturnAloneIsNoSpan_data();
    void aCarriageReturnAloneIsNoSpan();
    void discontinuousSpans();
    void reportsWhatItCannotTake();
    void matchesStoredArticlesAndAddsNothingTwice();
    void exportsWhatTheAnnSays();
    void cancellingStoresNothing();
    void roundTripThroughOurBratExport();
};

void TestBratImport::importsTextBoundAnnotationsAndNotes()
{
    QTemporaryDir dir;
    auto project = createProject(dir);
    const QString folder = dir.filePath(QStringLiteral("brat"));
    const QString text = QStringLiteral("Emmanuel Macron 😀 a dit « Bonjour » à Berlin.\n"
                                        "Angela Merkel l’a reçu.\n");
    QVERIFY(writeFile(folder + QStringLiteral("/doc.txt"), text.toUtf8()));
    QString ann =
        tLine(QStringLiteral("T1"), QStringLiteral("PER"), text, QStringLiteral("Emmanuel Macron"))
        + tLine(QStringLiteral("T2"), QStringLiteral("LOC"), text, QStringLiteral("Berlin"))
        + tLine(QStringLiteral("T3"), QStringLiteral("Person"), text,
                QStringLiteral("Angela Merkel"))
        + tLine(QStringLiteral("T4"), QStringLiteral("QUOTE"), text, QStringLiteral("Bonjour"))
        + QStringLiteral("#1\tAnnotatorNotes T1\tPrésident, \"EM\"\n"
                         "#2\tAnnotatorNotes T4\tspeaker: Emmanuel Macron\n"
                         "N1\tReference T1 Marginalia:7\tEmmanuel Macron\n"
                         "N2\tReference T3 Wikipedia:123\tAngela Merkel\n"
                         "R1\tMeets Arg1:T1 Arg2:T3\n"
                         "A1\tNegated T2\n"
                         "E1\tSpeak:T4 Speaker:T1\n"
                         "\n");
    QVERIFY(writeFile(folder + QStringLiteral("/doc.ann"), ann.toUtf8()));
    QVERIFY(writeFile(folder + QStringLiteral("/annotation.conf"), "[entities]\nPER\n"));

    const BratImporter::Report report = BratImporter(*project).importFolder(folder);
    QCOMPARE(report.importedIds.size(), 1);
    QCOMPARE(report.annotations, 3);
    QCOMPARE(report.quotes, 1);
    QCOMPARE(report.notes, 2);
    QCOMPARE(report.createdLabels, QStringList { QStringLiteral("Person") });
    QCOMPARE(report.skippedLines.value(QStringLiteral("relation(s)")), 1);
    QCOMPARE(report.skippedLines.value(QStringLiteral("attribute(s)")), 1);
    QCOMPARE(report.skippedLines.value(QStringLiteral("event(s)")), 1);
    QCOMPARE(report.skippedLines.value(QStringLiteral("normalization(s)")), 1);
    // One line says what was left out, with the counts.
    QCOMPARE(report.problems.size(), 1);
    QCOMPARE(report.problems.first().kind, ImportProblem::Kind::Skipped);
    QVERIFY2(report.problems.first().reason.contains(QLatin1String("1 relation(s)")),
             qPrintable(report.problems.first().reason));

    const qint64 id = report.importedIds.first();
    const ArticleSummary article = *project->articleSummary(id);
    QCOMPARE(article.title, QStringLiteral("Emmanuel Macron 😀 a dit « Bonjour » à Berlin."));
    QCOMPARE(*project->articleText(id), text);
    const auto span = [&text](const QString &prefix, const QString &needle, const QString &rest) {
        const qint64 start = codePointOffset(text, needle);
        return QStringLiteral("%1 %2 %3 %4 %5")
            .arg(prefix)
            .arg(start)
            .arg(start + needle.toUcs4().size())
            .arg(needle, rest);
    };
    QCOMPARE(spansOf(*project, id),
             (QStringList {
                 span(QStringLiteral("PER"), QStringLiteral("Emmanuel Macron"),
                      QStringLiteral("[Emmanuel Macron] {Président, \"EM\"}")),
                 span(QStringLiteral("LOC"), QStringLiteral("Berlin"), QStringLiteral("[] {}")),
                 span(QStringLiteral("Person"), QStringLiteral("Angela Merkel"),
                      QStringLiteral("[] {}")),
                 span(QStringLiteral("QUOTE"), QStringLiteral("Bonjour"),
                      QStringLiteral("[Emmanuel Macron] {}")) }));
    // Imported texts are not searched for quotes: the .ann says what is there.
    QCOMPARE(project->quotes(id).size(), 1);
    QVERIFY(project->quotes(id).first().manual);
}

void TestBratImport::remapsOffsetsOfCrlfAndBom_data()
{
    QTest::addColumn<bool>("bom");
    QTest::addColumn<bool>("crlf");
    QTest::addColumn<bool>("bomCounted");
    QTest::newRow("LF") << false << false << false;
    QTest::newRow("CRLF") << false << true << false;
    QTest::newRow("BOM counted, as brat reads it") << true << false << true;
    QTest::newRow("BOM and CRLF") << true << true << true;
    QTest::newRow("BOM not counted by the tool that wrote the .ann") << true << true << false;
}

void TestBratImport::remapsOffsetsOfCrlfAndBom()
{
    QFETCH(bool, bom);
    QFETCH(bool, crlf);
    QFETCH(bool, bomCounted);
    QTemporaryDir dir;
    auto project = createProject(dir);
    const QString folder = dir.filePath(QStringLiteral("brat"));
    const QString lineEnd = crlf ? QStringLiteral("\r\n") : QStringLiteral("\n");
    const QString stored = QStringLiteral("Titre 😀\n\nVladimir Poutine à Minsk.\nPuis Kyiv 🇺🇦.\n");
    QString written = stored;
    written.replace(QStringLiteral("\n"), lineEnd);
    QVERIFY(writeFile(folder + QStringLiteral("/a.txt"),
                      (bom ? QByteArray("\xEF\xBB\xBF") : QByteArray()) + written.toUtf8()));
    // Offsets as counted in the text as written (brat keeps the BOM as a character).
    const QString counted = (bomCounted ? QString(QChar(0xFEFF)) : QString()) + written;
    const QString ann = tLine(QStringLiteral("T1"), QStringLiteral("PER"), counted,
                              QStringLiteral("Vladimir Poutine"))
        + tLine(QStringLiteral("T2"), QStringLiteral("LOC"), counted, QStringLiteral("Kyiv 🇺🇦"))
        + tLine(QStringLiteral("T3"), QStringLiteral("MISC"), counted, QStringLiteral("😀"));
    QVERIFY(writeFile(folder + QStringLiteral("/a.ann"), ann.toUtf8()));

    const BratImporter::Report report = BratImporter(*project).importFolder(folder);
    QVERIFY2(!report.hasProblems(), qPrintable(problemsOf(report)));
    QCOMPARE(report.annotations, 3);
    const qint64 id = report.importedIds.first();
    QCOMPARE(*project->articleText(id), stored);
    const auto cp = [&stored](const QString &needle) { return codePointOffset(stored, needle); };
    QCOMPARE(spansOf(*project, id),
             (QStringList { QStringLiteral("MISC %1 %2 😀 [] {}")
                                .arg(cp(QStringLiteral("😀")))
                                .arg(cp(QStringLiteral("😀")) + 1),
                            QStringLiteral("PER %1 %2 Vladimir Poutine [] {}")
                                .arg(cp(QStringLiteral("Vladimir")))
                                .arg(cp(QStringLiteral("Vladimir")) + 16),
                            QStringLiteral("LOC %1 %2 Kyiv 🇺🇦 [] {}")
                                .arg(cp(QStringLiteral("Kyiv")))
                                .arg(cp(QStringLiteral("Kyiv")) + 7) }));
}

void TestBratImport::aCarriageReturnAloneIsNoSpan_data()
{
    QTest::addColumn<QByteArray>("txt");
    QTest::addColumn<QByteArray>("ann");
    QTest::addColumn<QStringList>("spans");
    QTest::addColumn<QStringList>("problems");

    const QStringList nothing;
    const QString rejected = QStringLiteral(
        "1 T1: its offsets hold only the carriage return of a line end, which the stored text "
        "drops");
    // Before, the empty span failed the whole import: "nothing was imported".
    QTest::newRow("the CR of a CRLF, its text empty")
        << QByteArray("ab\r\ncd") << QByteArray("T1\tPER 2 3\t\nT2\tLOC 0 2\tab\n")
        << QStringList { QStringLiteral("LOC 0 2 ab [] {}") } << QStringList { rejected };
    QTest::newRow("the CR of a CRLF, no text")
        << QByteArray("ab\r\ncd") << QByteArray("T1\tPER 2 3\nT2\tLOC 4 6\tcd\n")
        << QStringList { QStringLiteral("LOC 3 5 cd [] {}") } << QStringList { rejected };
    QTest::newRow("the CR after a counted BOM")
        << QByteArray("\xEF\xBB\xBF"
                      "ab\r\ncd")
        << QByteArray("T1\tPER 3 4\t\nT2\tLOC 1 3\tab\n")
        << QStringList { QStringLiteral("LOC 0 2 ab [] {}") } << QStringList { rejected };
    QTest::newRow("a CR fragment beside a word: the word stays")
        << QByteArray("ab\r\ncd") << QByteArray("T1\tPER 0 2;2 3\tab \n")
        << QStringList { QStringLiteral("PER 0 2 ab [] {}") } << nothing;
    QTest::newRow("the whole CRLF is the LF")
        << QByteArray("ab\r\ncd") << QByteArray("T1\tPER 2 4\t\n")
        << QStringList { QStringLiteral("PER 2 3 \n [] {}") } << nothing;
}

void TestBratImport::aCarriageReturnAloneIsNoSpan()
{
    QFETCH(QByteArray, txt);
    QFETCH(QByteArray, ann);
    QFETCH(QStringList, spans);
    QFETCH(QStringList, problems);
    QTemporaryDir dir;
    auto project = createProject(dir);
    const QString folder = dir.filePath(QStringLiteral("brat"));
    QVERIFY(writeFile(folder + QStringLiteral("/a.txt"), txt));
    QVERIFY(writeFile(folder + QStringLiteral("/a.ann"), ann));

    const BratImporter::Report report = BratImporter(*project).importFolder(folder);
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.importedIds.size(), 1);
    QCOMPARE(spansOf(*project, report.importedIds.first()), spans);
    QStringList lines;
    for (const ImportProblem &problem : report.problems)
        lines.append(QString::number(problem.line) + QLatin1Char(' ') + problem.reason);
    QCOMPARE(lines, problems);
}

void TestBratImport::discontinuousSpans()
{
    QTemporaryDir dir;
    auto project = createProject(dir);
    const QString folder = dir.filePath(QStringLiteral("brat"));
    const QString text = QStringLiteral("La Banque\nde France et la Banque d’Italie.\n");
    QVERIFY(writeFile(folder + QStringLiteral("/d.txt"), text.toUtf8()));
    // T1: brat's (and our export's) way of writing a span across a line break.
    // T2: a true discontinuous annotation, "Banque ... Italie".
    const QString ann = QStringLiteral("T1\tORG 3 9;10 19\tBanque de France\n"
                                       "T2\tORG 26 32;35 41\tBanque Italie\n"
                                       "#1\tAnnotatorNotes T2\tdeux parts\n");
    QVERIFY(writeFile(folder + QStringLiteral("/d.ann"), ann.toUtf8()));
    const BratImporter::Report report = BratImporter(*project).importFolder(folder);
    QVERIFY2(!report.hasProblems(), qPrintable(problemsOf(report)));
    QCOMPARE(report.annotations, 3);
    QCOMPARE(spansOf(*project, report.importedIds.first()),
             (QStringList { QStringLiteral("ORG 3 19 Banque\nde France [] {}"),
                            QStringLiteral("ORG 26 32 Banque [] {deux parts}"),
                            QStringLiteral("ORG 35 41 Italie [] {deux parts}") }));
}

void TestBratImport::reportsWhatItCannotTake()
{
    QTemporaryDir dir;
    auto project = createProject(dir);
    const QString folder = dir.filePath(QStringLiteral("brat"));
    const QString text = QStringLiteral("Paris et Lyon.\n");
    QVERIFY(writeFile(folder + QStringLiteral("/ok.txt"), text.toUtf8()));
    QVERIFY(writeFile(folder + QStringLiteral("/ok.ann"),
                      "T1\tLOC 0 5\tParis\n"
                      "T2\tLOC 0 5\tLyon\n" // 2: wrong text
                      "T3\tLOC 9 99\tLyon\n" // 3: past the end
                      "T4 LOC 9 13 Lyon\n" // 4: spaces for tabs
                      "X1\twhat\n" // 5: unknown
                      "T5\tLOC nine 13\tLyon\n" // 6
                      "T6\tLOC 9 13\tLyon\n"));
    QVERIFY(writeFile(folder + QStringLiteral("/sub/orphan.ann"), "T1\tPER 0 4\tNobody\n"));
    QVERIFY(writeFile(folder + QStringLiteral("/alone.txt"), "Only a text.\n"));
    QVERIFY(writeFile(folder + QStringLiteral("/empty.txt"), ""));
    QVERIFY(writeFile(folder + QStringLiteral("/empty.ann"), "T1\tPER 0 4\tNone\n"));
    QVERIFY(writeFile(folder + QStringLiteral("/.hidden/h.txt"), "hidden\n"));

    const BratImporter::Report report = BratImporter(*project).importFolder(folder);
    QCOMPARE(report.importedIds.size(), 2); // ok.txt and alone.txt
    QCOMPARE(report.annotations, 2);
    QStringList lines;
    for (const ImportProblem &problem : report.problems)
        lines.append(QDir(folder).relativeFilePath(problem.path) + QLatin1Char(':')
                     + QString::number(problem.line) + QLatin1Char(' ') + problem.reason);
    lines.sort();
    QCOMPARE(lines.size(), 7);
    QVERIFY2(lines.at(0).startsWith(QLatin1String("empty.txt:0 the file is empty")),
             qPrintable(lines.join(u'\n')));
    QCOMPARE(lines.at(1),
             QStringLiteral("ok.ann:2 T2: the text at its offsets is \"Paris\", "
                            "not \"Lyon\""));
    QCOMPARE(lines.at(2),
             QStringLiteral("ok.ann:3 T3: offsets outside the text of ok.txt (15 "
                            "characters)"));
    QVERIFY(lines.at(3).startsWith(QLatin1String("ok.ann:4 not a text-bound annotation")));
    QCOMPARE(lines.at(4), QStringLiteral("ok.ann:5 not a brat annotation line"));
    QVERIFY(lines.at(5).startsWith(QLatin1String("ok.ann:6 not a text-bound annotation")));
    QCOMPARE(lines.at(6),
             QStringLiteral("sub/orphan.ann:0 no orphan.txt beside it: its annotations have no "
                            "text"));

    const BratImporter::Report missing =
        BratImporter(*project).importFolder(dir.filePath(QStringLiteral("nowhere")));
    QVERIFY(missing.error.contains(QLatin1String("not a folder")));
}

void TestBratImport::matchesStoredArticlesAndAddsNothingTwice()
{
    QTemporaryDir dir;
    auto project = createProject(dir);
    const QString folder = dir.filePath(QStringLiteral("brat"));
    const QString text = QStringLiteral("Ursula von der Leyen à Bruxelles.\n");
    QVERIFY(writeFile(folder + QStringLiteral("/eu.txt"), text.toUtf8()));
    QVERIFY(writeFile(folder + QStringLiteral("/eu.ann"),
                      tLine(QStringLiteral("T1"), QStringLiteral("PER"), text,
                            QStringLiteral("Ursula von der Leyen"))
                          .toUtf8()));
    // The project holds the text already (from a CRLF file), with a mention.
    QVERIFY(writeFile(dir.filePath(QStringLiteral("eu-crlf.txt")),
                      "Ursula von der Leyen \xC3\xA0 Bruxelles.\r\n"));
    TextFileImporter(*project).importPaths({ dir.filePath(QStringLiteral("eu-crlf.txt")) });
    QCOMPARE(project->articleCount(), 1);
    NewAnnotation place { 1, 24, 33, QStringLiteral("LOC"), {}, 0, {}, {} };
    QString error;
    QVERIFY(project->addAnnotation(place, &error));

    const BratImporter::Report first = BratImporter(*project).importFolder(folder);
    QVERIFY2(!first.hasProblems(), qPrintable(problemsOf(first)));
    QVERIFY(first.importedIds.isEmpty());
    QCOMPARE(first.matchedIds, QVector<qint64> { 1 });
    QCOMPARE(first.annotations, 1);
    QCOMPARE(project->articleCount(), 1);
    QCOMPARE(project->annotations(1).size(), 2);

    const BratImporter::Report second = BratImporter(*project).importFolder(folder);
    QCOMPARE(second.annotations, 0);
    QCOMPARE(second.duplicates, 1);
    QCOMPARE(project->annotations(1).size(), 2);

    // The same text twice in one folder: the second is reported, not merged.
    QVERIFY(writeFile(folder + QStringLiteral("/copy.txt"), text.toUtf8()));
    QVERIFY(writeFile(folder + QStringLiteral("/new.txt"), "Something new.\n"));
    QVERIFY(writeFile(folder + QStringLiteral("/new2.txt"), "Something new.\n"));
    const BratImporter::Report third = BratImporter(*project).importFolder(folder);
    QCOMPARE(third.importedIds.size(), 1);
    QCOMPARE(third.problems.size(), 1);
    QVERIFY(third.problems.first().path.endsWith(QLatin1String("new2.txt")));
    QVERIFY(third.problems.first().reason.contains(QLatin1String("new.txt")));
}

void TestBratImport::exportsWhatTheAnnSays()
{
    // brat -> import -> our CSV: every text-bound annotation of the .ann is a
    // row with the same type, offsets and text (the .txt is LF, no BOM).
    QTemporaryDir dir;
    auto project = createProject(dir);
    const QString folder = dir.filePath(QStringLiteral("brat"));
    const QString text = QStringLiteral("مصر\nقال الرئيس عبد الفتاح السيسي إن مصر مستعدة 😀.\n");
    QVERIFY(writeFile(folder + QStringLiteral("/ar.txt"), text.toUtf8()));
    const QString ann =
        tLine(QStringLiteral("T1"), QStringLiteral("LOC"), text, QStringLiteral("مصر"))
        + tLine(QStringLiteral("T2"), QStringLiteral("PER"), text,
                QStringLiteral("عبد الفتاح السيسي"))
        + tLine(QStringLiteral("T3"), QStringLiteral("LOC"), text, QStringLiteral("مصر"), 1)
        + tLine(QStringLiteral("T4"), QStringLiteral("MISC"), text, QStringLiteral("السيسي"))
        + tLine(QStringLiteral("T5"), QStringLiteral("MISC"), text, QStringLiteral("😀"));
    QVERIFY(writeFile(folder + QStringLiteral("/ar.ann"), ann.toUtf8()));
    const BratImporter::Report report = BratImporter(*project).importFolder(folder);
    QVERIFY2(!report.hasProblems(), qPrintable(problemsOf(report)));

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY(AnnotationCsvExporter(*project, {}).write(&buffer, &error));
    CsvReader reader(QString::fromUtf8(buffer.data()), QLatin1Char(','));
    CsvReader::Record record;
    QVERIFY(reader.next(&record));
    const QStringList header = record.fields;
    const qsizetype label = header.indexOf(QLatin1String("label"));
    const qsizetype start = header.indexOf(QLatin1String("start"));
    const qsizetype end = header.indexOf(QLatin1String("end"));
    const qsizetype cell = header.indexOf(QLatin1String("text"));
    QStringList exported;
    while (reader.next(&record))
        exported.append(QStringLiteral("%1 %2 %3\t%4\n")
                            .arg(record.fields.at(label), record.fields.at(start),
                                 record.fields.at(end), record.fields.at(cell)));
    QStringList expected;
    for (const QString &line : ann.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        expected.append(line.section(QLatin1Char('\t'), 1) + QLatin1Char('\n'));
    exported.sort();
    expected.sort();
    QCOMPARE(exported, expected);
}

void TestBratImport::cancellingStoresNothing()
{
    QTemporaryDir dir;
    auto project = createProject(dir);
    const QString folder = dir.filePath(QStringLiteral("brat"));
    for (int i = 0; i < 5; ++i) {
        const QString text = QStringLiteral("Document %1 sur Paris.\n").arg(i);
        QVERIFY(writeFile(folder + QStringLiteral("/%1.txt").arg(i), text.toUtf8()));
        QVERIFY(writeFile(
            folder + QStringLiteral("/%1.ann").arg(i),
            tLine(QStringLiteral("T1"), QStringLiteral("LOC"), text, QStringLiteral("Paris"))
                .toUtf8()));
    }
    qsizetype seen = 0;
    const BratImporter::Report report =
        BratImporter(*project).importFolder(folder, [&](const BratImporter::Progress &p) {
            seen = p.documentsDone;
            return p.documentsDone < 3;
        });
    QVERIFY(report.cancelled);
    QCOMPARE(seen, 3);
    QCOMPARE(project->articleCount(), 0);
    QCOMPARE(project->annotationCount(), 0);
    QVERIFY(report.importedIds.isEmpty());
}

void TestBratImport::roundTripThroughOurBratExport()
{
    // A brat document as our brat export writes one: T lines in text order,
    // each followed by its entity link, the quote's speaker and its note; a
    // span across a line break as fragments around it.
    QTemporaryDir dir;
    const QString text = QStringLiteral("Emmanuel Macron 😀 a dit « Bonjour » à Lyon.\n"
                                        "La Banque\nde France aussi.\n");
    const auto at = [&text](const QString &needle) { return codePointOffset(text, needle); };
    const qint64 banque = at(QStringLiteral("Banque"));
    const QString ann = QStringLiteral("T1\tPER 0 15\tEmmanuel Macron\n"
                                       "N1\tReference T1 Marginalia:1\tEmmanuel Macron\n"
                                       "#1\tAnnotatorNotes T1\tprésident, \"EM\"\n"
                                       "T2\tQUOTE %1 %2\tBonjour\n"
                                       "#2\tAnnotatorNotes T2\tspeaker: Emmanuel Macron\n"
                                       "T3\tLOC %3 %4\tLyon\n"
                                       "T4\tORG %5 %6;%7 %8\tBanque de France\n")
                            .arg(at(QStringLiteral("Bonjour")))
                            .arg(at(QStringLiteral("Bonjour")) + 7)
                            .arg(at(QStringLiteral("Lyon")))
                            .arg(at(QStringLiteral("Lyon")) + 4)
                            .arg(banque)
                            .arg(banque + 6)
                            .arg(banque + 7)
                            .arg(banque + 16);
    const QString original = dir.filePath(QStringLiteral("original"));
    QVERIFY(writeFile(original + QStringLiteral("/1.txt"), text.toUtf8()));
    QVERIFY(writeFile(original + QStringLiteral("/1.ann"), ann.toUtf8()));

    QStringList folders = { original };
    for (int round = 1; round <= 2; ++round) {
        auto project = createProject(dir, QStringLiteral("round%1.marginalia").arg(round));
        const BratImporter::Report report = BratImporter(*project).importFolder(folders.last());
        QVERIFY2(!report.hasProblems(), qPrintable(problemsOf(report)));
        QCOMPARE(report.annotations, 3);
        QCOMPARE(report.quotes, 1);
        const QString exported = dir.filePath(QStringLiteral("round%1").arg(round));
        QString error;
        QVERIFY2(BratExporter(*project).write(exported, &error), qPrintable(error));
        folders.append(exported);
        // The same text, and the same text-bound annotations, notes and links.
        QCOMPARE(readAll(exported + QStringLiteral("/1.txt")), text.toUtf8());
        QCOMPARE(QString::fromUtf8(readAll(exported + QStringLiteral("/1.ann"))), ann);
    }
}

QTEST_GUILESS_MAIN(TestBratImport)
#include "tst_bratimport.moc"
