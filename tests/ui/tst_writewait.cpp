// SPDX-License-Identifier: GPL-3.0-or-later
// An edit made while another process holds the project's write lock: the
// holder is named, the edit waits and is stored once the lock is free, or
// is given up and then shown nowhere as done. The other process is this
// test binary run again (see main()), holding a real SQLite write
// transaction on the project file.
#include "mainwindow.h"
#include "projectdatabase.h"
#include "projectsession.h"
#include "testhelpers.h"
#include "writelockholder.h"
#include "writewaitdialog.h"

#include <QApplication>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <sqlite3.h>

#include <cstdio>

using namespace Marginalia;
using namespace TestHelpers;

namespace {

const char HolderVariable[] = "TST_WRITEWAIT_HOLD";

// The child's side: BEGIN IMMEDIATE on the project, say so, and hold the
// lock until the parent closes our stdin (or dies).
int holdWriteLock(const QByteArray &path)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
        return 2;
    sqlite3_busy_timeout(db, 5000);
    if (sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
        return 3;
    std::fputs("locked\n", stdout);
    std::fflush(stdout);
    char line[16];
    while (std::fgets(line, sizeof line, stdin)) { }
    const int rc = sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return rc == SQLITE_OK ? 0 : 4;
}

// Another process holding the write lock of a project while it lives.
class LockHolder
{
public:
    bool start(const QString &path)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QLatin1String(HolderVariable), path);
        m_process.setProcessEnvironment(environment);
        m_process.start(QCoreApplication::applicationFilePath(), {});
        if (!m_process.waitForStarted() || !m_process.waitForReadyRead(10000))
            return false;
        m_pid = m_process.processId();
        return m_process.readLine().trimmed() == "locked";
    }
    qint64 pid() const { return m_pid; } ///< also once it has ended
    bool release()
    {
        m_process.closeWriteChannel();
        return m_process.waitForFinished(10000) && m_process.exitStatus() == QProcess::NormalExit
            && m_process.exitCode() == 0;
    }
    ~LockHolder()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

private:
    QProcess m_process;
    qint64 m_pid = 0;
};

// Stands for the user in front of the waiting dialog: releases the holder
// and tries again, or gives the edit up.
class ScriptedWaiter : public WriteWaiter
{
public:
    ScriptedWaiter(LockHolder &holder, bool retry)
        : m_holder(holder)
        , m_retry(retry)
    {
    }
    bool waitForWriter(const QString &projectPath, const QString &message) override
    {
        ++waits;
        messages.append(message);
        holderSeen = WriteLockHolder::find(projectPath);
        if (m_retry)
            released = m_holder.release();
        return m_retry;
    }
    void writerGone() override { ++gone; }

    int waits = 0;
    int gone = 0;
    bool released = false;
    QStringList messages;
    std::optional<WriteLockHolder> holderSeen;

private:
    LockHolder &m_holder;
    bool m_retry;
};

} // namespace

class TestWriteWait : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void theHolderIsNamed();
    void anEditWaitsAndIsStored();
    void aGivenUpEditIsNotShownAsDone();
    void anUndoWaitsToo();
    void theWindowWaitsAndRetriesByItself();
    void theWindowLetsTheUserGiveUp();
    void closingTheWindowGivesUpTheEditFirst();

private:
    qint64 perLabel() const;
    qint64 annotationCount() const
    {
        return rawQueryInt(m_path, "SELECT count(*) FROM annotations");
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    qint64 m_article = 0;
};

void TestWriteWait::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    std::unique_ptr<ProjectDatabase> database = createProject(*m_dir);
    QVERIFY(database);
    m_path = database->path();
    QVector<NewArticle> batch(1);
    batch[0].title = QStringLiteral("Moscou");
    batch[0].text = QStringLiteral("Moscou\nVladimir Poutine reçoit Xi Jinping à Moscou.");
    QVector<ProjectDatabase::InsertOutcome> outcomes;
    QString error;
    QVERIFY2(database->insertArticles(batch, &outcomes, &error), qPrintable(error));
    m_article = outcomes.at(0).id;
}

void TestWriteWait::cleanup()
{
    m_dir.reset();
}

