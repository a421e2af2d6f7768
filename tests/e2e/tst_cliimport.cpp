// SPDX-License-Identifier: GPL-3.0-or-later
// marginalia-cli import of tables, annotations and brat folders, run as a
// script would: tables written by Python's csv module, round trips of the
// CLI's own exports into a second project, exit codes and messages.
#include "csvreader.h"
#include "testconfig.h"
#include "testhelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace TestHelpers;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    Run result;
    if (!process.waitForFinished(120000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

Run cli(const QStringList &arguments)
{
    return run(QStringLiteral(MARGINALIA_CLI_PATH), arguments);
}

/// The CSV's rows with annotation ids blanked (the one thing a round trip changes).
QStringList withoutIds(const QByteArray &csv)
{
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    Marginalia::CsvReader reader(text, Marginalia::CsvReader::detectDelimiter(text));
    Marginalia::CsvReader::Record record;
    QStringList rows;
    qsizetype id = -1;
    while (reader.next(&record)) {
        if (id < 0)
            id = record.fields.indexOf(QLatin1String("annotation_id"));
        else
            record.fields[id].clear();
        rows.append(record.fields.join(QLatin1Char('|')));
    }
    return rows;
}

} // namespace

class TestCliImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importsATableWrittenByPython();
    void columnsAndDelimiterFromFlags();
    void numericDatesInTheOrderGiven();
    void annotationRoundTrips_data();
    void annotationRoundTrips();
    void importsABratFolder();
    void bratRoundTrip();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestCliImport::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(MARGINALIA_CLI_PATH)));
    QVERIFY(writeFile(path(QStringLiteral("corpus/a.txt")),
                      "date 2022-12 Vladimir Poutine \xF0\x9F\x98\x80 \xC3\xA0 Minsk\r\n\r\n"
                      "Le pr\xC3\xA9sident a d\xC3\xA9"
                      "clar\xC3\xA9 : \xC2\xAB Nous irons \xC3\xA0 "
                      "Minsk \xC2\xBB, devant l\xE2\x80\x99ONU.\r\n"));
    QVERIFY(
        writeFile(path(QStringLiteral("corpus/b.txt")),
                  QStringLiteral("مصر\nقال الرئيس عبد الفتاح السيسي إن مصر مستعدة.\n").toUtf8()));
}

void TestCliImport::importsATableWrittenByPython()
{
    // Python's csv module quotes what needs it and doubles quotes; its texts
    // must come back exactly (with LF line ends).
    const QString csv = path(QStringLiteral("python.csv"));
    const QString script = QStringLiteral(
        "import csv, sys\n"
        "rows = [('1', 'Un, deux', 'He said \"hi\",\\r\\nthen left 😀', '2022-12-05'),\n"
        "        ('2', '', '  مصر\\nقال الرئيس.', '2023'),\n"
        "        ('3', 'Empty', '', ''),\n"
        "        ('4', 'Bad date', 'Texte quatre', '31/02/2022')]\n"
        "with open(sys.argv[1], 'w', newline='', encoding='utf-8-sig') as f:\n"
        "    w = csv.writer(f)\n"
        "    w.writerow(['id', 'title', 'text', 'date'])\n"
        "    w.writerows(rows)\n");
    const Run python =
        run(QStringLiteral(MARGINALIA_SYSTEM_PYTHON), { QStringLiteral("-c"), script, csv });
    QCOMPARE(python.exitCode, 0);

    const QString project = path(QStringLiteral("table.marginalia"));
    QCOMPARE(cli({ QStringLiteral("init"), project }).exitCode, 0);
    const Run imported = cli({ QStringLiteral("import"), project, csv, QStringLiteral("--json") });
    QCOMPARE(imported.exitCode, 1); // a row was rejected
    const QJsonObject result = QJsonDocument::fromJson(imported.out.toUtf8()).object();
    QCOMPARE(result.value(QLatin1String("imported")).toArray().size(), 3);
    const QJsonArray rejected = result.value(QLatin1String("rejected")).toArray();
    QCOMPARE(rejected.size(), 1);
    // Lines, not records: rows 1 and 2 span two lines each.
    QCOMPARE(rejected.first().toObject().value(QLatin1String("line")).toInt(), 6);
    const QJsonArray warnings = result.value(QLatin1String("warnings")).toArray();
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.first().toObject().value(QLatin1String("line")).toInt(), 7);
    // Standard error names file and line.
    QVERIFY2(imported.err.contains(csv + QStringLiteral(":6: no text")), qPrintable(imported.err));
    QVERIFY(imported.err.contains(csv + QStringLiteral(":7: the date \"31/02/2022\"")));

    const QString texts = path(QStringLiteral("table-texts"));
    QCOMPARE(cli({ QStringLiteral("export"), project, QStringLiteral("--format"),
                   QStringLiteral("texts"), QStringLiteral("--out"), texts })
                 .exitCode,
             0);
    QCOMPARE(QString::fromUtf8(readAll(texts + QStringLiteral("/1.txt"))),
             QStringLiteral("He said \"hi\",\nthen left 😀"));
    QCOMPARE(QString::fromUtf8(readAll(texts + QStringLiteral("/2.txt"))),
             QStringLiteral("  مصر\nقال الرئيس."));
    const QJsonArray list =
        QJsonDocument::fromJson(
            cli({ QStringLiteral("list"), project, QStringLiteral("--json") }).out.toUtf8())
            .array();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0).toObject().value(QLatin1String("title")).toString(),
             QStringLiteral("Un, deux"));
    QCOMPARE(list.at(0).toObject().value(QLatin1String("date")).toString(),
             QStringLiteral("2022-12-05"));
    QCOMPARE(list.at(1).toObject().value(QLatin1String("title")).toString(), QStringLiteral("مصر"));
    QCOMPARE(list.at(2).toObject().value(QLatin1String("date")).toString(), QString());
}

