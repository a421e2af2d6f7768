// SPDX-License-Identifier: GPL-3.0-or-later
// The article list as a worklist (issue 12): status, dates, source, a
// label's mentions or the quotes present or absent, and an annotator, each
// alone and combined with the title filter; the counts under the filters;
// the article on screen kept in the list through an edit that takes it out
// of the filter, until the analyst moves on; Clear Filters. A real project
// file and a real MainWindow on the offscreen platform.
#include "articlefilterbar.h"
#include "articlelistmodel.h"
#include "articleview.h"
#include "mainwindow.h"
#include "projectsession.h"
#include "testhelpers.h"

#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShowEvent>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Marginalia;
using namespace TestHelpers;

namespace {

struct Sample
{
    const char *title;
    const char *date;
    const char *source;
    ArticleStatus status;
    const char *mentionLabel; ///< "" for none
    const char *annotator;
    bool quote;
};

// Titles are the letters the rows are named by in the tests.
const Sample Samples[] = {
    { "Alpha à l’Élysée", "2022-12-05", "Le Monde", ArticleStatus::Todo, "PER", "alice", true },
    { "Bravo", "2022-12", "Libération", ArticleStatus::Done, "LOC", "bob", false },
    { "Charlie", "2023-01-20", "le monde diplomatique", ArticleStatus::InProgress, "PER", "bob",
      false },
    { "Delta", "", "AFP", ArticleStatus::Todo, "", "", true },
    { "Echo élysée", "2021", "AFP", ArticleStatus::Todo, "ORG", "alice", false },
};

} // namespace

class TestWorklistFilters : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void eachFilterAlone_data();
    void eachFilterAlone();
    void filtersCombineWithTheTitle();
    void articleOnScreenStaysUntilLeft();
    void labelFilterFollowsEdits();
    void clearFiltersShowsAll();
    void menuActionShowsTheBar();
    void filtersComeBackWithTheProject();
    void calendarOpensAtThisMonth();
    void reloadUnderAFilter();

private:
    ArticleFilterBar *bar() const { return m_window->findChild<ArticleFilterBar *>(); }
    template<typename T> T *control(const char *name) const
    {
        return m_window->findChild<T *>(QLatin1String(name));
    }
    QTableView *table() const { return control<QTableView>("articleList"); }
    /// The first letters of the titles listed, in the list's order.
    QString listed() const;
    void chooseLabel(const QString &text);
    qint64 idOf(char letter) const { return m_ids.at(letter - 'A'); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    QVector<qint64> m_ids;
    QString m_path;
};

void TestWorklistFilters::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto project = createProject(*m_dir);
    QVERIFY(project);
    m_path = project->path();
    QVector<NewArticle> batch;
    for (const Sample &sample : Samples) {
        NewArticle article;
        article.title = QString::fromUtf8(sample.title);
        article.date = QString::fromUtf8(sample.date);
        article.source = QString::fromUtf8(sample.source);
        article.text = article.title + QStringLiteral("\nMarie Dupont parle à Paris.");
        batch.append(article);
    }
    QVector<ProjectDatabase::InsertOutcome> outcomes;
    QString error;
    QVERIFY2(project->insertArticles(batch, &outcomes, &error), qPrintable(error));
    m_ids.clear();
    for (const auto &outcome : outcomes)
        m_ids.append(outcome.id);
    QVector<NewAnnotation> mentions;
    for (int k = 0; k < int(std::size(Samples)); ++k) {
        const Sample &sample = Samples[k];
        QVERIFY(project->setArticleStatus(m_ids.at(k), sample.status, &error));
        const qint64 length = batch.at(k).title.toUcs4().size() + 1;
        if (*sample.mentionLabel) {
            NewAnnotation m;
            m.articleId = m_ids.at(k);
            m.start = length;
            m.end = length + 12; // Marie Dupont
            m.labelName = QString::fromUtf8(sample.mentionLabel);
            m.annotator = QString::fromUtf8(sample.annotator);
            mentions.append(m);
        }
        if (sample.quote) {
            NewQuote quote;
            quote.articleId = m_ids.at(k);
            quote.start = length + 13;
            quote.end = length + 27;
            quote.manual = true;
            QVERIFY2(project->addQuote(quote, &error), qPrintable(error));
        }
    }
    QVERIFY2(project->addAnnotations(mentions, &error), qPrintable(error));
    project.reset();

    m_window = std::make_unique<MainWindow>();
    m_window->resize(1200, 800);
    QVERIFY(m_window->openProject(m_path, true));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(bar());
}

void TestWorklistFilters::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

QString TestWorklistFilters::listed() const
{
    QString letters;
    QAbstractItemModel *model = table()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        letters += model->index(row, ArticleListModel::TitleColumn).data().toString().at(0);
    return letters;
}

void TestWorklistFilters::chooseLabel(const QString &text)
{
    auto *labels = control<QComboBox>("labelFilter");
    const int at = labels->findText(text);
    QVERIFY2(at >= 0, qPrintable(text));
    labels->setCurrentIndex(at);
}

