// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ Restore from Backup… and File ▸ Back Up Now, offscreen: the dialog
// lists the backups with dates and counts, restores into a new file only,
// and the window offers to open what it restored; the window backs up on
// open and before deleting a label or merging entities.
#include "mainwindow.h"
#include "projectbackups.h"
#include "projectdatabase.h"
#include "projectsession.h"
#include "restorebackupdialog.h"
#include "testhelpers.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QTreeWidget>

using namespace Marginalia;
using namespace TestHelpers;

namespace {

template<typename T> T *child(const QWidget &parent, const char *name)
{
    return parent.findChild<T *>(QLatin1String(name));
}

QStringList files(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

QAction *fileAction(MainWindow &window, const QString &text)
{
    for (QAction *a : window.menuBar()->actions().first()->menu()->actions()) {
        if (a->text().remove(QLatin1Char('&')) == text)
            return a;
    }
    return nullptr;
}

/// Runs \a answer on the first modal widget of type T once it is up: the
/// code under test opens it with exec(), whose event loop runs the timer.
template<typename T> void whenUp(QObject *context, std::function<void(T *)> answer)
{
    auto *timer = new QTimer(context);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, context, [timer, answer] {
        auto *modal = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!modal || !modal->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        answer(modal);
    });
    timer->start();
}

} // namespace

class TestRestoreBackupDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listsBackupsNewestFirst();
    void saysHowBackupsAreMadeWhenThereAreNone();
    void restoresIntoANewFile();
    void refusesAnExistingFile();
    void windowBacksUpOnOpenAndBeforeBulkEdits();
    void keepIsChangedInTheDialog();
    void restoreFromTheFileMenuOpensTheCopy();

private:
    /// Backups made at Start, +1 h and +2 h, as the window's would be.
    QStringList makeBackups();
    QString backupsFolder() const { return m_dir->filePath(QStringLiteral("news.backups")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
    const QDateTime m_start { QDate(2024, 3, 1), QTime(9, 30, 0), QTimeZone::utc() };
};

void TestRestoreBackupDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestRestoreBackupDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto project = createProject(*m_dir, QStringLiteral("news.marginalia"));
    QVERIFY(project);
    m_project = project->path();
    QVector<NewArticle> batch(2);
    batch[0].title = QStringLiteral("Minsk");
    batch[0].text = QStringLiteral("Minsk\nVladimir Poutine a vu Alexandre Loukachenko.");
    batch[1].title = QStringLiteral("Moscou");
    batch[1].text = QStringLiteral("Moscou\nPoutine et Loukachenko encore.");
    QVector<ProjectDatabase::InsertOutcome> outcomes;
    QString error;
    QVERIFY2(project->insertArticles(batch, &outcomes, &error), qPrintable(error));
    for (const auto &[article, start, end, entity] :
         { std::tuple<int, int, int, const char *> { 0, 6, 22, "Vladimir Poutine" },
           std::tuple<int, int, int, const char *> { 0, 28, 49, "Alexandre Loukachenko" },
           std::tuple<int, int, int, const char *> { 1, 7, 14, "Poutine" } }) {
        NewAnnotation request;
        request.articleId = outcomes.at(article).id;
        request.start = start;
        request.end = end;
        request.labelName = QStringLiteral("PER");
        request.entityName = QLatin1String(entity);
        QVERIFY2(project->addAnnotation(request, &error), qPrintable(error));
    }
}

void TestRestoreBackupDialog::cleanup()
{
    m_dir.reset();
}

QStringList TestRestoreBackupDialog::makeBackups()
{
    QStringList made;
    ProjectDatabase::OpenResult opened = ProjectDatabase::open(m_project);
    if (!opened.database)
        return made;
    QDateTime now = m_start;
    ProjectBackups backups(m_project);
    backups.setClock([&now] { return now; });
    for (const ProjectBackups::Reason reason :
         { ProjectBackups::Reason::Daily, ProjectBackups::Reason::DeleteLabel,
           ProjectBackups::Reason::Manual }) {
        const ProjectBackups::Outcome outcome = backups.backUp(*opened.database, reason);
        if (!outcome.ok)
            qWarning("%s", qPrintable(outcome.error));
        made.append(outcome.path);
        now = now.addSecs(3600);
        // The later backups hold one more annotation each.
        NewAnnotation request;
        request.articleId = 2;
        request.start = 17 + made.size();
        request.end = 28;
        request.labelName = QStringLiteral("MISC");
        QString error;
        opened.database->addAnnotation(request, &error);
    }
    return made;
}

