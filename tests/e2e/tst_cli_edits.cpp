// SPDX-License-Identifier: GPL-3.0-or-later
// The scripted edits of a coder's copy (issue 13, "Code"): relabel and
// delete through the real binary, by the ids the exports give, with the
// usual exit codes; what they leave is read back through the JSONL export.
#include "clirun.h"
#include "testhelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace TestHelpers;

class TestCliEdits : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void relabelKeepsSpanEntityAndNote();
    void relabelRefusals_data();
    void relabelRefusals();
    void deleteTakesWhatExistsAndReportsTheRest();
    void deleteQuotes();
    void usageErrors_data();
    void usageErrors();

private:
    /// A mention through 'annotate', its stored form as JSON.
    QJsonObject annotate(qint64 start, qint64 end, const QString &label,
                         const QStringList &extra = {});
    /// The JSONL export's spans as "kind label text", in text order.
    QStringList exportedRows();

    QTemporaryDir m_dir;
    QString m_project;
    int m_projects = 0;
};

void TestCliEdits::init()
{
    // A fresh project per test and data row: each edits it.
    m_project = m_dir.filePath(QStringLiteral("p%1.marginalia").arg(++m_projects));
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("corpus/a.txt")),
                      QStringLiteral("Poutine à Minsk\n😀 Vladimir Poutine a vu Loukachenko à "
                                     "Minsk. « Nous sommes prêts », a déclaré Poutine.\n")
                          .toUtf8()));
    QCOMPARE(cli({ QStringLiteral("init"), m_project }).exitCode, 0);
    QCOMPARE(cli({ QStringLiteral("import"), m_project, m_dir.filePath(QStringLiteral("corpus")) })
                 .exitCode,
             0);
}

QJsonObject TestCliEdits::annotate(qint64 start, qint64 end, const QString &label,
                                   const QStringList &extra)
{
    const CliRun run = cli(QStringList { QStringLiteral("annotate"), m_project, QStringLiteral("1"),
                                         QString::number(start), QString::number(end), label,
                                         QStringLiteral("--json") }
                           + extra);
    if (run.exitCode != 0)
        qWarning("%s", qPrintable(run.err));
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

QStringList TestCliEdits::exportedRows()
{
    const QString jsonl = m_dir.filePath(QStringLiteral("out.jsonl"));
    if (cli({ QStringLiteral("export"), m_project, QStringLiteral("--format"),
              QStringLiteral("jsonl"), QStringLiteral("--out"), jsonl })
            .exitCode
        != 0)
        return { QStringLiteral("export failed") };
    QStringList rows;
    for (const QByteArray &line : readAll(jsonl).split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonArray spans =
            QJsonDocument::fromJson(line).object().value(QStringLiteral("annotations")).toArray();
        for (const QJsonValue &span : spans) {
            const QJsonObject o = span.toObject();
            rows.append(QStringLiteral("%1 %2 %3")
                            .arg(o.value(QStringLiteral("kind")).toString(),
                                 o.value(QStringLiteral("label")).toString(),
                                 o.value(QStringLiteral("text")).toString()));
        }
    }
    return rows;
}

void TestCliEdits::relabelKeepsSpanEntityAndNote()
{
    // "Vladimir Poutine" starts at code point 18 (after "😀 ", one code point).
    const QJsonObject made =
        annotate(18, 34, QStringLiteral("ORG"),
                 { QStringLiteral("--entity"), QStringLiteral("Vladimir Poutine"),
                   QStringLiteral("--note"), QStringLiteral("le président") });
    QCOMPARE(made.value(QStringLiteral("text")).toString(), QStringLiteral("Vladimir Poutine"));
    const QString id = QString::number(made.value(QStringLiteral("id")).toInteger());

    const CliRun run = cli({ QStringLiteral("relabel"), m_project, id, QStringLiteral("PER"),
                             QStringLiteral("--json") });
    QCOMPARE(run.exitCode, 0);
    const QJsonObject changed = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(changed.value(QStringLiteral("id")).toInteger(),
             made.value(QStringLiteral("id")).toInteger());
    QCOMPARE(changed.value(QStringLiteral("label")).toString(), QStringLiteral("PER"));
    for (const char *kept : { "start", "end", "text", "entity", "note", "annotator" })
        QCOMPARE(changed.value(QLatin1String(kept)), made.value(QLatin1String(kept)));
    QCOMPARE(exportedRows(),
             QStringList { QStringLiteral("entity PER Vladimir Poutine") }
                 + QStringList { QStringLiteral("quote QUOTE Nous sommes prêts") });

    // The same label again: nothing to change, still a success.
    QCOMPARE(cli({ QStringLiteral("relabel"), m_project, id, QStringLiteral("PER") }).exitCode, 0);
}

void TestCliEdits::relabelRefusals_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("wording");
    QTest::newRow("no such annotation") << "999"
                                        << "PER"
                                        << "no annotation with id 999";
    QTest::newRow("no such label") << ""
                                   << "PERSON"
                                   << "no label named 'PERSON'; nothing changed";
}

