// SPDX-License-Identifier: GPL-3.0-or-later
// Find in article in the real window, offscreen, over a real project file:
// Ctrl+F, incremental matches with case and accents folded, the count,
// Enter / Shift+Enter / F3 / Shift+F3, Esc, and tagging the match found.
#include "annotationhighlighter.h"
#include "articleview.h"
#include "findbar.h"
#include "mainwindow.h"
#include "projectdatabase.h"
#include "testhelpers.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolButton>

using namespace Marginalia;
using namespace TestHelpers;

namespace {

void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

// Four matches of "macron" with case and accents folded; an emoji first, so
// code points and UTF-16 differ.
const QString Text =
    QStringLiteral("Titre 😀\nEmmanuel Macron, puis MACRON, enfin Mâcron et les macronistes.");

} // namespace

class TestFindBar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void countsAndSteps();
    void optionsMatchCaseAndAccents();
    void escClosesAndTheMatchCanBeTagged();
    void annotationsStayPainted();
    void anotherArticleIsSearchedToo();
    void noMatch();
    void longArticleHighlightsWhatIsInView();
    void filterMovedToCtrlShiftL();

private:
    void openWith(const QStringList &texts);
    ArticleView::Span spanOf(int occurrence, const QString &needle);
    QString count() const { return m_window->findBar()->countText(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_path;
    QLineEdit *m_find = nullptr;
};

void TestFindBar::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestFindBar::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1200, 800);
    m_find = m_window->findBar()->findChild<QLineEdit *>(QStringLiteral("findText"));
    QVERIFY(m_find);
}

void TestFindBar::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

void TestFindBar::openWith(const QStringList &texts)
{
    {
        auto project = createProject(*m_dir);
        QVERIFY(project);
        m_path = project->path();
        QVector<NewArticle> batch;
        for (const QString &text : texts) {
            NewArticle a;
            a.title = text.section(QLatin1Char('\n'), 0, 0);
            a.text = text;
            batch.append(a);
        }
        QVector<ProjectDatabase::InsertOutcome> outcomes;
        QString error;
        QVERIFY(project->insertArticles(batch, &outcomes, &error));
    }
    QVERIFY(m_window->openProject(m_path, true));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    m_window->articleView()->setFocus();
    QVERIFY(m_window->currentArticle() > 0);
}

// The code points of the \a occurrence-th (from 0) exact \a needle in the text.
ArticleView::Span TestFindBar::spanOf(int occurrence, const QString &needle)
{
    const QString &text = m_window->articleView()->text();
    qsizetype at = -1;
    for (int i = 0; i <= occurrence; ++i)
        at = text.indexOf(needle, at + 1);
    const qint64 start = text.left(at).toUcs4().size();
    return { start, start + needle.toUcs4().size() };
}

