// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectdatabase.h"
#include "testhelpers.h"
#include "textfileimporter.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Marginalia;
using namespace TestHelpers;

namespace {

QByteArray utf16le(const QString &text, bool bom = true)
{
    QByteArray bytes = bom ? QByteArray("\xFF\xFE", 2) : QByteArray();
    for (const QChar c : text) {
        bytes.append(char(c.unicode() & 0xFF));
        bytes.append(char(c.unicode() >> 8));
    }
    return bytes;
}

const ImportProblem *problemFor(const TextFileImporter::Report &report, const QString &fileName)
{
    for (const ImportProblem &problem : report.problems) {
        if (problem.path.endsWith(fileName))
            return &problem;
    }
    return nullptr;
}

} // namespace

class TestTextFileImporter : public QObject
{
    Q_OBJECT

private slots:
    void importsTheSampleFormat();
    void recordsEncodings_data();
    void recordsEncodings();
    void searchesFoldersRecursively();
    void rejectsWithReasonsAndGoesOn();
    void skipsDuplicatesByText();
    void reportsProgress();
    void cancellingLeavesTheProjectAsItWas();
};

void TestTextFileImporter::importsTheSampleFormat()
{
    QTemporaryDir dir;
    auto project = createProject(dir);
    const QString file = dir.filePath(QStringLiteral("in/poutine.txt"));
    QVERIFY(writeFile(file,
                      QStringLiteral(" date 2022-12 Le président russe se rendra en "
                                     "Biélorussie.\r\n\r\nIl s’entretiendra avec "
                                     "Loukachenko.\r\n")
                          .toUtf8()));
    TextFileImporter importer(*project);
    const TextFileImporter::Report report = importer.importPaths({ file });
    QVERIFY(report.problems.isEmpty());
    QCOMPARE(report.importedIds.size(), 1);

    const ArticleSummary summary = *project->articleSummary(report.importedIds.first());
    QCOMPARE(summary.date, QStringLiteral("2022-12"));
    QCOMPARE(summary.title, QStringLiteral("Le président russe se rendra en Biélorussie."));
    QCOMPARE(summary.encoding, QStringLiteral("UTF-8"));
    QCOMPARE(summary.source, file);
    const QString text = *project->articleText(summary.id);
    QCOMPARE(text,
             QStringLiteral("Le président russe se rendra en Biélorussie.\n\nIl "
                            "s’entretiendra avec Loukachenko.\n"));
    QCOMPARE(summary.length, text.size()); // all BMP here
    QCOMPARE(summary.contentHash, QString::fromLatin1(sha256(text.toUtf8())));
}

void TestTextFileImporter::recordsEncodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("text");

    const QString french =
        QStringLiteral("L’été à Noël\nLe ministre a déclaré : « Ça suffit », après la réunion à "
                       "l’Élysée où l’on a évoqué la dette, les retraites et la sécurité. Les élus "
                       "ont critiqué une décision prise « sans concertation » ; à suivre.\n");
    QTest::newRow("UTF-8") << french.toUtf8() << "UTF-8" << french;
    QTest::newRow("UTF-8 with BOM")
        << QByteArray("\xEF\xBB\xBF") + french.toUtf8() << "UTF-8" << french;
    QTest::newRow("UTF-16LE with BOM") << utf16le(french) << "UTF-16LE" << french;
    QByteArray cp1252;
    for (const QChar c : french)
        cp1252.append(c == QChar(0x2019) ? '\x92' : char(c.toLatin1()));
    QTest::newRow("Windows-1252") << cp1252 << "windows-1252" << french;
}

void TestTextFileImporter::recordsEncodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(QString, text);
    QTemporaryDir dir;
    auto project = createProject(dir);
    const QString file = dir.filePath(QStringLiteral("article.txt"));
    QVERIFY(writeFile(file, bytes));
    const TextFileImporter::Report report = TextFileImporter(*project).importPaths({ file });
    QCOMPARE(report.importedIds.size(), 1);
    const ArticleSummary summary = *project->articleSummary(report.importedIds.first());
    QCOMPARE(summary.encoding, encoding);
    QCOMPARE(*project->articleText(summary.id), text);
    QCOMPARE(summary.title, QStringLiteral("L’été à Noël"));
}

