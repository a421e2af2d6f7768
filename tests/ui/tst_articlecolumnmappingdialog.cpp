// SPDX-License-Identifier: GPL-3.0-or-later
// Importing a CSV or JSONL table from the window: the column mapping dialog
// (columns, preview, defaults, delimiter) and the import it starts.
#include "articlecolumnmappingdialog.h"
#include "importrunner.h"
#include "mainwindow.h"
#include "projectdatabase.h"
#include "projectsession.h"
#include "testhelpers.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Marginalia;
using namespace TestHelpers;
using Role = ArticleColumnMappingDialog::Role;

namespace {

QStringList headerLabels(const QTableWidget *table)
{
    QStringList labels;
    for (int c = 0; c < table->columnCount(); ++c)
        labels.append(table->horizontalHeaderItem(c)->text());
    return labels;
}

/// Runs \a answer on the mapping dialog once it is up and modal: the window
/// opens it with exec(), whose event loop runs the timer.
void whenTheDialogIsUp(QObject *context, std::function<void(ArticleColumnMappingDialog *)> answer)
{
    auto *timer = new QTimer(context);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, context, [timer, answer] {
        auto *dialog =
            qobject_cast<ArticleColumnMappingDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        answer(dialog);
    });
    timer->start();
}

QPushButton *importButton(const ArticleColumnMappingDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

} // namespace

class TestArticleColumnMappingDialog : public QObject
{
    Q_OBJECT

private slots:
    void showsColumnsRowsAndDefaults();
    void theDelimiterCanBeChosen();
    void numericDatesReadAsTheFileShows_data();
    void numericDatesReadAsTheFileShows();
    void jsonlHasNoDelimiter();
    void anUnreadableFileSaysWhy();
    void importsFromTheWindow();
    void aBratImportShowsItsNewLabels();
};

void TestArticleColumnMappingDialog::showsColumnsRowsAndDefaults()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("presse.csv"));
    QByteArray rows = "\xEF\xBB\xBFId;Titre;TEXT;Date;Lien\r\n";
    for (int i = 1; i <= 30; ++i)
        rows += QStringLiteral("%1;Titre %1;\"Texte %1\r\nsur deux lignes\";2022-12-0%2;"
                               "https://x/%1\r\n")
                    .arg(i)
                    .arg(i % 9 + 1)
                    .toUtf8();
    QVERIFY(writeFile(file, rows));

    ArticleColumnMappingDialog dialog(file);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.isReadable());
    QCOMPARE(headerLabels(dialog.preview()),
             (QStringList { QStringLiteral("Id"), QStringLiteral("Titre"), QStringLiteral("TEXT"),
                            QStringLiteral("Date"), QStringLiteral("Lien") }));
    QCOMPARE(dialog.preview()->rowCount(), ArticleColumnMappingDialog::PreviewRows);
    QCOMPARE(dialog.preview()->item(0, 2)->text(),
             QStringLiteral("Texte 1") + QChar(0x23CE) + QStringLiteral("sur deux lignes"));
    // Rows are numbered by the line they start on.
    QCOMPARE(dialog.preview()->verticalHeaderItem(1)->text(), QStringLiteral("4"));

    // Named columns are chosen in any case; the others are left to the user.
    QCOMPARE(dialog.roleBox(Role::Text)->currentText(), QStringLiteral("TEXT"));
    QCOMPARE(dialog.roleBox(Role::Date)->currentText(), QStringLiteral("Date"));
    QCOMPARE(dialog.roleBox(Role::Id)->currentText(), QStringLiteral("Id"));
    QCOMPARE(dialog.roleBox(Role::Title)->currentData().toString(), QString());
    QCOMPARE(dialog.roleBox(Role::Source)->currentData().toString(), QString());
    QVERIFY(importButton(dialog)->isEnabled());

    // The boxes work from the keyboard.
    dialog.roleBox(Role::Title)->setFocus();
    QTest::keyClick(dialog.roleBox(Role::Title), Qt::Key_Down); // (none) -> Id
    QTest::keyClick(dialog.roleBox(Role::Title), Qt::Key_Down); // -> Titre
    QCOMPARE(dialog.roleBox(Role::Title)->currentText(), QStringLiteral("Titre"));
    dialog.roleBox(Role::Source)
        ->setCurrentIndex(dialog.roleBox(Role::Source)->findText(QStringLiteral("Lien")));

    const ArticleTableImporter::Options options = dialog.options();
    QCOMPARE(*options.mapping.text, QStringLiteral("TEXT"));
    QCOMPARE(*options.mapping.title, QStringLiteral("Titre"));
    QCOMPARE(*options.mapping.source, QStringLiteral("Lien"));
    QCOMPARE(*options.mapping.date, QStringLiteral("Date"));
    QCOMPARE(*options.mapping.id, QStringLiteral("Id"));
    QCOMPARE(options.table.delimiter, QLatin1Char(';'));

    // No text column, no import.
    dialog.roleBox(Role::Text)->setCurrentIndex(0);
    QVERIFY(!importButton(dialog)->isEnabled());
}

