// SPDX-License-Identifier: GPL-3.0-or-later
// Every export format on a small fixed project, compared byte for byte with
// the files in data/golden/. The project is built through the model's own
// calls, with timestamps and annotator pinned (restoreAnnotation and
// setQuotes take them as given), so the output depends on nothing else.
//
// To rewrite the golden files after a deliberate change of a format:
//     MARGINALIA_REGENERATE_GOLDEN=1 build/tests/bin/tst_exportgolden
// (or tests/model/data/golden/regenerate.sh), then review the diff.
#include "annotationcsvexporter.h"
#include "articlespans.h"
#include "articletextparser.h"
#include "conllexporter.h"
#include "exportjob.h"
#include "projectdatabase.h"
#include "testconfig.h"
#include "testhelpers.h"
#include "textdecoder.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

using namespace Marginalia;
using namespace TestHelpers;

Q_DECLARE_METATYPE(Marginalia::CsvOptions)
Q_DECLARE_METATYPE(Marginalia::ExportSelection)

// For the fixture's steps, which are not test functions: report and give up.
#define CHECK(condition)                                                                           \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            qWarning("%s:%d: %s failed", __FILE__, __LINE__, #condition);                          \
            return false;                                                                          \
        }                                                                                          \
    } while (false)

namespace {

const QString GoldenDir = QStringLiteral(MARGINALIA_TESTS_SOURCE_DIR "/model/data/golden");
const QString Created = QStringLiteral("2024-03-01T09:00:00.000Z");
const QString Modified = QStringLiteral("2024-03-02T10:30:00.000Z");
const QString Annotator = QStringLiteral("golden");

bool regenerating()
{
    return qEnvironmentVariableIntValue("MARGINALIA_REGENERATE_GOLDEN") == 1;
}

/// Python's text[start:end] for code point offsets.
QString slice(const QString &text, qint64 start, qint64 end)
{
    const QList<uint> ucs4 = text.toUcs4();
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs4.constData()) + start,
                             end - start);
}

/// Every file under \a folder, by path relative to it.
QMap<QString, QByteArray> filesUnder(const QString &folder)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(QDir(folder).relativeFilePath(path), readAll(path));
    }
    return files;
}

/// The fixed project. Its articles:
/// 1. French, emoji (a flag of two code points, a face outside the BMP),
///    nested and crossing annotations, a quote with its speaker's mention.
/// 2. English that came from a CRLF file through the importer's decoder,
///    an organisation name across a line break, a formula-looking span.
/// 3. Arabic and Hebrew, right to left, with a note.
/// 4. No annotation, no date.
class GoldenProject
{
public:
    explicit GoldenProject(const QTemporaryDir &dir)
        : m_db(createProject(dir))
    {
    }

