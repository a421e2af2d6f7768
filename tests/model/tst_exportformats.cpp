// SPDX-License-Identifier: GPL-3.0-or-later
// The rules behind the export formats, one at a time: which articles a
// selection keeps, cancel and failure leaving no file, Excel's cell limit,
// CoNLL's tokens and single layer, brat's fragments.
#include "articlespans.h"
#include "bratexporter.h"
#include "conllexporter.h"
#include "exportjob.h"
#include "projectdatabase.h"
#include "testhelpers.h"
#include "wordtokenizer.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using namespace Marginalia;
using namespace TestHelpers;

namespace {

QVector<qint64> visitedIds(ProjectDatabase &db, const ProjectDatabase::ExportQuery &query)
{
    QVector<qint64> ids;
    QString error;
    const bool ok = db.forEachArticle(
        query,
        [&](const ProjectDatabase::ExportArticle &a) {
            ids.append(a.summary.id);
            return true;
        },
        &error);
    if (!ok)
        qWarning("%s", qPrintable(error));
    return ids;
}

/// Stores one article per text, with the given dates; returns their ids.
QVector<qint64> addArticles(ProjectDatabase &db, const QStringList &texts,
                            const QStringList &dates = {})
{
    QVector<NewArticle> batch;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        NewArticle a;
        a.title = QStringLiteral("Article %1").arg(i + 1);
        a.date = dates.value(i);
        a.text = texts.at(i);
        a.encoding = QStringLiteral("UTF-8");
        batch.append(a);
    }
    QVector<ProjectDatabase::InsertOutcome> outcomes;
    QString error;
    if (!db.insertArticles(batch, &outcomes, &error))
        qWarning("%s", qPrintable(error));
    QVector<qint64> ids;
    for (const auto &outcome : std::as_const(outcomes))
        ids.append(outcome.id);
    return ids;
}

qint64 annotate(ProjectDatabase &db, qint64 article, QStringView needle, const QString &label,
                const QString &note = QString(), const QString &entity = QString())
{
    const QString text = *db.articleText(article);
    NewAnnotation request;
    request.articleId = article;
    request.start = codePointOffset(text, needle);
    request.end = request.start + needle.toUcs4().size();
    request.labelName = label;
    request.note = note;
    request.entityName = entity;
    QString error;
    const std::optional<Annotation> stored = db.addAnnotation(request, &error);
    if (!stored)
        qWarning("%s", qPrintable(error));
    return stored ? stored->id : 0;
}

/// Every entry of \a folder, hidden ones too, but not . and ..
QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                                  QDir::Name);
}

ExportSpan span(ExportSpan::Kind kind, qint64 id, qint64 start, qint64 end,
                const QString &label = QStringLiteral("PER"))
{
    ExportSpan s;
    s.kind = kind;
    s.id = id;
    s.start = start;
    s.end = end;
    s.label = kind == ExportSpan::Kind::Quote ? QStringLiteral("QUOTE") : label;
    return s;
}

} // namespace

Q_DECLARE_METATYPE(Marginalia::ExportFormat)
Q_DECLARE_METATYPE(Marginalia::ExportSpan)

class TestExportFormats : public QObject
{
    Q_OBJECT

private slots:
    void dateRanges_data();
    void dateRanges();
    void idsStatusesAndLabels();
    void cancelLeavesNoFile_data();
    void cancelLeavesNoFile();
    void failureLeavesNoFile();
    void progressCountsArticles();
    void excelLimitIsReported();
    void tokens_data();
    void tokens();
    void oneLayer_data();
    void oneLayer();
    void bratFragments_data();
    void bratFragments();
};