void TestRestoreBackupDialog::listsBackupsNewestFirst()
{
    const QStringList made = makeBackups();
    QCOMPARE(made.size(), 3);
    // A damaged file named as a backup: listed, but cannot be restored.
    QVERIFY(writeFile(
        QDir(backupsFolder()).filePath(QStringLiteral("news-20240301-080000-manual.marginalia")),
        "damaged"));

    RestoreBackupDialog dialog(m_project, nullptr);
    dialog.show();
    auto *list = child<QTreeWidget>(dialog, "backups");
    QVERIFY(list && list->isVisible());
    QVERIFY(!child<QLabel>(dialog, "empty")->isVisible());
    QCOMPARE(list->topLevelItemCount(), 4);
    const QLocale locale;
    const QStringList reasons { QStringLiteral("Manual"), QStringLiteral("Before deleting a label"),
                                QStringLiteral("Daily"), QStringLiteral("Manual") };
    const QStringList annotations { QStringLiteral("5"), QStringLiteral("4"), QStringLiteral("3"),
                                    QStringLiteral("—") };
    for (int row = 0; row < 4; ++row) {
        const QTreeWidgetItem *item = list->topLevelItem(row);
        QCOMPARE(item->text(1), reasons.at(row));
        QCOMPARE(item->text(3), annotations.at(row));
    }
    QCOMPARE(list->topLevelItem(0)->text(0),
             locale.toString(m_start.addSecs(7200).toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("2"));
    QCOMPARE(list->topLevelItem(0)->toolTip(0), QDir::toNativeSeparators(made.at(2)));
    QVERIFY(list->topLevelItem(3)->toolTip(0).contains(QLatin1String("cannot be read")));
    QVERIFY(child<QLabel>(dialog, "folder")->text().contains(QLatin1String("news.backups")));

    // The newest is chosen to begin with; the damaged one cannot be restored.
    auto *restore = child<QPushButton>(dialog, "restore");
    QCOMPARE(list->currentItem(), list->topLevelItem(0));
    QVERIFY(restore->isEnabled());
    list->setCurrentItem(list->topLevelItem(3));
    QVERIFY(!restore->isEnabled());
    list->setCurrentItem(list->topLevelItem(1));
    QVERIFY(restore->isEnabled());
    // Without a session there is no project setting to change.
    QVERIFY(!child<QSpinBox>(dialog, "keep"));
}

void TestRestoreBackupDialog::saysHowBackupsAreMadeWhenThereAreNone()
{
    RestoreBackupDialog dialog(m_project, nullptr);
    dialog.show();
    QVERIFY(!child<QTreeWidget>(dialog, "backups")->isVisible());
    QVERIFY(child<QLabel>(dialog, "empty")->isVisible());
    QVERIFY(child<QLabel>(dialog, "empty")->text().contains(QLatin1String("Back Up Now")));
    QVERIFY(!child<QPushButton>(dialog, "restore")->isEnabled());
}

void TestRestoreBackupDialog::restoresIntoANewFile()
{
    const QStringList made = makeBackups();
    RestoreBackupDialog dialog(m_project, nullptr);
    dialog.show();
    auto *list = child<QTreeWidget>(dialog, "backups");
    list->setCurrentItem(list->topLevelItem(1)); // before deleting a label: 4 annotations
    QString suggested;
    const QString target = m_dir->filePath(QStringLiteral("chosen.marginalia"));
    dialog.setFileChooser([&](const QString &suggestion) {
        suggested = suggestion;
        return target;
    });
    child<QPushButton>(dialog, "restore")->click();
    QCOMPARE(QFileInfo(suggested).fileName(),
             QStringLiteral("news-restored-20240301-103000.marginalia"));
    QCOMPARE(QFileInfo(suggested).absolutePath(), QFileInfo(m_project).absolutePath());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.restoredPath(), target);
    QCOMPARE(dialog.restoredResult().articles, 2);
    QCOMPARE(dialog.restoredResult().annotations, 4);

    ProjectDatabase::OpenResult opened = ProjectDatabase::open(target);
    QVERIFY2(opened.database, qPrintable(opened.error));
    QCOMPARE(opened.database->annotationCount(), 4);
    // The backups themselves were only read.
    QCOMPARE(files(backupsFolder()).size(), 3);
}

void TestRestoreBackupDialog::refusesAnExistingFile()
{
    makeBackups();
    const QString precious = m_dir->filePath(QStringLiteral("precious.marginalia"));
    QVERIFY(writeFile(precious, "precious"));
    RestoreBackupDialog dialog(m_project, nullptr);
    dialog.show();
    dialog.setFileChooser([&](const QString &) { return precious; });
    auto *error = child<QLabel>(dialog, "error");
    QVERIFY(!error->isVisible());
    child<QPushButton>(dialog, "restore")->click();
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.restoredPath().isEmpty());
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("precious.marginalia")),
             qPrintable(error->text()));
    QCOMPARE(readAll(precious), QByteArray("precious"));
    // Nothing chosen: nothing happens.
    dialog.setFileChooser([](const QString &) { return QString(); });
    child<QPushButton>(dialog, "restore")->click();
    QVERIFY(dialog.isVisible());
}