    bool build()
    {
        CHECK(m_db);
        const QByteArray crlf = "date 2023-01-15 Angela Merkel in Paris\r\n\r\nAngela Merkel met "
                                "Emmanuel Macron in Paris.\r\nThe Deutscher\r\nBundestag voted "
                                "\"=SUM(A1)\" -- a joke.\r\n";
        const TextDecoder::Result decoded = TextDecoder::decode(crlf);
        CHECK(decoded.ok);
        const ArticleTextParser::Parsed parsed = ArticleTextParser::parse(decoded.text);

        QVector<NewArticle> batch(4);
        batch[0].title = QStringLiteral("Macron à Minsk 😀");
        batch[0].date = QStringLiteral("2022-12");
        batch[0].source = QStringLiteral("corpus/fr/minsk.txt");
        batch[0].encoding = QStringLiteral("UTF-8");
        batch[0].language = QStringLiteral("fr");
        batch[0].text = QStringLiteral(
            "Macron à Minsk 😀\n\nLe président 🇫🇷 Emmanuel Macron a rencontré l’équipe de "
            "l’Élysée à Minsk. « Nous avançons », a déclaré Macron.\n");
        batch[1].title = parsed.title;
        batch[1].date = parsed.date;
        batch[1].source = QStringLiteral("corpus/en/merkel.txt");
        batch[1].encoding = decoded.encoding;
        batch[1].language = QStringLiteral("en");
        batch[1].text = parsed.text;
        batch[2].title = QStringLiteral("مصر وإسرائيل");
        batch[2].date = QStringLiteral("2022-12-05");
        batch[2].source = QStringLiteral("corpus/ar/cairo.txt");
        batch[2].encoding = QStringLiteral("UTF-8");
        batch[2].language = QStringLiteral("ar");
        batch[2].text = QStringLiteral("مصر وإسرائيل\nقال الرئيس عبد الفتاح السيسي إن مصر "
                                       "مستعدة. אמר בנימין נתניהו בירושלים.\n");
        batch[3].title = QStringLiteral("Brève sans annotation");
        batch[3].source = QStringLiteral("corpus/fr/breve.txt");
        batch[3].encoding = QStringLiteral("windows-1252");
        batch[3].language = QStringLiteral("fr");
        batch[3].text = QStringLiteral("Brève sans annotation\n\nRien à signaler.\n");
        QVector<ProjectDatabase::InsertOutcome> outcomes;
        QString error;
        CHECK(m_db->insertArticles(batch, &outcomes, &error));
        CHECK(m_db->setArticleStatus(1, ArticleStatus::Done, &error));
        CHECK(m_db->setArticleStatus(2, ArticleStatus::InProgress, &error));

        // An entity with aliases and an external id.
        Entity macron;
        macron.name = QStringLiteral("Emmanuel Macron");
        macron.labelId = label(QStringLiteral("PER"));
        macron.aliases = { QStringLiteral("Macron"), QStringLiteral("E. Macron") };
        macron.externalId = QStringLiteral("Q3052772");
        const std::optional<Entity> stored = m_db->addEntity(macron, &error);
        CHECK(stored);
        m_macron = stored->id;

        // Article 1: nested (ORG holds LOC), crossing (MISC crosses PER).
        annotate(1, QStringLiteral("Emmanuel Macron"), QStringLiteral("PER"), m_macron);
        annotate(1, QStringLiteral("l’équipe de l’Élysée"), QStringLiteral("ORG"));
        annotate(1, QStringLiteral("Élysée"), QStringLiteral("LOC"), 0,
                 QStringLiteral("le palais, pas la rue"));
        annotate(1, QStringLiteral("président 🇫🇷 Emmanuel"), QStringLiteral("MISC"));
        annotate(1, QStringLiteral("Minsk"), QStringLiteral("LOC"), 0, QString(), 2);
        const qint64 speaker = annotate(1, QStringLiteral("Macron."), QStringLiteral("PER"),
                                        m_macron, QString(), 1, 6);
        // Article 2: across a line break; a cell Excel would run.
        annotate(2, QStringLiteral("Angela Merkel"), QStringLiteral("PER"));
        annotate(2, QStringLiteral("Deutscher\nBundestag"), QStringLiteral("ORG"), 0,
                 QStringLiteral("-- spans two lines\nin the source"));
        annotate(2, QStringLiteral("=SUM(A1)"), QStringLiteral("MISC"));
        // Article 3: right to left.
        annotate(3, QStringLiteral("عبد الفتاح السيسي"), QStringLiteral("PER"));
        annotate(3, QStringLiteral("مصر"), QStringLiteral("LOC"), 0, QString(), 2);
        annotate(3, QStringLiteral("בנימין נתניהו"), QStringLiteral("PER"), 0,
                 QStringLiteral("ראש הממשלה"));

        // A quote of article 1, spoken by the last Macron mention.
        Quote quote;
        quote.id = 1;
        quote.articleId = 1;
        const QString text = *m_db->articleText(1);
        quote.start = codePointOffset(text, u"Nous avançons");
        quote.end = quote.start + QStringView(u"Nous avançons").toUcs4().size();
        quote.cueStart = codePointOffset(text, u"a déclaré");
        quote.cueEnd = quote.cueStart + 9;
        quote.speakerAnnotationId = speaker;
        quote.manual = true;
        quote.note = QStringLiteral("ton ironique, à vérifier");
        quote.annotator = Annotator;
        quote.createdAt = Created;
        quote.modifiedAt = Modified;
        CHECK(m_db->setQuotes(1, { quote }, &error));
        return m_ok;
    }

    ProjectDatabase &database() { return *m_db; }

private:
    qint64 label(const QString &name) { return m_db->labelByName(name)->id; }

