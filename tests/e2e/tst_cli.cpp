// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real marginalia-cli binary on generated files, as a script would,
// and reads its CSV with Python's csv module and pandas.
#include "clirun.h"
#include "testconfig.h"
#include "testhelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace TestHelpers;

namespace {

using Run = CliRun;

QByteArray utf16le(const QString &text)
{
    QByteArray bytes("\xFF\xFE", 2);
    for (const QChar c : text) {
        bytes.append(char(c.unicode() & 0xFF));
        bytes.append(char(c.unicode() >> 8));
    }
    return bytes;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void versionAndHelp_data();
    void versionAndHelp();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void importReportsRejectionsAndGoesOn();
    void annotateRefusesBadSpans_data();
    void annotateRefusesBadSpans();
    void csvLoadsInPythonAndPandas_data();
    void csvLoadsInPythonAndPandas();
    void jsonlCarriesTextAndSpans();
    void selectionFilters_data();
    void selectionFilters();
    void articlesCsvLoadsInPandas();
    void folderAndTokenFormats();
    void quotesOfTheSampleArticle();
    void failedOutputIsAFailure();
    void refusesFilesThatAreNotProjects();
    void reportedEditsSurviveAKill();

private:
    QString corpusFile(const QString &name) const
    {
        return m_dir.filePath(QLatin1String("corpus/") + name);
    }
    QString m_project;
    QTemporaryDir m_dir;
    QHash<QString, qint64> m_articleIdByTitle;
    qint64 m_rows = 0;
};

void TestCli::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(MARGINALIA_CLI_PATH)));
    m_project = m_dir.filePath(QStringLiteral("e2e.marginalia"));

    const QString french = QStringLiteral(
        " date 2022-12 Le président russe Vladimir Poutine se rendra en Biélorussie.\n\n"
        "Il s’entretiendra avec Alexandre Loukachenko à Minsk. 😀 « Ça suffit », a dit "
        "@opposant sur X.\n");
    QVERIFY(writeFile(corpusFile(QStringLiteral("fr/utf8.txt")), french.toUtf8()));
    QVERIFY(writeFile(corpusFile(QStringLiteral("fr/crlf.txt")),
                      QByteArray("date 2023-01-15 Angela Merkel in Paris\r\n\r\nAngela Merkel "
                                 "met Emmanuel Macron; \"=SUM(A1)\" was the joke.\r\n")));
    QVERIFY(writeFile(corpusFile(QStringLiteral("utf16.txt")),
                      utf16le(QStringLiteral("Зеленский 🇺🇦 в Киеве\r\nВладимир Зеленский "
                                             "выступил в Киеве.\r\n"))));
    QByteArray cp1252 = "Les d\xe9put\xe9s \xe0 l\x92"
                        "Assembl\xe9"
                        "e\n\nLe d\xe9"
                        "bat \xe0 "
                        "l\x92"
                        "Assembl\xe9"
                        "e nationale a dur\xe9 toute la nuit, selon "
                        "Fran\xe7ois Bayrou. Les \xe9lus ont vot\xe9 \x96 enfin \x96 le texte.\n";
    QVERIFY(writeFile(corpusFile(QStringLiteral("legacy.txt")), cp1252));
    QVERIFY(
        writeFile(corpusFile(QStringLiteral("ar.txt")),
                  QStringLiteral("مصر\nقال الرئيس عبد الفتاح السيسي إن مصر مستعدة.\n").toUtf8()));
    QVERIFY(writeFile(corpusFile(QStringLiteral("zh.txt")),
                      QStringLiteral("北京会谈\n习近平在北京会见了普京。\n").toUtf8()));
    QVERIFY(writeFile(
        corpusFile(QStringLiteral("nfd.txt")),
        QStringLiteral("Cho\u0308igou\nSergue\u0301i\u0308 Cho\u0308igou a signe\u0301.\n")
            .toUtf8()));
    QVERIFY(writeFile(corpusFile(QStringLiteral("bad/empty.txt")), QByteArray()));
    QVERIFY(writeFile(corpusFile(QStringLiteral("bad/binary.txt")),
                      QByteArray("\x7f"
                                 "ELF\x02\x01\x01\0\0\0",
                                 10)));
    QVERIFY(writeFile(corpusFile(QStringLiteral("bad/dup.txt")), french.toUtf8()));

    const Run init = cli({ QStringLiteral("init"), m_project });
    QCOMPARE(init.exitCode, 0);
    QVERIFY(QFile::exists(m_project));
}

void TestCli::versionAndHelp_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("wording");
    QTest::newRow("--version") << QStringList { QStringLiteral("--version") }
                               << "marginalia-cli 0.";
    QTest::newRow("--help") << QStringList { QStringLiteral("--help") } << "Commands:";
    for (const char *command : { "init", "import", "list", "annotate", "export" }) {
        QTest::newRow(qPrintable(QStringLiteral("%1 --help").arg(QLatin1String(command))))
            << QStringList { QLatin1String(command), QStringLiteral("--help") }
            << QStringLiteral("Usage: marginalia-cli %1").arg(QLatin1String(command));
    }
    QTest::newRow("export --help explains Excel-safe")
        << QStringList { QStringLiteral("export"), QStringLiteral("--help") }
        << "'=', '+', '-', '@', a tab or a carriage return";
}