void TestArticleColumnMappingDialog::numericDatesReadAsTheFileShows_data()
{
    QTest::addColumn<QByteArray>("rows");
    QTest::addColumn<int>("order"); ///< ArticleDate::Order shown
    QTest::newRow("day over 12") << QByteArray("text,date\nUn,01/02/2024\nDeux,25/12/2024\n")
                                 << int(ArticleDate::Order::DayFirst);
    QTest::newRow("month first") << QByteArray("text,date\nUn,01/02/2024\nDeux,12/25/2024\n")
                                 << int(ArticleDate::Order::MonthFirst);
    // Nothing tells: the custom of the locale (French here).
    QTest::newRow("unclear") << QByteArray("text,date\nUn,01/02/2024\n")
                             << int(ArticleDate::Order::DayFirst);
}

void TestArticleColumnMappingDialog::numericDatesReadAsTheFileShows()
{
    // Issue 12, defect 18: 01/02/2024 reads either way; the file's other
    // dates, or the analyst, say which.
    QFETCH(QByteArray, rows);
    QFETCH(int, order);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("d.csv"));
    QVERIFY(writeFile(file, rows));
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    ArticleColumnMappingDialog dialog(file);
    QLocale::setDefault(before);
    QCOMPARE(dialog.dateOrderBox()->currentData().toInt(), order);
    QCOMPARE(int(dialog.options().dateOrder), order);
    // The analyst's choice is what the import uses.
    dialog.dateOrderBox()->setCurrentIndex(
        dialog.dateOrderBox()->findData(int(ArticleDate::Order::MonthFirst)));
    QCOMPARE(dialog.options().dateOrder, ArticleDate::Order::MonthFirst);
}

void TestArticleColumnMappingDialog::theDelimiterCanBeChosen()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("t.csv"));
    QVERIFY(writeFile(file, "text,title;x\nHello,World;y\n"));
    ArticleColumnMappingDialog dialog(file);
    QVERIFY(dialog.delimiterBox()->isVisibleTo(&dialog));
    QCOMPARE(headerLabels(dialog.preview()),
             (QStringList { QStringLiteral("text"), QStringLiteral("title;x") }));
    QCOMPARE(dialog.roleBox(Role::Title)->currentData().toString(), QString());

    dialog.delimiterBox()->setCurrentIndex(dialog.delimiterBox()->findData(QStringLiteral(";")));
    QCOMPARE(headerLabels(dialog.preview()),
             (QStringList { QStringLiteral("text,title"), QStringLiteral("x") }));
    QCOMPARE(dialog.roleBox(Role::Text)->currentData().toString(), QString());
    QVERIFY(!importButton(dialog)->isEnabled());
    QCOMPARE(dialog.options().table.delimiter, QLatin1Char(';'));

    // Back to the header's own: the defaults come back.
    dialog.delimiterBox()->setCurrentIndex(0);
    QCOMPARE(dialog.roleBox(Role::Text)->currentText(), QStringLiteral("text"));
    QCOMPARE(dialog.options().table.delimiter, QLatin1Char(','));
}

void TestArticleColumnMappingDialog::jsonlHasNoDelimiter()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("feed.jsonl"));
    QVERIFY(writeFile(file,
                      "{\"body\": \"Un\", \"headline\": \"H\", \"id\": 3}\n"
                      "not json\n"));
    ArticleColumnMappingDialog dialog(file);
    QVERIFY(!dialog.delimiterBox()->isVisibleTo(&dialog));
    QCOMPARE(
        headerLabels(dialog.preview()),
        (QStringList { QStringLiteral("body"), QStringLiteral("headline"), QStringLiteral("id") }));
    QCOMPARE(dialog.preview()->rowCount(), 2);
    QVERIFY(dialog.preview()->item(1, 0)->text().startsWith(QLatin1String("invalid JSON")));
    QCOMPARE(dialog.roleBox(Role::Text)->currentData().toString(), QString());
    dialog.roleBox(Role::Text)
        ->setCurrentIndex(dialog.roleBox(Role::Text)->findText(QStringLiteral("body")));
    QVERIFY(importButton(dialog)->isEnabled());
    QCOMPARE(dialog.options().table.format, TableFileReader::Format::Jsonl);
}