void TestCliImport::numericDatesInTheOrderGiven()
{
    // Issue 12, defect 18: a French export's dates, and an American one's.
    const QString csv = path(QStringLiteral("dates.csv"));
    QVERIFY(writeFile(csv,
                      "text,date\nUn texte,01/02/2024\nDeux textes,5 d\xC3\xA9"
                      "cembre 2022\n"));
    for (const auto &[order, first] : { std::pair { QStringLiteral("dmy"), "2024-02-01" },
                                        std::pair { QStringLiteral("mdy"), "2024-01-02" } }) {
        const QString project = path(QStringLiteral("dates-%1.marginalia").arg(order));
        QCOMPARE(cli({ QStringLiteral("init"), project }).exitCode, 0);
        const Run imported =
            cli({ QStringLiteral("import"), project, csv, QStringLiteral("--date-order"), order });
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(!imported.err.contains(QLatin1String("warning")), qPrintable(imported.err));
        const QJsonArray articles =
            QJsonDocument::fromJson(
                cli({ QStringLiteral("list"), project, QStringLiteral("--json") }).out.toUtf8())
                .array();
        QCOMPARE(articles.size(), 2);
        QCOMPARE(articles.at(0).toObject().value(QLatin1String("date")).toString(),
                 QLatin1String(first));
        QCOMPARE(articles.at(1).toObject().value(QLatin1String("date")).toString(),
                 QStringLiteral("2022-12-05"));
    }
}

void TestCliImport::columnsAndDelimiterFromFlags()
{
    const QString csv = path(QStringLiteral("flags.csv"));
    QVERIFY(writeFile(csv,
                      "ref;headline;body;when;where\n"
                      "A1;Titre;\"Corps; avec point-virgule\";2021-03;Le Monde\n"));
    const QString project = path(QStringLiteral("flags.marginalia"));
    QCOMPARE(cli({ QStringLiteral("init"), project }).exitCode, 0);
    const Run imported = cli(
        { QStringLiteral("import"), project, csv, QStringLiteral("--text-column"),
          QStringLiteral("body"), QStringLiteral("--title-column"), QStringLiteral("headline"),
          QStringLiteral("--date-column"), QStringLiteral("when"),
          QStringLiteral("--source-column"), QStringLiteral("where"), QStringLiteral("--id-column"),
          QStringLiteral("ref"), QStringLiteral("--delimiter"), QStringLiteral("semicolon") });
    QCOMPARE(imported.exitCode, 0);
    QVERIFY2(imported.out.contains(QLatin1String("Imported 1 article;")),
             qPrintable(imported.out + imported.err));
    const QJsonObject article =
        QJsonDocument::fromJson(
            cli({ QStringLiteral("list"), project, QStringLiteral("--json") }).out.toUtf8())
            .array()
            .first()
            .toObject();
    QCOMPARE(article.value(QLatin1String("title")).toString(), QStringLiteral("Titre"));
    QCOMPARE(article.value(QLatin1String("date")).toString(), QStringLiteral("2021-03"));
    QCOMPARE(article.value(QLatin1String("source")).toString(), QStringLiteral("Le Monde"));

    // A wrong column name: the file is rejected, naming the columns there are.
    const Run wrong = cli({ QStringLiteral("import"), project, csv, QStringLiteral("--text-column"),
                            QStringLiteral("contents") });
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(wrong.err.contains(QLatin1String("no column named \"contents\"")),
             qPrintable(wrong.err));
}