void TestCli::versionAndHelp()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, wording);
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, 0);
    // Qt wraps help text to the terminal; compare with white space folded.
    QVERIFY2(run.out.simplified().contains(wording), qPrintable(run.out));
}

void TestCli::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("wording");
    const QString p = QStringLiteral("project.marginalia");
    QTest::newRow("no command") << QStringList() << "no command";
    QTest::newRow("unknown command")
        << QStringList { QStringLiteral("frobnicate") } << "unknown command";
    QTest::newRow("unknown option")
        << QStringList { QStringLiteral("list"), p, QStringLiteral("--bogus") } << "bogus";
    QTest::newRow("init without a path") << QStringList { QStringLiteral("init") } << "missing";
    QTest::newRow("import without paths")
        << QStringList { QStringLiteral("import"), p } << "missing";
    QTest::newRow("annotate with too few arguments")
        << QStringList { QStringLiteral("annotate"), p, QStringLiteral("1"), QStringLiteral("2") }
        << "missing";
    QTest::newRow("annotate with a word for an offset")
        << QStringList { QStringLiteral("annotate"), p,
                         QStringLiteral("1"),        QStringLiteral("two"),
                         QStringLiteral("5"),        QStringLiteral("PER") }
        << "START must be a whole number";
    QTest::newRow("export without a format")
        << QStringList { QStringLiteral("export"), p } << "--format";
    QTest::newRow("export in an unknown format")
        << QStringList { QStringLiteral("export"), p, QStringLiteral("--format"),
                         QStringLiteral("xlsx") }
        << "unknown format";
    QTest::newRow("texts without a folder")
        << QStringList { QStringLiteral("export"), p, QStringLiteral("--format"),
                         QStringLiteral("texts") }
        << "--out";
    QTest::newRow("brat without a folder")
        << QStringList { QStringLiteral("export"), p, QStringLiteral("--format"),
                         QStringLiteral("brat") }
        << "--out";
    QTest::newRow("a month that does not exist")
        << QStringList { QStringLiteral("export"),   p,
                         QStringLiteral("--format"), QStringLiteral("csv"),
                         QStringLiteral("--from"),   QStringLiteral("2022-13") }
        << "2022-13";
    QTest::newRow("a range that ends before it starts")
        << QStringList { QStringLiteral("export"),   p,
                         QStringLiteral("--format"), QStringLiteral("csv"),
                         QStringLiteral("--from"),   QStringLiteral("2023"),
                         QStringLiteral("--to"),     QStringLiteral("2022-12") }
        << "empty";
    QTest::newRow("an unknown status")
        << QStringList { QStringLiteral("export"),   p,
                         QStringLiteral("--format"), QStringLiteral("csv"),
                         QStringLiteral("--status"), QStringLiteral("later") }
        << "unknown status 'later'";
    QTest::newRow("a word for an article id")
        << QStringList { QStringLiteral("export"),     p,
                         QStringLiteral("--format"),   QStringLiteral("csv"),
                         QStringLiteral("--articles"), QStringLiteral("1,x") }
        << "'x'";
    QTest::newRow("an option without its value, last")
        << QStringList { QStringLiteral("export"), p, QStringLiteral("--format"),
                         QStringLiteral("csv"), QStringLiteral("--out") }
        << "--out needs a value";
    QTest::newRow("a note without its value")
        << QStringList { QStringLiteral("annotate"), p,
                         QStringLiteral("1"),        QStringLiteral("0"),
                         QStringLiteral("2"),        QStringLiteral("PER"),
                         QStringLiteral("--note") }
        << "--note needs a value";
    QTest::newRow("import with a bad size")
        << QStringList { QStringLiteral("import"), p, QStringLiteral("x"),
                         QStringLiteral("--max-size"), QStringLiteral("lots") }
        << "--max-size";
    QTest::newRow("a context too wide")
        << QStringList { QStringLiteral("export"),    p,
                         QStringLiteral("--format"),  QStringLiteral("csv"),
                         QStringLiteral("--context"), QStringLiteral("1001") }
        << "--context wants a whole number from 0 to 1000, not '1001'";
    QTest::newRow("a negative context")
        << QStringList { QStringLiteral("export"),    p,
                         QStringLiteral("--format"),  QStringLiteral("csv"),
                         QStringLiteral("--context"), QStringLiteral("-3") }
        << "not '-3'";
}