void TestExportFormats::dateRanges_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("kept"); // dates of the articles kept, '|'-joined

    // The articles: 2022, 2022-11, 2022-12, 2022-12-05, 2022-12-31, 2023-01-15, no date.
    QTest::newRow("no bounds: every article, undated too")
        << QString() << QString()
        << QStringLiteral("2022|2022-11|2022-12|2022-12-05|2022-12-31|"
                          "2023-01-15|");
    QTest::newRow("a day inside a month keeps the month and its year")
        << QStringLiteral("2022-12-15") << QStringLiteral("2022-12-20")
        << QStringLiteral("2022|2022-12");
    QTest::newRow("a month keeps its days, itself and its year")
        << QStringLiteral("2022-12") << QStringLiteral("2022-12")
        << QStringLiteral("2022|2022-12|2022-12-05|2022-12-31");
    QTest::newRow("from a day on") << QStringLiteral("2022-12-06") << QString()
                                   << QStringLiteral("2022|2022-12|2022-12-31|2023-01-15");
    QTest::newRow("up to a day") << QString() << QStringLiteral("2022-12-05")
                                 << QStringLiteral("2022|2022-11|2022-12|2022-12-05");
    QTest::newRow("a year") << QStringLiteral("2023") << QStringLiteral("2023")
                            << QStringLiteral("2023-01-15");
    QTest::newRow("nothing before") << QString() << QStringLiteral("2021-06") << QString();
}

void TestExportFormats::dateRanges()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, kept);

    QTemporaryDir dir;
    auto db = createProject(dir);
    QVERIFY(db);
    const QStringList dates { QStringLiteral("2022"),
                              QStringLiteral("2022-11"),
                              QStringLiteral("2022-12"),
                              QStringLiteral("2022-12-05"),
                              QStringLiteral("2022-12-31"),
                              QStringLiteral("2023-01-15"),
                              QString() };
    QStringList texts;
    for (const QString &date : dates)
        texts.append(QStringLiteral("Text dated %1.").arg(date));
    const QVector<qint64> ids = addArticles(*db, texts, dates);
    QCOMPARE(ids.size(), dates.size());

    ProjectDatabase::ExportQuery query;
    query.selection.from = from;
    query.selection.to = to;
    QVERIFY(query.selection.validate(nullptr));
    QStringList keptDates;
    for (const qint64 id : visitedIds(*db, query))
        keptDates.append(dates.at(ids.indexOf(id)));
    QCOMPARE(keptDates.join(QLatin1Char('|')), kept);
    QCOMPARE(*db->exportArticleCount(query, nullptr), qint64(keptDates.size()));
}

void TestExportFormats::idsStatusesAndLabels()
{
    QTemporaryDir dir;
    auto db = createProject(dir);
    QVERIFY(db);
    const QVector<qint64> ids = addArticles(
        *db,
        { QStringLiteral("Alice met Bob in Paris."), QStringLiteral("Carol went to Rome."),
          QStringLiteral("Nobody here."), QStringLiteral("Dave lives in Oslo.") });
    QString error;
    annotate(*db, ids[0], u"Alice", QStringLiteral("PER"));
    annotate(*db, ids[0], u"Paris", QStringLiteral("LOC"));
    annotate(*db, ids[1], u"Rome", QStringLiteral("LOC"));
    annotate(*db, ids[3], u"Dave", QStringLiteral("PER"));
    QVERIFY(db->setArticleStatus(ids[1], ArticleStatus::Done, &error));
    QVERIFY(db->setArticleStatus(ids[3], ArticleStatus::Done, &error));

    ProjectDatabase::ExportQuery query;
    query.selection.articleIds = { ids[3], ids[0], 999 };
    QCOMPARE(visitedIds(*db, query), (QVector<qint64> { ids[0], ids[3] }));
    query.selection.articleIds.clear();
    query.selection.statuses = { ArticleStatus::Done };
    QCOMPARE(visitedIds(*db, query), (QVector<qint64> { ids[1], ids[3] }));
    query.selection.statuses = { ArticleStatus::Todo, ArticleStatus::InProgress };
    QCOMPARE(visitedIds(*db, query), (QVector<qint64> { ids[0], ids[2] }));

    // Only annotated, with a label filter: an article with none of the
    // labels is skipped, and only the labels asked for come with the rest.
    query.selection.statuses.clear();
    query.selection.labels = QStringList { QStringLiteral("loc") };
    query.onlyAnnotated = true;
    QCOMPARE(visitedIds(*db, query), (QVector<qint64> { ids[0], ids[1] }));
    QStringList labels;
    QVERIFY(db->forEachArticle(
        query,
        [&](const ProjectDatabase::ExportArticle &a) {
            for (const Annotation &annotation : a.annotations)
                labels.append(annotation.labelName);
            return true;
        },
        &error));
    QCOMPARE(labels, (QStringList { QStringLiteral("LOC"), QStringLiteral("LOC") }));

    // The same selection, through an exporter, and an unknown label refused.
    ExportJob::Settings settings;
    settings.selection.labels = QStringList { QStringLiteral("LOC") };
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(ExportJob(*db, settings).write(&buffer, &error));
    QCOMPARE(buffer.data().count("\r\n"), 3); // the header, Paris, Rome
    settings.selection.labels = QStringList { QStringLiteral("PLACE") };
    QVERIFY(!ExportJob(*db, settings).write(&buffer, &error));
    QVERIFY2(error.contains(QStringLiteral("'PLACE'")), qPrintable(error));
}

