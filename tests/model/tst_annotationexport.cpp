// SPDX-License-Identifier: GPL-3.0-or-later
// The offset contract end to end inside the model: import bytes, annotate by
// code points, export, and read the export back as a consumer would.
#include "annotationcsvexporter.h"
#include "jsonlexporter.h"
#include "projectdatabase.h"
#include "testhelpers.h"
#include "textfileimporter.h"
#include "textsexporter.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Marginalia;
using namespace TestHelpers;

namespace {

// Python's text[start:end] for code point offsets.
QString slice(const QString &text, qint64 start, qint64 end)
{
    const QList<uint> ucs4 = text.toUcs4();
    QString out;
    for (qint64 i = start; i < end && i < ucs4.size(); ++i)
        out.append(QString::fromUcs4(reinterpret_cast<const char32_t *>(&ucs4.at(i)), 1));
    return out;
}

// A small RFC 4180 reader, independent of the writer under test.
QVector<QStringList> parseCsv(const QString &csv)
{
    QVector<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < csv.size(); ++i) {
        const QChar c = csv.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < csv.size() && csv.at(i + 1) == QLatin1Char('"')) {
                field.append(c);
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field.append(c);
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(field);
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < csv.size()
                   && csv.at(i + 1) == QLatin1Char('\n')) {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            ++i;
        } else {
            field.append(c);
        }
    }
    return rows;
}

QByteArray utf16be(const QString &text)
{
    QByteArray bytes("\xFE\xFF", 2);
    for (const QChar c : text) {
        bytes.append(char(c.unicode() >> 8));
        bytes.append(char(c.unicode() & 0xFF));
    }
    return bytes;
}

} // namespace

class TestAnnotationExport : public QObject
{
    Q_OBJECT

private slots:
    void offsetsAreCodePoints_data();
    void offsetsAreCodePoints();
    void sentenceAndContext_data();
    void sentenceAndContext();
    void excelSafeNeutralisesFormulas();
    void overlappingSpansComeInTextOrder();
};

void TestAnnotationExport::offsetsAreCodePoints_data()
{
    QTest::addColumn<QByteArray>("fileBytes");
    QTest::addColumn<QString>("needle");

    QTest::newRow("astral emoji before the span")
        << QStringLiteral("Réactions 😀😀\nLe 🇫🇷 président Macron 👍 a parlé.").toUtf8()
        << QStringLiteral("Macron");
    QTest::newRow("flag inside the span")
        << QStringLiteral("Titre\nL’équipe de France 🇫🇷 gagne.").toUtf8()
        << QStringLiteral("France 🇫🇷");
    QTest::newRow("ZWJ family emoji span")
        << QStringLiteral("Famille\nUne 👨‍👩‍👧‍👦 heureuse.").toUtf8()
        << QStringLiteral("👨‍👩‍👧‍👦");
    QTest::newRow("combining accents (NFD) kept as stored")
        << QStringLiteral("Titre\nSergue\u0301i\u0308 Cho\u0308igou arrive.").toUtf8()
        << QStringLiteral("Cho\u0308igou");
    QTest::newRow("right-to-left Arabic")
        << QStringLiteral("عنوان\nقال الرئيس عبد الفتاح السيسي إن مصر مستعدة.").toUtf8()
        << QStringLiteral("عبد الفتاح السيسي");
    QTest::newRow("Chinese without spaces")
        << QStringLiteral("标题\n习近平在北京会见了普京。").toUtf8() << QStringLiteral("普京");
    QTest::newRow("CRLF origin") << QByteArray("Title\r\n\r\nLine one\r\nAngela Merkel spoke\r\n")
                                 << QStringLiteral("Angela Merkel");
    QTest::newRow("UTF-16BE origin with emoji")
        << utf16be(QStringLiteral("Titre 😀\r\nLe 🎉 maire de Lyon 🎉 parle.\r\n"))
        << QStringLiteral("Lyon");
    QTest::newRow("date header removed before offsets")
        << QStringLiteral(" date 2022-12 Poutine 😀 à Minsk\n\nTexte.").toUtf8()
        << QStringLiteral("Minsk");
}