void TestCli::usageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, wording);
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(wording), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void TestCli::importReportsRejectionsAndGoesOn()
{
    const Run run = cli({ QStringLiteral("import"), m_project, corpusFile(QString()) });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(QStringLiteral("Imported 7 articles")), qPrintable(run.out));
    const QStringList problems = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(problems.size(), 3);
    QVERIFY(run.err.contains(QStringLiteral("empty.txt: the file is empty")));
    QVERIFY(run.err.contains(QStringLiteral("binary.txt: binary file")));
    // bad/dup.txt sorts before fr/utf8.txt, so the latter is the duplicate.
    QVERIFY2(run.err.contains(QStringLiteral("utf8.txt: skipped: same text as article")),
             qPrintable(run.err));

    const Run list = cli({ QStringLiteral("list"), m_project, QStringLiteral("--json") });
    QCOMPARE(list.exitCode, 0);
    const QJsonArray articles = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(articles.size(), 7);
    QHash<QString, QString> encodings;
    for (const QJsonValue &value : articles) {
        const QJsonObject a = value.toObject();
        for (const char *key :
             { "id", "title", "date", "source", "encoding", "characters", "annotations" })
            QVERIFY2(a.contains(QLatin1String(key)), key);
        m_articleIdByTitle.insert(a.value(QLatin1String("title")).toString(),
                                  a.value(QLatin1String("id")).toInteger());
        encodings.insert(a.value(QLatin1String("title")).toString(),
                         a.value(QLatin1String("encoding")).toString());
    }
    QCOMPARE(encodings.value(QStringLiteral("Le président russe Vladimir Poutine se rendra en "
                                            "Biélorussie.")),
             QStringLiteral("UTF-8"));
    QCOMPARE(encodings.value(QStringLiteral("Зеленский 🇺🇦 в Киеве")), QStringLiteral("UTF-16LE"));
    QCOMPARE(encodings.value(QStringLiteral("Les députés à l’Assemblée")),
             QStringLiteral("windows-1252"));

    // The human-readable list has a header and a line per article.
    const Run plain = cli({ QStringLiteral("list"), m_project });
    QCOMPARE(plain.exitCode, 0);
    QCOMPARE(plain.out.count(QLatin1Char('\n')), 8);
}

void TestCli::annotateRefusesBadSpans_data()
{
    QTest::addColumn<QString>("article");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("wording");
    QTest::newRow("unknown article") << "999"
                                     << "0"
                                     << "3"
                                     << "PER"
                                     << "no article with id 999";
    QTest::newRow("unknown label") << ""
                                   << "0"
                                   << "3"
                                   << "PERSON"
                                   << "no label named \"PERSON\"";
    QTest::newRow("negative start") << ""
                                    << "-4"
                                    << "3"
                                    << "PER"
                                    << "negative";
    QTest::newRow("empty span") << ""
                                << "3"
                                << "3"
                                << "PER"
                                << "less than";
    QTest::newRow("reversed span") << ""
                                   << "5"
                                   << "3"
                                   << "PER"
                                   << "less than";
    QTest::newRow("past the end") << ""
                                  << "0"
                                  << "100000"
                                  << "PER"
                                  << "past the end";
}

void TestCli::annotateRefusesBadSpans()
{
    QFETCH(QString, article);
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(QString, label);
    QFETCH(QString, wording);
    if (article.isEmpty())
        article = QString::number(m_articleIdByTitle.value(QStringLiteral("北京会谈")));
    const QString before = cli({ QStringLiteral("list"), m_project }).out;
    const Run run = cli({ QStringLiteral("annotate"), m_project, article, start, end, label,
                          QStringLiteral("--entity"), QStringLiteral("Nobody") });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(wording), qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("nothing stored")));
    QCOMPARE(cli({ QStringLiteral("list"), m_project }).out, before);
}

void TestCli::csvLoadsInPythonAndPandas_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QStringList>("checkOptions");
    QTest::newRow("plain") << QStringList() << QStringList();
    QTest::newRow("BOM for Excel")
        << QStringList { QStringLiteral("--bom") } << QStringList { QStringLiteral("--bom") };
    QTest::newRow("Excel-safe with BOM")
        << QStringList { QStringLiteral("--bom"), QStringLiteral("--excel-safe") }
        << QStringList { QStringLiteral("--bom"), QStringLiteral("--excel-safe") };
    QTest::newRow("semicolon for French Excel")
        << QStringList { QStringLiteral("--delimiter"), QStringLiteral("semicolon") }
        << QStringList { QStringLiteral("--delimiter"), QStringLiteral(";") };
    QTest::newRow("context of 5 code points")
        << QStringList { QStringLiteral("--context"), QStringLiteral("5") }
        << QStringList { QStringLiteral("--context"), QStringLiteral("5") };
    QTest::newRow("no context") << QStringList { QStringLiteral("--context"), QStringLiteral("0") }
                                << QStringList { QStringLiteral("--context"), QStringLiteral("0") };
}

