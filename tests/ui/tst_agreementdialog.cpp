// SPDX-License-Identifier: GPL-3.0-or-later
// Team ▸ Agreement: the dialog driven as a user would, offscreen, on a real
// project with two coders: the choices it offers, the figures it shows
// (those of the model's report), the CSV it writes, and the menu entry.
#include "agreementdialog.h"
#include "mainwindow.h"
#include "projectdatabase.h"
#include "projectsession.h"
#include "testhelpers.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Marginalia;
using namespace TestHelpers;

namespace {

constexpr int WaitMs = 60000;

template<typename T> T *child(const QWidget &parent, const char *name)
{
    return parent.findChild<T *>(QLatin1String(name));
}

QAction *menuAction(const MainWindow &window, const QString &menu, const QString &text)
{
    for (QAction *top : window.menuBar()->actions()) {
        if (top->text().remove(QLatin1Char('&')) != menu || !top->menu())
            continue;
        for (QAction *action : top->menu()->actions()) {
            if (action->text().remove(QLatin1Char('&')) == text)
                return action;
        }
    }
    return nullptr;
}

} // namespace

class TestAgreementDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void offersTheCodersAndLabels();
    void showsTheReportsFigures();
    void codersWithoutASharedArticle();
    void exportsCsv();
    void openedFromTheTeamMenu();

private:
    QTemporaryDir m_dir;
    QString m_project;
};

void TestAgreementDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
    QCoreApplication::setOrganizationName(QStringLiteral("MarginaliaTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_agreementdialog"));

    m_project = m_dir.filePath(QStringLiteral("team.marginalia"));
    ProjectDatabase::OpenResult created = ProjectDatabase::create(m_project);
    QVERIFY(created.database);
    ProjectDatabase &db = *created.database;
    QVector<NewArticle> batch(2);
    batch[0].title = QStringLiteral("One");
    batch[0].text = QStringLiteral("Anna met Bob in Paris today.");
    batch[1].title = QStringLiteral("Two");
    batch[1].text = QStringLiteral("Bob flew to Rome.");
    QVector<ProjectDatabase::InsertOutcome> outcomes;
    QString error;
    QVERIFY2(db.insertArticles(batch, &outcomes, &error), qPrintable(error));
    // alice: Anna PER, Bob PER, Paris LOC; bob: Anna PER, Bob LOC, Paris
    // LOC; carol only in the second article.
    const std::tuple<int, qint64, qint64, const char *, const char *> spans[] = {
        { 0, 0, 4, "PER", "alice" },  { 0, 9, 12, "PER", "alice" }, { 0, 16, 21, "LOC", "alice" },
        { 0, 0, 4, "PER", "bob" },    { 0, 9, 12, "LOC", "bob" },   { 0, 16, 21, "LOC", "bob" },
        { 1, 12, 16, "LOC", "carol" }
    };
    for (const auto &[article, start, end, label, coder] : spans) {
        NewAnnotation request;
        request.articleId = outcomes.at(article).id;
        request.start = start;
        request.end = end;
        request.labelName = QLatin1String(label);
        request.annotator = QLatin1String(coder);
        QVERIFY2(db.addAnnotation(request, &error), qPrintable(error));
    }
}

void TestAgreementDialog::offersTheCodersAndLabels()
{
    MainWindow window;
    QVERIFY(window.openProject(m_project, true));
    AgreementDialog dialog(*window.session(), &window);
    QListWidget *coders = child<QListWidget>(dialog, "agreementCoders");
    QListWidget *labels = child<QListWidget>(dialog, "agreementLabels");
    QVERIFY(coders && labels);
    QCOMPARE(coders->count(), 3);
    QCOMPARE(coders->item(0)->text(), QStringLiteral("alice"));
    QCOMPARE(coders->item(0)->checkState(), Qt::Checked);
    QCOMPARE(labels->count(), 4); // PER LOC ORG MISC
    QPushButton *compute = child<QPushButton>(dialog, "agreementCompute");
    QVERIFY(compute->isEnabled());
    QVERIFY(!child<QPushButton>(dialog, "agreementExport")->isEnabled());
    // Fewer than two coders, or no label: nothing to compute.
    dialog.chooseCoders({ QStringLiteral("alice") });
    QVERIFY(!compute->isEnabled());
    dialog.chooseCoders({ QStringLiteral("alice"), QStringLiteral("bob") });
    QVERIFY(compute->isEnabled());
    for (int i = 0; i < labels->count(); ++i)
        labels->item(i)->setCheckState(Qt::Unchecked);
    QVERIFY(!compute->isEnabled());
}