void TestExportFormats::cancelLeavesNoFile_data()
{
    QTest::addColumn<ExportFormat>("format");
    for (const ExportFormat format : ExportJob::formats())
        QTest::newRow(qPrintable(ExportJob::formatName(format))) << format;
}

void TestExportFormats::cancelLeavesNoFile()
{
    QFETCH(ExportFormat, format);
    QTemporaryDir dir;
    auto db = createProject(dir);
    QVERIFY(db);
    QStringList texts;
    for (int i = 0; i < 5; ++i)
        texts.append(QStringLiteral("Alice number %1 met Bob.").arg(i));
    for (const qint64 id : addArticles(*db, texts))
        annotate(*db, id, u"Alice", QStringLiteral("PER"), QString(), QStringLiteral("Alice"));
    const QString out = dir.filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(out));
    const QStringList before = entries(out);

    ExportJob::Settings settings;
    settings.format = format;
    const QString target = QDir(out).filePath(ExportJob::defaultFileName(format));
    for (const bool existing : { false, true }) {
        if (existing) {
            // Something is there already: it stays exactly as it was.
            if (ExportJob::writesFolder(format))
                QVERIFY(writeFile(QDir(target).filePath(QStringLiteral("1.txt")), "old"));
            else
                QVERIFY(writeFile(target, "old"));
        }
        const QStringList present = entries(out);
        ExportJob job(*db, settings);
        job.setProgress([](qint64 done, qint64) { return done < 1; }); // cancel after one
        QString error;
        QVERIFY(!job.write(target, &error));
        QVERIFY(job.wasCancelled());
        QVERIFY2(error.contains(QStringLiteral("cancelled")), qPrintable(error));
        QCOMPARE(entries(out), present); // no partial file, no staging folder
        if (existing && ExportJob::writesFolder(format)) {
            QCOMPARE(entries(target), QStringList { QStringLiteral("1.txt") });
            QCOMPARE(readAll(QDir(target).filePath(QStringLiteral("1.txt"))), QByteArray("old"));
        } else if (existing) {
            QCOMPARE(readAll(target), QByteArray("old"));
        }
    }
    QCOMPARE(before, QStringList());

    // Uncancelled, the same job writes it all.
    ExportJob job(*db, settings);
    QString error;
    QVERIFY2(job.write(target, &error), qPrintable(error));
    QVERIFY(!job.wasCancelled());
    QCOMPARE(entries(out), QStringList { ExportJob::defaultFileName(format) });
    if (ExportJob::writesFolder(format))
        QVERIFY(readAll(QDir(target).filePath(QStringLiteral("1.txt"))).startsWith("Alice"));
}

