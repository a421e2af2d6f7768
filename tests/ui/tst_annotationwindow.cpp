// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the real main window with mouse and keys on the offscreen platform
// and checks the project file after every step.
#include "annotationlistmodel.h"
#include "articlelistmodel.h"
#include "articleview.h"
#include "mainwindow.h"
#include "projectdatabase.h"
#include "projectsession.h"
#include "testhelpers.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCalendarWidget>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Marginalia;
using namespace TestHelpers;

namespace {

// Annotations as another program sees them in the file: "start end label".
QStringList storedAnnotations(const QString &path)
{
    QStringList rows;
    sqlite3 *db = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr)
            == SQLITE_OK
        && sqlite3_prepare_v2(db,
                              "SELECT n.start, n.\"end\", l.name FROM annotations n "
                              "JOIN labels l ON l.id = n.label_id ORDER BY n.start, n.\"end\"",
                              -1, &statement, nullptr)
            == SQLITE_OK) {
        while (sqlite3_step(statement) == SQLITE_ROW)
            rows.append(QStringLiteral("%1 %2 %3")
                            .arg(sqlite3_column_int64(statement, 0))
                            .arg(sqlite3_column_int64(statement, 1))
                            .arg(QString::fromUtf8(reinterpret_cast<const char *>(
                                sqlite3_column_text(statement, 2)))));
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return rows;
}

} // namespace

class TestAnnotationWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void dragAndHotkeyStoresCodePoints();
    void aLargeCodebookKeepsTheMenuShortAndEveryHotkey();
    void undoAndRedoChangeTheFile();
    void statusBarCountsTheProjectsAnnotations();
    void snapsToWords_data();
    void snapsToWords();
    void altSelectsPartOfACompound();
    void altDisablesSnapping();
    void clickSelectsDeleteRemoves();
    void hotkeyRelabelsTheSelectedAnnotation();
    void widenAndNarrowByWord();
    void tabWalksAnnotations();
    void articleStatusAndNavigation();
    void modelsPassTheTester();
    void panelListsMentionsAndQuotesInTextOrder();
    void hotkeyWithoutSelectionSaysWhy();
    void widenFromInsideACompound();
    void labelIconsAreMadeOnce();
    void titlesSortWithCollation();
    void quotesByHandAndDetected();

private:
    /// A project with these articles (and \a sql run on it first), open.
    void openWith(const QStringList &texts, const QByteArray &sql = {});
    void dragOver(const QString &needle, Qt::KeyboardModifiers modifiers = {});
    void dragBetween(qsizetype from, qsizetype to, Qt::KeyboardModifiers modifiers = {});
    QPoint pointAt(qsizetype utf16, bool after);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_path;
};

void TestAnnotationWindow::initTestCase()
{
    // Recent projects and the demo project go to a test location, not the user's.
    QStandardPaths::setTestModeEnabled(true);
}

void TestAnnotationWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1200, 800);
}

void TestAnnotationWindow::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

void TestAnnotationWindow::openWith(const QStringList &texts, const QByteArray &sql)
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
    if (!sql.isEmpty())
        QVERIFY(rawExec(m_path, sql));
    QVERIFY(m_window->openProject(m_path, true));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get())); // shortcuts need it
    m_window->articleView()->setFocus();
    QVERIFY(m_window->currentArticle() > 0);
}

QPoint TestAnnotationWindow::pointAt(qsizetype utf16, bool after)
{
    ArticleView *view = m_window->articleView();
    QTextCursor cursor(view->document());
    cursor.setPosition(int(utf16));
    const QRect rect = view->cursorRect(cursor);
    // Just inside the character next to the boundary, so the click lands
    // on the intended side of it.
    return QPoint(rect.center().x() + (after ? -2 : 2), rect.center().y());
}

void TestAnnotationWindow::dragBetween(qsizetype from, qsizetype to,
                                       Qt::KeyboardModifiers modifiers)
{
    QWidget *viewport = m_window->articleView()->viewport();
    const QPoint start = pointAt(from, false);
    const QPoint end = pointAt(to, true);
    QTest::mousePress(viewport, Qt::LeftButton, modifiers, start);
    QTest::mouseMove(viewport, (start + end) / 2);
    QTest::mouseMove(viewport, end);
    QTest::mouseRelease(viewport, Qt::LeftButton, modifiers, end);
}