void TestCliEdits::relabelRefusals()
{
    QFETCH(QString, id);
    QFETCH(QString, label);
    QFETCH(QString, wording);
    const QJsonObject made = annotate(0, 7, QStringLiteral("PER"));
    if (id.isEmpty())
        id = QString::number(made.value(QStringLiteral("id")).toInteger());
    const QStringList before = exportedRows();
    const CliRun run = cli({ QStringLiteral("relabel"), m_project, id, label });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(wording), qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("marginalia"))); // names the file
    QCOMPARE(exportedRows(), before);
}

void TestCliEdits::deleteTakesWhatExistsAndReportsTheRest()
{
    const qint64 first =
        annotate(0, 7, QStringLiteral("PER")).value(QStringLiteral("id")).toInteger();
    const qint64 second =
        annotate(10, 15, QStringLiteral("LOC")).value(QStringLiteral("id")).toInteger();
    annotate(18, 34, QStringLiteral("PER"));
    QVERIFY(first > 0 && second > first);

    CliRun run = cli({ QStringLiteral("delete"), m_project, QString::number(first),
                       QString::number(second), QStringLiteral("4242"), QString::number(first) });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("no annotation with id 4242")), qPrintable(run.err));
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(run.out.contains(QStringLiteral("Deleted 2 annotations")), qPrintable(run.out));
    QCOMPARE(exportedRows(),
             (QStringList { QStringLiteral("entity PER Vladimir Poutine"),
                            QStringLiteral("quote QUOTE Nous sommes prêts") }));

    // Deleting them again finds nothing: a failure, nothing changed.
    run = cli({ QStringLiteral("delete"), m_project, QString::number(first) });
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(exportedRows().size(), 2);
}

void TestCliEdits::deleteQuotes()
{
    const CliRun quotes = cli({ QStringLiteral("quotes"), m_project, QStringLiteral("--json") });
    QCOMPARE(quotes.exitCode, 0);
    const QJsonArray found = QJsonDocument::fromJson(quotes.out.toUtf8()).array();
    QCOMPARE(found.size(), 1);
    const QString id =
        QString::number(found.first().toObject().value(QStringLiteral("id")).toInteger());
    annotate(0, 7, QStringLiteral("PER"));
    // Without --quotes the id is a mention's: the quote stays.
    QCOMPARE(cli({ QStringLiteral("delete"), m_project, QStringLiteral("77") }).exitCode, 1);
    const CliRun run = cli({ QStringLiteral("delete"), m_project, QStringLiteral("--quotes"), id });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("Deleted 1 quote")), qPrintable(run.out));
    QCOMPARE(exportedRows(), QStringList { QStringLiteral("entity PER Poutine") });
}

void TestCliEdits::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("wording");
    QTest::newRow("relabel without a label")
        << QStringList { QStringLiteral("relabel"), QStringLiteral("p.marginalia"),
                         QStringLiteral("1") }
        << "missing";
    QTest::newRow("relabel with a word for an id")
        << QStringList { QStringLiteral("relabel"), QStringLiteral("p.marginalia"),
                         QStringLiteral("one"), QStringLiteral("PER") }
        << "not 'one'";
    QTest::newRow("delete without ids")
        << QStringList { QStringLiteral("delete"), QStringLiteral("p.marginalia") } << "missing";
    QTest::newRow("delete with a negative id")
        << QStringList { QStringLiteral("delete"), QStringLiteral("p.marginalia"),
                         QStringLiteral("-3") }
        << "";
}

void TestCliEdits::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, wording);
    const CliRun run = cli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(wording), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

QTEST_MAIN(TestCliEdits)
#include "tst_cli_edits.moc"
