// SPDX-License-Identifier: GPL-3.0-or-later
// 'marginalia-cli list' with the window's worklist filters (issue 12): the
// same ArticleFilterMatcher narrows the list by status, dates (partial
// dates by their period), title and source ignoring case and accents, a
// label's mentions or the quotes present or absent, and annotator; the
// filters combine. Through the real binary on a real project.
#include "clirun.h"
#include "testhelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace TestHelpers;

class TestCliList : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void filtersNarrowTheList_data();
    void filtersNarrowTheList();
    void textOutputIsFilteredToo();
    void badFilters_data();
    void badFilters();

private:
    QStringList titles(const QStringList &filters, int *exitCode = nullptr);
    qint64 idOf(const QString &title);

    QTemporaryDir m_dir;
    QString m_project;
};

void TestCliList::initTestCase()
{
    m_project = m_dir.filePath(QStringLiteral("list.marginalia"));
    const struct
    {
        const char *file;
        const char *text;
    } articles[] = {
        { "a.txt", "date 2022-12-05 Macron à l’Élysée\nEmmanuel Macron reçoit à l’Élysée.\n" },
        { "b.txt", "date 2022-12 Poutine à Minsk\n« Nous sommes prêts », a déclaré Poutine.\n" },
        { "c.txt", "date 2023 Merkel in Paris\nAngela Merkel met Macron in Paris.\n" },
        { "d.txt", "Sans date\nRien à signaler.\n" },
    };
    for (const auto &article : articles)
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("news/") + QLatin1String(article.file)),
                          QString::fromUtf8(article.text).toUtf8()));
    QCOMPARE(cli({ QStringLiteral("init"), m_project }).exitCode, 0);
    QCOMPARE(cli({ QStringLiteral("import"), m_project, m_dir.filePath(QStringLiteral("news")) })
                 .exitCode,
             0);
    // PER in a (by alice) and c (by bob); LOC in b (by alice).
    const auto annotate = [&](const QString &title, const char *words, const char *label,
                              const char *annotator) {
        const qint64 id = idOf(title);
        const CliRun texts = cli({ QStringLiteral("export"), m_project, QStringLiteral("--format"),
                                   QStringLiteral("texts"), QStringLiteral("--out"),
                                   m_dir.filePath(QStringLiteral("texts-%1").arg(id)) });
        if (texts.exitCode != 0)
            return false;
        const QString text =
            QString::fromUtf8(readAll(m_dir.filePath(QStringLiteral("texts-%1/%1.txt").arg(id))));
        const qint64 start = codePointOffset(text, QString::fromUtf8(words));
        const qint64 end = start + QString::fromUtf8(words).toUcs4().size();
        return cli({ QStringLiteral("annotate"), m_project, QString::number(id),
                     QString::number(start), QString::number(end), QLatin1String(label),
                     QStringLiteral("--annotator"), QLatin1String(annotator) })
                   .exitCode
            == 0;
    };
    QVERIFY(annotate(QStringLiteral("Macron à l’Élysée"), "Emmanuel Macron", "PER", "alice"));
    QVERIFY(annotate(QStringLiteral("Poutine à Minsk"), "Minsk", "LOC", "alice"));
    QVERIFY(annotate(QStringLiteral("Merkel in Paris"), "Angela Merkel", "PER", "bob"));
}

qint64 TestCliList::idOf(const QString &title)
{
    const CliRun run = cli({ QStringLiteral("list"), m_project, QStringLiteral("--json") });
    for (const QJsonValue &row : QJsonDocument::fromJson(run.out.toUtf8()).array()) {
        if (row.toObject().value(QStringLiteral("title")).toString() == title)
            return row.toObject().value(QStringLiteral("id")).toInteger();
    }
    return -1;
}

QStringList TestCliList::titles(const QStringList &filters, int *exitCode)
{
    const CliRun run =
        cli(QStringList { QStringLiteral("list"), m_project, QStringLiteral("--json") } + filters);
    if (exitCode)
        *exitCode = run.exitCode;
    QStringList found;
    for (const QJsonValue &row : QJsonDocument::fromJson(run.out.toUtf8()).array())
        found.append(row.toObject().value(QStringLiteral("title")).toString());
    return found;
}