void TestWorklistFilters::eachFilterAlone_data()
{
    QTest::addColumn<QString>("part");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");

    QTest::newRow("status to do") << "status"
                                  << "To do"
                                  << "ADE";
    QTest::newRow("status done") << "status"
                                 << "Done"
                                 << "B";
    QTest::newRow("from 2022-12-10: the month 2022-12 overlaps") << "from"
                                                                 << "2022-12-10"
                                                                 << "BC";
    QTest::newRow("until 2022-12-31: the year 2021 and the month") << "to"
                                                                   << "2022-12-31"
                                                                   << "ABE";
    QTest::newRow("source, case and accents ignored") << "source"
                                                      << "LE MONDE"
                                                      << "AC";
    QTest::newRow("source liberation") << "source"
                                       << "liberation"
                                       << "B";
    QTest::newRow("with PER") << "label"
                              << "With PER"
                              << "AC";
    QTest::newRow("without PER") << "label"
                                 << "Without PER"
                                 << "BDE";
    QTest::newRow("with quotes") << "label"
                                 << "With quotes"
                                 << "AD";
    QTest::newRow("without quotes") << "label"
                                    << "Without quotes"
                                    << "BCE";
    QTest::newRow("by alice") << "annotator"
                              << "alice"
                              << "AE";
    QTest::newRow("by bob") << "annotator"
                            << "bob"
                            << "BC";
}

void TestWorklistFilters::eachFilterAlone()
{
    QFETCH(QString, part);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(listed(), QStringLiteral("ABCDE"));
    if (part == QLatin1String("status")) {
        auto *status = control<QComboBox>("statusFilter");
        status->setCurrentIndex(status->findText(value));
    } else if (part == QLatin1String("from")) {
        control<QDateEdit>("dateFromFilter")->setDate(QDate::fromString(value, Qt::ISODate));
    } else if (part == QLatin1String("to")) {
        control<QDateEdit>("dateToFilter")->setDate(QDate::fromString(value, Qt::ISODate));
    } else if (part == QLatin1String("source")) {
        QTest::keyClicks(control<QLineEdit>("sourceFilter"), value);
    } else if (part == QLatin1String("label")) {
        chooseLabel(value);
    } else {
        auto *annotators = control<QComboBox>("annotatorFilter");
        QCOMPARE(annotators->count(), 3); // Anyone, alice, bob
        annotators->setCurrentIndex(annotators->findText(value));
    }
    QCOMPARE(listed(), expected);
    QCOMPARE(control<QLabel>("filterCount")->text(),
             QStringLiteral("%1 of 5 articles").arg(expected.size()));
}

void TestWorklistFilters::filtersCombineWithTheTitle()
{
    chooseLabel(QStringLiteral("Without PER"));
    QCOMPARE(listed(), QStringLiteral("BDE"));
    control<QLineEdit>("articleFilter")->setText(QStringLiteral("ELYSEE"));
    QCOMPARE(listed(), QStringLiteral("E"));
    auto *status = control<QComboBox>("statusFilter");
    status->setCurrentIndex(status->findText(QStringLiteral("Done")));
    QCOMPARE(listed(), QString());
    QCOMPARE(control<QLabel>("filterCount")->text(), QStringLiteral("0 of 5 articles"));
}

void TestWorklistFilters::articleOnScreenStaysUntilLeft()
{
    auto *status = control<QComboBox>("statusFilter");
    status->setCurrentIndex(status->findText(QStringLiteral("To do")));
    QCOMPARE(listed(), QStringLiteral("ADE"));
    table()->setCurrentIndex(table()->model()->index(1, 0)); // Delta
    QCOMPARE(m_window->currentArticle(), idOf('D'));

    // Marked done, it no longer matches, but it is what the analyst reads.
    QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Ctrl+3")));
    QCOMPARE(m_window->currentArticle(), idOf('D'));
    QCOMPARE(listed(), QStringLiteral("ADE"));
    QCOMPARE(table()->currentIndex().row(), 1);

    // Next Article goes on from it, and then it leaves the list.
    QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Ctrl+PgDown")));
    QCOMPARE(m_window->currentArticle(), idOf('E'));
    QCOMPARE(listed(), QStringLiteral("AE"));
    QCOMPARE(table()->currentIndex().row(), 1);
}

void TestWorklistFilters::labelFilterFollowsEdits()
{
    chooseLabel(QStringLiteral("Without PER"));
    QCOMPARE(listed(), QStringLiteral("BDE"));
    table()->setCurrentIndex(table()->model()->index(1, 0)); // Delta, no mention
    QCOMPARE(m_window->currentArticle(), idOf('D'));

    // Tagging a PER keeps Delta listed while it is shown ...
    const qint64 start = QStringLiteral("Delta\n").size();
    m_window->articleView()->selectSpan({ start, start + 12 });
    const std::optional<Label> per =
        m_window->session()->database().labelByName(QStringLiteral("PER"));
    QVERIFY(per);
    m_window->applyLabel(per->id);
    QCOMPARE(m_window->session()->database().annotations(idOf('D')).size(), 1);
    QCOMPARE(listed(), QStringLiteral("BDE"));
    // ... and leaving it takes it out; undo in another article puts it back.
    m_window->showArticle(idOf('B'));
    QCOMPARE(listed(), QStringLiteral("BE"));
    m_window->session()->undoStack()->undo();
    QCOMPARE(listed(), QStringLiteral("BDE"));

    // Any label: every article again.
    chooseLabel(QStringLiteral("Any"));
    QCOMPARE(listed(), QStringLiteral("ABCDE"));
}

