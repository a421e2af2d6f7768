// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's keyboard shortcuts: no key is bound twice among the
// window's actions (Qt then says "Ambiguous shortcut overload" and does
// nothing), and Redo answers Ctrl+Shift+Z and Ctrl+Y. A real MainWindow on
// the offscreen platform over a real project file.
#include "articleview.h"
#include "mainwindow.h"
#include "projectsession.h"
#include "shortcutlist.h"
#include "testhelpers.h"

#include <QAction>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace Marginalia;
using namespace TestHelpers;

class TestShortcuts : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void noKeyIsBoundTwice();
    void menusNameKeysAsUsersKnowThem();
    void redoAnswersItsKeys_data();
    void redoAnswersItsKeys();
    void undoAnswersCtrlZ();
    void redoKeysAreEachOnce_data();
    void redoKeysAreEachOnce();

private:
    /// A project of two articles, the first shown, one mention added and
    /// undone (so that Redo has something to do).
    void openWithUndoneMention();
    qint64 annotations() const { return rawQueryInt(m_path, "SELECT count(*) FROM annotations"); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_path;
};

void TestShortcuts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestShortcuts::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_window = std::make_unique<MainWindow>();
}

void TestShortcuts::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

void TestShortcuts::openWithUndoneMention()
{
    {
        auto project = createProject(*m_dir);
        QVERIFY(project);
        m_path = project->path();
        QVector<NewArticle> batch(2);
        batch[0].title = QStringLiteral("Premier");
        batch[0].text = QStringLiteral("Premier\nAnne Hidalgo a parlé.");
        batch[1].title = QStringLiteral("Second");
        batch[1].text = QStringLiteral("Second\nRien à signaler.");
        QVector<ProjectDatabase::InsertOutcome> outcomes;
        QString error;
        QVERIFY2(project->insertArticles(batch, &outcomes, &error), qPrintable(error));
    }
    QVERIFY(m_window->openProject(m_path, true));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get())); // shortcuts need it
    const qint64 first = rawQueryInt(m_path, "SELECT min(id) FROM articles");
    const qint64 per = rawQueryInt(m_path, "SELECT id FROM labels WHERE name = 'PER'");
    const qint64 start = codePointOffset(m_window->articleView()->text(), u"Anne");
    QVERIFY(m_window->session()->addAnnotation(first, start, start + 12, per) > 0);
    m_window->session()->undoStack()->undo();
    QCOMPARE(annotations(), 0);
    QVERIFY(m_window->session()->undoStack()->canRedo());
    m_window->articleView()->setFocus();
}

void TestShortcuts::noKeyIsBoundTwice()
{
    openWithUndoneMention();
    // Keys of the window's own actions fire wherever the focus is in it;
    // panel actions (WidgetWithChildrenShortcut) take theirs first while
    // their panel has the focus, on purpose.
    QMap<QKeySequence, QStringList> owners;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->shortcutContext() != Qt::WindowShortcut
            && action->shortcutContext() != Qt::ApplicationShortcut)
            continue;
        const QList<QKeySequence> keys = action->shortcuts();
        for (const QKeySequence &key : keys) {
            if (key.isEmpty())
                continue;
            owners[key].append(action->text());
        }
    }
    QVERIFY(owners.size() > 20); // the walk found the menus' actions
    QStringList clashes;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it.value().size() > 1)
            clashes.append(
                QStringLiteral("%1: %2").arg(it.key().toString(QKeySequence::PortableText),
                                             it.value().join(QStringLiteral(", "))));
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
}

void TestShortcuts::menusNameKeysAsUsersKnowThem()
{
    // "Backtab" was shown for Shift+Tab (issue 12, defect 17).
    int named = 0;
    for (const QAction *action : m_window->findChildren<QAction *>()) {
        const QString shown = action->shortcut().toString(QKeySequence::NativeText);
        QVERIFY2(!shown.contains(QLatin1String("Backtab")), qPrintable(action->text()));
        if (shown == QLatin1String("Shift+Tab"))
            ++named;
    }
    QCOMPARE(named, 1);
}

void TestShortcuts::redoAnswersItsKeys_data()
{
    QTest::addColumn<QKeySequence>("key");
    QTest::newRow("Ctrl+Shift+Z") << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
    QTest::newRow("Ctrl+Y") << QKeySequence(Qt::CTRL | Qt::Key_Y);
}

void TestShortcuts::redoAnswersItsKeys()
{
    QFETCH(QKeySequence, key);
    openWithUndoneMention();
    QTest::keySequence(m_window->articleView(), key);
    QCOMPARE(annotations(), 1);
    QVERIFY(!m_window->session()->undoStack()->canRedo());
}

void TestShortcuts::undoAnswersCtrlZ()
{
    openWithUndoneMention();
    m_window->session()->undoStack()->redo();
    QCOMPARE(annotations(), 1);
    QTest::keySequence(m_window->articleView(), QKeySequence(Qt::CTRL | Qt::Key_Z));
    QCOMPARE(annotations(), 0);
}

void TestShortcuts::redoKeysAreEachOnce_data()
{
    // Redo's bindings in Qt's key schemes: the offscreen platform used here
    // has the first; X11 desktops (KDE, GNOME), where the defect showed,
    // the second.
    QTest::addColumn<QList<QKeySequence>>("platform");
    QTest::addColumn<QList<QKeySequence>>("expected");
    const QKeySequence ctrlShiftZ(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
    const QKeySequence ctrlY(Qt::CTRL | Qt::Key_Y);
    const QKeySequence altShiftBackspace(Qt::ALT | Qt::SHIFT | Qt::Key_Backspace);
    QTest::newRow("Windows scheme") << QList<QKeySequence> { ctrlY, altShiftBackspace, ctrlShiftZ }
                                    << QList<QKeySequence> { ctrlY, altShiftBackspace, ctrlShiftZ };
    QTest::newRow("X11 scheme") << QList<QKeySequence> { ctrlShiftZ }
                                << QList<QKeySequence> { ctrlShiftZ, ctrlY };
    QTest::newRow("no binding") << QList<QKeySequence>()
                                << QList<QKeySequence> { ctrlShiftZ, ctrlY };
    QTest::newRow("this platform")
        << QKeySequence::keyBindings(QKeySequence::Redo) << QList<QKeySequence>();
}

void TestShortcuts::redoKeysAreEachOnce()
{
    QFETCH(QList<QKeySequence>, platform);
    QFETCH(QList<QKeySequence>, expected);
    const QList<QKeySequence> extra { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z),
                                      QKeySequence(Qt::CTRL | Qt::Key_Y) };
    const QList<QKeySequence> keys = ShortcutList::merged(platform, extra);
    if (!expected.isEmpty())
        QCOMPARE(keys, expected);
    for (const QKeySequence &key : keys)
        QCOMPARE(keys.count(key), 1);
    for (const QKeySequence &key : extra)
        QVERIFY(keys.contains(key));
    for (const QKeySequence &key : platform)
        QVERIFY(keys.contains(key));
}

QTEST_MAIN(TestShortcuts)
#include "tst_shortcuts.moc"
