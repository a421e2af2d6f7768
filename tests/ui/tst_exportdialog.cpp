// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ Export…: the dialog driven as a user would, offscreen, writing real
// files on a worker thread; cancel leaves nothing behind; choices come back.
#include "exportdialog.h"
#include "mainwindow.h"
#include "modalanswer.h"
#include "projectdatabase.h"
#include "projectsession.h"
#include "testhelpers.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Marginalia;
using namespace TestHelpers;

namespace {

constexpr int WaitMs = 120000;

template<typename T> T *child(const QWidget &parent, const char *name)
{
    return parent.findChild<T *>(QLatin1String(name));
}

QPushButton *button(const QWidget &dialog, const QString &text)
{
    for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
        if (b->text().remove(QLatin1Char('&')) == text)
            return b;
    }
    return nullptr;
}

void chooseFormat(const ExportDialog &dialog, ExportFormat format)
{
    QComboBox *combo = child<QComboBox>(dialog, "format");
    combo->setCurrentIndex(combo->findData(ExportJob::formatName(format)));
}

/// Everything in \a folder, hidden entries too.
QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                                  QDir::Name);
}

} // namespace

Q_DECLARE_METATYPE(Marginalia::ExportFormat)

class TestExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writesTheChosenFile();
    void selectionFollowsTheChoices();
    void cancelLeavesNoFile_data();
    void cancelLeavesNoFile();
    void remembersItsChoices();
    void reportsWarningsAndFailures();
    void openedFromTheFileMenu();
    void defaultNameIsTheProjects_data();
    void defaultNameIsTheProjects();
    void asksBeforeReplacing_data();
    void asksBeforeReplacing();
    void neverWritesOverTheProject();
    void labelsShowTheirKeysNotAmpersands();

private:
    bool runExport(ExportDialog &dialog);

    QTemporaryDir m_dir;
    QString m_project;
    QVector<Label> m_labels;
    QVector<qint64> m_ids;
};

void TestExportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
    QCoreApplication::setOrganizationName(QStringLiteral("MarginaliaTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_exportdialog"));

    m_project = m_dir.filePath(QStringLiteral("export.marginalia"));
    ProjectDatabase::OpenResult created = ProjectDatabase::create(m_project);
    QVERIFY(created.database);
    ProjectDatabase &db = *created.database;
    // Enough articles that an export takes a while: cancelling right after
    // starting stops it long before its end.
    QVector<NewArticle> batch;
    for (int i = 0; i < 3000; ++i) {
        NewArticle a;
        a.title = QStringLiteral("Article %1 😀").arg(i);
        a.date = QStringLiteral("2022-%1").arg(i % 12 + 1, 2, 10, QLatin1Char('0'));
        a.text = QStringLiteral("Alice %1 met Bob in Paris. ").arg(i).repeated(20);
        batch.append(a);
    }
    QVector<ProjectDatabase::InsertOutcome> outcomes;
    QString error;
    QVERIFY2(db.insertArticles(batch, &outcomes, &error), qPrintable(error));
    for (const auto &outcome : std::as_const(outcomes))
        m_ids.append(outcome.id);
    for (const qint64 id : std::as_const(m_ids)) {
        for (const auto &[start, end, label] :
             { std::tuple<qint64, qint64, const char *> { 0, 5, "PER" },
               std::tuple<qint64, qint64, const char *> { 19, 24, "LOC" } }) {
            NewAnnotation request;
            request.articleId = id;
            request.start = start;
            request.end = end;
            request.labelName = QLatin1String(label);
            if (id > 10)
                break; // a few annotated articles are enough
            QVERIFY2(db.addAnnotation(request, &error), qPrintable(error));
        }
    }
    QVERIFY(db.setArticleStatus(m_ids.at(1), ArticleStatus::Done, &error));
    m_labels = db.labels();
}

void TestExportDialog::defaultNameIsTheProjects_data()
{
    QTest::addColumn<ExportFormat>("format");
    QTest::addColumn<QString>("name");
    QTest::newRow("annotations") << ExportFormat::AnnotationsCsv
                                 << QStringLiteral("export-annotations.csv");
    QTest::newRow("articles") << ExportFormat::ArticlesCsv << QStringLiteral("export-articles.csv");
    QTest::newRow("jsonl") << ExportFormat::Jsonl << QStringLiteral("export-articles.jsonl");
    QTest::newRow("conll") << ExportFormat::Conll << QStringLiteral("export-annotations.conll");
    QTest::newRow("brat") << ExportFormat::Brat << QStringLiteral("export-brat");
}

void TestExportDialog::defaultNameIsTheProjects()
{
    QFETCH(ExportFormat, format);
    QFETCH(QString, name);
    ExportDialog dialog(m_project, m_labels, {});
    chooseFormat(dialog, format);
    QCOMPARE(QFileInfo(QDir::fromNativeSeparators(dialog.destination())).fileName(), name);
}

