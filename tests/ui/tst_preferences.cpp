// SPDX-License-Identifier: GPL-3.0-or-later
// Edit ▸ Preferences (issue 12): the annotator asked once and recorded on
// every annotation (by the window and by marginalia-cli), the CSV defaults
// French Excel wants, the article font, zoom kept across starts, word
// snapping and a dark theme applied at once. A real MainWindow on the
// offscreen platform, real settings in Qt's test location.
#include "annotationlistmodel.h"
#include "annotatorname.h"
#include "annotatorprompt.h"
#include "apptheme.h"
#include "articleview.h"
#include "mainwindow.h"
#include "modalanswer.h"
#include "preferences.h"
#include "preferencesdialog.h"
#include "projectsession.h"
#include "testconfig.h"
#include "testhelpers.h"
#include "viewcolours.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFontComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace Marginalia;
using namespace TestHelpers;

class TestPreferences : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void csvDefaultsFollowTheInterfaceLanguage_data();
    void csvDefaultsFollowTheInterfaceLanguage();
    void savedPreferencesComeBack();
    void zoomSteps_data();
    void zoomSteps();
    void dialogChoicesApplyAtOnce();
    void languageChangeSaysWhenItApplies();
    void aNewLanguageOffersARestart();
    void zoomIsKeptForTheNextWindow();
    void snappingOffTagsTheSelectionAsItIs();
    void annotatorIsAskedOnceAndRecorded();
    void commandLineSignsWithTheWindowsName();

private:
    QString projectWithArticle(const QTemporaryDir &dir, const QString &text, qint64 *id);
};

void TestPreferences::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestPreferences::init()
{
    QSettings().clear();
    AnnotatorName::setPreferred(QString());
}

void TestPreferences::cleanup()
{
    AppTheme::apply(Preferences::Theme::System);
    // The annotator is kept where every Marginalia program reads it, tests too.
    AnnotatorName::setPreferred(QString());
}

QString TestPreferences::projectWithArticle(const QTemporaryDir &dir, const QString &text,
                                            qint64 *id)
{
    auto project = createProject(dir);
    if (!project)
        return {};
    QVector<NewArticle> batch(1);
    batch[0].title = QStringLiteral("Article");
    batch[0].text = text;
    QVector<ProjectDatabase::InsertOutcome> outcomes;
    QString error;
    if (!project->insertArticles(batch, &outcomes, &error))
        return {};
    *id = outcomes.first().id;
    return project->path();
}

void TestPreferences::csvDefaultsFollowTheInterfaceLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<QString>("delimiter");
    QTest::newRow("French: BOM and semicolon") << "fr" << true << ";";
    QTest::newRow("English: plain comma") << "en" << false << ",";
}

void TestPreferences::csvDefaultsFollowTheInterfaceLanguage()
{
    QFETCH(QString, language);
    QFETCH(bool, bom);
    QFETCH(QString, delimiter);
    QSettings().setValue(QStringLiteral("preferences/language"), language);
    const Preferences loaded = Preferences::load();
    QCOMPARE(loaded.csvByteOrderMark, bom);
    QCOMPARE(QString(loaded.csvDelimiter), delimiter);
    QCOMPARE(loaded.contextLength, Preferences::DefaultContextLength);
    // A choice made once (here or in the Export dialog) wins over the default.
    QSettings().setValue(QStringLiteral("export/bom"), !bom);
    QCOMPARE(Preferences::load().csvByteOrderMark, !bom);
}

void TestPreferences::savedPreferencesComeBack()
{
    Preferences chosen;
    chosen.annotator = QStringLiteral("  Awa Diop ");
    chosen.language = QStringLiteral("fr");
    chosen.articleFontFamily = QStringLiteral("DejaVu Serif");
    chosen.articleFontSize = 15.5;
    chosen.snapToWords = false;
    chosen.theme = Preferences::Theme::Dark;
    chosen.csvByteOrderMark = false;
    chosen.csvDelimiter = QLatin1Char('\t');
    chosen.contextLength = 7;
    chosen.save();
    const Preferences loaded = Preferences::load();
    QCOMPARE(loaded.annotator, QStringLiteral("Awa Diop"));
    QCOMPARE(loaded.language, chosen.language);
    QCOMPARE(loaded.articleFontFamily, chosen.articleFontFamily);
    QCOMPARE(loaded.articleFontSize, chosen.articleFontSize);
    QCOMPARE(loaded.snapToWords, false);
    QCOMPARE(loaded.theme, Preferences::Theme::Dark);
    QCOMPARE(loaded.csvByteOrderMark, false); // French, but chosen without
    QCOMPARE(loaded.csvDelimiter, QLatin1Char('\t'));
    QCOMPARE(loaded.contextLength, 7);
    QCOMPARE(defaultAnnotator(), QStringLiteral("Awa Diop"));
}

