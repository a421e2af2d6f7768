// SPDX-License-Identifier: GPL-3.0-or-later
// Import from the window: off the UI thread, cancellable, with a report of
// the files left out that reads like the command line's.
#include "importproblemsdialog.h"
#include "importrunner.h"
#include "projectdatabase.h"
#include "testhelpers.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Marginalia;
using namespace TestHelpers;

namespace {

constexpr int WaitMs = 60000;

struct Corpus
{
    QString folder;
    int good = 0;
    QStringList badFiles; ///< file names of the ones that must be rejected
};

/// \a good articles with distinct texts, and a few files the import rejects.
Corpus makeCorpus(const QTemporaryDir &dir, int good)
{
    Corpus corpus;
    corpus.folder = dir.filePath(QStringLiteral("corpus"));
    corpus.good = good;
    for (int i = 0; i < good; ++i) {
        const QString text =
            QStringLiteral("date 2022-12\nArticle %1 — Élysée 😀\n\nTexte %1.\n").arg(i);
        writeFile(
            corpus.folder
                + QStringLiteral("/sub%1/article%2.txt").arg(i % 7).arg(i, 4, 10, QLatin1Char('0')),
            text.toUtf8());
    }
    writeFile(corpus.folder + QStringLiteral("/bad/empty.txt"), QByteArray());
    static const char binary[] = "\x00\x01\x02\x03\xff\xfe\x00\x00 binary";
    writeFile(corpus.folder + QStringLiteral("/bad/binary.txt"),
              QByteArray(binary, sizeof binary - 1));
    writeFile(corpus.folder + QStringLiteral("/bad/headeronly.txt"),
              QByteArrayLiteral("date 2022-12\n"));
    corpus.badFiles = { QStringLiteral("binary.txt"), QStringLiteral("empty.txt"),
                        QStringLiteral("headeronly.txt") };
    return corpus;
}

TextFileImporter::Report reportOf(const QSignalSpy &spy)
{
    return spy.first().first().value<TextFileImporter::Report>();
}

} // namespace

class TestImportRunner : public QObject
{
    Q_OBJECT

private slots:
    void importsOffTheUiThreadAndReportsProblems();
    void theReportListsTheCliLinesAndCopiesThem();
    void cancellingLeavesTheProjectAsItWas();
    void cancellingFromTheDialog_data();
    void cancellingFromTheDialog();
    void destroyingTheRunnerCancelsAndWaits();
    void aProjectThatCannotBeOpenedIsReported();
    void summaryCountsEachKind();
    void importsTablesAndBratFolders();
};

void TestImportRunner::importsOffTheUiThreadAndReportsProblems()
{
    QTemporaryDir dir;
    auto project = createProject(dir);
    QVERIFY(project);
    const Corpus corpus = makeCorpus(dir, 300);

    QMainWindow window;
    window.show();
    ImportRunner runner(project->path(), &window);
    runner.setShowsProblems(false);
    QSignalSpy finished(&runner, &ImportRunner::finished);
    QSignalSpy progressed(&runner, &ImportRunner::progressed);
    bool progressOnUiThread = true;
    connect(&runner, &ImportRunner::progressed, this, [&] {
        progressOnUiThread = progressOnUiThread && QThread::currentThread() == thread();
        // The window's own connection keeps reading while the worker writes.
        QVERIFY(project->articleCount() >= 0);
    });

    QVERIFY(runner.start({ corpus.folder }));
    QVERIFY(runner.isRunning());
    QVERIFY(!runner.start({ corpus.folder })); // one at a time
    QVERIFY(finished.wait(WaitMs));
    QCOMPARE(finished.size(), 1);
    QVERIFY(!runner.isRunning());
    QVERIFY(!progressed.isEmpty());
    QVERIFY(progressOnUiThread);
    QCOMPARE(progressed.last().at(0).value<qsizetype>(), qsizetype(corpus.good + 3));
    QCOMPARE(progressed.last().at(1).value<qsizetype>(), qsizetype(corpus.good + 3));
    QVERIFY(!runner.progressDialog()->isVisible());

    const TextFileImporter::Report report = reportOf(finished);
    QVERIFY(!report.cancelled);
    QVERIFY(report.error.isEmpty());
    QCOMPARE(report.importedIds.size(), corpus.good);
    QCOMPARE(report.problems.size(), corpus.badFiles.size());
    for (const ImportProblem &problem : report.problems)
        QCOMPARE(problem.kind, ImportProblem::Kind::Rejected);

    // The window's connection, and a fresh one, both see the new articles.
    QCOMPARE(project->articleCount(), qint64(corpus.good));
    project.reset();
    QCOMPARE(rawQueryInt(dir.filePath(QStringLiteral("test.marginalia")),
                         "SELECT count(*) FROM articles"),
             qint64(corpus.good));
}