void TestExportDialog::asksBeforeReplacing_data()
{
    QTest::addColumn<bool>("replace");
    QTest::newRow("Cancel keeps the file") << false;
    QTest::newRow("Replace writes it") << true;
}

void TestExportDialog::asksBeforeReplacing()
{
    QFETCH(bool, replace);
    const QString folder = m_dir.filePath(QStringLiteral("replace-%1").arg(int(replace)));
    QVERIFY(QDir().mkpath(folder));
    const QString target = QDir(folder).filePath(QStringLiteral("other-project.csv"));
    const QByteArray before = "id,text\n1,from another project\n";
    QVERIFY(writeFile(target, before));
    ExportDialog dialog(m_project, m_labels, {});
    dialog.show();
    chooseFormat(dialog, ExportFormat::ArticlesCsv);
    child<QLineEdit>(dialog, "destination")->setText(target);

    QString asked;
    answerNextModal(&dialog, [&asked, replace](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        if (!box || box->objectName() != QLatin1String("replaceQuestion"))
            return false;
        asked = box->text();
        for (QAbstractButton *b : box->buttons()) {
            const bool isReplace = box->buttonRole(b) == QMessageBox::DestructiveRole;
            if (isReplace == replace) {
                b->click();
                break;
            }
        }
        return true;
    });
    const bool started = dialog.startExport();
    QVERIFY2(asked.contains(QStringLiteral("other-project.csv")), qPrintable(asked));
    QCOMPARE(started, replace);
    if (!replace) {
        QVERIFY(!dialog.isExporting());
        QCOMPARE(readAll(target), before);
        return;
    }
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    QVERIFY(finished.wait(WaitMs));
    QVERIFY(finished.at(0).at(0).toBool());
    QVERIFY(readAll(target).startsWith("\xEF\xBB\xBF") || readAll(target).size() > before.size());
    QVERIFY(!readAll(target).contains("from another project"));
}

void TestExportDialog::neverWritesOverTheProject()
{
    const QByteArray before = readAll(m_project);
    ExportDialog dialog(m_project, m_labels, {});
    dialog.show();
    chooseFormat(dialog, ExportFormat::ArticlesCsv);
    child<QLineEdit>(dialog, "destination")->setText(QDir::toNativeSeparators(m_project));
    QVERIFY(!dialog.startExport());
    QVERIFY(!dialog.isExporting());
    QVERIFY2(dialog.report().contains(QStringLiteral("project's own file")),
             qPrintable(dialog.report()));
    QCOMPARE(readAll(m_project), before);
}

bool TestExportDialog::runExport(ExportDialog &dialog)
{
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    QPushButton *exportButton = button(dialog, QStringLiteral("Export"));
    if (!exportButton)
        return false;
    // A target an earlier test wrote is replaced, as the analyst would agree to.
    if (QFileInfo::exists(QDir::fromNativeSeparators(dialog.destination()))) {
        answerNextModal(&dialog, [](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            if (!box || box->objectName() != QLatin1String("replaceQuestion"))
                return false;
            for (QAbstractButton *b : box->buttons()) {
                if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                    b->click();
            }
            return true;
        });
    }
    QTest::mouseClick(exportButton, Qt::LeftButton);
    if (!dialog.isExporting() || !finished.wait(WaitMs))
        return false;
    return finished.first().first().toBool();
}

void TestExportDialog::labelsShowTheirKeysNotAmpersands()
{
    // "&Write to:" was shown as it is written (issue 12, defect 8): a label
    // without a buddy has no key to underline.
    ExportDialog dialog(m_project, m_labels, {});
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->text().contains(u'&'))
            QVERIFY2(label->buddy(), qPrintable(label->text()));
    }
    QWidget *destination = dialog.findChild<QWidget *>(QStringLiteral("destination"));
    const auto labels = dialog.findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(),
                        [&](const QLabel *label) { return label->buddy() == destination; }));
}

void TestExportDialog::writesTheChosenFile()
{
    ExportDialog dialog(m_project, m_labels, {});
    dialog.show();
    chooseFormat(dialog, ExportFormat::AnnotationsCsv);
    const QString csv = m_dir.filePath(QStringLiteral("out/annotations.csv"));
    QDir().mkpath(m_dir.filePath(QStringLiteral("out")));
    child<QLineEdit>(dialog, "destination")->setText(csv);
    child<QCheckBox>(dialog, "bom")->setChecked(true);
    QComboBox *delimiter = child<QComboBox>(dialog, "delimiter");
    delimiter->setCurrentIndex(delimiter->findData(QStringLiteral(";")));
    QVERIFY(runExport(dialog));

    const QByteArray bytes = readAll(csv);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                             "article_id;article_title;"));
    QCOMPARE(bytes.count("\r\n"), 1 + 20); // the header, two annotations in ten articles
    QVERIFY2(dialog.report().contains(QStringLiteral("Wrote 20 row")), qPrintable(dialog.report()));
    QVERIFY(!dialog.isExporting());
    QVERIFY(button(dialog, QStringLiteral("Export"))->isEnabled());
}