qint64 TestWriteWait::perLabel() const
{
    return rawQueryInt(m_path, "SELECT id FROM labels WHERE name = 'PER'");
}

void TestWriteWait::theHolderIsNamed()
{
    ProjectDatabase::OpenResult opened = ProjectDatabase::open(m_path);
    QVERIFY2(opened.database, qPrintable(opened.error));
    QVERIFY(!WriteLockHolder::find(m_path));
    LockHolder holder;
    QVERIFY(holder.start(m_path));
    const std::optional<WriteLockHolder> found = WriteLockHolder::find(m_path);
    QVERIFY(found);
    QCOMPARE(found->pid, holder.pid());
    QVERIFY(!found->thisProcess);
    QCOMPARE(found->program, QFileInfo(QCoreApplication::applicationFilePath()).fileName());
    QVERIFY2(found->describe().contains(QString::number(holder.pid())),
             qPrintable(found->describe()));

    // The CLI's way: no waiter, a short timeout, a message naming the holder.
    opened.database->setBusyTimeout(50);
    QString error;
    QVERIFY(!opened.database->setArticleStatus(m_article, ArticleStatus::Done, &error));
    QVERIFY(opened.database->lastFailureWasBusy());
    QVERIFY2(error.contains(QString::number(holder.pid())), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1Char('\n')), qPrintable(error));

    QVERIFY(holder.release());
    QVERIFY(!WriteLockHolder::find(m_path));
    opened.database->clearLastFailure();
    QVERIFY2(opened.database->setArticleStatus(m_article, ArticleStatus::Done, &error),
             qPrintable(error));
    QVERIFY(!opened.database->lastFailureWasBusy());
}

void TestWriteWait::anEditWaitsAndIsStored()
{
    ProjectDatabase::OpenResult opened = ProjectDatabase::open(m_path);
    QVERIFY2(opened.database, qPrintable(opened.error));
    ProjectSession session(std::move(opened.database));
    LockHolder holder;
    QVERIFY(holder.start(m_path));
    ScriptedWaiter waiter(holder, true);
    session.setWriteWaiter(&waiter);
    QSignalSpy errors(&session, &ProjectSession::errorOccurred);

    const qint64 id = session.addAnnotation(m_article, 7, 23, perLabel());
    QVERIFY(id > 0);
    QCOMPARE(waiter.waits, 1);
    QVERIFY(waiter.released);
    QCOMPARE(waiter.gone, 1);
    QVERIFY(waiter.holderSeen);
    QCOMPARE(waiter.holderSeen->pid, holder.pid());
    QVERIFY2(waiter.messages.value(0).contains(QString::number(holder.pid())),
             qPrintable(waiter.messages.value(0)));
    QCOMPARE(errors.count(), 0);
    QCOMPARE(session.undoStack()->count(), 1);
    QCOMPARE(annotationCount(), 1);
}

void TestWriteWait::aGivenUpEditIsNotShownAsDone()
{
    ProjectDatabase::OpenResult opened = ProjectDatabase::open(m_path);
    QVERIFY2(opened.database, qPrintable(opened.error));
    ProjectSession session(std::move(opened.database));
    LockHolder holder;
    QVERIFY(holder.start(m_path));
    ScriptedWaiter waiter(holder, false);
    session.setWriteWaiter(&waiter);
    QSignalSpy errors(&session, &ProjectSession::errorOccurred);
    QSignalSpy added(&session, &ProjectSession::annotationAdded);

    QCOMPARE(session.addAnnotation(m_article, 7, 23, perLabel()), 0);
    QCOMPARE(waiter.waits, 1);
    QCOMPARE(errors.count(), 1);
    QVERIFY2(errors.first().first().toString().contains(QString::number(holder.pid())),
             qPrintable(errors.first().first().toString()));
    QCOMPARE(added.count(), 0);
    QCOMPARE(session.undoStack()->count(), 0);
    QVERIFY(holder.release());
    QCOMPARE(annotationCount(), 0);

    // Free again: the same edit goes through without asking.
    QVERIFY(session.addAnnotation(m_article, 7, 23, perLabel()) > 0);
    QCOMPARE(waiter.waits, 1);
    QCOMPARE(annotationCount(), 1);
}

