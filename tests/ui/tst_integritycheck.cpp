// SPDX-License-Identifier: GPL-3.0-or-later
// The window's check of a project file it has not seen: the project shows at
// once and every page is checked on a thread; a damaged file is then closed
// with a message that names it and offers its backups, a sound one is
// trusted at the next open.
#include "integrityledger.h"
#include "mainwindow.h"
#include "projectsession.h"
#include "restorebackupdialog.h"
#include "testhelpers.h"
#include "textfileimporter.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QtEndian>

using namespace Marginalia;
using namespace TestHelpers;

namespace {

QMessageBox *damageMessage()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *box = qobject_cast<QMessageBox *>(w);
            box && box->objectName() == QLatin1String("damagedProject") && box->isVisible())
            return box;
    }
    return nullptr;
}

} // namespace

class TestIntegrityCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void aSoundFileIsCheckedOnAThreadAndTrustedAfter();
    void aDamagedFileIsClosedWithAMessageThatOffersItsBackups();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QByteArray m_project; ///< a closed project of 40 articles
};

void TestIntegrityCheck::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestIntegrityCheck::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    IntegrityLedger::setFolder(m_dir->filePath(QStringLiteral("ledger")));
    {
        std::unique_ptr<ProjectDatabase> project = createProject(*m_dir);
        QVERIFY(project);
        QStringList files;
        for (int i = 0; i < 40; ++i) {
            files.append(m_dir->filePath(QStringLiteral("corpus/%1.txt").arg(i)));
            QVERIFY(writeFile(files.last(),
                              "Article " + QByteArray::number(i) + "\n\n"
                                  + QByteArray(3000, char('a' + i % 26)) + "\n"));
        }
        QCOMPARE(TextFileImporter(*project).importPaths(files).importedIds.size(), 40);
    }
    m_project = readAll(m_dir->filePath(QStringLiteral("test.marginalia")));
    QVERIFY(!withDamagedLeafPage(m_project).isEmpty());
}

void TestIntegrityCheck::cleanup()
{
    IntegrityLedger::setFolder(QString());
    m_dir.reset();
}

void TestIntegrityCheck::aSoundFileIsCheckedOnAThreadAndTrustedAfter()
{
    const QString received = m_dir->filePath(QStringLiteral("received.marginalia"));
    QVERIFY(writeFile(received, m_project));
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(received));
        ProjectSession *session = window.session();
        QVERIFY(session);
        // Open and shown, the check still to come from its thread.
        QVERIFY(session->isCheckingIntegrity());
        QVERIFY(
            window.statusBar()->currentMessage().contains(QLatin1String("received.marginalia")));
        QSignalSpy verdicts(session, &ProjectSession::integrityChecked);
        QTRY_VERIFY(!session->isCheckingIntegrity());
        QCOMPARE(window.session(), session);
        QCOMPARE(verdicts.size(), 1);
        QCOMPARE(verdicts.first().at(0).toBool(), false);
        QCOMPARE(verdicts.first().at(1).toString(), QString());
        QVERIFY(!damageMessage());
        // The day's backup, which waited for the check.
        session->finishDailyBackup();
        QTRY_VERIFY(QFileInfo::exists(m_dir->filePath(QStringLiteral("received.backups"))));
        // Checked: a job's connection opened now needs no check of its own.
        ProjectDatabase::OpenResult job = ProjectDatabase::open(received);
        QVERIFY(job.database);
        QCOMPARE(job.integrityCheck, ProjectDatabase::IntegrityCheck::Trusted);
    }
    // Closed by the window: trusted at the next open, which checks nothing.
    if (!IntegrityLedger::tracksChanges(received))
        QSKIP("the temporary folder's file system stamps changes too coarsely to trust a file");
    MainWindow window;
    QVERIFY(window.openProject(received));
    QVERIFY(!window.session()->isCheckingIntegrity());
}

void TestIntegrityCheck::aDamagedFileIsClosedWithAMessageThatOffersItsBackups()
{
    const QString received = m_dir->filePath(QStringLiteral("received.marginalia"));
    QVERIFY(writeFile(received, withDamagedLeafPage(m_project)));
    MainWindow window;
    window.show();
    QVERIFY(window.openProject(received));
    QVERIFY(window.session());
    QTRY_VERIFY(damageMessage());
    QVERIFY(!window.session());
    QMessageBox *box = damageMessage();
    QVERIFY2(box->text().contains(QLatin1String("received.marginalia")), qPrintable(box->text()));
    QVERIFY(box->text().contains(QLatin1String("damaged")));
    QVERIFY(!window.statusBar()->currentMessage().contains(QLatin1String("Checking")));
    // No daily backup of a damaged file: it would push a good one out.
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("received.backups"))));

    // Its backups, although the project is no longer open.
    QString listed;
    auto *timer = new QTimer(&window);
    timer->setInterval(10);
    connect(timer, &QTimer::timeout, &window, [timer, &listed] {
        auto *dialog = qobject_cast<RestoreBackupDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer->stop();
        listed = dialog->windowTitle();
        dialog->reject();
    });
    timer->start();
    QPushButton *restore = nullptr;
    for (QAbstractButton *b : box->buttons()) {
        if (b->text().remove(QLatin1Char('&')).startsWith(QLatin1String("Restore")))
            restore = qobject_cast<QPushButton *>(b);
    }
    QVERIFY(restore);
    restore->click();
    QTRY_VERIFY(!listed.isEmpty());
}

QTEST_MAIN(TestIntegrityCheck)
#include "tst_integritycheck.moc"