void TestCliImport::annotationRoundTrips_data()
{
    QTest::addColumn<QStringList>("exportOptions");
    QTest::addColumn<QString>("extension");
    QTest::newRow("csv") << QStringList { QStringLiteral("--format"), QStringLiteral("csv") }
                         << "csv";
    QTest::newRow("csv for Excel")
        << QStringList { QStringLiteral("--format"),    QStringLiteral("csv"),
                         QStringLiteral("--bom"),       QStringLiteral("--excel-safe"),
                         QStringLiteral("--delimiter"), QStringLiteral("semicolon") }
        << "csv";
    QTest::newRow("jsonl") << QStringList { QStringLiteral("--format"), QStringLiteral("jsonl") }
                           << "jsonl";
}

void TestCliImport::annotationRoundTrips()
{
    QFETCH(QStringList, exportOptions);
    QFETCH(QString, extension);
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("source.marginalia"));
    const QString target = dir.filePath(QStringLiteral("target.marginalia"));
    for (const QString &project : { source, target }) {
        QCOMPARE(cli({ QStringLiteral("init"), project }).exitCode, 0);
        QCOMPARE(
            cli({ QStringLiteral("import"), project, path(QStringLiteral("corpus")) }).exitCode, 0);
    }
    const QList<QStringList> annotations = {
        { QStringLiteral("1"), QStringLiteral("0"), QStringLiteral("16"), QStringLiteral("PER"),
          QStringLiteral("--entity"), QStringLiteral("Vladimir Poutine"), QStringLiteral("--note"),
          QStringLiteral("=chef, \"président\"") },
        { QStringLiteral("1"), QStringLiteral("9"), QStringLiteral("16"), QStringLiteral("PER") },
        { QStringLiteral("1"), QStringLiteral("17"), QStringLiteral("18"), QStringLiteral("MISC") },
        { QStringLiteral("2"), QStringLiteral("14"), QStringLiteral("31"), QStringLiteral("PER") },
    };
    for (const QStringList &annotation : annotations) {
        const Run added = cli(QStringList { QStringLiteral("annotate"), source } + annotation);
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    }
    const QString exported = dir.filePath(QStringLiteral("annotations.") + extension);
    QCOMPARE(cli(QStringList { QStringLiteral("export"), source } + exportOptions
                 + QStringList { QStringLiteral("--out"), exported })
                 .exitCode,
             0);

    const Run imported =
        cli({ QStringLiteral("import"), target, QStringLiteral("--annotations"), exported });
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY2(imported.out.startsWith(QLatin1String("Imported 4 annotations and 0 quotes; 1 "
                                                   "already in the project")),
             qPrintable(imported.out));
    const QString again = dir.filePath(QStringLiteral("again.") + extension);
    QCOMPARE(cli(QStringList { QStringLiteral("export"), target } + exportOptions
                 + QStringList { QStringLiteral("--out"), again })
                 .exitCode,
             0);
    if (extension == QLatin1String("csv")) {
        // The one quote was detected in both projects at its own time.
        QStringList before = withoutIds(readAll(exported));
        QStringList after = withoutIds(readAll(again));
        QCOMPARE(after.size(), before.size());
        const QStringList header = before.first().split(QLatin1Char('|'));
        const qsizetype kind = header.indexOf(QLatin1String("kind"));
        for (qsizetype i = 1; i < before.size(); ++i) {
            if (before.at(i).split(QLatin1Char('|')).at(kind) == QLatin1String("quote"))
                before[i] = after[i] = QString();
        }
        QCOMPARE(after, before);
    } else {
        QCOMPARE(readAll(again).size(), readAll(exported).size());
    }

    // Twice: nothing more.
    const Run twice = cli({ QStringLiteral("import"), target, QStringLiteral("--annotations"),
                            exported, QStringLiteral("--json") });
    QCOMPARE(twice.exitCode, 0);
    const QJsonObject result = QJsonDocument::fromJson(twice.out.toUtf8()).object();
    QCOMPARE(result.value(QLatin1String("annotations")).toInt(), 0);
    QCOMPARE(result.value(QLatin1String("duplicates")).toInt(), 5);
}