void TestImportRunner::theReportListsTheCliLinesAndCopiesThem()
{
    QTemporaryDir dir;
    auto project = createProject(dir);
    QVERIFY(project);
    const Corpus corpus = makeCorpus(dir, 5);
    // A duplicate of the first article, which the report lists as skipped.
    writeFile(corpus.folder + QStringLiteral("/zz/copy.txt"),
              readAll(corpus.folder + QStringLiteral("/sub0/article0000.txt")));

    QMainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ImportRunner runner(project->path(), &window);
    QSignalSpy finished(&runner, &ImportRunner::finished);
    QVERIFY(runner.start({ corpus.folder }));
    QVERIFY(finished.wait(WaitMs));
    const TextFileImporter::Report report = reportOf(finished);
    QCOMPARE(report.problems.size(), 4);

    ImportProblemsDialog *dialog = runner.problemsDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Import report"));
    QCOMPARE(dialog->summary(),
             QStringLiteral("5 article(s) imported; 3 file(s) rejected; 1 duplicate(s) skipped"));

    QStringList expected;
    for (const ImportProblem &problem : report.problems)
        expected.append(problem.toString());
    QCOMPARE(dialog->lines(), expected);
    for (const QString &name : corpus.badFiles) {
        QVERIFY2(std::any_of(expected.cbegin(), expected.cend(),
                             [&](const QString &line) { return line.contains(name); }),
                 qPrintable(name));
    }
    auto *list = dialog->findChild<QPlainTextEdit *>();
    QVERIFY(list);
    QVERIFY(list->isReadOnly());
    QCOMPARE(list->toPlainText(), expected.join(QLatin1Char('\n')));
    QVERIFY(list->hasFocus());

    QGuiApplication::clipboard()->clear();
    QPushButton *copy = nullptr;
    for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
        if (button->text() == QStringLiteral("&Copy"))
            copy = button;
    }
    QVERIFY(copy);
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), expected.join(QLatin1Char('\n')));

    // Keyboard: Escape closes it (and, with WA_DeleteOnClose, deletes it).
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!runner.problemsDialog());
}

void TestImportRunner::cancellingLeavesTheProjectAsItWas()
{
    QTemporaryDir dir;
    auto project = createProject(dir);
    QVERIFY(project);
    const Corpus corpus = makeCorpus(dir, 300);

    QMainWindow window;
    ImportRunner runner(project->path(), &window);
    TextFileImporter::Options options;
    options.batchSize = 10; // several transactions to undo
    runner.setOptions(options);
    QSignalSpy finished(&runner, &ImportRunner::finished);
    QSignalSpy progressed(&runner, &ImportRunner::progressed);
    // Requested before the worker's first progress update: the importer sees
    // it right after storing its first batch, deterministically.
    QVERIFY(runner.start({ corpus.folder }));
    runner.cancel();
    QVERIFY(finished.wait(WaitMs));

    const TextFileImporter::Report report = reportOf(finished);
    QVERIFY(report.cancelled);
    QVERIFY(report.error.isEmpty());
    QVERIFY(report.importedIds.isEmpty());
    QVERIFY(progressed.size() <= 1);
    QCOMPARE(project->articleCount(), qint64(0));
    QVERIFY(!runner.problemsDialog()); // the user asked for it; nothing to report

    // The runner is ready for the next import, which is not cancelled.
    QVERIFY(runner.start({ corpus.folder }));
    QVERIFY(finished.wait(WaitMs));
    QCOMPARE(finished.size(), 2);
    QVERIFY(!finished.last().first().value<TextFileImporter::Report>().cancelled);
    QCOMPARE(project->articleCount(), qint64(corpus.good));
}