void TestAnnotationWindow::dragOver(const QString &needle, Qt::KeyboardModifiers modifiers)
{
    const QString &text = m_window->articleView()->text();
    const qsizetype at = text.indexOf(needle);
    QVERIFY(at >= 0);
    dragBetween(at, at + needle.size(), modifiers);
}

void TestAnnotationWindow::dragAndHotkeyStoresCodePoints()
{
    const QString text = QStringLiteral("Titre 😀\nLe président 🇫🇷 Emmanuel Macron parle.");
    openWith({ text });
    dragOver(QStringLiteral("Emmanuel Macron"));
    QCOMPARE(m_window->articleView()->textCursor().selectedText(),
             QStringLiteral("Emmanuel Macron"));
    QTest::keyClick(m_window->articleView(), Qt::Key_1);
    const qint64 start = codePointOffset(text, QStringLiteral("Emmanuel"));
    QCOMPARE(storedAnnotations(m_path),
             QStringList { QStringLiteral("%1 %2 PER").arg(start).arg(start + 15) });
    // The new annotation is selected and listed.
    QVERIFY(m_window->articleView()->selectedAnnotation() > 0);
    QCOMPARE(m_window->articleView()->annotations().size(), 1);

    // And painted: the block holds a format range over the name in PER's colour.
    const QTextBlock block = m_window->articleView()->document()->findBlockByNumber(1);
    const qsizetype at = block.text().indexOf(QStringLiteral("Emmanuel Macron"));
    bool painted = false;
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        painted = painted
            || (range.start <= at && range.start + range.length >= at + 15
                && range.format.background().color().rgb()
                    == QColor(QStringLiteral("#0072b2")).rgb());
    }
    QVERIFY(painted);
    // Undo takes the paint away again.
    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    QVERIFY(block.layout()->formats().isEmpty());
}

void TestAnnotationWindow::aLargeCodebookKeepsTheMenuShortAndEveryHotkey()
{
    const QString text = QStringLiteral("Titre\nLe président Emmanuel Macron parle.");
    // 300 more labels; only the last one has a hotkey.
    openWith({ text },
             "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300) "
             "INSERT INTO labels (name, color, position, hotkey) SELECT 'Code ' || i, "
             "'#336699', 100 + i, CASE i WHEN 300 THEN 'z' ELSE '' END FROM n");
    const int labels = int(m_window->session()->labels().size());
    QVERIFY(labels > 300);
    QMenu *menu = nullptr;
    for (QAction *action : m_window->menuBar()->actions()) {
        if (action->text() == QStringLiteral("&Annotation"))
            menu = action->menu();
    }
    QVERIFY(menu);
    const QList<QAction *> entries = menu->actions();
    const auto tagEntries = std::count_if(entries.cbegin(), entries.cend(), [](QAction *a) {
        return a->text().startsWith(QStringLiteral("Tag as "));
    });
    QCOMPARE(int(tagEntries), MainWindow::MenuLabels);
    auto *more = m_window->findChild<QAction *>(QStringLiteral("moreLabels"));
    QVERIFY(more);
    QVERIFY(entries.contains(more));
    QVERIFY2(more->text().contains(QString::number(labels - MainWindow::MenuLabels)),
             qPrintable(more->text()));

    // The hotkey of a label past the menu tags as any other.
    dragOver(QStringLiteral("Emmanuel Macron"));
    QTest::keyClick(m_window->articleView(), Qt::Key_Z);
    const qint64 start = codePointOffset(text, QStringLiteral("Emmanuel"));
    QCOMPARE(storedAnnotations(m_path),
             QStringList { QStringLiteral("%1 %2 Code 300").arg(start).arg(start + 15) });
}

void TestAnnotationWindow::undoAndRedoChangeTheFile()
{
    openWith({ QStringLiteral("Titre\nAngela Merkel et Olaf Scholz à Berlin.") });
    dragOver(QStringLiteral("Berlin"));
    QTest::keyClick(m_window->articleView(), Qt::Key_2);
    // "Titre\n" and "Angela Merkel et Olaf Scholz à " are 37 code points.
    QCOMPARE(storedAnnotations(m_path), QStringList { QStringLiteral("37 43 LOC") });
    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    QCOMPARE(storedAnnotations(m_path), QStringList());
    QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Ctrl+Shift+Z")));
    QCOMPARE(storedAnnotations(m_path), QStringList { QStringLiteral("37 43 LOC") });
    QCOMPARE(m_window->articleView()->annotations().size(), 1);
}