void TestWorklistFilters::clearFiltersShowsAll()
{
    auto *clear = control<QPushButton>("clearFilters");
    QVERIFY(!clear->isEnabled());
    control<QLineEdit>("articleFilter")->setText(QStringLiteral("a"));
    chooseLabel(QStringLiteral("With quotes"));
    control<QDateEdit>("dateToFilter")->setDate(QDate(2022, 12, 31));
    QCOMPARE(listed(), QStringLiteral("A"));
    QVERIFY(clear->isEnabled());
    clear->click();
    QCOMPARE(listed(), QStringLiteral("ABCDE"));
    QVERIFY(control<QLineEdit>("articleFilter")->text().isEmpty());
    QCOMPARE(control<QComboBox>("labelFilter")->currentIndex(), 0);
    QCOMPARE(control<QDateEdit>("dateToFilter")->text(), QStringLiteral("any"));
    // "5 articles" once the English plural forms are loaded.
    QVERIFY(control<QLabel>("filterCount")->text().startsWith(QStringLiteral("5 article")));
    QVERIFY(!clear->isEnabled());
}

void TestWorklistFilters::menuActionShowsTheBar()
{
    QVERIFY(!bar()->isVisible());
    QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Ctrl+Alt+L")));
    QVERIFY(bar()->isVisible());
    QAction *more = nullptr;
    for (QAction *a : m_window->findChildren<QAction *>()) {
        if (a->text() == QLatin1String("&More Filters"))
            more = a;
    }
    QVERIFY(more);
    QVERIFY(more->isChecked());
    QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Ctrl+Alt+L")));
    QVERIFY(!bar()->isVisible());
    QVERIFY(!more->isChecked());
}

void TestWorklistFilters::filtersComeBackWithTheProject()
{
    QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Ctrl+Alt+L")));
    QVERIFY(bar()->isVisible());
    chooseLabel(QStringLiteral("With PER"));
    auto *annotators = control<QComboBox>("annotatorFilter");
    annotators->setCurrentIndex(annotators->findText(QStringLiteral("bob")));
    control<QDateEdit>("dateFromFilter")->setDate(QDate(2023, 1, 1));
    QCOMPARE(listed(), QStringLiteral("C"));
    table()->setCurrentIndex(table()->model()->index(0, 0));
    QCOMPARE(m_window->currentArticle(), idOf('C'));
    m_window->closeProject();
    QCOMPARE(control<QComboBox>("labelFilter")->currentIndex(), 0);
    bar()->hide();

    QVERIFY(m_window->openProject(m_path, true));
    QCOMPARE(listed(), QStringLiteral("C"));
    QVERIFY(bar()->isVisible()); // the analyst sees why the list is short
    QCOMPARE(control<QComboBox>("labelFilter")->currentText(), QStringLiteral("With PER"));
    QCOMPARE(annotators->currentText(), QStringLiteral("bob"));
    QCOMPARE(control<QDateEdit>("dateFromFilter")->date(), QDate(2023, 1, 1));
    QCOMPARE(m_window->currentArticle(), idOf('C'));
}

void TestWorklistFilters::calendarOpensAtThisMonth()
{
    // "any" is the lowest date the edit takes; its calendar must not open in 1800.
    auto *from = control<QDateEdit>("dateFromFilter");
    QCOMPARE(from->text(), QStringLiteral("any"));
    QCalendarWidget *calendar = from->calendarWidget();
    QShowEvent shown;
    QApplication::sendEvent(calendar, &shown);
    QCOMPARE(calendar->yearShown(), QDate::currentDate().year());
    QCOMPARE(calendar->monthShown(), QDate::currentDate().month());
    QCOMPARE(from->text(), QStringLiteral("any")); // nothing chosen by opening it
}

void TestWorklistFilters::reloadUnderAFilter()
{
    // The list read again (an import, a change made elsewhere) while a label
    // filter holds: the sets are read with the new rows, never filtered
    // against the old ones.
    chooseLabel(QStringLiteral("Without PER"));
    QCOMPARE(listed(), QStringLiteral("BDE"));
    QString error;
    QVERIFY(m_window->session()->database().deleteArticles({ idOf('A'), idOf('B') }, &error));
    auto *model = m_window->findChild<ArticleListModel *>();
    QVERIFY(model);
    model->reload();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(listed(), QStringLiteral("DE"));
    chooseLabel(QStringLiteral("With PER"));
    QCOMPARE(listed(), QStringLiteral("C"));
}

QTEST_MAIN(TestWorklistFilters)
#include "tst_worklistfilters.moc"