void TestAgreementDialog::showsTheReportsFigures()
{
    MainWindow window;
    QVERIFY(window.openProject(m_project, true));
    AgreementDialog dialog(*window.session(), &window);
    dialog.show();
    dialog.chooseCoders({ QStringLiteral("alice"), QStringLiteral("bob") });
    QSignalSpy computed(&dialog, &AgreementDialog::computed);
    QTest::mouseClick(child<QPushButton>(dialog, "agreementCompute"), Qt::LeftButton);
    QVERIFY(computed.wait(WaitMs));
    QVERIFY(dialog.report().has_value());
    const AgreementReport &report = *dialog.report();
    QCOMPARE(report.articles, qint64(1));
    // Pair: overall, PER, LOC; all: overall, PER, LOC.
    QTableWidget *table = child<QTableWidget>(dialog, "agreementTable");
    QCOMPARE(table->rowCount(), 6);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("alice + bob"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("(all labels)"));
    QVERIFY(table->item(0, 0)->font().bold());
    QCOMPARE(table->item(1, 1)->text(), QStringLiteral("PER"));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("6")); // spans
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("2")); // exact matches
    // F1 exact 4/6; kappa 17/23 (worked out in tst_agreementstudy).
    QCOMPARE(table->item(0, 4)->text(), QLocale().toString(4.0 / 6.0, 'f', 3));
    QCOMPARE(table->item(0, 9)->text(), QLocale().toString(17.0 / 23.0, 'f', 3));
    // (Plurals come from the translation the program loads, not here.)
    QCOMPARE(table->item(3, 0)->text(), AgreementReport::comparisonName(report.all, true));
    QVERIFY(table->item(3, 0)->text().startsWith(QStringLiteral("all (2 coder")));
    QVERIFY(
        child<QLabel>(dialog, "agreementSummary")->text().startsWith(QStringLiteral("1 article")));
    QVERIFY(child<QLabel>(dialog, "agreementSpeakers")
                ->text()
                .contains(QStringLiteral("no quote was marked")));
    QVERIFY(child<QPushButton>(dialog, "agreementExport")->isEnabled());
}

void TestAgreementDialog::codersWithoutASharedArticle()
{
    // alice and carol share no article: the dialog says so, with no figures.
    MainWindow window;
    QVERIFY(window.openProject(m_project, true));
    AgreementDialog dialog(*window.session(), &window);
    dialog.chooseCoders({ QStringLiteral("alice"), QStringLiteral("carol") });
    QSignalSpy computed(&dialog, &AgreementDialog::computed);
    dialog.compute();
    QVERIFY(computed.wait(WaitMs));
    QCOMPARE(dialog.report()->articles, qint64(0));
    QVERIFY2(child<QLabel>(dialog, "agreementSummary")
                 ->text()
                 .contains(QStringLiteral("nothing to compare")),
             qPrintable(child<QLabel>(dialog, "agreementSummary")->text()));
}

void TestAgreementDialog::exportsCsv()
{
    MainWindow window;
    QVERIFY(window.openProject(m_project, true));
    AgreementDialog dialog(*window.session(), &window);
    dialog.chooseCoders({ QStringLiteral("alice"), QStringLiteral("bob") });
    QSignalSpy computed(&dialog, &AgreementDialog::computed);
    dialog.compute();
    QVERIFY(computed.wait(WaitMs));
    const QString path = m_dir.filePath(QStringLiteral("agreement.csv"));
    QVERIFY(dialog.exportCsv(path));
    const QStringList lines =
        QString::fromUtf8(readAll(path)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 7);
    QVERIFY(lines.at(0).startsWith(QStringLiteral("coders,label,articles,spans,exact_matches")));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("alice+bob,,1,6,2,0.6667,")),
             qPrintable(lines.at(1)));
}

void TestAgreementDialog::openedFromTheTeamMenu()
{
    MainWindow window;
    QAction *action = menuAction(window, QStringLiteral("Team"), QStringLiteral("Agreement…"));
    QVERIFY(action);
    QVERIFY(!action->isEnabled()); // no project yet
    QVERIFY(window.openProject(m_project, true));
    QVERIFY(action->isEnabled());
    bool seen = false;
    QTimer::singleShot(0, &window, [&] {
        auto *dialog = window.findChild<AgreementDialog *>();
        seen = dialog && dialog->isVisible() && dialog->isModal();
        if (dialog)
            dialog->reject();
    });
    action->trigger();
    QVERIFY(seen);
}

QTEST_MAIN(TestAgreementDialog)
#include "tst_agreementdialog.moc"