void TestCliImport::importsABratFolder()
{
    const QString folder = path(QStringLiteral("brat"));
    // CRLF and a BOM: brat's offsets count both.
    const QByteArray txt = "\xEF\xBB\xBFParis\r\nLyon et Marseille\r\n";
    QVERIFY(writeFile(folder + QStringLiteral("/doc.txt"), txt));
    QVERIFY(writeFile(folder + QStringLiteral("/doc.ann"),
                      "T1\tLOC 1 6\tParis\n"
                      "T2\tLOC 8 12\tLyon\n"
                      "T3\tCITY 16 25\tMarseille\n"
                      "#1\tAnnotatorNotes T3\tport\n"
                      "R1\tNear Arg1:T2 Arg2:T3\n"));
    const QString project = path(QStringLiteral("brat.marginalia"));
    QCOMPARE(cli({ QStringLiteral("init"), project }).exitCode, 0);
    const Run imported =
        cli({ QStringLiteral("import"), project, QStringLiteral("--brat"), folder });
    QCOMPARE(imported.exitCode, 1); // the relation is reported as skipped
    QVERIFY2(imported.out.contains(QLatin1String("Imported 1 article (0 matched to a stored "
                                                 "one) with 3 annotations")),
             qPrintable(imported.out));
    QVERIFY(imported.out.contains(QLatin1String("new labels: CITY")));
    QVERIFY2(imported.err.contains(QLatin1String("1 relation")), qPrintable(imported.err));

    const QString csv = path(QStringLiteral("brat.csv"));
    QCOMPARE(cli({ QStringLiteral("export"), project, QStringLiteral("--format"),
                   QStringLiteral("csv"), QStringLiteral("--out"), csv })
                 .exitCode,
             0);
    const QStringList rows = withoutIds(readAll(csv));
    QCOMPARE(rows.size(), 4);
    const QStringList header = rows.first().split(QLatin1Char('|'));
    const auto cell = [&](int row, const char *column) {
        return rows.at(row).split(QLatin1Char('|')).at(header.indexOf(QLatin1String(column)));
    };
    // The stored text is "Paris\nLyon et Marseille\n": offsets moved by the BOM and CRs.
    QCOMPARE(cell(1, "start") + QLatin1Char('-') + cell(1, "end") + cell(1, "text"),
             QStringLiteral("0-5Paris"));
    QCOMPARE(cell(2, "start") + QLatin1Char('-') + cell(2, "end") + cell(2, "text"),
             QStringLiteral("6-10Lyon"));
    QCOMPARE(cell(3, "start") + QLatin1Char('-') + cell(3, "end") + cell(3, "text")
                 + cell(3, "label") + cell(3, "note"),
             QStringLiteral("14-23MarseilleCITYport"));
}