void TestWriteWait::anUndoWaitsToo()
{
    ProjectDatabase::OpenResult opened = ProjectDatabase::open(m_path);
    QVERIFY2(opened.database, qPrintable(opened.error));
    ProjectSession session(std::move(opened.database));
    QVERIFY(session.addAnnotation(m_article, 7, 23, perLabel()) > 0);
    LockHolder holder;
    QVERIFY(holder.start(m_path));
    ScriptedWaiter waiter(holder, true);
    session.setWriteWaiter(&waiter);

    session.undoStack()->undo();
    QCOMPARE(waiter.waits, 1);
    QCOMPARE(annotationCount(), 0);
    QCOMPARE(session.undoStack()->index(), 0);
}

void TestWriteWait::theWindowWaitsAndRetriesByItself()
{
    MainWindow window;
    QVERIFY(window.openProject(m_path));
    window.show();
    LockHolder holder;
    QVERIFY(holder.start(m_path));

    // While the edit waits, the dialog shows who writes; then the other
    // program finishes, and nobody clicks anything.
    bool shown = false;
    QString text;
    bool released = false;
    QTimer::singleShot(300, &window, [&] {
        auto *dialog = window.findChild<WriteWaitDialog *>();
        shown = dialog && dialog->isVisible();
        if (dialog) {
            for (const QLabel *label : dialog->findChildren<QLabel *>())
                text += label->text();
        }
        released = holder.release();
    });
    const qint64 id = window.session()->addAnnotation(m_article, 7, 23, perLabel());
    QVERIFY(shown);
    QVERIFY2(text.contains(QString::number(holder.pid())), qPrintable(text));
    QVERIFY(released);
    QVERIFY(id > 0);
    QCOMPARE(annotationCount(), 1);
    QCOMPARE(window.session()->undoStack()->count(), 1);
    QVERIFY(!window.findChild<WriteWaitDialog *>()->isVisible());
}

void TestWriteWait::theWindowLetsTheUserGiveUp()
{
    MainWindow window;
    QVERIFY(window.openProject(m_path));
    window.show();
    LockHolder holder;
    QVERIFY(holder.start(m_path));

    bool clicked = false;
    QTimer::singleShot(300, &window, [&] {
        auto *dialog = window.findChild<WriteWaitDialog *>();
        auto *giveUp =
            dialog ? dialog->findChild<QPushButton *>(QStringLiteral("giveUpEdit")) : nullptr;
        if (giveUp && dialog->isVisible()) {
            QTest::mouseClick(giveUp, Qt::LeftButton);
            clicked = true;
        }
    });
    QCOMPARE(window.session()->addAnnotation(m_article, 7, 23, perLabel()), 0);
    QVERIFY(clicked);
    QCOMPARE(window.session()->undoStack()->count(), 0);
    QVERIFY(!window.findChild<WriteWaitDialog *>()->isVisible());
    QVERIFY(holder.release());
    QCOMPARE(annotationCount(), 0);
}

void TestWriteWait::closingTheWindowGivesUpTheEditFirst()
{
    // The session is inside the waiting edit: closing the project there
    // would free it under the edit. The close gives the edit up and happens
    // once the edit has unwound.
    MainWindow window;
    QVERIFY(window.openProject(m_path));
    window.show();
    LockHolder holder;
    QVERIFY(holder.start(m_path));

    bool refusedWhileWaiting = false;
    QTimer::singleShot(300, &window, [&] {
        window.close();
        refusedWhileWaiting = window.session() != nullptr;
    });
    QCOMPARE(window.session()->addAnnotation(m_article, 7, 23, perLabel()), 0);
    QVERIFY(refusedWhileWaiting);
    QVERIFY(window.session());
    QTRY_VERIFY(!window.session());
    QTRY_VERIFY(!window.isVisible());
    QVERIFY(holder.release());
    QCOMPARE(annotationCount(), 0);
}

int main(int argc, char **argv)
{
    const QByteArray held = qgetenv(HolderVariable);
    if (!held.isEmpty())
        return holdWriteLock(held);
    QApplication application(argc, argv);
    TestWriteWait test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_writewait.moc"