void TestAnnotationWindow::statusBarCountsTheProjectsAnnotations()
{
    // Three mentions in the second article, none in the one shown: the
    // project's count is kept as mentions come and go, not recounted.
    openWith({ QStringLiteral("Un\nAngela Merkel à Berlin."),
               QStringLiteral("Deux\nBerlin, Paris, Rome.") },
             "INSERT INTO annotations (article_id, start, \"end\", label_id, created_at, "
             "modified_at) VALUES (2, 5, 11, 2, 't', 't'), (2, 13, 18, 2, 't', 't'), "
             "(2, 20, 24, 2, 't', 't');");
    const QLabel *status = m_window->findChild<QLabel *>(QStringLiteral("projectStatus"));
    QVERIFY(status);
    QVERIFY2(status->text().contains(QStringLiteral(
                 " 0 mention(s), 0 quote(s) here · 3 mention(s), 0 quote(s) in the project")),
             qPrintable(status->text()));
    dragOver(QStringLiteral("Berlin"));
    QTest::keyClick(m_window->articleView(), Qt::Key_2);
    QVERIFY2(status->text().contains(QStringLiteral(
                 " 1 mention(s), 0 quote(s) here · 4 mention(s), 0 quote(s) in the project")),
             qPrintable(status->text()));
    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    QVERIFY2(status->text().contains(QStringLiteral(
                 " 0 mention(s), 0 quote(s) here · 3 mention(s), 0 quote(s) in the project")),
             qPrintable(status->text()));
}

void TestAnnotationWindow::snapsToWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("dragged"); ///< what the mouse covers
    QTest::addColumn<QString>("tagged"); ///< what gets stored

    QTest::newRow("part of a word grows to the word") << "T\nLe président Macron parle."
                                                      << "acro"
                                                      << "Macron";
    QTest::newRow("French elision: inside l’Élysée gives Élysée")
        << "T\nIl arrive à l’Élysée demain."
        << "l’Ély"
        << "Élysée";
    QTest::newRow("trailing comma and space are left out") << "T\nPoutine, Loukachenko et Choïgou."
                                                           << "Poutine, "
                                                           << "Poutine";
    QTest::newRow("two words stay whole") << "T\nLe chef Vladimir Poutine arrive."
                                          << "ladimir Pout"
                                          << "Vladimir Poutine";
    QTest::newRow("Chinese word from the dictionary") << "T\n习近平在北京会见了普京。"
                                                      << "北京"
                                                      << "北京";
    // Issue 12: names were cut at the hyphen.
    QTest::newRow("hyphenated union name stays whole") << "T\nLe syndicat SUD-Rail appelle."
                                                       << "Rail"
                                                       << "SUD-Rail";
    QTest::newRow("hyphenated first name stays whole") << "T\nJean-Luc Mélenchon parle."
                                                       << "Luc"
                                                       << "Jean-Luc";
    QTest::newRow("hyphenated place after an elision") << "T\nIl vit à l’Île-de-France."
                                                       << "France"
                                                       << "Île-de-France";
    QTest::newRow("name with an apostrophe") << "T\nMoussa N'Diaye arrive."
                                             << "Diaye"
                                             << "N'Diaye";
    QTest::newRow("Arabic, right to left") << "T\nقال الرئيس عبد الفتاح السيسي إن مصر مستعدة."
                                           << "السيسي"
                                           << "السيسي";
}

void TestAnnotationWindow::snapsToWords()
{
    QFETCH(QString, text);
    QFETCH(QString, dragged);
    QFETCH(QString, tagged);
    openWith({ text });
    dragOver(dragged);
    QTest::keyClick(m_window->articleView(), Qt::Key_4);
    const qint64 start = codePointOffset(text, tagged);
    QCOMPARE(storedAnnotations(m_path),
             QStringList {
                 QStringLiteral("%1 %2 MISC").arg(start).arg(start + tagged.toUcs4().size()) });
}

void TestAnnotationWindow::altDisablesSnapping()
{
    const QString text = QStringLiteral("T\nLe président Macron parle.");
    openWith({ text });
    dragOver(QStringLiteral("acro"), Qt::AltModifier);
    QTest::keyClick(m_window->articleView(), Qt::Key_4);
    const qint64 start = codePointOffset(text, QStringLiteral("acro"));
    QCOMPARE(storedAnnotations(m_path),
             QStringList { QStringLiteral("%1 %2 MISC").arg(start).arg(start + 4) });
}