    /// Tags the \a occurrence-th \a needle of the article, \a length code points
    /// of it when given; returns the annotation's id.
    qint64 annotate(qint64 articleId, const QString &needle, const QString &labelName,
                    qint64 entityId = 0, const QString &note = QString(), int occurrence = 1,
                    qint64 length = -1)
    {
        const QString text = *m_db->articleText(articleId);
        qsizetype at = -1;
        for (int i = 0; i < occurrence; ++i)
            at = text.indexOf(needle, at + 1);
        if (at < 0) {
            qWarning("'%s' is not in article %lld", qPrintable(needle), articleId);
            m_ok = false;
            return 0;
        }
        Annotation a;
        a.id = ++m_lastId;
        a.articleId = articleId;
        a.start = QStringView(text).left(at).toUcs4().size();
        a.end = a.start + (length >= 0 ? length : needle.toUcs4().size());
        a.labelId = label(labelName);
        a.entityId = entityId;
        a.note = note;
        a.annotator = Annotator;
        a.createdAt = Created;
        a.modifiedAt = a.id % 2 ? Created : Modified;
        QString error;
        if (!m_db->restoreAnnotation(a, &error)) {
            qWarning("%s", qPrintable(error));
            m_ok = false;
        }
        return a.id;
    }

    std::unique_ptr<ProjectDatabase> m_db;
    qint64 m_macron = 0;
    qint64 m_lastId = 0;
    bool m_ok = true;
};

} // namespace

class TestExportGolden : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyFormat_data();
    void everyFormat();
    void conllTokensAreTheText();
    void bratOffsetsAreTheText();
    void hashesAreTheTexts();

private:
    QString exportTo(const QString &name, const ExportJob::Settings &settings);

    QTemporaryDir m_dir;
    std::unique_ptr<GoldenProject> m_project;
};

void TestExportGolden::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_project = std::make_unique<GoldenProject>(m_dir);
    QVERIFY(m_project->build());
}

QString TestExportGolden::exportTo(const QString &name, const ExportJob::Settings &settings)
{
    const QString path = m_dir.filePath(QStringLiteral("out/") + name);
    QDir(path).removeRecursively();
    QFile::remove(path);
    QDir().mkpath(m_dir.filePath(QStringLiteral("out")));
    ExportJob job(m_project->database(), settings);
    QString error;
    if (!job.write(path, &error)) {
        qWarning("%s", qPrintable(error));
        return QString();
    }
    return path;
}

void TestExportGolden::everyFormat_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("format");
    QTest::addColumn<CsvOptions>("csv");
    QTest::addColumn<ExportSelection>("selection");
    QTest::addColumn<QStringList>("warnings");

    const CsvOptions plain;
    CsvOptions excel;
    excel.byteOrderMark = true;
    excel.excelSafe = true;
    excel.delimiter = QLatin1Char(';');
    const ExportSelection everything;
    ExportSelection perAndQuotesFromDecember;
    perAndQuotesFromDecember.labels = QStringList { QStringLiteral("per") };
    perAndQuotesFromDecember.from = QStringLiteral("2022-12-10");
    const QStringList none;
    const QString conllWarning = QStringLiteral(
        "article 1: 2 span(s) not in the CoNLL output, which has one tag a token: entity 1 "
        "(PER), entity 3 (LOC)");

    QTest::newRow("annotations.csv")
        << QStringLiteral("annotations.csv") << int(ExportFormat::AnnotationsCsv) << plain
        << everything << none;
    QTest::newRow("annotations-excel.csv")
        << QStringLiteral("annotations-excel.csv") << int(ExportFormat::AnnotationsCsv) << excel
        << everything << none;
    QTest::newRow("annotations-selected.csv")
        << QStringLiteral("annotations-selected.csv") << int(ExportFormat::AnnotationsCsv) << plain
        << perAndQuotesFromDecember << none;
    QTest::newRow("articles.csv") << QStringLiteral("articles.csv")
                                  << int(ExportFormat::ArticlesCsv) << plain << everything << none;
    QTest::newRow("articles-excel.csv")
        << QStringLiteral("articles-excel.csv") << int(ExportFormat::ArticlesCsv) << excel
        << everything << none;
    QTest::newRow("entities.csv") << QStringLiteral("entities.csv")
                                  << int(ExportFormat::EntitiesCsv) << plain << everything << none;
    QTest::newRow("articles.jsonl") << QStringLiteral("articles.jsonl") << int(ExportFormat::Jsonl)
                                    << plain << everything << none;
    QTest::newRow("annotations.conll")
        << QStringLiteral("annotations.conll") << int(ExportFormat::Conll) << plain << everything
        << QStringList { conllWarning };
    QTest::newRow("brat") << QStringLiteral("brat") << int(ExportFormat::Brat) << plain
                          << everything << none;
    QTest::newRow("texts") << QStringLiteral("texts") << int(ExportFormat::Texts) << plain
                           << everything << none;
}