void TestExportDialog::selectionFollowsTheChoices()
{
    ExportDialog dialog(m_project, m_labels, { m_ids.at(3) });
    chooseFormat(dialog, ExportFormat::Jsonl);
    child<QRadioButton>(dialog, "selectedArticles")->setChecked(true);
    QCOMPARE(dialog.settings().selection.articleIds, QVector<qint64> { m_ids.at(3) });

    child<QRadioButton>(dialog, "filteredArticles")->setChecked(true);
    child<QLineEdit>(dialog, "from")->setText(QStringLiteral("2022-03"));
    child<QLineEdit>(dialog, "to")->setText(QStringLiteral("2022-04-10"));
    for (QCheckBox *box : dialog.findChildren<QCheckBox *>()) {
        if (box->text() == QLatin1String("To do"))
            box->setChecked(false);
    }
    ExportSelection selection = dialog.settings().selection;
    QVERIFY(selection.articleIds.isEmpty());
    QCOMPARE(selection.from, QStringLiteral("2022-03"));
    QCOMPARE(selection.to, QStringLiteral("2022-04-10"));
    QCOMPARE(selection.statuses,
             (QVector<ArticleStatus> { ArticleStatus::InProgress, ArticleStatus::Done }));
    QVERIFY(!selection.labels); // every label ticked: no filter

    QListWidget *labels = child<QListWidget>(dialog, "labels");
    QCOMPARE(labels->count(), m_labels.size() + 1);
    labels->item(1)->setCheckState(Qt::Unchecked); // LOC
    labels->item(labels->count() - 1)->setCheckState(Qt::Unchecked); // quotes
    selection = dialog.settings().selection;
    QVERIFY(selection.labels);
    QVERIFY(!selection.labels->contains(QStringLiteral("LOC")));
    QVERIFY(selection.labels->contains(QStringLiteral("PER")));
    QVERIFY(!selection.quotes);

    // A bad date is refused in the dialog, with no export started.
    child<QLineEdit>(dialog, "from")->setText(QStringLiteral("2022-13"));
    QVERIFY(!dialog.startExport());
    QVERIFY(!dialog.isExporting());
    QVERIFY2(dialog.report().contains(QStringLiteral("2022-13")), qPrintable(dialog.report()));
}

void TestExportDialog::cancelLeavesNoFile_data()
{
    QTest::addColumn<ExportFormat>("format");
    QTest::newRow("articles CSV file") << ExportFormat::ArticlesCsv;
    QTest::newRow("CoNLL file") << ExportFormat::Conll;
    QTest::newRow("brat folder") << ExportFormat::Brat;
}