void TestAnnotationExport::offsetsAreCodePoints()
{
    QFETCH(QByteArray, fileBytes);
    QFETCH(QString, needle);

    QTemporaryDir dir;
    auto project = createProject(dir);
    QVERIFY(writeFile(dir.filePath(QStringLiteral("a.txt")), fileBytes));
    const TextFileImporter::Report report =
        TextFileImporter(*project).importPaths({ dir.filePath(QStringLiteral("a.txt")) });
    QCOMPARE(report.importedIds.size(), 1);
    const qint64 id = report.importedIds.first();
    const QString stored = *project->articleText(id);
    QVERIFY(!stored.contains(QLatin1Char('\r')));

    const qint64 start = codePointOffset(stored, needle);
    QVERIFY(start >= 0);
    const qint64 end = start + needle.toUcs4().size();
    NewAnnotation request;
    request.articleId = id;
    request.start = start;
    request.end = end;
    request.labelName = QStringLiteral("MISC");
    QString error;
    QVERIFY2(project->addAnnotation(request, &error), qPrintable(error));

    // CSV: the text column is text[start:end] of the exported text.
    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    AnnotationCsvExporter csvExporter(*project, CsvOptions());
    QVERIFY(csvExporter.write(&csv, &error));
    QCOMPARE(csvExporter.rowCount(), 1);
    const QVector<QStringList> rows = parseCsv(QString::fromUtf8(csv.data()));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.first(), AnnotationCsvExporter::columns());
    const QStringList row = rows.at(1);
    QCOMPARE(row.size(), AnnotationCsvExporter::columns().size());
    QCOMPARE(row.at(7).toLongLong(), start);
    QCOMPARE(row.at(8).toLongLong(), end);
    QCOMPARE(row.at(9), needle);

    // The texts export writes exactly the text the offsets count into.
    TextsExporter texts(*project);
    QVERIFY(texts.write(dir.filePath(QStringLiteral("texts")), &error));
    const QString exportedText =
        QString::fromUtf8(readAll(dir.filePath(QStringLiteral("texts/%1.txt").arg(id))));
    QCOMPARE(exportedText, stored);
    QCOMPARE(slice(exportedText, start, end), needle);

    // JSONL: the same contract inside one object.
    QBuffer jsonl;
    jsonl.open(QIODevice::WriteOnly);
    QVERIFY(JsonlExporter(*project).write(&jsonl, &error));
    const QList<QByteArray> lines = jsonl.data().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.last().isEmpty());
    QJsonParseError parseError;
    const QJsonObject object = QJsonDocument::fromJson(lines.first(), &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(object.value(QLatin1String("text")).toString(), stored);
    const QJsonObject span =
        object.value(QLatin1String("annotations")).toArray().first().toObject();
    QCOMPARE(span.value(QLatin1String("start")).toInteger(), start);
    QCOMPARE(span.value(QLatin1String("end")).toInteger(), end);
    QCOMPARE(span.value(QLatin1String("text")).toString(), needle);
    QCOMPARE(slice(object.value(QLatin1String("text")).toString(), start, end), needle);
}

void TestAnnotationExport::sentenceAndContext_data()
{
    QTest::addColumn<int>("context");
    QTest::newRow("default") << 40;
    QTest::newRow("none") << 0;
    QTest::newRow("across the emoji") << 15;
    QTest::newRow("past both ends of the text") << 500;
}

void TestAnnotationExport::sentenceAndContext()
{
    QFETCH(int, context);
    QTemporaryDir dir;
    auto project = createProject(dir);
    QVector<NewArticle> batch(1);
    batch[0].title = QStringLiteral("Titre");
    batch[0].text = QStringLiteral("Titre\n\nPremière phrase ici. Le président 😀 Vladimir Poutine "
                                   "se rendra à Minsk lundi. Une troisième phrase suit.");
    QVector<ProjectDatabase::InsertOutcome> outcomes;
    QString error;
    QVERIFY(project->insertArticles(batch, &outcomes, &error));
    const QString &text = batch[0].text;
    NewAnnotation request;
    request.articleId = outcomes.first().id;
    request.start = codePointOffset(text, QStringLiteral("Vladimir"));
    request.end = request.start + 16;
    request.labelName = QStringLiteral("PER");
    request.entityName = QStringLiteral("Vladimir Poutine");
    request.note = QStringLiteral("a note, with \"quotes\"\nand a line");
    QVERIFY(project->addAnnotation(request, &error));

    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    CsvOptions options;
    options.contextLength = context;
    QVERIFY(AnnotationCsvExporter(*project, options).write(&csv, &error));
    const QStringList row = parseCsv(QString::fromUtf8(csv.data())).at(1);
    const QStringList columns = AnnotationCsvExporter::columns();
    const auto column = [&](const char *name) {
        return row.at(columns.indexOf(QLatin1String(name)));
    };
    QCOMPARE(column("text"), QStringLiteral("Vladimir Poutine"));
    QCOMPARE(column("entity"), QStringLiteral("Vladimir Poutine"));
    QCOMPARE(column("kind"), QStringLiteral("entity"));
    QCOMPARE(column("label"), QStringLiteral("PER"));
    QCOMPARE(column("sentence"),
             QStringLiteral("Le président 😀 Vladimir Poutine se rendra à Minsk lundi."));
    QCOMPARE(column("note"), request.note);
    const QString left = column("left_context");
    const QString right = column("right_context");
    const qint64 length = text.toUcs4().size();
    const qint64 leftLength = qMin<qint64>(context, request.start);
    const qint64 rightLength = qMin<qint64>(context, length - request.end);
    QCOMPARE(left.toUcs4().size(), leftLength);
    QCOMPARE(right.toUcs4().size(), rightLength);
    QCOMPARE(left, slice(text, request.start - leftLength, request.start));
    QCOMPARE(right, slice(text, request.end, request.end + rightLength));
    if (context >= 15)
        QVERIFY(left.endsWith(QStringLiteral("président 😀 ")));
}

