// SPDX-License-Identifier: GPL-3.0-or-later
// The note on an annotation (issue 12, defect 11): Ctrl+Enter confirms,
// Enter makes a new line, Tab moves the focus instead of typing a tab, and
// long lines wrap. A real dialog on the offscreen platform; the window's
// Edit Note stores what it returns.
#include "articleview.h"
#include "mainwindow.h"
#include "modalanswer.h"
#include "notedialog.h"
#include "projectsession.h"
#include "testhelpers.h"

#include <QAction>
#include <QApplication>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextLayout>
#include <QTimer>

using namespace Marginalia;
using namespace TestHelpers;

class TestNoteDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void ctrlEnterConfirms_data();
    void ctrlEnterConfirms();
    void escapeCancels();
    void tabMovesTheFocus();
    void longLinesWrap();
    void editNoteStoresIt();

private:
    QPlainTextEdit *edit(NoteDialog &dialog)
    {
        return dialog.findChild<QPlainTextEdit *>(QStringLiteral("note"));
    }
};

void TestNoteDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestNoteDialog::ctrlEnterConfirms_data()
{
    QTest::addColumn<int>("key");
    QTest::newRow("Return") << int(Qt::Key_Return);
    QTest::newRow("Enter of the keypad") << int(Qt::Key_Enter);
}

void TestNoteDialog::ctrlEnterConfirms()
{
    QFETCH(int, key);
    NoteDialog dialog(QStringLiteral("Note:"), QStringLiteral("première ligne"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QPlainTextEdit *text = edit(dialog);
    QVERIFY(text);
    QTest::keyClick(text, Qt::Key_Return); // a new line, not a confirmation
    QVERIFY(dialog.isVisible());
    QTest::keyClicks(text, QStringLiteral("seconde"));
    QTest::keyClick(text, Qt::Key(key), Qt::ControlModifier);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.note(), QStringLiteral("première ligne\nseconde"));
}

void TestNoteDialog::escapeCancels()
{
    NoteDialog dialog(QStringLiteral("Note:"), QStringLiteral("gardée"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(edit(dialog), QStringLiteral(" et autre"));
    QTest::keyClick(edit(dialog), Qt::Key_Escape);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TestNoteDialog::tabMovesTheFocus()
{
    NoteDialog dialog(QStringLiteral("Note:"), QStringLiteral("texte"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QPlainTextEdit *text = edit(dialog);
    text->setFocus();
    QVERIFY(text->hasFocus());
    QTest::keyClick(text, Qt::Key_Tab);
    QCOMPARE(dialog.note(), QStringLiteral("texte"));
    QVERIFY(!text->hasFocus());
}

void TestNoteDialog::longLinesWrap()
{
    NoteDialog dialog(QStringLiteral("Note:"), QStringLiteral("mot ").repeated(200));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QPlainTextEdit *text = edit(dialog);
    QCOMPARE(text->lineWrapMode(), QPlainTextEdit::WidgetWidth);
    QCOMPARE(text->horizontalScrollBar()->maximum(), 0);
    QVERIFY(text->document()->firstBlock().layout()->lineCount() > 1);
}

void TestNoteDialog::editNoteStoresIt()
{
    QTemporaryDir dir;
    QString path;
    {
        auto project = createProject(dir);
        QVERIFY(project);
        path = project->path();
        QVector<NewArticle> batch(1);
        batch[0].title = QStringLiteral("Titre");
        batch[0].text = QStringLiteral("Titre\nAnne Hidalgo a parlé.");
        QVector<ProjectDatabase::InsertOutcome> outcomes;
        QString error;
        QVERIFY2(project->insertArticles(batch, &outcomes, &error), qPrintable(error));
    }
    MainWindow window;
    QVERIFY(window.openProject(path, true));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const qint64 article = rawQueryInt(path, "SELECT min(id) FROM articles");
    const qint64 per = rawQueryInt(path, "SELECT id FROM labels WHERE name = 'PER'");
    const qint64 start = codePointOffset(window.articleView()->text(), u"Anne");
    const qint64 id = window.session()->addAnnotation(article, start, start + 12, per);
    QVERIFY(id > 0);
    // Selected by a click on it, as the analyst would.
    ArticleView *view = window.articleView();
    QTextCursor cursor(view->document());
    cursor.setPosition(int(view->text().indexOf(QStringLiteral("Hidalgo"))));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->cursorRect(cursor).center());
    QCOMPARE(view->selectedAnnotation(), id);
    QAction *editNote = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text().remove(QLatin1Char('&')).startsWith(QStringLiteral("Edit Note")))
            editNote = action;
    }
    QVERIFY(editNote);
    QVERIFY(editNote->isEnabled());
    bool answered = false;
    answerNextModal(&window, [&answered](QWidget *modal) {
        auto *dialog = qobject_cast<NoteDialog *>(modal);
        if (!dialog)
            return false;
        auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("note"));
        QTest::keyClicks(text, QStringLiteral("maire de Paris"));
        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
        answered = true;
        return true;
    });
    editNote->trigger();
    QVERIFY(answered);
    QCOMPARE(rawQueryRows(path, "SELECT note FROM annotations"),
             QStringList { QStringLiteral("maire de Paris") });
}

QTEST_MAIN(TestNoteDialog)
#include "tst_notedialog.moc"