void TestRestoreBackupDialog::windowBacksUpOnOpenAndBeforeBulkEdits()
{
    MainWindow window;
    QVERIFY(window.openProject(m_project, true));
    // Opened with articles and no backup: the daily one, copied on a thread
    // while the window is already in use, then said in the status bar.
    QTRY_COMPARE(files(backupsFolder()).size(), 1);
    const QStringList backups = files(backupsFolder());
    QVERIFY(backups.first().endsWith(QLatin1String("-daily.marginalia")));
    QTRY_VERIFY2(window.statusBar()->currentMessage().contains(backups.first()),
                 qPrintable(window.statusBar()->currentMessage()));
    QCOMPARE(rawQueryInt(QDir(backupsFolder()).filePath(backups.first()),
                         "SELECT count(*) FROM articles"),
             rawQueryInt(m_project, "SELECT count(*) FROM articles"));

    QAction *backUpNow = fileAction(window, QStringLiteral("Back Up Now"));
    QVERIFY(backUpNow && backUpNow->isEnabled());
    backUpNow->trigger();
    QCOMPARE(files(backupsFolder()).filter(QStringLiteral("-manual")).size(), 1);

    ProjectSession *session = window.session();
    const QVector<EntitySummary> entities = session->database().entitySummaries();
    QCOMPARE(entities.size(), 3);
    session->mergeEntities(entities.at(0).entity.id, entities.at(1).entity.id);
    QCOMPARE(files(backupsFolder()).filter(QStringLiteral("-merge-entities")).size(), 1);
    const std::optional<Label> misc = session->database().labelByName(QStringLiteral("MISC"));
    QVERIFY(misc);
    session->removeLabel(*misc);
    QCOMPARE(files(backupsFolder()).filter(QStringLiteral("-delete-label")).size(), 1);
    // The backup before the merge holds the entities as they were.
    const QString mergeBackup =
        QDir(backupsFolder())
            .filePath(files(backupsFolder()).filter(QStringLiteral("-merge-entities")).first());
    QCOMPARE(rawQueryInt(mergeBackup, "SELECT count(*) FROM entities"), 3);
    QCOMPARE(session->database().entitySummaries().size(), 2);

    // Opening again the same day makes no daily backup.
    window.closeProject();
    const int count = int(files(backupsFolder()).size());
    QVERIFY(window.openProject(m_project, true));
    QCOMPARE(files(backupsFolder()).size(), count);
}

void TestRestoreBackupDialog::keepIsChangedInTheDialog()
{
    MainWindow window;
    QVERIFY(window.openProject(m_project, true));
    RestoreBackupDialog dialog(m_project, window.session());
    auto *keep = child<QSpinBox>(dialog, "keep");
    QVERIFY(keep);
    QCOMPARE(keep->value(), ProjectBackups::DefaultKeep);
    keep->setValue(2);
    QCOMPARE(window.session()->backupsToKeep(), 2);
    for (int i = 0; i < 3; ++i)
        window.session()->backUpNow();
    QCOMPARE(files(backupsFolder()).size(), 2);
}

void TestRestoreBackupDialog::restoreFromTheFileMenuOpensTheCopy()
{
    MainWindow window;
    QVERIFY(window.openProject(m_project, true));
    QAction *restore = fileAction(window, QStringLiteral("Restore from Backup…"));
    QVERIFY(restore && restore->isEnabled());
    const QString target = m_dir->filePath(QStringLiteral("from-menu.marginalia"));
    bool listed = false;
    whenUp<RestoreBackupDialog>(&window, [&](RestoreBackupDialog *dialog) {
        listed = child<QTreeWidget>(*dialog, "backups")->topLevelItemCount() == 1;
        dialog->setFileChooser([&](const QString &) { return target; });
        // Then the question whether to open the restored project.
        whenUp<QMessageBox>(&window, [](QMessageBox *question) {
            for (QAbstractButton *button : question->buttons()) {
                if (button->text().remove(QLatin1Char('&'))
                    == QLatin1String("Open Restored Project"))
                    button->click();
            }
        });
        dialog->restoreSelected();
    });
    restore->trigger();
    QVERIFY(listed);
    QVERIFY(window.session());
    QCOMPARE(QFileInfo(window.session()->path()).absoluteFilePath(),
             QFileInfo(target).absoluteFilePath());
    QCOMPARE(window.session()->database().annotationCount(), 3);
    // The original is closed (its log folded in) and untouched.
    QVERIFY(!QFileInfo::exists(m_project + QLatin1String("-wal")));
    QCOMPARE(rawQueryInt(m_project, "SELECT count(*) FROM annotations"), 3);
}

QTEST_MAIN(TestRestoreBackupDialog)
#include "tst_restorebackupdialog.moc"