void TestCli::csvLoadsInPythonAndPandas()
{
    QFETCH(QStringList, options);
    QFETCH(QStringList, checkOptions);
    const QString texts = m_dir.filePath(QStringLiteral("texts"));

    if (m_rows == 0) {
        QCOMPARE(cli({ QStringLiteral("export"), m_project, QStringLiteral("--format"),
                       QStringLiteral("texts"), QStringLiteral("--out"), texts })
                     .exitCode,
                 0);
        // Tag names in every article, by code point offsets into the exported texts.
        const struct
        {
            const char *title;
            const char *needle;
            const char *label;
        } tags[] = {
            { "Le président russe Vladimir Poutine se rendra en Biélorussie.", "Vladimir Poutine",
              "PER" },
            { "Le président russe Vladimir Poutine se rendra en Biélorussie.", "Minsk", "LOC" },
            { "Le président russe Vladimir Poutine se rendra en Biélorussie.", "@opposant",
              "MISC" },
            { "Le président russe Vladimir Poutine se rendra en Biélorussie.", "« Ça suffit »",
              "MISC" },
            { "Angela Merkel in Paris", "Angela Merkel", "PER" },
            { "Angela Merkel in Paris", "=SUM(A1)", "MISC" },
            { "Зеленский 🇺🇦 в Киеве", "🇺🇦 в Киеве", "LOC" },
            { "Зеленский 🇺🇦 в Киеве", "Владимир Зеленский", "PER" },
            { "Les députés à l’Assemblée", "François Bayrou", "PER" },
            { "Les députés à l’Assemblée", "– enfin –", "MISC" },
            { "مصر", "عبد الفتاح السيسي", "PER" },
            { "北京会谈", "普京", "PER" },
            { "北京会谈", "北京", "LOC" },
            { "Cho\u0308igou", "Sergue\u0301i\u0308 Cho\u0308igou", "PER" },
        };
        for (const auto &tag : tags) {
            const qint64 id = m_articleIdByTitle.value(QString::fromUtf8(tag.title), -1);
            QVERIFY2(id > 0, tag.title);
            const QString text =
                QString::fromUtf8(readAll(QStringLiteral("%1/%2.txt").arg(texts).arg(id)));
            const QString needle = QString::fromUtf8(tag.needle);
            const qint64 start = codePointOffset(text, needle);
            QVERIFY2(start >= 0, tag.needle);
            const Run run =
                cli({ QStringLiteral("annotate"), m_project, QString::number(id),
                      QString::number(start), QString::number(start + needle.toUcs4().size()),
                      QLatin1String(tag.label), QStringLiteral("--entity"), needle,
                      QStringLiteral("--note"), QStringLiteral("line 1\nline \"2\", end"),
                      QStringLiteral("--annotator"), QStringLiteral("e2e") });
            QCOMPARE(run.exitCode, 0);
            QVERIFY2(run.out.contains(needle), qPrintable(run.out));
            ++m_rows;
        }
    }

    // Import found the quotes in the corpus too; each is a row as well.
    const Run quotes = cli({ QStringLiteral("quotes"), m_project, QStringLiteral("--json") });
    QCOMPARE(quotes.exitCode, 0);
    const qint64 quoteRows = QJsonDocument::fromJson(quotes.out.toUtf8()).array().size();
    QVERIFY(quoteRows >= 1);

    const QString csv = m_dir.filePath(QStringLiteral("export-%1.csv")
                                           .arg(QString::fromUtf8(QTest::currentDataTag())
                                                    .replace(QLatin1Char(' '), QLatin1Char('-'))));
    const Run run =
        cli(QStringList { QStringLiteral("export"), m_project, QStringLiteral("--format"),
                          QStringLiteral("csv"), QStringLiteral("--out"), csv }
            + options);
    QCOMPARE(run.exitCode, 0);
    QProcess python;
    python.start(QStringLiteral(MARGINALIA_SYSTEM_PYTHON),
                 QStringList { QStringLiteral(MARGINALIA_TESTS_SOURCE_DIR "/e2e/check_csv.py"), csv,
                               texts, QStringLiteral("--rows"),
                               QString::number(m_rows + quoteRows) }
                     + checkOptions);
    QVERIFY(python.waitForFinished(120000));
    const QString pythonOut = QString::fromUtf8(python.readAllStandardOutput());
    const QString pythonErr = QString::fromUtf8(python.readAllStandardError());
    QVERIFY2(python.exitCode() == 0, qPrintable(pythonErr + pythonOut));
    QCOMPARE(pythonOut.trimmed(), QStringLiteral("%1 rows ok").arg(m_rows + quoteRows));

    // Standard output carries the same bytes as --out.
    QProcess toStdout;
    toStdout.start(QStringLiteral(MARGINALIA_CLI_PATH),
                   QStringList { QStringLiteral("export"), m_project, QStringLiteral("--format"),
                                 QStringLiteral("csv") }
                       + options);
    QVERIFY(toStdout.waitForFinished(120000));
    QCOMPARE(toStdout.exitCode(), 0);
    QCOMPARE(toStdout.readAllStandardOutput(), readAll(csv));
}