void TestExportFormats::failureLeavesNoFile()
{
    QTemporaryDir dir;
    auto db = createProject(dir);
    QVERIFY(db);
    addArticles(*db, { QStringLiteral("Alice met Bob.") });
    // A folder export onto a file is refused, and the file left alone.
    const QString file = dir.filePath(QStringLiteral("brat"));
    QVERIFY(writeFile(file, "mine"));
    ExportJob::Settings settings;
    settings.format = ExportFormat::Brat;
    QString error;
    QVERIFY(!ExportJob(*db, settings).write(file, &error));
    QVERIFY2(error.contains(QStringLiteral("not a folder")), qPrintable(error));
    QCOMPARE(readAll(file), QByteArray("mine"));
    // A file export into a folder that cannot be written.
    if (QFile::exists(QStringLiteral("/dev/full"))) {
        settings.format = ExportFormat::Jsonl;
        QFile full(QStringLiteral("/dev/full"));
        QVERIFY(full.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        QVERIFY(!ExportJob(*db, settings).write(&full, &error));
        QVERIFY2(error.contains(QStringLiteral("cannot write")), qPrintable(error));
    }
    QCOMPARE(entries(dir.path()).filter(QStringLiteral("partial")), QStringList());
}

void TestExportFormats::progressCountsArticles()
{
    QTemporaryDir dir;
    auto db = createProject(dir);
    QVERIFY(db);
    const QVector<qint64> ids = addArticles(*db,
                                            { QStringLiteral("One."), QStringLiteral("Two."),
                                              QStringLiteral("Three."), QStringLiteral("Four.") });
    ExportJob::Settings settings;
    settings.format = ExportFormat::Texts;
    settings.selection.articleIds = { ids[1], ids[2], ids[3] };
    QVector<std::pair<qint64, qint64>> calls;
    ExportJob job(*db, settings);
    job.setProgress([&](qint64 done, qint64 total) {
        calls.append({ done, total });
        return true;
    });
    QString error;
    QVERIFY2(job.write(dir.filePath(QStringLiteral("texts")), &error), qPrintable(error));
    const QVector<std::pair<qint64, qint64>> expected { { 0, 3 }, { 1, 3 }, { 2, 3 }, { 3, 3 } };
    QCOMPARE(calls, expected);
    QCOMPARE(
        entries(dir.filePath(QStringLiteral("texts"))),
        (QStringList { QStringLiteral("%1.txt").arg(ids[1]), QStringLiteral("%1.txt").arg(ids[2]),
                       QStringLiteral("%1.txt").arg(ids[3]), QStringLiteral("manifest.csv") }));
}

void TestExportFormats::excelLimitIsReported()
{
    QTemporaryDir dir;
    auto db = createProject(dir);
    QVERIFY(db);
    const QString longTitle(40000, QLatin1Char('t'));
    const QString longNote(33000, QLatin1Char('n'));
    QVector<NewArticle> batch(1);
    batch[0].title = longTitle;
    batch[0].text = QStringLiteral("Alice met Bob.");
    QString error;
    QVector<ProjectDatabase::InsertOutcome> outcomes;
    QVERIFY(db->insertArticles(batch, &outcomes, &error));
    const qint64 id = db->articleSummaries().first().id;
    const qint64 annotation = annotate(*db, id, u"Alice", QStringLiteral("PER"), longNote,
                                       QString(33000, QLatin1Char('e')));
    QVERIFY(annotation > 0);

    for (const ExportFormat format :
         { ExportFormat::AnnotationsCsv, ExportFormat::ArticlesCsv, ExportFormat::EntitiesCsv }) {
        ExportJob::Settings settings;
        settings.format = format;
        settings.csv.excelSafe = true;
        ExportJob job(*db, settings);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY2(job.write(&buffer, &error), qPrintable(error));
        // Reported, not cut: the cells are whole in the file.
        QVERIFY(buffer.data().contains(longTitle.toUtf8()) || format == ExportFormat::EntitiesCsv);
        const QString warnings = job.warnings().join(QLatin1Char('\n'));
        const QString limit = QStringLiteral("longer than Excel's limit of 32767");
        if (format == ExportFormat::AnnotationsCsv) {
            QCOMPARE(job.warnings().size(), 3);
            for (const char *column : { "article_title", "entity", "note" })
                QVERIFY2(
                    warnings.contains(QStringLiteral("article %1, entity %2, column %3: a cell")
                                          .arg(id)
                                          .arg(annotation)
                                          .arg(QLatin1String(column))),
                    qPrintable(warnings));
            QVERIFY(buffer.data().contains(longNote.toUtf8()));
        } else if (format == ExportFormat::ArticlesCsv) {
            QCOMPARE(job.warnings().size(), 1);
            QVERIFY2(warnings.startsWith(QStringLiteral("article %1, column title: a cell of "
                                                        "40000 characters")
                                             .arg(id)),
                     qPrintable(warnings));
        } else {
            QCOMPARE(job.warnings().size(), 1);
            QVERIFY2(warnings.startsWith(QStringLiteral("entity 1, column name: a cell of 33000")),
                     qPrintable(warnings));
            QVERIFY(buffer.data().contains(QString(33000, QLatin1Char('e')).toUtf8()));
        }
        QVERIFY(warnings.contains(limit));

        // Without Excel-safe mode nothing is said.
        settings.csv.excelSafe = false;
        ExportJob quiet(*db, settings);
        buffer.close();
        buffer.open(QIODevice::WriteOnly | QIODevice::Truncate);
        QVERIFY(quiet.write(&buffer, &error));
        QCOMPARE(quiet.warnings(), QStringList());
    }
}

void TestExportFormats::tokens_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("tokens"); // '|'-joined

    QTest::newRow("punctuation is a token")
        << QStringLiteral("en") << QStringLiteral("Hello, world!")
        << QStringLiteral("Hello|,|world|!");
    QTest::newRow("French elision")
        << QStringLiteral("fr") << QStringLiteral("à l’Élysée, aujourd’hui")
        << QStringLiteral("à|l’|Élysée|,|aujourd’hui");
    QTest::newRow("no-break spaces split a number")
        << QStringLiteral("fr") << QStringLiteral("200\u202F000\u00A0euros")
        << QStringLiteral("200|000|euros");
    QTest::newRow("emoji and a flag")
        << QStringLiteral("fr") << QStringLiteral("Go 🇫🇷😀 !") << QStringLiteral("Go|🇫🇷|😀|!");
    QTest::newRow("line breaks and tabs")
        << QString() << QStringLiteral("a\tb\n\nc  d\u2028e") << QStringLiteral("a|b|c|d|e");
    QTest::newRow("Arabic") << QStringLiteral("ar") << QStringLiteral("قال الرئيس.")
                            << QStringLiteral("قال|الرئيس|.");
    QTest::newRow("combining accents stay on their letter")
        << QString() << QStringLiteral("Cho\u0308igou a signe\u0301.")
        << QStringLiteral("Cho\u0308igou|a|signe\u0301|.");
}