void TestExportGolden::everyFormat()
{
    QFETCH(QString, name);
    QFETCH(int, format);
    QFETCH(CsvOptions, csv);
    QFETCH(ExportSelection, selection);
    QFETCH(QStringList, warnings);

    ExportJob::Settings settings;
    settings.format = ExportFormat(format);
    settings.csv = csv;
    settings.selection = selection;
    const QString path = m_dir.filePath(QStringLiteral("out/") + name);
    QDir().mkpath(m_dir.filePath(QStringLiteral("out")));
    ExportJob job(m_project->database(), settings);
    QString error;
    QVERIFY2(job.write(path, &error), qPrintable(error));
    QCOMPARE(job.warnings(), warnings);

    const QString golden = QDir(GoldenDir).filePath(name);
    const bool folder = ExportJob::writesFolder(settings.format);
    if (regenerating()) {
        if (folder) {
            QDir(golden).removeRecursively();
            QDir().mkpath(golden);
            const QMap<QString, QByteArray> files = filesUnder(path);
            for (auto it = files.cbegin(); it != files.cend(); ++it)
                QVERIFY(writeFile(QDir(golden).filePath(it.key()), it.value()));
        } else {
            QVERIFY(writeFile(golden, readAll(path)));
        }
        qInfo("rewrote %s", qPrintable(golden));
        return;
    }
    if (folder) {
        const QMap<QString, QByteArray> expected = filesUnder(golden);
        const QMap<QString, QByteArray> actual = filesUnder(path);
        QCOMPARE(actual.keys(), expected.keys());
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            QVERIFY2(actual.value(it.key()) == it.value(), qPrintable(it.key()));
    } else {
        QVERIFY2(QFile::exists(golden), qPrintable(golden));
        const QByteArray actual = readAll(path);
        const QByteArray expected = readAll(golden);
        if (actual != expected) {
            const QList<QByteArray> a = actual.split('\n');
            const QList<QByteArray> e = expected.split('\n');
            for (qsizetype i = 0; i < qMin(a.size(), e.size()); ++i)
                QCOMPARE(a.at(i), e.at(i)); // names the first line that differs
            QCOMPARE(a.size(), e.size());
        }
    }
}

void TestExportGolden::conllTokensAreTheText()
{
    ExportJob::Settings settings;
    settings.format = ExportFormat::Conll;
    const QString path = exportTo(QStringLiteral("readback.conll"), settings);
    QVERIFY(!path.isEmpty());
    const QString conll = QString::fromUtf8(readAll(path));
    QVERIFY(!conll.contains(QLatin1Char('\r')));

    // Read back as a trainer would: documents of sentences of (token, tag).
    struct Document
    {
        qint64 id = 0;
        QStringList tokens;
        QStringList tags;
    };
    QVector<Document> documents;
    for (const QString &line : conll.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("-DOCSTART-\tarticle_id="))) {
            documents.append(Document());
            documents.last().id =
                line.section(QLatin1Char('='), 1, 1).section(QLatin1Char(' '), 0, 0).toLongLong();
            continue;
        }
        if (line.isEmpty())
            continue;
        const QStringList fields = line.split(QLatin1Char('\t'));
        QCOMPARE(fields.size(), 2);
        QVERIFY(!documents.isEmpty());
        documents.last().tokens.append(fields.first());
        documents.last().tags.append(fields.last());
    }
    QCOMPARE(documents.size(), 4);

    for (const Document &document : std::as_const(documents)) {
        const QString text = *m_project->database().articleText(document.id);
        // The tokens, in order, with only white space between them, are the text.
        qsizetype at = 0;
        QVector<std::pair<qsizetype, qsizetype>> spans; // UTF-16 of each token
        for (const QString &token : document.tokens) {
            while (at < text.size() && text.at(at).isSpace())
                ++at;
            QVERIFY2(
                QStringView(text).mid(at).startsWith(token),
                qPrintable(
                    QStringLiteral("article %1: '%2' at %3").arg(document.id).arg(token).arg(at)));
            QVERIFY(!token.contains(QLatin1Char(' ')) && !token.isEmpty());
            spans.append({ at, at + token.size() });
            at += token.size();
        }
        QVERIFY(QStringView(text).mid(at).trimmed().isEmpty());

        // Every B-X I-X... run is exactly an annotation of label X, and each
        // span the one layer keeps is such a run.
        QStringList runs;
        for (qsizetype i = 0; i < document.tags.size(); ++i) {
            const QString &tag = document.tags.at(i);
            QVERIFY2(!tag.startsWith(QLatin1String("I-")), qPrintable(tag)); // runs start with B-
            if (!tag.startsWith(QLatin1String("B-")))
                continue;
            qsizetype last = i;
            while (last + 1 < document.tags.size()
                   && document.tags.at(last + 1) == QLatin1String("I-") + tag.mid(2))
                ++last;
            const QString covered =
                text.mid(spans.at(i).first, spans.at(last).second - spans.at(i).first);
            runs.append(tag.mid(2) + QLatin1Char(':') + covered);
            i = last;
        }
        ProjectDatabase::ExportArticle article;
        article.text = text;
        article.annotations = m_project->database().annotations(document.id);
        article.quotes = m_project->database().quotes(document.id);
        const ArticleSpans articleSpans(article);
        QStringList expected;
        for (const ExportSpan &span : ConllExporter::oneLayer(articleSpans.spans(), nullptr))
            expected.append(span.label + QLatin1Char(':') + slice(text, span.start, span.end));
        QCOMPARE(runs, expected);
    }
}