void TestAnnotationWindow::altSelectsPartOfACompound()
{
    const QString text = QStringLiteral("T\nÀ Saint-Denis ce matin.");
    openWith({ text });
    dragOver(QStringLiteral("Denis"), Qt::AltModifier);
    QTest::keyClick(m_window->articleView(), Qt::Key_4);
    const qint64 start = codePointOffset(text, QStringLiteral("Denis"));
    QCOMPARE(storedAnnotations(m_path),
             QStringList { QStringLiteral("%1 %2 MISC").arg(start).arg(start + 5) });
}

void TestAnnotationWindow::clickSelectsDeleteRemoves()
{
    openWith({ QStringLiteral("T\nAngela Merkel et Olaf Scholz à Berlin.") });
    dragOver(QStringLiteral("Olaf Scholz"));
    QTest::keyClick(m_window->articleView(), Qt::Key_1);
    dragOver(QStringLiteral("Berlin"));
    QTest::keyClick(m_window->articleView(), Qt::Key_2);
    QCOMPARE(storedAnnotations(m_path).size(), 2);

    // Click inside "Scholz": that annotation is selected.
    const QString &text = m_window->articleView()->text();
    QTest::mouseClick(m_window->articleView()->viewport(), Qt::LeftButton, {},
                      pointAt(text.indexOf(QStringLiteral("Scholz")) + 2, false));
    const Annotation *selected = nullptr;
    for (const Annotation &a : m_window->articleView()->annotations()) {
        if (a.id == m_window->articleView()->selectedAnnotation())
            selected = &a;
    }
    QVERIFY(selected);
    QCOMPARE(selected->labelName, QStringLiteral("PER"));
    QTest::keyClick(m_window->articleView(), Qt::Key_Delete);
    QCOMPARE(storedAnnotations(m_path), QStringList { QStringLiteral("33 39 LOC") });
    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    QCOMPARE(storedAnnotations(m_path).size(), 2);
}