void TestAnnotationExport::excelSafeNeutralisesFormulas()
{
    QTemporaryDir dir;
    auto project = createProject(dir);
    QVector<NewArticle> batch(1);
    batch[0].title = QStringLiteral("=HYPERLINK(\"http://x\")");
    batch[0].text = batch[0].title + QStringLiteral("\nMerci @elonmusk et +33 1 23 pour -5 °C.");
    QVector<ProjectDatabase::InsertOutcome> outcomes;
    QString error;
    QVERIFY(project->insertArticles(batch, &outcomes, &error));
    const QString &text = batch[0].text;
    for (const QString &needle :
         { QStringLiteral("@elonmusk"), QStringLiteral("+33 1 23"), QStringLiteral("-5 °C") }) {
        NewAnnotation request;
        request.articleId = outcomes.first().id;
        request.start = codePointOffset(text, needle);
        request.end = request.start + needle.size();
        request.labelName = QStringLiteral("MISC");
        QVERIFY(project->addAnnotation(request, &error));
    }

    for (const bool safe : { false, true }) {
        CsvOptions options;
        options.excelSafe = safe;
        QBuffer csv;
        csv.open(QIODevice::WriteOnly);
        QVERIFY(AnnotationCsvExporter(*project, options).write(&csv, &error));
        const QVector<QStringList> rows = parseCsv(QString::fromUtf8(csv.data()));
        QCOMPARE(rows.size(), 4);
        const QString prefix = safe ? QStringLiteral("'") : QString();
        QCOMPARE(rows.at(1).at(9), prefix + QStringLiteral("@elonmusk"));
        QCOMPARE(rows.at(2).at(9), prefix + QStringLiteral("+33 1 23"));
        QCOMPARE(rows.at(3).at(9), prefix + QStringLiteral("-5 °C"));
        QCOMPARE(rows.at(1).at(1), prefix + batch[0].title);
        // Numbers and harmless text are never touched.
        QCOMPARE(rows.at(1).at(0), QString::number(outcomes.first().id));
        QCOMPARE(rows.at(1).at(6), QStringLiteral("MISC"));
    }
}

void TestAnnotationExport::overlappingSpansComeInTextOrder()
{
    // Several overlapping annotations come out in text order.
    QTemporaryDir dir;
    auto project = createProject(dir);
    QVector<NewArticle> batch(1);
    batch[0].title = QStringLiteral("T");
    batch[0].text = QStringLiteral("T\nBanque de France à Paris");
    QVector<ProjectDatabase::InsertOutcome> outcomes;
    QString error;
    QVERIFY(project->insertArticles(batch, &outcomes, &error));
    const struct
    {
        qint64 start, end;
        const char *label;
    } spans[] = { { 21, 26, "LOC" }, { 2, 18, "ORG" }, { 12, 18, "LOC" } };
    for (const auto &s : spans) {
        NewAnnotation request;
        request.articleId = outcomes.first().id;
        request.start = s.start;
        request.end = s.end;
        request.labelName = QLatin1String(s.label);
        QVERIFY(project->addAnnotation(request, &error));
    }
    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    QVERIFY(AnnotationCsvExporter(*project, CsvOptions()).write(&csv, &error));
    const QVector<QStringList> rows = parseCsv(QString::fromUtf8(csv.data()));
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(1).at(9), QStringLiteral("Banque de France"));
    QCOMPARE(rows.at(2).at(9), QStringLiteral("France"));
    QCOMPARE(rows.at(3).at(9), QStringLiteral("Paris"));
}

QTEST_GUILESS_MAIN(TestAnnotationExport)
#include "tst_annotationexport.moc"