void TestExportDialog::cancelLeavesNoFile()
{
    QFETCH(ExportFormat, format);
    const QString folder = m_dir.filePath(QStringLiteral("cancel-%1").arg(int(format)));
    QVERIFY(QDir().mkpath(folder));
    ExportDialog dialog(m_project, m_labels, {});
    dialog.show();
    chooseFormat(dialog, format);
    const QString target = QDir(folder).filePath(ExportJob::defaultFileName(format));
    child<QLineEdit>(dialog, "destination")->setText(target);

    // Another program holds the project locked, so the export's worker
    // waits for it (SQLite's busy timeout) until Cancel has been clicked:
    // the cancel comes in the middle of the export, whatever the speed.
    sqlite3 *lock = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(m_project).constData(), &lock), SQLITE_OK);
    QCOMPARE(sqlite3_exec(lock,
                          "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; "
                          "UPDATE articles SET status = status WHERE id = 1",
                          nullptr, nullptr, nullptr),
             SQLITE_OK);

    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    QTest::mouseClick(button(dialog, QStringLiteral("Export")), Qt::LeftButton);
    QVERIFY(dialog.isExporting());
    QTest::qWait(100);
    QVERIFY(dialog.isExporting()); // held up by the lock
    QPushButton *cancel = button(dialog, QStringLiteral("Cancel"));
    QVERIFY(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(dialog.isVisible()); // stays until the worker is done
    sqlite3_exec(lock, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_close(lock);
    QVERIFY(finished.wait(WaitMs));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY2(dialog.report().contains(QStringLiteral("cancelled")), qPrintable(dialog.report()));
    QCOMPARE(entries(folder), QStringList()); // no file, no partial file, no staging folder

    // Close closes it now.
    QTest::mouseClick(button(dialog, QStringLiteral("Close")), Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
}

void TestExportDialog::remembersItsChoices()
{
    QSettings().remove(QStringLiteral("export")); // what other tests chose
    const QString texts = m_dir.filePath(QStringLiteral("remember/texts"));
    {
        ExportDialog dialog(m_project, m_labels, {});
        chooseFormat(dialog, ExportFormat::Texts);
        child<QLineEdit>(dialog, "destination")->setText(texts);
        child<QCheckBox>(dialog, "excelSafe")->setChecked(true);
        QComboBox *delimiter = child<QComboBox>(dialog, "delimiter");
        delimiter->setCurrentIndex(delimiter->findData(QStringLiteral("\t")));
        child<QRadioButton>(dialog, "filteredArticles")->setChecked(true);
        child<QLineEdit>(dialog, "from")->setText(QStringLiteral("2022-12"));
        QListWidget *labels = child<QListWidget>(dialog, "labels");
        labels->item(2)->setCheckState(Qt::Unchecked); // ORG
        QVERIFY(runExport(dialog));
        // Only December's articles.
        QCOMPARE(entries(texts).size(), 3000 / 12 + 1); // and the manifest
    }
    ExportDialog again(m_project, m_labels, {});
    QCOMPARE(again.settings().format, ExportFormat::Texts);
    // The folder comes back, with the format's name for this project.
    QCOMPARE(
        QDir::fromNativeSeparators(again.destination()),
        QDir(m_dir.filePath(QStringLiteral("remember")))
            .filePath(ExportJob::defaultFileName(ExportFormat::Texts, QStringLiteral("export"))));
    QVERIFY(again.settings().csv.excelSafe);
    QVERIFY(!again.settings().csv.byteOrderMark);
    QCOMPARE(again.settings().csv.delimiter, QLatin1Char('\t'));
    QCOMPARE(again.settings().selection.from, QStringLiteral("2022-12"));
    QVERIFY(again.settings().selection.labels);
    QVERIFY(!again.settings().selection.labels->contains(QStringLiteral("ORG")));
    QVERIFY(again.settings().selection.quotes);
    QSettings().remove(QStringLiteral("export"));
}

void TestExportDialog::reportsWarningsAndFailures()
{
    // A folder export onto a file fails, says so, and leaves the file.
    const QString file = m_dir.filePath(QStringLiteral("not-a-folder"));
    QVERIFY(writeFile(file, "mine"));
    ExportDialog dialog(m_project, m_labels, {});
    chooseFormat(dialog, ExportFormat::Brat);
    child<QLineEdit>(dialog, "destination")->setText(file);
    QVERIFY(!runExport(dialog));
    QVERIFY2(dialog.report().contains(QStringLiteral("not a folder")), qPrintable(dialog.report()));
    QCOMPARE(readAll(file), QByteArray("mine"));

    // CoNLL's single layer reports what it leaves out: overlapping spans.
    QString error;
    {
        auto opened = ProjectDatabase::open(m_project);
        QVERIFY(opened.database);
        NewAnnotation inner;
        inner.articleId = m_ids.first();
        inner.start = 1;
        inner.end = 3;
        inner.labelName = QStringLiteral("MISC");
        QVERIFY2(opened.database->addAnnotation(inner, &error), qPrintable(error));
    }
    chooseFormat(dialog, ExportFormat::Conll);
    child<QRadioButton>(dialog, "selectedArticles")->setChecked(false);
    child<QRadioButton>(dialog, "allArticles")->setChecked(true);
    QVERIFY(runExport(dialog));
    QVERIFY2(dialog.report().contains(QStringLiteral("1 warning")), qPrintable(dialog.report()));
    QVERIFY2(dialog.report().contains(QStringLiteral("(MISC)")), qPrintable(dialog.report()));
}

void TestExportDialog::openedFromTheFileMenu()
{
    MainWindow window;
    QVERIFY(window.openProject(m_project, true));
    QAction *action = nullptr;
    for (QAction *a : window.menuBar()->actions().first()->menu()->actions()) {
        if (a->text().remove(QLatin1Char('&')) == QStringLiteral("Export…"))
            action = a;
    }
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+E")));
    QVERIFY(action->isEnabled());
    // The dialog is modal: look at it, then close it, from inside its loop.
    bool seen = false;
    QTimer::singleShot(0, &window, [&] {
        auto *dialog = window.findChild<ExportDialog *>();
        seen = dialog && dialog->isVisible()
            && child<QListWidget>(*dialog, "labels")->count() == m_labels.size() + 1;
        if (dialog)
            dialog->reject();
    });
    action->trigger();
    QVERIFY(seen);
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