void TestAnnotationWindow::widenFromInsideACompound()
{
    // Part of a compound tagged exactly (by Alt, Tag All or an import):
    // widening first takes the rest of it, then the next word.
    const QString text = QStringLiteral("T\nselon Jean-Pierre Raffarin hier.");
    openWith({ text });
    const qint64 jean = codePointOffset(text, u"Jean");
    const qint64 pierre = codePointOffset(text, u"Pierre");
    const qint64 raffarin = codePointOffset(text, u"Raffarin");
    const qint64 per = rawQueryInt(m_path, "SELECT id FROM labels WHERE name = 'PER'");
    ArticleView *view = m_window->articleView();
    const auto tagExactlyAndSelect = [&](qint64 start, qint64 end) {
        QVERIFY(m_window->session()->addAnnotation(m_window->currentArticle(), start, end, per)
                > 0);
        const QPoint inside = pointAt(view->index().toUtf16(start) + 1, false);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, inside);
        QVERIFY(view->selectedAnnotation() > 0);
    };
    tagExactlyAndSelect(jean, jean + 4);
    QTest::keyClick(view, Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(storedAnnotations(m_path),
             QStringList { QStringLiteral("%1 %2 PER").arg(jean).arg(pierre + 6) });
    QTest::keyClick(view, Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(storedAnnotations(m_path),
             QStringList { QStringLiteral("%1 %2 PER").arg(jean).arg(raffarin + 8) });
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(storedAnnotations(m_path), QStringList());
    tagExactlyAndSelect(pierre, pierre + 6);
    QTest::keyClick(view, Qt::Key_Left, Qt::AltModifier | Qt::ShiftModifier);
    QCOMPARE(storedAnnotations(m_path),
             QStringList { QStringLiteral("%1 %2 PER").arg(jean).arg(pierre + 6) });
}

void TestAnnotationWindow::hotkeyRelabelsTheSelectedAnnotation()
{
    openWith({ QStringLiteral("T\nLa Banque de France publie.") });
    dragOver(QStringLiteral("Banque de France"));
    QTest::keyClick(m_window->articleView(), Qt::Key_2);
    QCOMPARE(storedAnnotations(m_path), QStringList { QStringLiteral("5 21 LOC") });
    // The new annotation is selected and there is no text selection: 3 relabels it.
    QTest::keyClick(m_window->articleView(), Qt::Key_3);
    QCOMPARE(storedAnnotations(m_path), QStringList { QStringLiteral("5 21 ORG") });
    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    QCOMPARE(storedAnnotations(m_path), QStringList { QStringLiteral("5 21 LOC") });
}

void TestAnnotationWindow::widenAndNarrowByWord()
{
    openWith({ QStringLiteral("T\nLe président Vladimir Poutine arrive.") });
    dragOver(QStringLiteral("Vladimir"));
    QTest::keyClick(m_window->articleView(), Qt::Key_1);
    QCOMPARE(storedAnnotations(m_path), QStringList { QStringLiteral("15 23 PER") });
    QTest::keyClick(m_window->articleView(), Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(storedAnnotations(m_path), QStringList { QStringLiteral("15 31 PER") });
    QTest::keyClick(m_window->articleView(), Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(storedAnnotations(m_path), QStringList { QStringLiteral("15 23 PER") });
    QTest::keyClick(m_window->articleView(), Qt::Key_Left, Qt::AltModifier | Qt::ShiftModifier);
    QCOMPARE(storedAnnotations(m_path), QStringList { QStringLiteral("5 23 PER") });
    QTest::keyClick(m_window->articleView(), Qt::Key_Right, Qt::AltModifier | Qt::ShiftModifier);
    QCOMPARE(storedAnnotations(m_path), QStringList { QStringLiteral("15 23 PER") });
}

void TestAnnotationWindow::tabWalksAnnotations()
{
    openWith({ QStringLiteral("T\nAngela Merkel et Olaf Scholz à Berlin.") });
    for (const char *name : { "Berlin", "Angela Merkel", "Olaf Scholz" }) {
        dragOver(QLatin1String(name));
        QTest::keyClick(m_window->articleView(), Qt::Key_4);
    }
    const QVector<Annotation> all = m_window->articleView()->annotations();
    QCOMPARE(all.size(), 3);
    m_window->articleView()->setSelectedAnnotation(0);
    // Through the window, as the platform delivers keys: a widget-level key
    // click would also run Qt's own Tab handling.
    QWindow *window = m_window->windowHandle();
    QTest::keyClick(window, Qt::Key_Tab);
    QCOMPARE(m_window->articleView()->selectedAnnotation(), all.at(0).id);
    QTest::keyClick(window, Qt::Key_Tab);
    QCOMPARE(m_window->articleView()->selectedAnnotation(), all.at(1).id);
    QTest::keyClick(window, Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(m_window->articleView()->selectedAnnotation(), all.at(0).id);
    // Each way a platform may send Shift+Tab goes back (issue 12, defect 17).
    QTest::keyClick(window, Qt::Key_Tab);
    QTest::keyClick(window, Qt::Key_Backtab);
    QCOMPARE(m_window->articleView()->selectedAnnotation(), all.at(0).id);
    QTest::keyClick(window, Qt::Key_Tab);
    QTest::keyClick(window, Qt::Key_Tab, Qt::ShiftModifier);
    QCOMPARE(m_window->articleView()->selectedAnnotation(), all.at(0).id);
}

void TestAnnotationWindow::articleStatusAndNavigation()
{
    openWith({ QStringLiteral("Un\nPremier."), QStringLiteral("Deux\nSecond."),
               QStringLiteral("Trois\nTroisième.") });
    const qint64 first = m_window->currentArticle();
    QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Ctrl+3")));
    QCOMPARE(m_window->session()->database().articleSummary(first)->status, ArticleStatus::Done);
    QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Ctrl+PgDown")));
    const qint64 second = m_window->currentArticle();
    QVERIFY(second != first);
    QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Ctrl+3")));
    QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Ctrl+J")));
    const qint64 third = m_window->currentArticle();
    QVERIFY(third != first && third != second);
    QCOMPARE(m_window->articleView()->text(), QStringLiteral("Trois\nTroisième."));
    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    QCOMPARE(m_window->session()->database().articleSummary(second)->status, ArticleStatus::Todo);
}

void TestAnnotationWindow::modelsPassTheTester()
{
    openWith({ QStringLiteral("Un\nAngela Merkel à Berlin."), QStringLiteral("Deux\nSecond.") });
    QList<QTableView *> tables;
    for (QTableView *table : m_window->findChildren<QTableView *>()) {
        // The filter bar's date edits hold calendars, which are tables of days.
        if (!qobject_cast<QCalendarWidget *>(table->parentWidget()))
            tables.append(table);
    }
    QCOMPARE(tables.size(), 3); // articles, annotations, entities
    for (QTableView *table : tables) {
        QAbstractItemModelTester tester(table->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        Q_UNUSED(tester);
    }
    ArticleListModel articles;
    QAbstractItemModelTester articleTester(&articles,
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    articles.setSession(m_window->session());
    QCOMPARE(articles.rowCount(), 2);
    AnnotationListModel annotations;
    QAbstractItemModelTester annotationTester(
        &annotations, QAbstractItemModelTester::FailureReportingMode::QtTest);
    dragOver(QStringLiteral("Berlin"));
    QTest::keyClick(m_window->articleView(), Qt::Key_2);
    const QString text = m_window->articleView()->text();
    annotations.setArticle(&text, m_window->articleView()->annotations());
    QCOMPARE(annotations.rowCount(), 1);
    QCOMPARE(annotations.index(0, AnnotationListModel::TextColumn).data().toString(),
             QStringLiteral("Berlin"));
}

void TestAnnotationWindow::panelListsMentionsAndQuotesInTextOrder()
{
    const QString text = QStringLiteral("T\n« Nous irons », a dit Anne Hidalgo à Paris. "
                                        "Puis Lyon, « demain », selon Marie Curie.");
    openWith({ text });
    QTableView *table = m_window->findChild<QTableView *>(QStringLiteral("annotationList"));
    QVERIFY(table);
    // Nothing to scroll to, even with no row (issue 12, defect 16).
    QVERIFY(!table->horizontalScrollBar()->isVisible());
    QVERIFY(table->horizontalHeader()->length() <= table->viewport()->width());
    const auto at = [&text](const char *needle) {
        return codePointOffset(text, QString::fromUtf8(needle));
    };
    ProjectSession *session = m_window->session();
    const qint64 article = m_window->currentArticle();
    const qint64 per = rawQueryInt(m_path, "SELECT id FROM labels WHERE name = 'PER'");
    const qint64 loc = rawQueryInt(m_path, "SELECT id FROM labels WHERE name = 'LOC'");
    // Added out of order: Lyon, then Paris, then the quotes, then Hidalgo.
    QVERIFY(session->addAnnotation(article, at("Lyon"), at("Lyon") + 4, loc) > 0);
    QVERIFY(session->addAnnotation(article, at("Paris"), at("Paris") + 5, loc) > 0);
    QVERIFY(session->addQuote(article, at("« Nous"), at("», a dit") + 1) > 0);
    QVERIFY(session->addQuote(article, at("« demain"), at("», selon") + 1) > 0);
    QVERIFY(session->addAnnotation(article, at("Anne"), at("Anne") + 12, per) > 0);
    QAbstractItemModel *model = table->model();
    QStringList rows;
    for (int row = 0; row < model->rowCount(); ++row)
        rows.append(model->index(row, AnnotationListModel::TextColumn).data().toString());
    QCOMPARE(rows,
             (QStringList { QStringLiteral("« Nous irons »"), QStringLiteral("Anne Hidalgo"),
                            QStringLiteral("Paris"), QStringLiteral("Lyon"),
                            QStringLiteral("« demain »") }));
    QCOMPARE(model->index(0, AnnotationListModel::LabelColumn).data().toString(),
             QStringLiteral("Quote"));
    QCOMPARE(model->headerData(AnnotationListModel::EntityColumn, Qt::Horizontal).toString(),
             QStringLiteral("Entity / Speaker"));
    QVERIFY(table->horizontalHeader()->length() <= table->viewport()->width());
}

void TestAnnotationWindow::hotkeyWithoutSelectionSaysWhy()
{
    openWith({ QStringLiteral("T\nAngela Merkel à Berlin.") });
    QTextCursor cursor = m_window->articleView()->textCursor();
    cursor.clearSelection();
    m_window->articleView()->setTextCursor(cursor);
    QTest::keyClick(m_window->articleView(), Qt::Key_2);
    QCOMPARE(storedAnnotations(m_path), QStringList());
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("Select the text")),
             qPrintable(m_window->statusBar()->currentMessage()));
    dragOver(QStringLiteral("."));
    QTest::keyClick(m_window->articleView(), Qt::Key_2);
    QCOMPARE(storedAnnotations(m_path), QStringList());
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("no word")),
             qPrintable(m_window->statusBar()->currentMessage()));
}

void TestAnnotationWindow::labelIconsAreMadeOnce()
{
    // Each label's swatch is one icon, asked for by every paint: a colour
    // made the delegate draw and cache a new pixmap per cell per paint.
    openWith({ QStringLiteral("Un\nAngela Merkel à Berlin.") });
    dragOver(QStringLiteral("Berlin"));
    QTest::keyClick(m_window->articleView(), Qt::Key_2);
    QTableView *annotations = nullptr;
    for (QTableView *table : m_window->findChildren<QTableView *>()) {
        if (qobject_cast<AnnotationListModel *>(table->model()))
            annotations = table;
    }
    QVERIFY(annotations);
    QCOMPARE(annotations->model()->rowCount(), 1);
    const QModelIndex label = annotations->model()->index(0, AnnotationListModel::LabelColumn);
    const QVariant first = label.data(Qt::DecorationRole);
    QCOMPARE(first.typeId(), QMetaType::QIcon);
    QVERIFY(!first.value<QIcon>().isNull());
    QCOMPARE(label.data(Qt::DecorationRole).value<QIcon>().cacheKey(),
             first.value<QIcon>().cacheKey());
}

void TestAnnotationWindow::titlesSortWithCollation()
{
    // Accented capitals sort with their letter, case and accents second,
    // numbers by value.
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    openWith({ QStringLiteral("Zèbre\n."), QStringLiteral("Élysée\n."), QStringLiteral("avion\n."),
               QStringLiteral("Eau\n."), QStringLiteral("Faits\n."),
               QStringLiteral("Article 10\n."), QStringLiteral("Article 9\n.") });
    ArticleListModel model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ArticleListModel::SortRole);
    model.setSession(m_window->session());
    proxy.sort(ArticleListModel::TitleColumn);
    QStringList titles;
    for (int row = 0; row < proxy.rowCount(); ++row)
        titles.append(proxy.index(row, ArticleListModel::TitleColumn).data().toString());
    QLocale::setDefault(QLocale::c());
    QCOMPARE(
        titles,
        (QStringList { QStringLiteral("Article 9"), QStringLiteral("Article 10"),
                       QStringLiteral("avion"), QStringLiteral("Eau"), QStringLiteral("Élysée"),
                       QStringLiteral("Faits"), QStringLiteral("Zèbre") }));
}

void TestAnnotationWindow::quotesByHandAndDetected()
{
    const QString text =
        QStringLiteral("Titre\n« Nous ne céderons pas », a déclaré Emmanuel Macron.\n\nIl a ajouté "
                       "que la réforme irait à son terme.");
    openWith({ text });
    // Q marks the selection as a quote, by hand.
    dragOver(QStringLiteral("la réforme irait à son terme"));
    QTest::keyClick(m_window->articleView(), Qt::Key_Q);
    QCOMPARE(rawQueryInt(m_path, "SELECT count(*) FROM quotes WHERE origin = 1"), 1);
    QVERIFY(m_window->articleView()->selectedQuote() > 0);
    // Delete removes the selected quote; undo brings it back.
    QTest::keyClick(m_window->articleView(), Qt::Key_Delete);
    QCOMPARE(rawQueryInt(m_path, "SELECT count(*) FROM quotes"), 0);
    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    QCOMPARE(rawQueryInt(m_path, "SELECT count(*) FROM quotes"), 1);

    // Detection finds the « » quote and its speaker, keeps the hand-made one,
    // and is one undo step.
    QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Ctrl+Shift+Q")));
    QCOMPARE(rawQueryInt(m_path, "SELECT count(*) FROM quotes"), 2);
    QCOMPARE(rawQueryInt(m_path,
                         "SELECT count(*) FROM quotes WHERE origin = 0 AND "
                         "speaker_name = 'Emmanuel Macron'"),
             1);
    const qint64 start = codePointOffset(text, QStringLiteral("Nous ne"));
    QCOMPARE(rawQueryInt(m_path, "SELECT start FROM quotes WHERE origin = 0"), start);
    QCOMPARE(m_window->articleView()->quotes().size(), 2);
    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    QCOMPARE(rawQueryInt(m_path, "SELECT count(*) FROM quotes"), 1);
    QCOMPARE(m_window->articleView()->quotes().size(), 1);
}

QTEST_MAIN(TestAnnotationWindow)
#include "tst_annotationwindow.moc"