void TestCliList::filtersNarrowTheList_data()
{
    QTest::addColumn<QStringList>("filters");
    QTest::addColumn<QStringList>("expected");
    const QString a = QStringLiteral("Macron à l’Élysée");
    const QString b = QStringLiteral("Poutine à Minsk");
    const QString c = QStringLiteral("Merkel in Paris");
    const QString d = QStringLiteral("Sans date");
    const auto args = [](std::initializer_list<const char *> items) {
        QStringList list;
        for (const char *item : items)
            list.append(QString::fromUtf8(item));
        return list;
    };
    QTest::newRow("no filter") << QStringList() << QStringList { a, b, c, d };
    QTest::newRow("title, accents and case ignored")
        << args({ "--title", "ELYSEE" }) << QStringList { a };
    QTest::newRow("December 2022, a partial date counts")
        << args({ "--from", "2022-12-01", "--to", "2022-12-31" }) << QStringList { a, b };
    QTest::newRow("from 2023: the year-only date counts, undated never")
        << args({ "--from", "2023-06" }) << QStringList { c };
    QTest::newRow("with PER") << args({ "--with", "PER" }) << QStringList { a, c };
    QTest::newRow("without PER") << args({ "--without", "PER" }) << QStringList { b, d };
    QTest::newRow("with quotes") << args({ "--with", "QUOTE" }) << QStringList { b };
    QTest::newRow("without quotes") << args({ "--without", "quote" }) << QStringList { a, c, d };
    QTest::newRow("by alice") << args({ "--annotator", "alice" }) << QStringList { a, b };
    QTest::newRow("by alice, with PER")
        << args({ "--annotator", "alice", "--with", "PER" }) << QStringList { a };
    QTest::newRow("status to do") << args({ "--status", "todo" }) << QStringList { a, b, c, d };
    QTest::newRow("status done") << args({ "--status", "done" }) << QStringList();
    QTest::newRow("source") << args({ "--source", "B.TXT" }) << QStringList { b };
}

void TestCliList::filtersNarrowTheList()
{
    QFETCH(QStringList, filters);
    QFETCH(QStringList, expected);
    int exitCode = -1;
    QStringList found = titles(filters, &exitCode);
    QCOMPARE(exitCode, 0);
    found.sort();
    expected.sort();
    QCOMPARE(found, expected);
}

void TestCliList::textOutputIsFilteredToo()
{
    const CliRun run =
        cli({ QStringLiteral("list"), m_project, QStringLiteral("--with"), QStringLiteral("LOC") });
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2); // the header and one article
    QVERIFY(lines.first().startsWith(QStringLiteral("id\ttitle\t")));
    QVERIFY2(lines.last().contains(QStringLiteral("Poutine à Minsk")), qPrintable(run.out));
}

void TestCliList::badFilters_data()
{
    QTest::addColumn<QStringList>("filters");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("wording");
    QTest::newRow("unknown status")
        << QStringList { QStringLiteral("--status"), QStringLiteral("later") } << 2
        << "unknown status 'later'";
    QTest::newRow("a month that does not exist")
        << QStringList { QStringLiteral("--from"), QStringLiteral("2022-13") } << 2 << "2022-13";
    QTest::newRow("with and without")
        << QStringList { QStringLiteral("--with"), QStringLiteral("PER"),
                         QStringLiteral("--without"), QStringLiteral("LOC") }
        << 2 << "cannot be given together";
    QTest::newRow("no such label")
        << QStringList { QStringLiteral("--with"), QStringLiteral("PERSON") } << 1
        << "no label named 'PERSON'";
}

void TestCliList::badFilters()
{
    QFETCH(QStringList, filters);
    QFETCH(int, exitCode);
    QFETCH(QString, wording);
    const CliRun run = cli(QStringList { QStringLiteral("list"), m_project } + filters);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(wording), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

QTEST_MAIN(TestCliList)
#include "tst_cli_list.moc"