void TestExportGolden::bratOffsetsAreTheText()
{
    ExportJob::Settings settings;
    settings.format = ExportFormat::Brat;
    const QString folder = exportTo(QStringLiteral("readback-brat"), settings);
    QVERIFY(!folder.isEmpty());
    qsizetype discontinuous = 0;
    qsizetype textBound = 0;
    for (qint64 id = 1; id <= 4; ++id) {
        const QString text =
            QString::fromUtf8(readAll(QStringLiteral("%1/%2.txt").arg(folder).arg(id)));
        QCOMPARE(text, *m_project->database().articleText(id));
        const QString ann =
            QString::fromUtf8(readAll(QStringLiteral("%1/%2.ann").arg(folder).arg(id)));
        for (const QString &line : ann.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (!line.startsWith(QLatin1Char('T')))
                continue;
            ++textBound;
            const QStringList fields = line.split(QLatin1Char('\t'));
            QCOMPARE(fields.size(), 3);
            const QString offsets = fields.at(1).section(QLatin1Char(' '), 1);
            QStringList pieces;
            const QStringList fragments = offsets.split(QLatin1Char(';'));
            discontinuous += fragments.size() > 1;
            for (const QString &fragment : fragments) {
                const qint64 start = fragment.section(QLatin1Char(' '), 0, 0).toLongLong();
                const qint64 end = fragment.section(QLatin1Char(' '), 1, 1).toLongLong();
                QVERIFY(start < end);
                pieces.append(slice(text, start, end));
                QVERIFY2(!pieces.last().contains(QLatin1Char('\n')), qPrintable(line));
            }
            QCOMPARE(fields.at(2), pieces.join(QLatin1Char(' ')));
        }
    }
    QCOMPARE(textBound, qsizetype(13)); // 12 annotations and the quote
    QCOMPARE(discontinuous, qsizetype(1)); // "Deutscher\nBundestag"
}

void TestExportGolden::hashesAreTheTexts()
{
    ExportJob::Settings settings;
    settings.format = ExportFormat::Texts;
    const QString folder = exportTo(QStringLiteral("readback-texts"), settings);
    QVERIFY(!folder.isEmpty());
    const QString manifest = QString::fromUtf8(readAll(folder + QLatin1String("/manifest.csv")));
    for (const ArticleSummary &article : m_project->database().articleSummaries()) {
        const QByteArray bytes = readAll(QStringLiteral("%1/%2.txt").arg(folder).arg(article.id));
        QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(!bytes.contains('\r'));
        QCOMPARE(article.contentHash.toLatin1(), sha256(bytes));
        QVERIFY(manifest.contains(QLatin1Char(',') + article.contentHash + QLatin1Char(',')
                                  + QString::number(article.length)
                                  + QLatin1String(",code_point\r\n")));
    }
}

QTEST_GUILESS_MAIN(TestExportGolden)
#include "tst_exportgolden.moc"