void TestCli::jsonlCarriesTextAndSpans()
{
    const Run run = cli({ QStringLiteral("export"), m_project, QStringLiteral("--format"),
                          QStringLiteral("jsonl") });
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 7);
    qint64 spans = 0;
    for (const QString &line : lines) {
        QJsonParseError error;
        const QJsonObject article = QJsonDocument::fromJson(line.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(article.keys().size(), 9);
        QCOMPARE(article.value(QLatin1String("offset_unit")).toString(),
                 QStringLiteral("code_point"));
        QCOMPARE(article.value(QLatin1String("text_sha256")).toString().toLatin1(),
                 sha256(article.value(QLatin1String("text")).toString().toUtf8()));
        const QList<uint> text = article.value(QLatin1String("text")).toString().toUcs4();
        for (const QJsonValue &value : article.value(QLatin1String("annotations")).toArray()) {
            const QJsonObject span = value.toObject();
            const qint64 start = span.value(QLatin1String("start")).toInteger();
            const qint64 end = span.value(QLatin1String("end")).toInteger();
            const QString expected = QString::fromUcs4(
                reinterpret_cast<const char32_t *>(text.constData() + start), end - start);
            QCOMPARE(span.value(QLatin1String("text")).toString(), expected);
            if (span.value(QLatin1String("kind")).toString() == QLatin1String("entity"))
                ++spans;
            else
                QCOMPARE(span.value(QLatin1String("kind")).toString(), QStringLiteral("quote"));
        }
    }
    QCOMPARE(spans, m_rows);
}

namespace {

/// Each article of a JSONL export: id -> labels of its spans ("QUOTE" for quotes).
QMap<qint64, QStringList> jsonlSpans(const QString &jsonl)
{
    QMap<qint64, QStringList> articles;
    for (const QString &line : jsonl.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QJsonObject article = QJsonDocument::fromJson(line.toUtf8()).object();
        QStringList labels;
        for (const QJsonValue &span : article.value(QLatin1String("annotations")).toArray())
            labels.append(span.toObject().value(QLatin1String("label")).toString());
        articles.insert(article.value(QLatin1String("id")).toInteger(), labels);
    }
    return articles;
}

} // namespace

void TestCli::selectionFilters_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("expectedTitles"); // article titles, joined by '|', in id order
    QTest::addColumn<QString>("keptLabels"); // '|'-joined; empty: every label and QUOTE

    const QString all = QStringLiteral("*");
    QTest::newRow("everything") << QStringList() << all << QString();
    QTest::newRow("by id") << QStringList { QStringLiteral("--articles"),
                                            QStringLiteral("ID:北京会谈,ID:مصر") }
                           << QStringLiteral("مصر|北京会谈") << QString();
    QTest::newRow("by status") << QStringList { QStringLiteral("--status"),
                                                QStringLiteral("done,in-progress") }
                               << QStringLiteral("Angela Merkel in Paris|北京会谈") << QString();
    // "2022-12" (a month) meets a range that starts mid-December.
    QTest::newRow("month in a day range")
        << QStringList { QStringLiteral("--from"), QStringLiteral("2022-12-15"),
                         QStringLiteral("--to"), QStringLiteral("2022-12-20") }
        << QStringLiteral("Le président russe Vladimir Poutine se rendra en Biélorussie.")
        << QString();
    QTest::newRow("from a year on")
        << QStringList { QStringLiteral("--from"), QStringLiteral("2023") }
        << QStringLiteral("Angela Merkel in Paris") << QString();
    QTest::newRow("up to a month")
        << QStringList { QStringLiteral("--to"), QStringLiteral("2022-11") } << QString()
        << QString();
    QTest::newRow("PER only, no quotes")
        << QStringList { QStringLiteral("--labels"), QStringLiteral("per") } << all
        << QStringLiteral("PER");
    QTest::newRow("quotes and LOC")
        << QStringList { QStringLiteral("--labels"), QStringLiteral("QUOTE,LOC") } << all
        << QStringLiteral("QUOTE|LOC");
}