void TestFindBar::countsAndSteps()
{
    openWith({ Text });
    ArticleView *view = m_window->articleView();
    QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Ctrl+F")));
    QVERIFY(m_window->findBar()->isVisible());
    QTRY_COMPARE(QApplication::focusWidget(), m_find);

    // Incremental: the first letters already find, more letters narrow.
    typeText(m_find, QStringLiteral("mac"));
    QCOMPARE(count(), QStringLiteral("1 of 4"));
    typeText(m_find, QStringLiteral("ron"));
    QCOMPARE(count(), QStringLiteral("1 of 4"));
    QCOMPARE(view->extraSelections().size(), 4);
    QCOMPARE(view->selectedRange(), spanOf(0, QStringLiteral("Macron")));
    QCOMPARE(view->textCursor().selectedText(), QStringLiteral("Macron"));

    QTest::keyClick(m_find, Qt::Key_Return);
    QCOMPARE(count(), QStringLiteral("2 of 4"));
    QCOMPARE(view->selectedRange(), spanOf(0, QStringLiteral("MACRON")));
    QTest::keyClick(m_find, Qt::Key_Return);
    QCOMPARE(view->selectedRange(), spanOf(0, QStringLiteral("Mâcron")));
    QTest::keyClick(m_find, Qt::Key_Return, Qt::ShiftModifier);
    QTest::keyClick(m_find, Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(count(), QStringLiteral("1 of 4"));
    // Wraps around both ways.
    QTest::keyClick(m_find, Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(count(), QStringLiteral("4 of 4"));
    QCOMPARE(view->selectedRange(), spanOf(0, QStringLiteral("macron")));
    // F3 and Shift+F3 are the window's: they work from the find box too.
    QTest::keyClick(m_find, Qt::Key_F3);
    QCOMPARE(count(), QStringLiteral("1 of 4"));
    QTest::keyClick(m_find, Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(count(), QStringLiteral("4 of 4"));
    QCOMPARE(QApplication::focusWidget(), m_find);
}

void TestFindBar::optionsMatchCaseAndAccents()
{
    openWith({ Text });
    ArticleView *view = m_window->articleView();
    QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Ctrl+F")));
    typeText(m_find, QStringLiteral("macron"));
    QCOMPARE(count(), QStringLiteral("1 of 4"));
    auto *accents =
        m_window->findBar()->findChild<QToolButton *>(QStringLiteral("findMatchAccents"));
    auto *matchCase =
        m_window->findBar()->findChild<QToolButton *>(QStringLiteral("findMatchCase"));
    QVERIFY(accents && matchCase);
    QVERIFY(!accents->isChecked() && !matchCase->isChecked()); // insensitive by default
    QTest::mouseClick(accents, Qt::LeftButton);
    QCOMPARE(count(), QStringLiteral("1 of 3"));
    QCOMPARE(view->extraSelections().size(), 3);
    QTest::mouseClick(matchCase, Qt::LeftButton);
    QCOMPARE(count(), QStringLiteral("1 of 1"));
    QCOMPARE(view->selectedRange(), spanOf(0, QStringLiteral("macron")));
    QTest::mouseClick(accents, Qt::LeftButton);
    QCOMPARE(count(), QStringLiteral("1 of 1"));
    // Case matched, accents not: "Mâcron" is also "Macron".
    m_find->selectAll();
    typeText(m_find, QStringLiteral("Mâcron"));
    QCOMPARE(view->foundSpans(),
             (QVector<ArticleView::Span> { spanOf(0, QStringLiteral("Macron")),
                                           spanOf(0, QStringLiteral("Mâcron")) }));
    QTest::mouseClick(accents, Qt::LeftButton);
    QCOMPARE(count(), QStringLiteral("1 of 1"));
    QCOMPARE(view->selectedRange(), spanOf(0, QStringLiteral("Mâcron")));
}

void TestFindBar::escClosesAndTheMatchCanBeTagged()
{
    openWith({ Text });
    ArticleView *view = m_window->articleView();
    QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Ctrl+F")));
    typeText(m_find, QStringLiteral("macron"));
    QTest::keyClick(m_find, Qt::Key_Return);
    QCOMPARE(view->selectedRange(), spanOf(0, QStringLiteral("MACRON")));

    QTest::keyClick(m_find, Qt::Key_Escape);
    QVERIFY(!m_window->findBar()->isVisible());
    QVERIFY(view->extraSelections().isEmpty());
    QCOMPARE(QApplication::focusWidget(), view);
    QCOMPARE(view->selectedRange(), spanOf(0, QStringLiteral("MACRON")));
    // The match is the selection: the PER hotkey tags it.
    QTest::keyClick(view, Qt::Key_1);
    const ArticleView::Span first = spanOf(0, QStringLiteral("MACRON"));
    QCOMPARE(rawQueryRows(m_path, "SELECT start, \"end\" FROM annotations"),
             QStringList { QStringLiteral("%1|%2").arg(first.first).arg(first.second) });

    // F3 from the text finds the next match of the last search, and the text
    // keeps the focus, so tagging goes on.
    QTest::keyClick(view, Qt::Key_F3);
    QVERIFY(m_window->findBar()->isVisible());
    QCOMPARE(QApplication::focusWidget(), view);
    QCOMPARE(view->selectedRange(), spanOf(0, QStringLiteral("Mâcron")));
    QCOMPARE(count(), QStringLiteral("3 of 4"));
    QTest::keyClick(view, Qt::Key_1);
    QCOMPARE(rawQueryInt(m_path, "SELECT count(*) FROM annotations"), 2);
    // Esc from the text closes the bar too.
    QTest::keyClick(view, Qt::Key_Escape);
    QVERIFY(!m_window->findBar()->isVisible());
    QVERIFY(view->extraSelections().isEmpty());
}

void TestFindBar::annotationsStayPainted()
{
    openWith({ Text });
    ArticleView *view = m_window->articleView();
    view->selectSpan(spanOf(0, QStringLiteral("Emmanuel Macron")));
    QTest::keyClick(view, Qt::Key_1);
    QCOMPARE(view->annotations().size(), 1);
    const QTextBlock block = view->document()->findBlockByNumber(1);
    const auto formats = block.layout()->formats();
    QVERIFY(!formats.isEmpty());

    QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Ctrl+F")));
    typeText(m_find, QStringLiteral("macron"));
    QCOMPARE(view->extraSelections().size(), 4);
    // Found spans are painted over the text layout, not into it: the
    // annotation's format is still there, and the found colour lets it show.
    QCOMPARE(block.layout()->formats(), formats);
    QVERIFY(view->extraSelections().at(0).format.background().color().alpha() < 255);
    QTest::keyClick(m_find, Qt::Key_Escape);
    QCOMPARE(block.layout()->formats(), formats);
}

void TestFindBar::anotherArticleIsSearchedToo()
{
    openWith({ Text, QStringLiteral("Deux\nMacron et macron.") });
    QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Ctrl+F")));
    typeText(m_find, QStringLiteral("macron"));
    QCOMPARE(count(), QStringLiteral("1 of 4"));
    QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Ctrl+PgDown")));
    QCOMPARE(m_window->articleView()->text(), QStringLiteral("Deux\nMacron et macron."));
    QCOMPARE(count(), QStringLiteral("1 of 2"));
    QCOMPARE(m_window->articleView()->selectedRange(), ArticleView::Span(5, 11));
}

void TestFindBar::noMatch()
{
    openWith({ Text });
    QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Ctrl+F")));
    typeText(m_find, QStringLiteral("scholz"));
    QCOMPARE(count(), QStringLiteral("No match"));
    QVERIFY(m_window->articleView()->extraSelections().isEmpty());
    QTest::keyClick(m_find, Qt::Key_Return); // nothing to go to; nothing breaks
    QCOMPARE(count(), QStringLiteral("No match"));
    m_find->clear();
    QCOMPARE(count(), QString());
}

void TestFindBar::longArticleHighlightsWhatIsInView()
{
    QString text = QStringLiteral("Long\n");
    for (int i = 0; i < 400; ++i)
        text += QStringLiteral("Paragraphe %1 : Emmanuel Macron parle.\n\n").arg(i);
    openWith({ text });
    ArticleView *view = m_window->articleView();
    QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Ctrl+F")));
    typeText(m_find, QStringLiteral("macron"));
    QCOMPARE(count(), QStringLiteral("1 of 400"));
    QCOMPARE(view->foundSpans().size(), 400);
    // Only what is in view is highlighted, the first match among them...
    const qsizetype shown = view->extraSelections().size();
    QVERIFY2(shown > 0 && shown < 100, qPrintable(QString::number(shown)));
    const auto highlighted = [view](const ArticleView::Span &span) {
        for (const QTextEdit::ExtraSelection &s : view->extraSelections()) {
            if (s.cursor.selectionStart() == span.first && s.cursor.selectionEnd() == span.second)
                return true; // the text is all BMP: code points are UTF-16 here
        }
        return false;
    };
    QVERIFY(highlighted(view->foundSpans().first()));
    // ... and scrolling to the last one highlights it.
    QTest::keyClick(m_find, Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(count(), QStringLiteral("400 of 400"));
    QVERIFY(highlighted(view->foundSpans().last()));
    QVERIFY(!highlighted(view->foundSpans().first()));
    // Scrolling by hand too.
    view->verticalScrollBar()->setValue(0);
    QVERIFY(highlighted(view->foundSpans().first()));
}

void TestFindBar::filterMovedToCtrlShiftL()
{
    openWith({ Text });
    QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Ctrl+Shift+L")));
    auto *focused = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(focused);
    QCOMPARE(focused->placeholderText(), QStringLiteral("Filter by title"));
    QVERIFY(!m_window->findBar()->isVisible());
    QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Ctrl+F")));
    QCOMPARE(QApplication::focusWidget(), m_find);
}

QTEST_MAIN(TestFindBar)
#include "tst_findbar.moc"