void TestTextFileImporter::searchesFoldersRecursively()
{
    QTemporaryDir dir;
    auto project = createProject(dir);
    const QString root = dir.filePath(QStringLiteral("corpus"));
    QVERIFY(writeFile(root + QLatin1String("/a.txt"), "A\nfirst"));
    QVERIFY(writeFile(root + QLatin1String("/deep/er/b.TXT"), "B\nsecond"));
    QVERIFY(writeFile(root + QLatin1String("/deep/c.txt"), "C\nthird"));
    QVERIFY(writeFile(root + QLatin1String("/notes.md"), "not an article"));
    QVERIFY(writeFile(root + QLatin1String("/.git/d.txt"), "hidden"));
    QVERIFY(writeFile(root + QLatin1String("/.e.txt"), "hidden too"));
    // A file named explicitly is imported whatever its extension.
    const QString explicitFile = dir.filePath(QStringLiteral("loose.text"));
    QVERIFY(writeFile(explicitFile, "D\nfourth"));

    const TextFileImporter::Report report =
        TextFileImporter(*project).importPaths({ root, explicitFile });
    QVERIFY(report.problems.isEmpty());
    QCOMPARE(report.importedIds.size(), 4);
    QStringList titles;
    for (const ArticleSummary &a : project->articleSummaries())
        titles.append(a.title);
    titles.sort();
    QCOMPARE(titles,
             (QStringList { QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
                            QStringLiteral("D") }));
}

void TestTextFileImporter::rejectsWithReasonsAndGoesOn()
{
    QTemporaryDir dir;
    auto project = createProject(dir);
    const QString root = dir.filePath(QStringLiteral("mixed"));
    QVERIFY(writeFile(root + QLatin1String("/good.txt"), "Good\nA fine article."));
    QVERIFY(writeFile(root + QLatin1String("/empty.txt"), ""));
    QVERIFY(
        writeFile(root + QLatin1String("/binary.txt"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 12)));
    QVERIFY(writeFile(root + QLatin1String("/big.txt"), QByteArray(4096, 'a')));
    QVERIFY(writeFile(root + QLatin1String("/header-only.txt"), "date 2022-12-01\n"));
    QVERIFY(writeFile(root + QLatin1String("/utf16-bad.txt"), QByteArray("\xFF\xFE\x41", 3)));
    QVERIFY(writeFile(root + QLatin1String("/zgood.txt"), "Also good\nAnother article."));

    TextFileImporter::Options options;
    options.maxFileBytes = 1024;
    const TextFileImporter::Report report =
        TextFileImporter(*project, options)
            .importPaths({ root, dir.filePath(QStringLiteral("missing.txt")) });
    QCOMPARE(report.importedIds.size(), 2);
    QCOMPARE(project->articleCount(), 2);
    QVERIFY(report.error.isEmpty());

    const struct
    {
        const char *file;
        const char *wording;
    } expected[] = { { "empty.txt", "empty" },        { "binary.txt", "binary" },
                     { "big.txt", "too large" },      { "header-only.txt", "no text" },
                     { "utf16-bad.txt", "UTF-16LE" }, { "missing.txt", "no such file" } };
    QCOMPARE(report.problems.size(), qsizetype(std::size(expected)));
    for (const auto &e : expected) {
        const ImportProblem *problem = problemFor(report, QLatin1String(e.file));
        QVERIFY2(problem, e.file);
        QCOMPARE(problem->kind, ImportProblem::Kind::Rejected);
        QVERIFY2(problem->reason.contains(QLatin1String(e.wording)), qPrintable(problem->reason));
        // The one-line message names the file.
        QVERIFY(problem->toString().contains(QLatin1String(e.file)));
        QVERIFY(!problem->toString().contains(QLatin1Char('\n')));
    }
}

