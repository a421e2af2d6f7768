// SPDX-License-Identifier: GPL-3.0-or-later
// Help ▸ Keyboard Shortcuts (F1) lists every key the menus answer to, read
// from the actions themselves, and Help ▸ About names the versions of the
// libraries the program runs with (issue 12, "Help"). A real MainWindow on
// the offscreen platform.
#include "libraryversions.h"
#include "mainwindow.h"
#include "modalanswer.h"
#include "shortcutsheet.h"
#include "userguidewindow.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>
#include <QTreeWidget>

using namespace Marginalia;
using namespace TestHelpers;

namespace {

struct GuideImage
{
    QString name;
    QImage picture;
    qreal shownWidth;
};

/// The guide's pictures as the window shows them.
QVector<GuideImage> guideImages(const UserGuideWindow &guide)
{
    QVector<GuideImage> images;
    QTextDocument *document = guide.browser()->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextImageFormat image = it.fragment().charFormat().toImageFormat();
            if (image.isValid())
                images.append({ image.name(),
                                document->resource(QTextDocument::ImageResource, QUrl(image.name()))
                                    .value<QImage>(),
                                image.width() });
        }
    }
    return images;
}

} // namespace

class TestHelpMenu : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void f1ListsEveryKeyOfTheMenus();
    void aboutNamesTheLibraries();
    void userGuideShowsTheGuideWithItsPictures();
    void userGuideFollowsTheInterfaceLanguage_data();
    void userGuideFollowsTheInterfaceLanguage();

private:
    static QAction *action(const MainWindow &window, const QString &text);
};

QAction *TestHelpMenu::action(const MainWindow &window, const QString &text)
{
    for (QAction *a : window.findChildren<QAction *>()) {
        if (a->text() == text)
            return a;
    }
    return nullptr;
}

void TestHelpMenu::f1ListsEveryKeyOfTheMenus()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_F1);
    auto *sheet = window.findChild<ShortcutSheet *>(QStringLiteral("shortcutSheet"));
    QVERIFY(sheet);
    QVERIFY(sheet->isVisible());

    // One row per action with keys, in every menu and submenu.
    QStringList expected;
    const std::function<void(const QMenu *)> walk = [&](const QMenu *menu) {
        for (const QAction *a : menu->actions()) {
            if (a->menu())
                walk(a->menu());
            else if (!a->isSeparator() && !a->shortcuts().isEmpty())
                expected.append(a->shortcut().toString(QKeySequence::NativeText));
        }
    };
    for (const QAction *top : window.menuBar()->actions())
        walk(top->menu());
    QStringList listed;
    QTreeWidget *tree = sheet->tree();
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        for (int r = 0; r < tree->topLevelItem(g)->childCount(); ++r)
            listed.append(
                tree->topLevelItem(g)->child(r)->text(1).section(QStringLiteral("  ·  "), 0, 0));
    }
    QVERIFY(expected.size() > 30);
    QCOMPARE(listed, expected);
    // Undo with its keys, the ampersands gone.
    const QList<QTreeWidgetItem *> undo =
        tree->findItems(QStringLiteral("Undo"), Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(undo.size(), 1);
    QCOMPARE(undo.first()->text(1).section(QStringLiteral("  ·  "), 0, 0),
             QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText));

    // Backtab, which the platform sends for Shift+Tab, is answered but not listed.
    const QList<QTreeWidgetItem *> previous = tree->findItems(
        QStringLiteral("Previous Annotation"), Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(previous.size(), 1);
    QCOMPARE(previous.first()->text(1),
             QKeySequence(Qt::SHIFT | Qt::Key_Tab).toString(QKeySequence::NativeText));

    // The filter ignores case and accents and finds keys too.
    auto *filter = sheet->findChild<QLineEdit *>();
    filter->setText(QStringLiteral("ctrl+shift+t"));
    int shown = 0;
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        for (int r = 0; r < tree->topLevelItem(g)->childCount(); ++r)
            shown += tree->topLevelItem(g)->child(r)->isHidden() ? 0 : 1;
    }
    QCOMPARE(shown, 1);
}

void TestHelpMenu::aboutNamesTheLibraries()
{
    MainWindow window;
    window.show();
    QAction *about = action(window, QStringLiteral("&About Marginalia"));
    QVERIFY(about);
    QString text;
    answerNextModal(&window, [&text](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        if (!box)
            return false;
        text = box->text();
        box->accept();
        return true;
    });
    about->trigger();
    for (const QString &version :
         { LibraryVersions::qt(), LibraryVersions::sqlite(), LibraryVersions::icu() }) {
        QVERIFY(!version.isEmpty());
        QVERIFY2(text.contains(version), qPrintable(text));
    }
    QVERIFY(text.contains(QStringLiteral("GNU General Public License")));
}

void TestHelpMenu::userGuideShowsTheGuideWithItsPictures()
{
    MainWindow window;
    window.show();
    QAction *guide = action(window, QStringLiteral("&User Guide"));
    QVERIFY(guide);
    guide->trigger();
    auto *shown = window.findChild<UserGuideWindow *>();
    QVERIFY(shown);
    QVERIFY(shown->isVisible());
    const QString text = shown->browser()->toPlainText();
    // The guide as written, rendered: headings without their marks.
    QVERIFY2(text.contains(QStringLiteral("The article list as a worklist")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("## ")));
    // Its screenshots found beside it and fitted to the window's measure.
    const QVector<GuideImage> images = guideImages(*shown);
    QCOMPARE(images.size(), 2); // the window, light and dark
    for (const GuideImage &image : images) {
        QVERIFY2(!image.picture.isNull(), qPrintable(image.name));
        QVERIFY(image.shownWidth > 0 && image.shownWidth < image.picture.width());
    }
    // Asked again, the same window comes back.
    guide->trigger();
    QCOMPARE(window.findChildren<UserGuideWindow *>().size(), 1);
}

void TestHelpMenu::userGuideFollowsTheInterfaceLanguage_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("heading");
    QTest::newRow("French") << QLocale(QLocale::French, QLocale::France)
                            << "La liste des articles comme liste de travail";
    QTest::newRow("Canadian French") << QLocale(QLocale::French, QLocale::Canada)
                                     << "La liste des articles comme liste de travail";
    QTest::newRow("English") << QLocale(QLocale::English) << "The article list as a worklist";
    QTest::newRow("German: no guide, the English one")
        << QLocale(QLocale::German) << "The article list as a worklist";
}

void TestHelpMenu::userGuideFollowsTheInterfaceLanguage()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, heading);
    UserGuideWindow guide(locale);
    const QString text = guide.browser()->toPlainText();
    QVERIFY2(text.contains(heading), qPrintable(text.left(200)));
    // Its screenshots, in its language, found.
    const QVector<GuideImage> images = guideImages(guide);
    QCOMPARE(images.size(), 2);
    for (const GuideImage &image : images) {
        QVERIFY2(!image.picture.isNull(), qPrintable(image.name));
        QCOMPARE(image.name.contains(QStringLiteral("-fr")), locale.language() == QLocale::French);
    }
}

QTEST_MAIN(TestHelpMenu)
#include "tst_helpmenu.moc"