void TestArticleColumnMappingDialog::anUnreadableFileSaysWhy()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("empty.csv"));
    QVERIFY(writeFile(file, ""));
    ArticleColumnMappingDialog dialog(file);
    QVERIFY(!dialog.isReadable());
    QVERIFY(dialog.errorText().contains(QLatin1String("empty")));
    QVERIFY(!importButton(dialog)->isEnabled());
}

void TestArticleColumnMappingDialog::importsFromTheWindow()
{
    QTemporaryDir dir;
    QString path;
    {
        auto project = createProject(dir);
        QVERIFY(project);
        path = project->path();
    }
    const QString file = dir.filePath(QStringLiteral("articles.csv"));
    QVERIFY(writeFile(file,
                      "headline,body,date\n"
                      "Un,Premier texte à Paris.,2022-12\n"
                      "Deux,,2022\n"
                      "Trois,Troisième texte.,hier\n"));
    MainWindow window;
    QVERIFY(window.openProject(path, true));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // The dialog is modal: answer it from the event loop it runs.
    bool seen = false;
    whenTheDialogIsUp(this, [&](ArticleColumnMappingDialog *dialog) {
        seen = true;
        QComboBox *text = dialog->roleBox(Role::Text);
        text->setCurrentIndex(text->findText(QStringLiteral("body")));
        QComboBox *title = dialog->roleBox(Role::Title);
        title->setCurrentIndex(title->findText(QStringLiteral("headline")));
        // The button, not Return: Return goes to whichever child has the
        // focus, and under a slow sanitizer build that was once not the
        // dialog's default button, so the test waited forever.
        importButton(*dialog)->click();
    });
    window.importPaths({ file });
    QVERIFY(seen);
    ImportRunner *runner = window.importRunner();
    QVERIFY(runner);
    runner->setShowsProblems(false);
    QSignalSpy finished(runner, &ImportRunner::finished);
    QVERIFY(finished.wait(60000));
    const auto report = finished.first().first().value<TextFileImporter::Report>();
    QCOMPARE(report.importedIds.size(), 2);
    QCOMPARE(report.problems.size(), 2);
    QCOMPARE(report.problems.at(0).line, 3);
    QCOMPARE(report.problems.at(1).kind, ImportProblem::Kind::Warning);
    QCOMPARE(window.session()->database().articleCount(), 2);
    QCOMPARE(window.session()->database().articleSummary(report.importedIds.first())->title,
             QStringLiteral("Un"));

    // Cancelled: nothing is imported.
    whenTheDialogIsUp(
        this, [](ArticleColumnMappingDialog *dialog) { QTest::keyClick(dialog, Qt::Key_Escape); });
    QVERIFY(writeFile(dir.filePath(QStringLiteral("more.jsonl")), "{\"text\": \"x\"}\n"));
    window.importPaths({ dir.filePath(QStringLiteral("more.jsonl")) });
    QVERIFY(!window.importRunner()->isRunning());
    QCOMPARE(window.session()->database().articleCount(), 2);
}

void TestArticleColumnMappingDialog::aBratImportShowsItsNewLabels()
{
    QTemporaryDir dir;
    QString path;
    {
        auto project = createProject(dir);
        QVERIFY(project);
        path = project->path();
    }
    const QString folder = dir.filePath(QStringLiteral("brat"));
    QVERIFY(
        writeFile(folder + QStringLiteral("/a.txt"), "Le Tour de France passe \xC3\xA0 Lyon.\n"));
    QVERIFY(writeFile(folder + QStringLiteral("/a.ann"),
                      "T1\tEVENT 0 17\tLe Tour de France\n"
                      "T2\tLOC 26 30\tLyon\n"));
    MainWindow window;
    QVERIFY(window.openProject(path, true));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const qsizetype labelsBefore = window.session()->labels().size();

    window.importBratFolder(folder);
    ImportRunner *runner = window.importRunner();
    QVERIFY(runner);
    QSignalSpy finished(runner, &ImportRunner::finished);
    QVERIFY(finished.wait(60000));
    // The window's session knows the label the import created.
    QCOMPARE(window.session()->labels().size(), labelsBefore + 1);
    QCOMPARE(window.session()->labels().last().name, QStringLiteral("EVENT"));
    QTRY_COMPARE(window.currentArticle(), qint64(1));
    QCOMPARE(window.session()->database().annotations(1).size(), 2);
}

QTEST_MAIN(TestArticleColumnMappingDialog)
#include "tst_articlecolumnmappingdialog.moc"