void TestCliImport::bratRoundTrip()
{
    // Our brat export, imported into a fresh project and exported again:
    // the same texts and the same .ann files, entity ids aside.
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("source.marginalia"));
    QCOMPARE(cli({ QStringLiteral("init"), source }).exitCode, 0);
    QCOMPARE(cli({ QStringLiteral("import"), source, path(QStringLiteral("corpus")) }).exitCode, 0);
    for (const QStringList &annotation :
         { QStringList { QStringLiteral("1"), QStringLiteral("0"), QStringLiteral("16"),
                         QStringLiteral("PER"), QStringLiteral("--entity"),
                         QStringLiteral("Vladimir Poutine"), QStringLiteral("--note"),
                         QStringLiteral("chef") },
           QStringList { QStringLiteral("1"), QStringLiteral("21"), QStringLiteral("26"),
                         QStringLiteral("LOC") },
           QStringList { QStringLiteral("2"), QStringLiteral("14"), QStringLiteral("31"),
                         QStringLiteral("PER") } })
        QCOMPARE(cli(QStringList { QStringLiteral("annotate"), source } + annotation).exitCode, 0);
    const QString first = dir.filePath(QStringLiteral("first"));
    QCOMPARE(cli({ QStringLiteral("export"), source, QStringLiteral("--format"),
                   QStringLiteral("brat"), QStringLiteral("--out"), first })
                 .exitCode,
             0);

    const QString target = dir.filePath(QStringLiteral("target.marginalia"));
    QCOMPARE(cli({ QStringLiteral("init"), target }).exitCode, 0);
    const Run imported = cli({ QStringLiteral("import"), target, QStringLiteral("--brat"), first });
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    const QString second = dir.filePath(QStringLiteral("second"));
    QCOMPARE(cli({ QStringLiteral("export"), target, QStringLiteral("--format"),
                   QStringLiteral("brat"), QStringLiteral("--out"), second })
                 .exitCode,
             0);
    static const QRegularExpression entityId(QStringLiteral("Marginalia:[0-9]+"));
    for (const char *file : { "1.txt", "2.txt", "1.ann", "2.ann" }) {
        QString before = QString::fromUtf8(readAll(first + QLatin1Char('/') + QLatin1String(file)));
        QString after = QString::fromUtf8(readAll(second + QLatin1Char('/') + QLatin1String(file)));
        QVERIFY2(!before.isEmpty() || QLatin1String(file).endsWith(QLatin1String(".ann")), file);
        before.replace(entityId, QStringLiteral("Marginalia:ID"));
        after.replace(entityId, QStringLiteral("Marginalia:ID"));
        QCOMPARE(after, before);
    }
    QVERIFY(readAll(first + QStringLiteral("/1.ann")).contains("\tPER 0 16\tVladimir Poutine"));
}

void TestCliImport::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("wording");
    const QString p = QStringLiteral("project.marginalia");
    QTest::newRow("annotations with paths")
        << QStringList { QStringLiteral("import"), p, QStringLiteral("x.txt"),
                         QStringLiteral("--annotations"), QStringLiteral("a.csv") }
        << "takes no PATH";
    QTest::newRow("annotations and brat")
        << QStringList { QStringLiteral("import"),        p,
                         QStringLiteral("--annotations"), QStringLiteral("a.csv"),
                         QStringLiteral("--brat"),        QStringLiteral("b") }
        << "cannot be combined";
    QTest::newRow("format without annotations")
        << QStringList { QStringLiteral("import"), p, QStringLiteral("a.csv"),
                         QStringLiteral("--format"), QStringLiteral("csv") }
        << "--format goes with --annotations";
    QTest::newRow("unknown annotation format")
        << QStringList { QStringLiteral("import"),        p,
                         QStringLiteral("--annotations"), QStringLiteral("a.xml"),
                         QStringLiteral("--format"),      QStringLiteral("xml") }
        << "unknown format";
    QTest::newRow("unknown delimiter")
        << QStringList { QStringLiteral("import"), p, QStringLiteral("a.csv"),
                         QStringLiteral("--delimiter"), QStringLiteral("pipe") }
        << "unknown delimiter";
    QTest::newRow("unknown date order")
        << QStringList { QStringLiteral("import"), p, QStringLiteral("a.csv"),
                         QStringLiteral("--date-order"), QStringLiteral("ymd") }
        << "unknown date order 'ymd'";
    QTest::newRow("column option with annotations")
        << QStringList { QStringLiteral("import"),        p,
                         QStringLiteral("--annotations"), QStringLiteral("a.csv"),
                         QStringLiteral("--text-column"), QStringLiteral("body") }
        << "--text-column is for tables of articles";
    QTest::newRow("column option with brat")
        << QStringList { QStringLiteral("import"),      p,
                         QStringLiteral("--brat"),      QStringLiteral("b"),
                         QStringLiteral("--id-column"), QStringLiteral("n") }
        << "--id-column is for tables of articles, not with --brat";
    QTest::newRow("brat without a folder")
        << QStringList { QStringLiteral("import"), p, QStringLiteral("--brat") }
        << "--brat needs a value";
}

void TestCliImport::usageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, wording);
    const Run result = cli(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(wording), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cliimport.moc"