void TestPreferences::zoomSteps_data()
{
    QTest::addColumn<int>("percent");
    QTest::addColumn<int>("in");
    QTest::addColumn<int>("out");
    QTest::newRow("actual size") << 100 << 110 << 90;
    QTest::newRow("smallest") << 50 << 67 << 50;
    QTest::newRow("largest") << 300 << 300 << 250;
    QTest::newRow("between steps") << 105 << 110 << 100;
}

void TestPreferences::zoomSteps()
{
    QFETCH(int, percent);
    QFETCH(int, in);
    QFETCH(int, out);
    QCOMPARE(Preferences::zoomedIn(percent), in);
    QCOMPARE(Preferences::zoomedOut(percent), out);
}

void TestPreferences::dialogChoicesApplyAtOnce()
{
    QTemporaryDir dir;
    qint64 article = 0;
    const QString path =
        projectWithArticle(dir, QStringLiteral("Emmanuel Macron est à Lyon."), &article);
    QVERIFY(!path.isEmpty());
    MainWindow window;
    QVERIFY(window.openProject(path, true));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!ViewColours::isDark(QApplication::palette()));
    QVERIFY(window.articleView()->snapsToWords());

    bool answered = false;
    answerNextModal(this, [&](QWidget *modal) {
        auto *dialog = qobject_cast<PreferencesDialog *>(modal);
        if (!dialog)
            return false;
        dialog->findChild<QLineEdit *>(QStringLiteral("annotator"))
            ->setText(QStringLiteral("Awa Diop"));
        auto *theme = dialog->findChild<QComboBox *>(QStringLiteral("theme"));
        theme->setCurrentIndex(theme->findData(QStringLiteral("dark")));
        dialog->findChild<QCheckBox *>(QStringLiteral("systemFont"))->setChecked(false);
        dialog->findChild<QDoubleSpinBox *>(QStringLiteral("fontSize"))->setValue(21);
        dialog->findChild<QCheckBox *>(QStringLiteral("snapToWords"))->setChecked(false);
        dialog->findChild<QSpinBox *>(QStringLiteral("context"))->setValue(12);
        auto *delimiter = dialog->findChild<QComboBox *>(QStringLiteral("delimiter"));
        delimiter->setCurrentIndex(delimiter->findData(QStringLiteral(";")));
        answered = true;
        dialog->accept();
        return true;
    });
    window.findChild<QAction *>(QStringLiteral("preferencesAction"))->trigger();
    QVERIFY(answered);

    QVERIFY(ViewColours::isDark(QApplication::palette()));
    // Widgets take the application palette as its change event reaches them.
    QTRY_VERIFY(ViewColours::isDark(window.articleView()->palette()));
    QCOMPARE(window.articleView()->font().pointSizeF(), 21.0);
    QVERIFY(!window.articleView()->snapsToWords());
    const Preferences kept = Preferences::load();
    QCOMPARE(kept.contextLength, 12);
    QCOMPARE(kept.csvDelimiter, QLatin1Char(';'));
    QCOMPARE(kept.theme, Preferences::Theme::Dark);

    // The next annotation carries the chosen name.
    const QVector<Label> labels = window.session()->labels();
    QVERIFY(!labels.isEmpty());
    window.showArticle(article);
    QVERIFY(window.session()->addAnnotation(article, 0, 16, labels.first().id) > 0);
    QCOMPARE(rawQueryRows(path, "SELECT annotator FROM annotations"),
             QStringList { QStringLiteral("Awa Diop") });

    // The Annotations panel's quote swatch takes the dark theme's ink.
    const QString text = QStringLiteral("« Oui », dit-il.");
    AnnotationListModel quotes;
    quotes.setArticle(&text, {});
    Quote quote;
    quote.id = 1;
    quote.start = 2;
    quote.end = 5;
    quotes.setQuotes({ quote }, { QString() });
    const auto swatch = [&] {
        const QIcon icon =
            quotes.data(quotes.index(0, AnnotationListModel::LabelColumn), Qt::DecorationRole)
                .value<QIcon>();
        const QImage image = icon.pixmap(16, 16).toImage();
        return image.pixelColor(8, 8);
    };
    QCOMPARE(swatch().rgb(), ViewColours::quoteInk(AppTheme::darkPalette()).rgb());

    // Back to the desktop's look.
    Preferences system = kept;
    system.theme = Preferences::Theme::System;
    window.applyPreferences(system);
    QVERIFY(!ViewColours::isDark(QApplication::palette()));
    QTRY_VERIFY(!ViewColours::isDark(window.articleView()->palette()));
    QCOMPARE(swatch().rgb(), ViewColours::quoteInk(QApplication::palette()).rgb());
}