void TestCli::selectionFilters()
{
    QFETCH(QStringList, options);
    QFETCH(QString, expectedTitles);
    QFETCH(QString, keptLabels);
    QVERIFY(m_rows > 0); // the annotations of csvLoadsInPythonAndPandas are there

    // Statuses set behind the CLI's back, as the window would.
    const qint64 merkel = m_articleIdByTitle.value(QStringLiteral("Angela Merkel in Paris"));
    const qint64 beijing = m_articleIdByTitle.value(QStringLiteral("北京会谈"));
    QVERIFY(rawExec(m_project,
                    QStringLiteral("UPDATE articles SET status = 0; "
                                   "UPDATE articles SET status = 2 WHERE id = %1; "
                                   "UPDATE articles SET status = 1 WHERE id = %2;")
                        .arg(merkel)
                        .arg(beijing)
                        .toUtf8()));
    for (QString &option : options) {
        for (auto it = m_articleIdByTitle.cbegin(); it != m_articleIdByTitle.cend(); ++it)
            option.replace(QLatin1String("ID:") + it.key(), QString::number(it.value()));
    }

    const Run everything = cli({ QStringLiteral("export"), m_project, QStringLiteral("--format"),
                                 QStringLiteral("jsonl") });
    QCOMPARE(everything.exitCode, 0);
    const QMap<qint64, QStringList> full = jsonlSpans(everything.out);
    const Run run = cli(QStringList { QStringLiteral("export"), m_project,
                                      QStringLiteral("--format"), QStringLiteral("jsonl") }
                        + options);
    QCOMPARE(run.exitCode, 0);
    const QMap<qint64, QStringList> selected = jsonlSpans(run.out);

    QStringList titles;
    for (const qint64 id : selected.keys())
        titles.append(m_articleIdByTitle.key(id));
    if (expectedTitles == QLatin1String("*"))
        QCOMPARE(selected.keys(), full.keys());
    else
        QCOMPARE(titles.join(QLatin1Char('|')), expectedTitles);

    const QStringList kept = keptLabels.split(QLatin1Char('|'), Qt::SkipEmptyParts);
    for (auto it = selected.cbegin(); it != selected.cend(); ++it) {
        QStringList expected;
        for (const QString &label : full.value(it.key())) {
            if (kept.isEmpty() || kept.contains(label))
                expected.append(label);
        }
        QCOMPARE(it.value(), expected);
    }

    // The CSV applies the same selection: one row per kept span.
    const Run csv = cli(QStringList { QStringLiteral("export"), m_project,
                                      QStringLiteral("--format"), QStringLiteral("csv") }
                        + options);
    QCOMPARE(csv.exitCode, 0);
    qint64 spans = 0;
    for (const QStringList &labels : selected)
        spans += labels.size();
    QCOMPARE(qint64(csv.out.count(QLatin1String(",code_point\r\n"))), spans);
    QVERIFY(rawExec(m_project, "UPDATE articles SET status = 0"));
}

void TestCli::articlesCsvLoadsInPandas()
{
    QVERIFY(m_rows > 0);
    const QString texts = m_dir.filePath(QStringLiteral("texts"));
    const QString annotations = m_dir.filePath(QStringLiteral("for-articles.csv"));
    const QString articles = m_dir.filePath(QStringLiteral("articles.csv"));
    QCOMPARE(cli({ QStringLiteral("export"), m_project, QStringLiteral("--format"),
                   QStringLiteral("csv"), QStringLiteral("--out"), annotations })
                 .exitCode,
             0);
    for (const QStringList &options :
         { QStringList { QStringLiteral("--bom") },
           QStringList { QStringLiteral("--bom"), QStringLiteral("--excel-safe"),
                         QStringLiteral("--delimiter"), QStringLiteral("semicolon") } }) {
        const Run run =
            cli(QStringList { QStringLiteral("export"), m_project, QStringLiteral("--format"),
                              QStringLiteral("articles"), QStringLiteral("--out"), articles }
                + options);
        QCOMPARE(run.exitCode, 0);
        QProcess python;
        python.start(QStringLiteral(MARGINALIA_SYSTEM_PYTHON),
                     { QStringLiteral(MARGINALIA_TESTS_SOURCE_DIR "/e2e/check_articles_csv.py"),
                       articles, texts, annotations, QStringLiteral("--bom"),
                       QStringLiteral("--delimiter"),
                       options.contains(QStringLiteral("semicolon")) ? QStringLiteral(";")
                                                                     : QStringLiteral(","),
                       QStringLiteral("--rows"), QString::number(m_articleIdByTitle.size()) });
        QVERIFY(python.waitForFinished(120000));
        const QString pythonOut = QString::fromUtf8(python.readAllStandardOutput());
        QVERIFY2(python.exitCode() == 0,
                 qPrintable(QString::fromUtf8(python.readAllStandardError()) + pythonOut));
        QCOMPARE(pythonOut.trimmed(),
                 QStringLiteral("%1 articles ok").arg(m_articleIdByTitle.size()));
    }
}