void TestImportRunner::cancellingFromTheDialog_data()
{
    QTest::addColumn<bool>("escape");
    QTest::newRow("Cancel button") << false;
    QTest::newRow("Escape key") << true;
}

void TestImportRunner::cancellingFromTheDialog()
{
    QFETCH(bool, escape);
    QTemporaryDir dir;
    auto project = createProject(dir);
    QVERIFY(project);
    const Corpus corpus = makeCorpus(dir, 400);

    QMainWindow window;
    window.show();
    ImportRunner runner(project->path(), &window);
    TextFileImporter::Options options;
    options.batchSize = 1; // one commit per file: far slower than the UI's reaction
    runner.setOptions(options);
    QSignalSpy finished(&runner, &ImportRunner::finished);
    QProgressDialog *dialog = runner.progressDialog();
    QVERIFY(dialog);
    auto *cancel = dialog->findChild<QPushButton *>();
    QVERIFY(cancel);
    bool clicked = false;
    qsizetype doneWhenClicked = 0;
    connect(&runner, &ImportRunner::progressed, this, [&](qsizetype done) {
        if (clicked)
            return;
        clicked = true;
        doneWhenClicked = done;
        if (escape)
            QTest::keyClick(dialog, Qt::Key_Escape);
        else
            cancel->click();
        // Stays up, its button disabled, until the worker has undone the import.
        QVERIFY(!cancel->isEnabled());
        QVERIFY(runner.isRunning());
    });

    QVERIFY(runner.start({ corpus.folder }));
    QVERIFY(finished.wait(WaitMs));
    QVERIFY(clicked);
    const TextFileImporter::Report report = reportOf(finished);
    QVERIFY2(report.cancelled,
             qPrintable(QStringLiteral("cancelled after %1 files").arg(doneWhenClicked)));
    QVERIFY(report.importedIds.isEmpty());
    QCOMPARE(project->articleCount(), qint64(0));
    QVERIFY(!dialog->isVisible());
    QVERIFY(cancel->isEnabled()); // ready for the next import
}

void TestImportRunner::destroyingTheRunnerCancelsAndWaits()
{
    QTemporaryDir dir;
    auto project = createProject(dir);
    QVERIFY(project);
    const Corpus corpus = makeCorpus(dir, 400);

    QMainWindow window;
    {
        ImportRunner runner(project->path(), &window);
        TextFileImporter::Options options;
        options.batchSize = 1;
        runner.setOptions(options);
        QVERIFY(runner.start({ corpus.folder }));
        QTest::qWait(20);
    }
    // Undone, not left half-imported: the worker has finished and closed its connection.
    QCOMPARE(project->articleCount(), qint64(0));
    QVERIFY(window.findChildren<QProgressDialog *>().isEmpty());
}

void TestImportRunner::aProjectThatCannotBeOpenedIsReported()
{
    QTemporaryDir dir;
    const QString notAProject = dir.filePath(QStringLiteral("notes.marginalia"));
    QVERIFY(writeFile(notAProject, QByteArrayLiteral("just some text, not SQLite")));
    const Corpus corpus = makeCorpus(dir, 2);

    QMainWindow window;
    window.show();
    ImportRunner runner(notAProject, &window);
    QSignalSpy finished(&runner, &ImportRunner::finished);
    QVERIFY(runner.start({ corpus.folder }));
    QVERIFY(finished.wait(WaitMs));
    const TextFileImporter::Report report = reportOf(finished);
    QVERIFY(!report.error.isEmpty());
    QVERIFY(report.error.contains(QStringLiteral("notes.marginalia")));
    QVERIFY(report.importedIds.isEmpty());

    ImportProblemsDialog *dialog = runner.problemsDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->summary(),
             QStringLiteral("The import failed; the project is as it was before."));
    QGuiApplication::clipboard()->clear();
    dialog->copyToClipboard();
    QCOMPARE(QGuiApplication::clipboard()->text(), ImportProblemsDialog::errorFor(report));
    QVERIFY(QGuiApplication::clipboard()->text().contains(report.error));
    dialog->close();
}