void TestPreferences::languageChangeSaysWhenItApplies()
{
    Preferences english;
    english.language = QStringLiteral("en");
    PreferencesDialog dialog(english);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *language = dialog.findChild<QComboBox *>(QStringLiteral("language"));
    QLabel *note = nullptr;
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->text().contains(QStringLiteral("starts again")))
            note = label;
    }
    QVERIFY(note);
    QVERIFY(!note->isVisible());
    language->setCurrentIndex(language->findData(QStringLiteral("fr")));
    QVERIFY(note->isVisible());
    QCOMPARE(dialog.preferences().language, QStringLiteral("fr"));
    // Restore Defaults follows the language chosen: French Excel's CSV.
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    buttons->button(QDialogButtonBox::RestoreDefaults)->click();
    QCOMPARE(dialog.preferences().csvDelimiter, QLatin1Char(';'));
    QVERIFY(dialog.preferences().csvByteOrderMark);
    QCOMPARE(dialog.preferences().language, QStringLiteral("fr"));
    language->setCurrentIndex(language->findData(QStringLiteral("en")));
    QVERIFY(!note->isVisible());
}

void TestPreferences::aNewLanguageOffersARestart()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QString asked;
    answerNextModal(this, [&](QWidget *modal) {
        auto *dialog = qobject_cast<PreferencesDialog *>(modal);
        if (!dialog)
            return false;
        auto *language = dialog->findChild<QComboBox *>(QStringLiteral("language"));
        language->setCurrentIndex(language->findData(QStringLiteral("fr")));
        dialog->accept();
        // Then the question, answered "Later": this test must not start a program.
        answerNextModal(this, [&](QWidget *next) {
            auto *box = qobject_cast<QMessageBox *>(next);
            if (!box)
                return false;
            asked = box->text();
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::RejectRole)
                    button->click();
            }
            return true;
        });
        return true;
    });
    window.findChild<QAction *>(QStringLiteral("preferencesAction"))->trigger();
    QVERIFY2(asked.contains(QStringLiteral("Restart now?")), qPrintable(asked));
    QVERIFY(window.isVisible());
    QCOMPARE(Preferences::load().language, QStringLiteral("fr"));
    QCOMPARE(Preferences::load().interfaceLocale().language(), QLocale::French);
}

void TestPreferences::zoomIsKeptForTheNextWindow()
{
    qreal actualSize = 0;
    {
        MainWindow window;
        actualSize = window.articleView()->font().pointSizeF();
        QCOMPARE(window.zoom(), 100);
        auto *zoomIn = window.findChild<QAction *>(QStringLiteral("zoomInAction"));
        QVERIFY(zoomIn);
        QVERIFY(zoomIn->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Equal)));
        zoomIn->trigger();
        zoomIn->trigger();
        QCOMPARE(window.zoom(), 125);
        QCOMPARE(window.articleView()->font().pointSizeF(), actualSize * 1.25);
    }
    MainWindow again;
    QCOMPARE(again.zoom(), 125);
    QCOMPARE(again.articleView()->font().pointSizeF(), actualSize * 1.25);
    again.findChild<QAction *>(QStringLiteral("zoomOutAction"))->trigger();
    QCOMPARE(again.zoom(), 110);
    again.findChild<QAction *>(QStringLiteral("actualSizeAction"))->trigger();
    QCOMPARE(again.zoom(), 100);
    QCOMPARE(again.articleView()->font().pointSizeF(), actualSize);
    QCOMPARE(Preferences::zoom(), 100);
}