void TestCli::folderAndTokenFormats()
{
    QVERIFY(m_rows > 0);
    // brat: a folder with a .txt and an .ann per article, the texts as stored.
    const QString brat = m_dir.filePath(QStringLiteral("brat"));
    const Run run = cli({ QStringLiteral("export"), m_project, QStringLiteral("--format"),
                          QStringLiteral("brat"), QStringLiteral("--out"), brat });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains(QStringLiteral("Wrote")), qPrintable(run.err));
    for (const qint64 id : std::as_const(m_articleIdByTitle)) {
        QCOMPARE(readAll(QStringLiteral("%1/%2.txt").arg(brat).arg(id)),
                 readAll(m_dir.filePath(QStringLiteral("texts/%1.txt").arg(id))));
        QVERIFY(QFile::exists(QStringLiteral("%1/%2.ann").arg(brat).arg(id)));
    }
    for (const char *file : { "annotation.conf", "visual.conf", "manifest.csv" })
        QVERIFY2(QFile::exists(QDir(brat).filePath(QLatin1String(file))), file);
    // No staging folder is left next to it.
    QCOMPARE(QDir(m_dir.path())
                 .entryList({ QStringLiteral(".brat.partial-*") }, QDir::Dirs | QDir::Hidden)
                 .size(),
             0);

    // CoNLL: every non-blank line is a token and a tag, or a -DOCSTART- line.
    const Run conll = cli({ QStringLiteral("export"), m_project, QStringLiteral("--format"),
                            QStringLiteral("conll") });
    QCOMPARE(conll.exitCode, 0);
    const QStringList lines = conll.out.split(QLatin1Char('\n'));
    qsizetype documents = 0;
    for (const QString &line : lines) {
        if (line.isEmpty())
            continue;
        if (line.startsWith(QLatin1String("-DOCSTART-\tarticle_id="))) {
            ++documents;
            continue;
        }
        const QStringList fields = line.split(QLatin1Char('\t'));
        QCOMPARE(fields.size(), 2);
        QVERIFY2(!fields.first().isEmpty() && !fields.first().contains(QLatin1Char(' ')),
                 qPrintable(line));
        QVERIFY2(fields.last() == QLatin1String("O")
                     || fields.last().startsWith(QLatin1String("B-"))
                     || fields.last().startsWith(QLatin1String("I-")),
                 qPrintable(line));
    }
    QCOMPARE(documents, m_articleIdByTitle.size());

    // Entities: one row per entity the annotations made.
    const Run entities =
        cli({ QStringLiteral("export"), m_project, QStringLiteral("--format"),
              QStringLiteral("entities"), QStringLiteral("--labels"), QStringLiteral("PER") });
    QCOMPARE(entities.exitCode, 0);
    QVERIFY(entities.out.startsWith(
        QStringLiteral("entity_id,name,label,aliases,external_id,mentions,articles\r\n")));
    QVERIFY(entities.out.contains(QStringLiteral(",Vladimir Poutine,PER,,,1,1\r\n")));
    QVERIFY(!entities.out.contains(QStringLiteral(",LOC,")));

    // A label the project does not have is a failure, named.
    const Run unknown =
        cli({ QStringLiteral("export"), m_project, QStringLiteral("--format"),
              QStringLiteral("csv"), QStringLiteral("--labels"), QStringLiteral("PERSON") });
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(QStringLiteral("'PERSON'")), qPrintable(unknown.err));
}

void TestCli::quotesOfTheSampleArticle()
{
    const QString project = m_dir.filePath(QStringLiteral("quotes.marginalia"));
    QCOMPARE(cli({ QStringLiteral("init"), project }).exitCode, 0);
    QCOMPARE(cli({ QStringLiteral("import"), project,
                   QStringLiteral(MARGINALIA_TESTS_SOURCE_DIR
                                  "/../resources/samples/poutine-bielorussie-2022-12.txt") })
                 .exitCode,
             0);
    const auto quotes = [&](const QStringList &extra) {
        const Run run = cli(
            QStringList { QStringLiteral("quotes"), project, QStringLiteral("--json") } + extra);
        return run.exitCode == 0 ? QJsonDocument::fromJson(run.out.toUtf8()).array() : QJsonArray();
    };
    // Found at import, then again on demand, with the same result.
    for (const QStringList &extra :
         { QStringList(), QStringList { QStringLiteral("--redetect") },
           QStringList { QStringLiteral("--article"), QStringLiteral("1"),
                         QStringLiteral("--redetect") } }) {
        const QJsonArray found = quotes(extra);
        QCOMPARE(found.size(), 3);
        const QJsonObject first = found.at(0).toObject();
        for (const char *key : { "article_id", "id", "start", "end", "text", "speaker", "cue" })
            QVERIFY2(first.contains(QLatin1String(key)), key);
        QVERIFY(first.value(QLatin1String("text"))
                    .toString()
                    .startsWith(QStringLiteral("Au cours de")));
        QCOMPARE(first.value(QLatin1String("speaker")).toString(), QStringLiteral("Serhiy Nayev"));
        const QJsonObject second = found.at(1).toObject();
        QVERIFY(second.value(QLatin1String("text"))
                    .toString()
                    .startsWith(QStringLiteral("Particulièrement")));
        QVERIFY(second.value(QLatin1String("text"))
                    .toString()
                    .endsWith(QStringLiteral("dirigent le pays")));
        QCOMPARE(second.value(QLatin1String("speaker")).toString(), QStringLiteral("Loukachenko"));
        QCOMPARE(found.at(2).toObject().value(QLatin1String("speaker")).toString(),
                 QStringLiteral("Loukachenko"));
    }
    QCOMPARE(cli({ QStringLiteral("quotes"), project, QStringLiteral("--article"),
                   QStringLiteral("99") })
                 .exitCode,
             1);
}