void TestTextFileImporter::skipsDuplicatesByText()
{
    QTemporaryDir dir;
    auto project = createProject(dir);
    // Same text once line ends are normalised; and a re-import of the first.
    QVERIFY(writeFile(dir.filePath(QStringLiteral("a/lf.txt")), "Same\nText here\n"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("a/crlf.txt")), "Same\r\nText here\r\n"));
    const TextFileImporter::Report first =
        TextFileImporter(*project).importPaths({ dir.filePath(QStringLiteral("a")) });
    QCOMPARE(first.importedIds.size(), 1);
    QCOMPARE(first.problems.size(), 1);
    QCOMPARE(first.problems.first().kind, ImportProblem::Kind::Skipped);
    QVERIFY(first.problems.first().reason.contains(QString::number(first.importedIds.first())));
    QVERIFY(first.problems.first().reason.contains(QStringLiteral("Same")));

    const TextFileImporter::Report second =
        TextFileImporter(*project).importPaths({ dir.filePath(QStringLiteral("a/lf.txt")) });
    QVERIFY(second.importedIds.isEmpty());
    QCOMPARE(second.problems.size(), 1);
    QCOMPARE(second.problems.first().kind, ImportProblem::Kind::Skipped);
    QCOMPARE(project->articleCount(), 1);
}

void TestTextFileImporter::reportsProgress()
{
    QTemporaryDir dir;
    auto project = createProject(dir);
    for (int i = 0; i < 7; ++i)
        QVERIFY(writeFile(dir.filePath(QStringLiteral("p/%1.txt").arg(i)),
                          QStringLiteral("Article %1\nBody %1").arg(i).toUtf8()));
    QVector<qsizetype> done;
    qsizetype total = 0;
    TextFileImporter::Options options;
    options.batchSize = 3;
    const TextFileImporter::Report report =
        TextFileImporter(*project, options)
            .importPaths({ dir.filePath(QStringLiteral("p")) },
                         [&](const TextFileImporter::Progress &p) {
                             done.append(p.filesDone);
                             total = p.filesTotal;
                             return true;
                         });
    QCOMPARE(report.importedIds.size(), 7);
    QCOMPARE(total, 7);
    QCOMPARE(done, (QVector<qsizetype> { 1, 2, 3, 4, 5, 6, 7 }));
}

void TestTextFileImporter::cancellingLeavesTheProjectAsItWas()
{
    QTemporaryDir dir;
    auto project = createProject(dir);
    QVERIFY(writeFile(dir.filePath(QStringLiteral("before.txt")), "Before\nAlready here."));
    QCOMPARE(TextFileImporter(*project)
                 .importPaths({ dir.filePath(QStringLiteral("before.txt")) })
                 .importedIds.size(),
             1);
    for (int i = 0; i < 20; ++i)
        QVERIFY(
            writeFile(dir.filePath(QStringLiteral("batch/%1.txt").arg(i, 2, 10, QLatin1Char('0'))),
                      QStringLiteral("Article %1\nBody %1").arg(i).toUtf8()));

    TextFileImporter::Options options;
    options.batchSize = 4; // several batches are committed before the cancel
    const TextFileImporter::Report report =
        TextFileImporter(*project, options)
            .importPaths({ dir.filePath(QStringLiteral("batch")) },
                         [](const TextFileImporter::Progress &p) { return p.filesDone < 13; });
    QVERIFY(report.cancelled);
    QVERIFY(report.importedIds.isEmpty());
    QCOMPARE(project->articleCount(), 1);
    QCOMPARE(project->articleSummaries().first().title, QStringLiteral("Before"));

    // Nothing half-done either: the same files import cleanly afterwards.
    const TextFileImporter::Report retry =
        TextFileImporter(*project, options).importPaths({ dir.filePath(QStringLiteral("batch")) });
    QCOMPARE(retry.importedIds.size(), 20);
    QVERIFY(retry.problems.isEmpty());
}

QTEST_GUILESS_MAIN(TestTextFileImporter)
#include "tst_textfileimporter.moc"