void TestPreferences::snappingOffTagsTheSelectionAsItIs()
{
    QTemporaryDir dir;
    qint64 article = 0;
    const QString text = QStringLiteral("Le président Vladimir Poutine.");
    const QString path = projectWithArticle(dir, text, &article);
    QVERIFY(!path.isEmpty());
    MainWindow window;
    QVERIFY(window.openProject(path, true));
    window.showArticle(article);
    ArticleView *view = window.articleView();
    const qint64 inside = codePointOffset(text, QStringLiteral("ladimi"));
    view->selectSpan({ inside, inside + 6 });
    QCOMPARE(view->selectionSpan(),
             std::make_optional(ArticleView::Span { inside - 1, inside + 7 }));

    Preferences exact = Preferences::load();
    exact.snapToWords = false;
    exact.save();
    window.applyPreferences(exact);
    view->selectSpan({ inside, inside + 6 });
    QCOMPARE(view->selectionSpan(), std::make_optional(ArticleView::Span { inside, inside + 6 }));
}

void TestPreferences::annotatorIsAskedOnceAndRecorded()
{
    QVERIFY(!AnnotatorName::isChosen());
    QCOMPARE(AnnotatorName::preferred(), AnnotatorName::login());
    bool okWhenEmpty = true;
    int shown = 0;
    answerNextModal(this, [&](QWidget *modal) {
        auto *prompt = qobject_cast<AnnotatorPrompt *>(modal);
        if (!prompt)
            return false;
        ++shown;
        auto *name = prompt->findChild<QLineEdit *>(QStringLiteral("annotatorName"));
        auto *ok = prompt->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        name->clear();
        okWhenEmpty = ok->isEnabled();
        name->insert(QStringLiteral(" Léa N'Diaye "));
        ok->click();
        return true;
    });
    QVERIFY(AnnotatorPrompt::askOnce(nullptr));
    QCOMPARE(shown, 1);
    QVERIFY(!okWhenEmpty);
    QVERIFY(AnnotatorName::isChosen());
    QCOMPARE(AnnotatorName::preferred(), QStringLiteral("Léa N'Diaye"));
    QCOMPARE(Preferences::load().annotator, QStringLiteral("Léa N'Diaye"));
    // Chosen: not asked again.
    QVERIFY(AnnotatorPrompt::askOnce(nullptr));
    QCOMPARE(shown, 1);
}

void TestPreferences::commandLineSignsWithTheWindowsName()
{
    QTemporaryDir dir;
    qint64 article = 0;
    const QString path =
        projectWithArticle(dir, QStringLiteral("Emmanuel Macron est à Lyon."), &article);
    QVERIFY(!path.isEmpty());
    AnnotatorName::setPreferred(QStringLiteral("Awa Diop"));
    // The command line reads the window's settings where this test keeps them.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                       QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation));
    const auto annotate = [&](const QStringList &extra) {
        QProcess cli;
        cli.setProcessEnvironment(environment);
        cli.start(QStringLiteral(MARGINALIA_CLI_PATH),
                  QStringList { QStringLiteral("annotate"), path, QString::number(article),
                                QStringLiteral("0"), QStringLiteral("16"), QStringLiteral("PER"),
                                QStringLiteral("--json") }
                      + extra);
        if (!cli.waitForFinished(60000) || cli.exitCode() != 0)
            return QStringLiteral("failed: ") + QString::fromUtf8(cli.readAllStandardError());
        return QJsonDocument::fromJson(cli.readAllStandardOutput())
            .object()
            .value(QStringLiteral("annotator"))
            .toString();
    };
    QCOMPARE(annotate({}), QStringLiteral("Awa Diop"));
    QCOMPARE(annotate({ QStringLiteral("--annotator"), QStringLiteral("bot") }),
             QStringLiteral("bot"));
}

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