void TestCli::failedOutputIsAFailure()
{
    if (!QFile::exists(QStringLiteral("/dev/full")))
        QSKIP("no /dev/full here");
    // A full disk under standard output: the command must not report success.
    QProcess process;
    process.setStandardOutputFile(QStringLiteral("/dev/full"));
    process.start(QStringLiteral(MARGINALIA_CLI_PATH),
                  { QStringLiteral("export"), m_project, QStringLiteral("--format"),
                    QStringLiteral("jsonl") });
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 1);
    QVERIFY(QString::fromUtf8(process.readAllStandardError())
                .contains(QStringLiteral("cannot write to standard output")));

    // A device is not an article: refused by name, without reading it.
    const Run run = cli({ QStringLiteral("import"), m_project, QStringLiteral("/dev/zero") });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("/dev/zero: not a regular file")),
             qPrintable(run.err));
}

void TestCli::refusesFilesThatAreNotProjects()
{
    const QString fake = corpusFile(QStringLiteral("zh.txt"));
    const QByteArray before = readAll(fake);
    const Run run = cli({ QStringLiteral("list"), fake });
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QStringLiteral("zh.txt: not a Marginalia project")));
    QCOMPARE(readAll(fake), before);
    QCOMPARE(cli({ QStringLiteral("init"), m_project }).exitCode, 1); // exists already
}

void TestCli::reportedEditsSurviveAKill()
{
    // A loop of annotate commands, killed (SIGKILL) in the middle of its work:
    // every annotation a command reported must be in the file afterwards.
    const QString project = m_dir.filePath(QStringLiteral("kill.marginalia"));
    QCOMPARE(cli({ QStringLiteral("init"), project }).exitCode, 0);
    QCOMPARE(cli({ QStringLiteral("import"), project, corpusFile(QStringLiteral("fr/utf8.txt")) })
                 .exitCode,
             0);
    const QString script = QStringLiteral(
        "i=0; while [ $i -lt 400 ]; do \"$0\" annotate \"$1\" 1 $((i % 60)) $((i % 60 + 3)) PER "
        "--json || exit 1; i=$((i + 1)); done");
    QProcess loop;
    loop.start(QStringLiteral("/bin/sh"),
               { QStringLiteral("-c"), script, QStringLiteral(MARGINALIA_CLI_PATH), project });
    QVERIFY(loop.waitForStarted());
    QByteArray output;
    QElapsedTimer timer;
    timer.start();
    while (output.count('\n') < 25 && timer.elapsed() < 60000) {
        loop.waitForReadyRead(1000);
        output += loop.readAllStandardOutput();
    }
    // Kill the running annotate command itself, then the loop.
    // pkill exits 1 when the loop sat between two commands; -1 or -2 means
    // it could not run at all, and then this test would kill nothing.
    const int pkill = QProcess::execute(
        QStringLiteral("pkill"),
        { QStringLiteral("-KILL"), QStringLiteral("-f"), QStringLiteral("annotate ") + project });
    QVERIFY2(pkill >= 0, "pkill (procps) could not run");
    loop.kill();
    loop.waitForFinished();
    output += loop.readAllStandardOutput();
    QThread::msleep(200);

    QSet<qint64> reported;
    for (const QByteArray &line : output.split('\n')) {
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        if (!object.isEmpty())
            reported.insert(object.value(QLatin1String("id")).toInteger());
    }
    QVERIFY(reported.size() >= 25);

    const Run list = cli({ QStringLiteral("list"), project, QStringLiteral("--json") });
    QCOMPARE(list.exitCode, 0); // opens cleanly: the log is recovered, the file is sound
    const qint64 stored = QJsonDocument::fromJson(list.out.toUtf8())
                              .array()
                              .first()
                              .toObject()
                              .value(QLatin1String("annotations"))
                              .toInteger();
    QVERIFY2(stored >= reported.size(),
             qPrintable(QStringLiteral("%1 stored, %2 reported").arg(stored).arg(reported.size())));
    const Run csv = cli(
        { QStringLiteral("export"), project, QStringLiteral("--format"), QStringLiteral("jsonl") });
    const QJsonArray spans = QJsonDocument::fromJson(csv.out.toUtf8().trimmed())
                                 .object()
                                 .value(QLatin1String("annotations"))
                                 .toArray();
    QSet<qint64> exported;
    for (const QJsonValue &span : spans)
        exported.insert(span.toObject().value(QLatin1String("id")).toInteger());
    for (const qint64 id : std::as_const(reported))
        QVERIFY2(exported.contains(id), qPrintable(QString::number(id)));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