void TestExportFormats::tokens()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QString, tokens);
    WordTokenizer tokenizer(language);
    QStringList found;
    for (const WordTokenizer::Token &token : tokenizer.tokenize(text))
        found.append(text.mid(token.start, token.end - token.start));
    QCOMPARE(found.join(QLatin1Char('|')), tokens);

    // A forced cut inside a word splits it; one inside a surrogate pair does not.
    const qsizetype pair = text.indexOf(QChar(0xD83D));
    QVector<qsizetype> cuts { 1 };
    if (pair >= 0)
        cuts.append(pair + 1);
    const QVector<WordTokenizer::Token> cut = tokenizer.tokenize(text, cuts);
    QVERIFY(!cut.isEmpty());
    QCOMPARE(cut.first().end, qsizetype(1));
    for (const WordTokenizer::Token &token : cut)
        QVERIFY(!text.at(token.start).isLowSurrogate());
}

void TestExportFormats::oneLayer_data()
{
    using K = ExportSpan::Kind;
    QTest::addColumn<QVector<ExportSpan>>("spans");
    QTest::addColumn<QString>("kept"); // ids, '|'-joined, in text order
    QTest::addColumn<QString>("leftOut");

    QTest::newRow("nested: the outer one")
        << QVector<ExportSpan> { span(K::Entity, 1, 5, 8), span(K::Entity, 2, 0, 10) }
        << QStringLiteral("2") << QStringLiteral("1");
    QTest::newRow("crossing: the first one")
        << QVector<ExportSpan> { span(K::Entity, 1, 4, 12), span(K::Entity, 2, 0, 6) }
        << QStringLiteral("2") << QStringLiteral("1");
    QTest::newRow("side by side: both")
        << QVector<ExportSpan> { span(K::Entity, 1, 6, 9), span(K::Entity, 2, 0, 6) }
        << QStringLiteral("2|1") << QString();
    QTest::newRow("entities before the quote around them")
        << QVector<ExportSpan> { span(K::Quote, 1, 0, 20), span(K::Entity, 2, 5, 8),
                                 span(K::Entity, 3, 30, 35) }
        << QStringLiteral("2|3") << QStringLiteral("1");
    QTest::newRow("a quote with no entity in it")
        << QVector<ExportSpan> { span(K::Quote, 1, 0, 20), span(K::Entity, 2, 25, 28) }
        << QStringLiteral("1|2") << QString();
}