void TestImportRunner::summaryCountsEachKind()
{
    TextFileImporter::Report report;
    report.importedIds = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 };
    QCOMPARE(ImportProblemsDialog::summaryFor(report), QStringLiteral("12 article(s) imported"));
    report.problems.append({ ImportProblem::Kind::Rejected, QStringLiteral("a.txt"),
                             QStringLiteral("the file is empty") });
    report.problems.append({ ImportProblem::Kind::Skipped, QStringLiteral("b.txt"),
                             QStringLiteral("skipped: same text as article 1 (\"x\")") });
    QCOMPARE(ImportProblemsDialog::summaryFor(report),
             QStringLiteral("12 article(s) imported; 1 file(s) rejected; 1 duplicate(s) skipped"));
    ImportProblemsDialog dialog(report);
    QCOMPARE(dialog.lines(),
             QStringList({ QStringLiteral("a.txt: the file is empty"),
                           QStringLiteral("b.txt: skipped: same text as article 1 (\"x\")") }));
}

void TestImportRunner::importsTablesAndBratFolders()
{
    QTemporaryDir dir;
    auto project = createProject(dir);
    QVERIFY(project);
    QMainWindow window;
    ImportRunner runner(project->path(), &window);
    runner.setShowsProblems(false);
    QSignalSpy finished(&runner, &ImportRunner::finished);
    QSignalSpy progressed(&runner, &ImportRunner::progressed);

    const QString table = dir.filePath(QStringLiteral("t.csv"));
    QVERIFY(writeFile(table, "text\nUn texte.\n\"jamais fermé\n"));
    ArticleTableImporter::Options options;
    QVERIFY(runner.startTable(table, options));
    QVERIFY(finished.wait(WaitMs));
    TextFileImporter::Report report = reportOf(finished);
    QCOMPARE(report.importedIds.size(), 1);
    QCOMPARE(report.problems.size(), 1);
    QCOMPARE(report.problems.first().line, 3);
    // Tables count progress per mille of the file.
    QCOMPARE(progressed.last().at(1).value<qsizetype>(), qsizetype(1000));
    QCOMPARE(ImportProblemsDialog::summaryFor(report),
             QStringLiteral("1 article(s) imported; 1 row(s) rejected"));

    const QString brat = dir.filePath(QStringLiteral("brat"));
    QVERIFY(writeFile(brat + QStringLiteral("/a.txt"), "Paris est loin.\n"));
    QVERIFY(writeFile(brat + QStringLiteral("/a.ann"), "T1\tLOC 0 5\tParis\n"));
    finished.clear();
    QVERIFY(runner.startBrat(brat));
    QVERIFY(finished.wait(WaitMs));
    report = reportOf(finished);
    QCOMPARE(report.importedIds.size(), 1);
    QVERIFY(report.problems.isEmpty());
    QCOMPARE(project->annotations(report.importedIds.first()).size(), 1);

    // Our own CSV export of those annotations comes back into a project
    // holding the same text: matched by its hash, not duplicated twice.
    const qint64 article = report.importedIds.first();
    const QString csv = dir.filePath(QStringLiteral("annotations.csv"));
    {
        QString error;
        QVERIFY(project->deleteAnnotations({ project->annotations(article).first().id }, &error));
        QVERIFY(writeFile(csv,
                          "article_id,article_title,article_date,article_source,annotation_id,"
                          "kind,label,start,end,text,entity,speaker,sentence,left_context,"
                          "right_context,note,annotator,created_at,modified_at,article_sha256,"
                          "offset_unit\r\n"
                          "9,a,,a.txt,4,entity,LOC,0,5,Paris,Paris,,Paris est loin.,,"
                          " est loin.,,test,2024-03-01T09:00:00.000Z,2024-03-01T09:00:00.000Z,"
                              + sha256(QByteArrayLiteral("Paris est loin.\n"))
                              + ",code_point\r\n"));
    }
    for (int round = 0; round < 2; ++round) {
        finished.clear();
        QVERIFY(runner.startAnnotations(csv));
        QVERIFY(finished.wait(WaitMs));
        report = reportOf(finished);
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.annotations, round == 0 ? 1 : 0);
        QCOMPARE(project->annotations(article).size(), 1);
        QCOMPARE(project->annotations(article).first().entityName, QStringLiteral("Paris"));
    }
    QVERIFY(ImportProblemsDialog::summaryFor(report).startsWith(QStringLiteral("0 article")));
}

QTEST_MAIN(TestImportRunner)
#include "tst_importrunner.moc"