void TestExportFormats::oneLayer()
{
    QFETCH(QVector<ExportSpan>, spans);
    QFETCH(QString, kept);
    QFETCH(QString, leftOut);
    QVector<ExportSpan> out;
    QStringList keptIds;
    for (const ExportSpan &s : ConllExporter::oneLayer(spans, &out))
        keptIds.append(QString::number(s.id));
    QStringList outIds;
    for (const ExportSpan &s : std::as_const(out))
        outIds.append(QString::number(s.id));
    QCOMPARE(keptIds.join(QLatin1Char('|')), kept);
    QCOMPARE(outIds.join(QLatin1Char('|')), leftOut);
}

void TestExportFormats::bratFragments_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("needle");
    QTest::addColumn<QString>("line"); // the T line

    QTest::newRow("one line") << QStringLiteral("Le 😀 Bundestag vote.")
                              << QStringLiteral("Bundestag")
                              << QStringLiteral("T1\tORG 5 14\tBundestag");
    QTest::newRow("over a line break") << QStringLiteral("Le 😀 Deutscher\nBundestag vote.")
                                       << QStringLiteral("Deutscher\nBundestag")
                                       << QStringLiteral("T1\tORG 5 14;15 24\tDeutscher Bundestag");
    QTest::newRow("over a blank line") << QStringLiteral("A 🇫🇷 B\n\nC.") << QStringLiteral("B\n\nC")
                                       << QStringLiteral("T1\tORG 5 6;8 9\tB C");
    QTest::newRow("ending in a line break")
        << QStringLiteral("Titre\nSuite") << QStringLiteral("Titre\n")
        << QStringLiteral("T1\tORG 0 5\tTitre");
}

void TestExportFormats::bratFragments()
{
    QFETCH(QString, text);
    QFETCH(QString, needle);
    QFETCH(QString, line);
    QTemporaryDir dir;
    auto db = createProject(dir);
    QVERIFY(db);
    const qint64 id = addArticles(*db, { text }).first();
    NewAnnotation request;
    request.articleId = id;
    request.start = codePointOffset(text, needle);
    request.end = request.start + needle.toUcs4().size();
    request.labelName = QStringLiteral("ORG");
    QString error;
    QVERIFY2(db->addAnnotation(request, &error), qPrintable(error));

    ProjectDatabase::ExportArticle article;
    article.text = text;
    article.annotations = db->annotations(id);
    BratExporter exporter(*db);
    QCOMPARE(exporter.annotationFile(ArticleSpans(article), id), line + QLatin1Char('\n'));
}

QTEST_GUILESS_MAIN(TestExportFormats)
#include "tst_exportformats.moc"
