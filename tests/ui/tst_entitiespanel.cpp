// SPDX-License-Identifier: GPL-3.0-or-later
// The entities panel in the real main window, offscreen: the list and its
// counts, collation order, the filter, and every entity edit (new, rename,
// relabel, merge, delete, link) through keys and dialogs, with the project
// file read through a connection of its own after each step, undo and redo.
#include "annotationlistmodel.h"
#include "articleview.h"
#include "entitiespanel.h"
#include "entitydialog.h"
#include "entityfiltermodel.h"
#include "entitylinkdialog.h"
#include "entitylistmodel.h"
#include "entitymentionsdialog.h"
#include "entitymergedialog.h"
#include "mainwindow.h"
#include "projectdatabase.h"
#include "projectsession.h"
#include "testhelpers.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace Marginalia;
using namespace TestHelpers;

namespace {

const QString MoscowText = QStringLiteral(
    "Moscou\nVladimir Poutine a reçu Sergueï Choïgou au Kremlin. « Assez », a dit Poutine.");
const QString MinskText =
    QStringLiteral("Minsk\nLe président Poutine rencontre Loukachenko à Minsk.");

// What an entity edit touches, as another program sees the file.
const char EntityRows[] = "SELECT id, name, label_id, external_id FROM entities ORDER BY id";
const char AliasRows[] = "SELECT entity_id, alias FROM entity_aliases ORDER BY entity_id, alias";
const char MentionRows[] =
    "SELECT n.id, l.name, coalesce(n.entity_id, 'none'), n.modified_at FROM annotations n "
    "JOIN labels l ON l.id = n.label_id ORDER BY n.id";
const char SpeakerRows[] = "SELECT id, coalesce(speaker_entity_id, 'none') FROM quotes ORDER BY id";

NewAnnotation mention(qint64 articleId, const QString &text, const QString &words,
                      const char *label, const QString &entity, bool last = false)
{
    const qsizetype utf16 = last ? text.lastIndexOf(words) : text.indexOf(words);
    NewAnnotation request;
    request.articleId = articleId;
    request.start = QStringView(text).left(utf16).toUcs4().size();
    request.end = request.start + words.toUcs4().size();
    request.labelName = QLatin1String(label);
    request.entityName = entity;
    request.annotator = QStringLiteral("test");
    return request;
}

QStringList utf8List(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list.append(QString::fromUtf8(item));
    return list;
}

} // namespace

class TestEntitiesPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void listShowsCounts();
    void modelsPassTheTester();
    void aHiddenPanelIsReadWhenShown();
    void aLargeListIsReadOnAThread();
    void theLinkDialogWaitsForALargeList();
    void aSelectionWaitsForALargeList();
    void namesSortWithCollation_data();
    void namesSortWithCollation();
    void countsSortAsNumbers();
    void filterMatchesNamesAliasesAndIds_data();
    void filterMatchesNamesAliasesAndIds();
    void filterFollowsTheProjectsAccentChoice();
    void newEntityWithAliasesAndQid();
    void renameUndoRedo();
    void renameToATakenNameStaysOpen();
    void relabelMovesMentionsLabel();
    void mergeTwoSelected();
    void mergeWithAPickedEntity();
    void deleteUnlinksAndUndoRelinks();
    void deleteKeyInTheListLeavesAnnotationsAlone();
    void mentionsDialogJumpsToTheMention();
    void mentionsDialogFollowsEdits();
    void listFollowsTagging();
    void externalIdNormalized_data();
    void externalIdNormalized();
    void linkOffersAliasesAndLinksToTheirEntity();
    void linkMatchesWhateverCaseAndAccents_data();
    void linkMatchesWhateverCaseAndAccents();
    void linkToANewEntityIsOneStep();
    void linkToAnotherLabelRelabelsTheMention();
    void unlinkWithAnEmptyField();

private:
    void open();
    /// Runs \a trigger, which opens a modal dialog; \a answer gets it.
    /// Returns whether a dialog was answered.
    bool answer(const std::function<void()> &trigger, const std::function<void(QWidget *)> &reply);
    static void clickButton(QWidget *dialog, QDialogButtonBox::StandardButton which);
    static void clickButtonText(QWidget *dialog, const QString &text);
    EntitiesPanel *panel() const { return m_window->entitiesPanel(); }

    QTableView *table() const { return panel()->table(); }
    /// Shows the panel the user's way and puts focus in the list.
    void focusList();
    void selectNames(const QStringList &names);
    QStringList shownNames() const;
    /// A project (m_path) of \a count entities "Nom 1" to "Nom N", closed.
    void makeProjectWithEntities(qint64 count);
    QString shownCell(const QString &name, int column) const;
    qint64 entityId(const QString &name) const;
    qint64 labelId(const char *name) const;
    QStringList fileState() const;
    qint64 mentionIdAt(qint64 articleId, const QString &text, const QString &words,
                       bool last = false) const;
    void selectAnnotation(qint64 id);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_path;
    qint64 m_moscow = 0;
    qint64 m_minsk = 0;
    qint64 m_quote = 0;
};

void TestEntitiesPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestEntitiesPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 900);
}

void TestEntitiesPanel::cleanup()
{
    m_window.reset();
    m_dir.reset();
    QLocale::setDefault(QLocale::c());
}

void TestEntitiesPanel::open()
{
    {
        auto project = createProject(*m_dir);
        QVERIFY(project);
        m_path = project->path();
        QVector<NewArticle> batch(2);
        batch[0].title = QStringLiteral("Moscou");
        batch[0].text = MoscowText;
        batch[1].title = QStringLiteral("Minsk");
        batch[1].text = MinskText;
        QVector<ProjectDatabase::InsertOutcome> outcomes;
        QString error;
        QVERIFY2(project->insertArticles(batch, &outcomes, &error), qPrintable(error));
        m_moscow = outcomes.at(0).id;
        m_minsk = outcomes.at(1).id;
        const QString poutine = QStringLiteral("Vladimir Poutine");
        const auto added = project->addAnnotations(
            { mention(m_moscow, MoscowText, poutine, "PER", poutine),
              mention(m_moscow, MoscowText, QStringLiteral("Poutine"), "PER",
                      QStringLiteral("Poutine"), true),
              mention(m_moscow, MoscowText, QStringLiteral("Sergueï Choïgou"), "PER",
                      QStringLiteral("Sergueï Choïgou")),
              mention(m_moscow, MoscowText, QStringLiteral("Kremlin"), "LOC",
                      QStringLiteral("Kremlin")),
              mention(m_minsk, MinskText, QStringLiteral("Poutine"), "PER", poutine),
              mention(m_minsk, MinskText, QStringLiteral("Loukachenko"), "PER",
                      QStringLiteral("Alexandre Loukachenko")),
              mention(m_minsk, MinskText, QStringLiteral("Minsk"), "LOC", QString(), true) },
            &error);
        QVERIFY2(added, qPrintable(error));
        Entity putin = *project->entity(added->at(0).entityId);
        putin.aliases = { QStringLiteral("Putin"), QStringLiteral("Путин") };
        putin.externalId = QStringLiteral("Q7747");
        QVERIFY2(project->updateEntity(putin, &error), qPrintable(error));
        // « Assez », said by the "Poutine" entity that a merge folds away.
        NewQuote quote;
        quote.articleId = m_moscow;
        quote.start = QStringView(MoscowText).left(MoscowText.indexOf(u"Assez")).size();
        quote.end = quote.start + 5;
        quote.speakerEntityId = added->at(1).entityId;
        quote.manual = true;
        const std::optional<Quote> stored = project->addQuote(quote, &error);
        QVERIFY2(stored, qPrintable(error));
        m_quote = stored->id;
    }
    QVERIFY(m_window->openProject(m_path, true));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QCOMPARE(m_window->currentArticle(), m_moscow);
}

bool TestEntitiesPanel::answer(const std::function<void()> &trigger,
                               const std::function<void(QWidget *)> &reply)
{
    bool answered = false;
    // The dialog exists only once the trigger has started its event loop.
    QTimer poll;
    poll.setInterval(10);
    int tries = 0;
    connect(&poll, &QTimer::timeout, this, [&] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            poll.stop();
            answered = true;
            // Keys sent before the dialog is on screen can miss it.
            if (!QTest::qWaitForWindowExposed(modal))
                qWarning("the dialog was never shown");
            reply(modal);
        } else if (++tries > 300) {
            poll.stop();
        }
    });
    poll.start();
    trigger();
    poll.stop();
    // As the window manager does when a dialog closes: the window is active
    // again, so its shortcuts work.
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window.get()))
        qWarning("the main window did not become active again");
    return answered;
}

void TestEntitiesPanel::clickButton(QWidget *dialog, QDialogButtonBox::StandardButton which)
{
    if (auto *box = qobject_cast<QMessageBox *>(dialog)) {
        box->button(QMessageBox::StandardButton(int(which)))->click();
        return;
    }
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QPushButton *button = buttons->button(which);
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    button->click();
}

void TestEntitiesPanel::clickButtonText(QWidget *dialog, const QString &text)
{
    const QList<QPushButton *> buttons = dialog->findChildren<QPushButton *>();
    for (QPushButton *button : buttons) {
        if (button->text() == text) {
            QVERIFY(button->isEnabled());
            button->click();
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no button %1").arg(text)));
}

void TestEntitiesPanel::focusList()
{
    QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Ctrl+Shift+E")));
    QVERIFY(panel()->isVisible());
    QVERIFY(panel()->filter()->hasFocus());
    // Down goes from the filter to the list.
    QTest::keyClick(panel()->filter(), Qt::Key_Down);
    QVERIFY(table()->hasFocus());
}

void TestEntitiesPanel::selectNames(const QStringList &names)
{
    QItemSelectionModel *selection = table()->selectionModel();
    selection->clearSelection();
    for (int row = 0; row < table()->model()->rowCount(); ++row) {
        const QModelIndex index = table()->model()->index(row, EntityListModel::NameColumn);
        if (!names.contains(index.data().toString()))
            continue;
        // The first name given is the current row: the one acted on last.
        const auto flags = QItemSelectionModel::Select | QItemSelectionModel::Rows;
        if (index.data().toString() == names.first())
            selection->setCurrentIndex(index, flags);
        else
            selection->select(index, flags);
    }
    QCOMPARE(panel()->selectedEntities().size(), names.size());
}

QStringList TestEntitiesPanel::shownNames() const
{
    QStringList names;
    for (int row = 0; row < table()->model()->rowCount(); ++row)
        names.append(table()->model()->index(row, EntityListModel::NameColumn).data().toString());
    return names;
}

QString TestEntitiesPanel::shownCell(const QString &name, int column) const
{
    for (int row = 0; row < table()->model()->rowCount(); ++row) {
        if (table()->model()->index(row, EntityListModel::NameColumn).data().toString() == name)
            return table()->model()->index(row, column).data().toString();
    }
    return QStringLiteral("(not shown)");
}

qint64 TestEntitiesPanel::entityId(const QString &name) const
{
    return rawQueryInt(
        m_path, QStringLiteral("SELECT id FROM entities WHERE name = '%1'").arg(name).toUtf8());
}

qint64 TestEntitiesPanel::labelId(const char *name) const
{
    return rawQueryInt(m_path, QByteArray("SELECT id FROM labels WHERE name = '") + name + "'");
}

QStringList TestEntitiesPanel::fileState() const
{
    return rawQueryRows(m_path, EntityRows) + QStringList { QStringLiteral("--") }
    + rawQueryRows(m_path, AliasRows) + QStringList { QStringLiteral("--") }
    + rawQueryRows(m_path, MentionRows) + QStringList { QStringLiteral("--") }
    + rawQueryRows(m_path, SpeakerRows);
}

qint64 TestEntitiesPanel::mentionIdAt(qint64 articleId, const QString &text, const QString &words,
                                      bool last) const
{
    const qsizetype utf16 = last ? text.lastIndexOf(words) : text.indexOf(words);
    const qint64 start = QStringView(text).left(utf16).toUcs4().size();
    return rawQueryInt(m_path,
                       QStringLiteral("SELECT id FROM annotations WHERE article_id = %1 "
                                      "AND start = %2")
                           .arg(articleId)
                           .arg(start)
                           .toUtf8());
}

void TestEntitiesPanel::selectAnnotation(qint64 id)
{
    // As a click on it in the text does.
    ArticleView *view = m_window->articleView();
    const QVector<Annotation> &all = view->annotations();
    for (const Annotation &a : all) {
        if (a.id == id) {
            emit view->annotationClicked(id);
            QCOMPARE(view->selectedAnnotation(), id);
            return;
        }
    }
    QFAIL("no such annotation in the article on screen");
}

void TestEntitiesPanel::listShowsCounts()
{
    open();
    QCOMPARE(table()->model()->rowCount(), 5);
    // "Vladimir Poutine": two mentions in two articles; "Poutine": one.
    QCOMPARE(shownCell(QStringLiteral("Vladimir Poutine"), EntityListModel::MentionsColumn),
             QStringLiteral("2"));
    QCOMPARE(shownCell(QStringLiteral("Vladimir Poutine"), EntityListModel::ArticlesColumn),
             QStringLiteral("2"));
    QCOMPARE(shownCell(QStringLiteral("Poutine"), EntityListModel::MentionsColumn),
             QStringLiteral("1"));
    QCOMPARE(shownCell(QStringLiteral("Vladimir Poutine"), EntityListModel::AliasesColumn),
             QStringLiteral("Putin, Путин"));
    QCOMPARE(shownCell(QStringLiteral("Vladimir Poutine"), EntityListModel::ExternalIdColumn),
             QStringLiteral("Q7747"));
    QCOMPARE(shownCell(QStringLiteral("Kremlin"), EntityListModel::LabelColumn),
             QStringLiteral("LOC"));
    // The label cell shows the label's colour.
    const int row = shownNames().indexOf(QStringLiteral("Kremlin"));
    const QIcon swatch = qvariant_cast<QIcon>(
        table()->model()->index(row, EntityListModel::LabelColumn).data(Qt::DecorationRole));
    QVERIFY(!swatch.isNull());
    const QImage image = swatch.pixmap(16, 16).toImage();
    QCOMPARE(image.pixelColor(8, 8).name(),
             rawQueryRows(m_path, "SELECT color FROM labels WHERE name = 'LOC'").value(0));
    // The counts agree with the file.
    QCOMPARE(rawQueryInt(m_path,
                         "SELECT count(*) FROM annotations WHERE entity_id = "
                         "(SELECT id FROM entities WHERE name = 'Vladimir Poutine')"),
             2);
}

void TestEntitiesPanel::modelsPassTheTester()
{
    open();
    QAbstractItemModelTester proxyTester(table()->model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    EntityListModel model;
    QAbstractItemModelTester modelTester(&model,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    EntityFilterModel proxy(&model);
    QAbstractItemModelTester filterTester(&proxy,
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(EntityListModel::NameColumn);
    model.setSession(m_window->session());
    QCOMPARE(model.rowCount(), 0); // read only once a view wants it
    QVERIFY(!model.isLoaded());
    model.addViewer();
    QCOMPARE(model.rowCount(), 5);
    proxy.setFilterText(QStringLiteral("poutine"));
    QCOMPARE(proxy.rowCount(), 2);
    // Edits insert, change and remove rows under the testers' eyes.
    Entity added;
    added.name = QStringLiteral("Minsk");
    added.labelId = labelId("LOC");
    const qint64 id = m_window->session()->addEntity(added);
    QVERIFY(id > 0);
    QCOMPARE(model.rowCount(), 6);
    m_window->session()->mergeEntities(entityId(QStringLiteral("Vladimir Poutine")),
                                       entityId(QStringLiteral("Poutine")));
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(proxy.rowCount(), 1);
    m_window->session()->undoStack()->undo();
    m_window->session()->undoStack()->undo();
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(proxy.rowCount(), 2);
}

void TestEntitiesPanel::aHiddenPanelIsReadWhenShown()
{
    open();
    QWidget *dock = m_window->entitiesPanel()->parentWidget();
    EntityListModel *model = m_window->entitiesPanel()->model();
    dock->hide();
    // An import (or a label deleted) would read every entity again: not
    // while nobody looks.
    m_window->session()->reloadAfterImport();
    QVERIFY(!model->isLoaded());
    QCOMPARE(model->rowCount(), 0);
    Entity added;
    added.name = QStringLiteral("Minsk");
    added.labelId = labelId("LOC");
    QVERIFY(m_window->session()->addEntity(added) > 0);
    QVERIFY(!model->isLoaded());

    dock->show();
    dock->raise();
    QVERIFY(model->isLoaded());
    QCOMPARE(model->rowCount(), 6);
    QVERIFY(shownNames().contains(QStringLiteral("Minsk")));
    // Shown, it follows edits row by row again.
    m_window->session()->undoStack()->undo();
    QCOMPARE(model->rowCount(), 5);
}

void TestEntitiesPanel::makeProjectWithEntities(qint64 count)
{
    {
        auto project = createProject(*m_dir);
        QVERIFY(project);
        m_path = project->path();
    }
    QVERIFY(rawExec(m_path,
                    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                    "WHERE i < "
                        + QByteArray::number(count)
                        + ") "
                          "INSERT INTO entities (name, label_id) SELECT 'Nom ' || i, "
                          "(SELECT id FROM labels WHERE name = 'PER') FROM n"));
}

void TestEntitiesPanel::aLargeListIsReadOnAThread()
{
    const qint64 many = EntityListModel::ReadAtOnceBelow + 1000;
    makeProjectWithEntities(many);
    QVERIFY(m_window->openProject(m_path, true));
    EntityListModel *model = m_window->entitiesPanel()->model();
    QVERIFY(!model->isReading()); // hidden: nothing read
    m_window->show();
    QWidget *dock = m_window->entitiesPanel()->parentWidget();
    dock->show();
    dock->raise();
    QVERIFY(model->isReading());
    QCOMPARE(model->rowCount(), 0);
    // An entity added while the list is read is in the list it brings.
    Entity added;
    added.name = QStringLiteral("Minsk");
    added.labelId = labelId("LOC");
    QVERIFY(m_window->session()->addEntity(added) > 0);
    QTRY_VERIFY_WITH_TIMEOUT(model->isLoaded(), 30000);
    QVERIFY(!model->isReading());
    QCOMPARE(model->rowCount(), int(many) + 1);
    QVERIFY(shownNames().contains(QStringLiteral("Minsk")));
    QCOMPARE(shownNames().first(), QStringLiteral("Minsk")); // sorted by name
}

void TestEntitiesPanel::theLinkDialogWaitsForALargeList()
{
    const qint64 many = EntityListModel::ReadAtOnceBelow + 1000;
    makeProjectWithEntities(many);
    QVERIFY(m_window->openProject(m_path, true)); // the panel is hidden: nothing read
    EntityListModel *model = m_window->entitiesPanel()->model();
    QVERIFY(!model->isLoaded());
    Annotation mention;
    mention.labelId = labelId("PER");
    EntityLinkDialog dialog(m_window->session(), model, mention, QStringLiteral("Nom 7"));
    QVERIFY(model->isReading());
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    // OK now would make a second "Nom 7": it waits for the list instead.
    dialog.accept();
    QCOMPARE(accepted.size(), 0);
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("outcome"))->text(),
             QStringLiteral("Reading the project's entities…"));
    QTRY_VERIFY_WITH_TIMEOUT(model->isLoaded(), 30000);
    QVERIFY(dialog.chosenEntity() > 0); // the existing "Nom 7", listed first
    QCOMPARE(model->summary(model->rowForEntity(dialog.chosenEntity())).entity.name,
             QStringLiteral("Nom 7"));
    // An import that ends while the dialog is open reads the list again for
    // it, the panel hidden or not.
    m_window->session()->reloadAfterImport();
    QTRY_VERIFY_WITH_TIMEOUT(model->isLoaded(), 30000);
    QCOMPARE(model->rowCount(), int(many));
    dialog.accept();
    QCOMPARE(accepted.size(), 1);
}

void TestEntitiesPanel::aSelectionWaitsForALargeList()
{
    const qint64 many = EntityListModel::ReadAtOnceBelow + 1000;
    makeProjectWithEntities(many);
    const qint64 wanted = rawQueryInt(m_path, "SELECT id FROM entities WHERE name = 'Nom 4242'");
    QVERIFY(wanted > 0);
    QVERIFY(m_window->openProject(m_path, true)); // the panel is hidden: nothing read
    EntityListModel *model = m_window->entitiesPanel()->model();
    // As after New Entity with the panel hidden: the list is read first.
    m_window->entitiesPanel()->selectEntity(wanted);
    QVERIFY(model->isReading());
    QTRY_VERIFY_WITH_TIMEOUT(model->isLoaded(), 30000);
    QCOMPARE(table()->currentIndex().data(EntityListModel::EntityIdRole).toLongLong(), wanted);
}

void TestEntitiesPanel::namesSortWithCollation_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("sorted");
    QTest::newRow("accented capitals with their letter")
        << utf8List({ "Zèbre", "Élysée", "avion", "Eau", "Faits" })
        << utf8List({ "avion", "Eau", "Élysée", "Faits", "Zèbre" });
    QTest::newRow("numbers by value") << utf8List({ "Article 10", "Article 9", "Article 100" })
                                      << utf8List({ "Article 9", "Article 10", "Article 100" });
    QTest::newRow("case second") << utf8List({ "ONU", "oms", "Otan" })
                                 << utf8List({ "oms", "ONU", "Otan" });
    QTest::newRow("ligature and cedilla") << utf8List({ "Œuvre", "Ode", "Çà", "Ca", "Cz" })
                                          << utf8List({ "Ca", "Çà", "Cz", "Ode", "Œuvre" });
}

void TestEntitiesPanel::namesSortWithCollation()
{
    QFETCH(QStringList, names);
    QFETCH(QStringList, sorted);
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    {
        auto project = createProject(*m_dir);
        QVERIFY(project);
        m_path = project->path();
        QString error;
        for (const QString &name : std::as_const(names)) {
            Entity entity;
            entity.name = name;
            entity.labelId = project->labelByName(QStringLiteral("MISC"))->id;
            QVERIFY2(project->addEntity(entity, &error), qPrintable(error));
        }
    }
    QVERIFY(m_window->openProject(m_path, true));
    m_window->show();
    m_window->entitiesPanel()->parentWidget()->show();
    m_window->entitiesPanel()->parentWidget()->raise();
    QCOMPARE(shownNames(), sorted);
    table()->sortByColumn(EntityListModel::NameColumn, Qt::DescendingOrder);
    std::reverse(sorted.begin(), sorted.end());
    QCOMPARE(shownNames(), sorted);
}

void TestEntitiesPanel::countsSortAsNumbers()
{
    open();
    // Nine more mentions of Kremlin's label would be slow to make by hand:
    // sort by mentions and check the column is in numeric order either way.
    table()->sortByColumn(EntityListModel::MentionsColumn, Qt::AscendingOrder);
    QVector<qint64> counts;
    for (int row = 0; row < table()->model()->rowCount(); ++row)
        counts.append(
            table()->model()->index(row, EntityListModel::MentionsColumn).data().toLongLong());
    QVERIFY(std::is_sorted(counts.cbegin(), counts.cend()));
    QCOMPARE(counts.last(), 2);
    // Ties are in name order.
    QCOMPARE(shownNames().mid(0, 4),
             (utf8List({ "Alexandre Loukachenko", "Kremlin", "Poutine", "Sergueï Choïgou" })));
    table()->sortByColumn(EntityListModel::MentionsColumn, Qt::DescendingOrder);
    QCOMPARE(shownNames().first(), QStringLiteral("Vladimir Poutine"));
    // 10 after 9: numbers, not text.
    {
        QString error;
        auto &database = m_window->session()->database();
        QVector<NewAnnotation> many;
        for (int i = 0; i < 9; ++i) {
            NewAnnotation a = mention(m_minsk, MinskText, QStringLiteral("Minsk"), "LOC",
                                      QStringLiteral("Kremlin"), i % 2 == 0);
            many.append(a);
        }
        QVERIFY2(database.addAnnotations(many, &error), qPrintable(error));
    }
    m_window->session()->undoStack()->clear();
    panel()->model()->reload();
    table()->sortByColumn(EntityListModel::MentionsColumn, Qt::DescendingOrder);
    QCOMPARE(shownNames().first(), QStringLiteral("Kremlin"));
    QCOMPARE(shownCell(QStringLiteral("Kremlin"), EntityListModel::MentionsColumn),
             QStringLiteral("10"));
}

void TestEntitiesPanel::filterMatchesNamesAliasesAndIds_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("shown");
    QTest::newRow("empty shows all") << QString()
                                     << utf8List({ "Alexandre Loukachenko", "Kremlin", "Poutine",
                                                   "Sergueï Choïgou", "Vladimir Poutine" });
    QTest::newRow("part of a name, any case")
        << QStringLiteral("POUT") << utf8List({ "Poutine", "Vladimir Poutine" });
    QTest::newRow("without accents")
        << QStringLiteral("serguei choigou") << utf8List({ "Sergueï Choïgou" });
    QTest::newRow("decomposed accents")
        << QString::fromUtf16(u"Choi\u0308gou") << utf8List({ "Sergueï Choïgou" });
    QTest::newRow("an alias") << QStringLiteral("putin") << utf8List({ "Vladimir Poutine" });
    QTest::newRow("a Cyrillic alias")
        << QString::fromUtf16(u"ПУТИН") << utf8List({ "Vladimir Poutine" });
    QTest::newRow("the external id") << QStringLiteral("q7747") << utf8List({ "Vladimir Poutine" });
    QTest::newRow("spaces around are ignored")
        << QStringLiteral("  kremlin ") << utf8List({ "Kremlin" });
    QTest::newRow("nothing") << QStringLiteral("Macron") << QStringList();
}

void TestEntitiesPanel::filterMatchesNamesAliasesAndIds()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, shown);
    open();
    QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Ctrl+Shift+E")));
    QVERIFY(panel()->filter()->hasFocus());
    panel()->filter()->insert(typed);
    QCOMPARE(shownNames(), shown);
}

void TestEntitiesPanel::filterFollowsTheProjectsAccentChoice()
{
    open();
    m_window->session()->setMatchIgnoringAccents(false);
    QVERIFY(!m_window->session()->database().matchIgnoringAccents());
    QCoreApplication::processEvents(); // the change is announced once the edit is over
    panel()->proxy()->setFilterText(QStringLiteral("choigou"));
    QCOMPARE(shownNames(), QStringList());
    panel()->proxy()->setFilterText(QStringLiteral("CHOÏGOU"));
    QCOMPARE(shownNames(), QStringList { QStringLiteral("Sergueï Choïgou") });
}

void TestEntitiesPanel::newEntityWithAliasesAndQid()
{
    open();
    focusList();
    const QStringList before = fileState();
    QString seenName;
    QVERIFY(answer([this] { QTest::keyClick(table(), Qt::Key_Insert); },
                   [&](QWidget *dialog) {
                       QVERIFY(qobject_cast<EntityDialog *>(dialog));
                       auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("name"));
                       seenName = name->text();
                       name->setText(QStringLiteral("Emmanuel Macron"));
                       dialog->findChild<QPlainTextEdit *>(QStringLiteral("aliases"))
                           ->setPlainText(QStringLiteral("Macron\n\n  Macron \nEmmanuel Macron\n"
                                                         "le président"));
                       dialog->findChild<QLineEdit *>(QStringLiteral("externalId"))
                           ->setText(QStringLiteral("https://www.wikidata.org/wiki/Q3052772"));
                       QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("hint"))->isHidden());
                       clickButton(dialog, QDialogButtonBox::Ok);
                   }));
    QCOMPARE(seenName, QString()); // the filter was empty
    const qint64 id = entityId(QStringLiteral("Emmanuel Macron"));
    QVERIFY(id > 0);
    QCOMPARE(rawQueryRows(m_path,
                          QStringLiteral("SELECT label_id, external_id FROM entities "
                                         "WHERE id = %1")
                              .arg(id)
                              .toUtf8()),
             QStringList { QStringLiteral("%1|Q3052772").arg(labelId("PER")) });
    // Blank lines, repeats and the name itself are not aliases.
    QCOMPARE(rawQueryRows(m_path,
                          QStringLiteral("SELECT alias FROM entity_aliases WHERE "
                                         "entity_id = %1 ORDER BY id")
                              .arg(id)
                              .toUtf8()),
             (QStringList { QStringLiteral("Macron"), QStringLiteral("le président") }));
    // The new entity is listed and selected.
    QCOMPARE(panel()->selectedEntities(), QVector<qint64> { id });
    const QStringList after = fileState();
    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    QCOMPARE(fileState(), before);
    QCOMPARE(panel()->model()->rowForEntity(id), -1);
    QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Ctrl+Shift+Z")));
    QCOMPARE(fileState(), after); // the same id again
    QVERIFY(panel()->model()->rowForEntity(id) >= 0);
}

void TestEntitiesPanel::renameUndoRedo()
{
    open();
    focusList();
    selectNames({ QStringLiteral("Vladimir Poutine") });
    const qint64 id = entityId(QStringLiteral("Vladimir Poutine"));
    const QStringList before = fileState();
    QVERIFY(answer(
        [this] { QTest::keyClick(table(), Qt::Key_F2); },
        [&](QWidget *dialog) {
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("name"));
            QCOMPARE(name->text(), QStringLiteral("Vladimir Poutine"));
            QCOMPARE(dialog->findChild<QPlainTextEdit *>(QStringLiteral("aliases"))->toPlainText(),
                     QString::fromUtf16(u"Putin\nПутин"));
            name->setText(QStringLiteral("Vladimir Vladimirovitch Poutine"));
            clickButton(dialog, QDialogButtonBox::Ok);
        }));
    QCOMPARE(
        rawQueryRows(m_path,
                     QStringLiteral("SELECT name FROM entities WHERE id = %1").arg(id).toUtf8()),
        QStringList { QStringLiteral("Vladimir Vladimirovitch Poutine") });
    const QStringList after = fileState();
    // The annotations panel shows the new name for the mention on screen.
    auto *annotationModel = m_window->findChild<AnnotationListModel *>();
    QVERIFY(annotationModel);
    const int row = annotationModel->rowForAnnotation(
        mentionIdAt(m_moscow, MoscowText, QStringLiteral("Vladimir Poutine")));
    QCOMPARE(annotationModel->index(row, AnnotationListModel::EntityColumn).data().toString(),
             QStringLiteral("Vladimir Vladimirovitch Poutine"));
    QVERIFY(shownNames().contains(QStringLiteral("Vladimir Vladimirovitch Poutine")));

    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    QCOMPARE(fileState(), before);
    QCOMPARE(annotationModel->index(row, AnnotationListModel::EntityColumn).data().toString(),
             QStringLiteral("Vladimir Poutine"));
    QVERIFY(shownNames().contains(QStringLiteral("Vladimir Poutine")));
    QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Ctrl+Shift+Z")));
    QCOMPARE(fileState(), after);
}

void TestEntitiesPanel::renameToATakenNameStaysOpen()
{
    open();
    focusList();
    selectNames({ QStringLiteral("Poutine") });
    const QStringList before = fileState();
    const int steps = m_window->session()->undoStack()->count();
    QString error;
    QVERIFY(answer([this] { QTest::keyClick(table(), Qt::Key_Return); },
                   [&](QWidget *dialog) {
                       dialog->findChild<QLineEdit *>(QStringLiteral("name"))
                           ->setText(QStringLiteral("Vladimir Poutine"));
                       clickButton(dialog, QDialogButtonBox::Ok);
                       // Refused: still open, with the reason.
                       QVERIFY(dialog->isVisible());
                       error = dialog->findChild<QLabel *>(QStringLiteral("error"))->text();
                       clickButton(dialog, QDialogButtonBox::Cancel);
                   }));
    QVERIFY2(error.contains(QStringLiteral("Vladimir Poutine")), qPrintable(error));
    QCOMPARE(fileState(), before);
    QCOMPARE(m_window->session()->undoStack()->count(), steps);
}

void TestEntitiesPanel::relabelMovesMentionsLabel()
{
    open();
    focusList();
    selectNames({ QStringLiteral("Vladimir Poutine") });
    const QStringList before = fileState();
    const qint64 onScreen = mentionIdAt(m_moscow, MoscowText, QStringLiteral("Vladimir Poutine"));
    QVERIFY(answer([this] { QTest::keyClick(table(), Qt::Key_F2); },
                   [&](QWidget *dialog) {
                       auto *label = dialog->findChild<QComboBox *>(QStringLiteral("label"));
                       label->setCurrentIndex(label->findText(QStringLiteral("ORG")));
                       clickButton(dialog, QDialogButtonBox::Ok);
                   }));
    // Both mentions, in both articles, are ORG now in the file.
    QCOMPARE(rawQueryRows(m_path,
                          "SELECT DISTINCT l.name FROM annotations n JOIN labels l ON "
                          "l.id = n.label_id JOIN entities e ON e.id = n.entity_id "
                          "WHERE e.name = 'Vladimir Poutine'"),
             QStringList { QStringLiteral("ORG") });
    QCOMPARE(rawQueryInt(m_path,
                         "SELECT count(*) FROM annotations n JOIN entities e ON e.id = "
                         "n.entity_id WHERE e.name = 'Vladimir Poutine'"),
             2);
    // The article on screen paints it in ORG's colour.
    const auto labelOnScreen = [this, onScreen] {
        for (const Annotation &a : m_window->articleView()->annotations()) {
            if (a.id == onScreen)
                return a.labelId;
        }
        return qint64(-1);
    };
    QCOMPARE(labelOnScreen(), labelId("ORG"));
    QCOMPARE(shownCell(QStringLiteral("Vladimir Poutine"), EntityListModel::LabelColumn),
             QStringLiteral("ORG"));
    const QStringList after = fileState();
    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    QCOMPARE(fileState(), before); // modified_at put back too
    QCOMPARE(labelOnScreen(), labelId("PER"));
    QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Ctrl+Shift+Z")));
    QCOMPARE(fileState(), after);
    QCOMPARE(labelOnScreen(), labelId("ORG"));
}

void TestEntitiesPanel::mergeTwoSelected()
{
    open();
    focusList();
    const qint64 kept = entityId(QStringLiteral("Vladimir Poutine"));
    const qint64 gone = entityId(QStringLiteral("Poutine"));
    selectNames({ QStringLiteral("Poutine"), QStringLiteral("Vladimir Poutine") });
    const QStringList before = fileState();
    QString summary;
    QVERIFY(answer([this] { QTest::keySequence(table(), QKeySequence(QStringLiteral("Ctrl+M"))); },
                   [&](QWidget *dialog) {
                       auto *merge = qobject_cast<EntityMergeDialog *>(dialog);
                       QVERIFY(merge);
                       // The one with more mentions is proposed; the choice is shown.
                       auto *keepFirst =
                           dialog->findChild<QRadioButton *>(QStringLiteral("keepFirst"));
                       auto *keepOther =
                           dialog->findChild<QRadioButton *>(QStringLiteral("keepOther"));
                       QVERIFY(keepOther->isChecked());
                       QVERIFY(keepOther->text().contains(QStringLiteral("Vladimir Poutine")));
                       QVERIFY(keepFirst->text().contains(QStringLiteral("“Poutine”")));
                       QCOMPARE(merge->keptId(), kept);
                       QCOMPARE(merge->goneId(), gone);
                       summary = dialog->findChild<QLabel *>(QStringLiteral("summary"))->text();
                       clickButtonText(dialog, QStringLiteral("&Merge"));
                   }));
    QVERIFY2(summary.startsWith(QStringLiteral("“Poutine” will be deleted")), qPrintable(summary));
    // Mentions follow, the name becomes an alias, the quote's speaker follows.
    QCOMPARE(rawQueryInt(
                 m_path,
                 QStringLiteral("SELECT count(*) FROM entities WHERE id = %1").arg(gone).toUtf8()),
             0);
    QCOMPARE(rawQueryInt(m_path,
                         QStringLiteral("SELECT count(*) FROM annotations WHERE "
                                        "entity_id = %1")
                             .arg(kept)
                             .toUtf8()),
             3);
    QCOMPARE(rawQueryRows(m_path,
                          QStringLiteral("SELECT alias FROM entity_aliases WHERE "
                                         "entity_id = %1 ORDER BY alias")
                              .arg(kept)
                              .toUtf8()),
             (QStringList { QStringLiteral("Poutine"), QStringLiteral("Putin"),
                            QString::fromUtf16(u"Путин") }));
    QCOMPARE(rawQueryInt(m_path,
                         QStringLiteral("SELECT speaker_entity_id FROM quotes WHERE id = %1")
                             .arg(m_quote)
                             .toUtf8()),
             kept);
    // The list and the article on screen show it.
    QCOMPARE(shownCell(QStringLiteral("Vladimir Poutine"), EntityListModel::MentionsColumn),
             QStringLiteral("3"));
    QVERIFY(!shownNames().contains(QStringLiteral("Poutine")));
    QCOMPARE(panel()->selectedEntities(), QVector<qint64> { kept });
    const qint64 lastMention = mentionIdAt(m_moscow, MoscowText, QStringLiteral("Poutine"), true);
    for (const Annotation &a : m_window->articleView()->annotations()) {
        if (a.id == lastMention)
            QCOMPARE(a.entityName, QStringLiteral("Vladimir Poutine"));
    }
    const QStringList after = fileState();

    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    QCOMPARE(fileState(), before);
    QVERIFY(shownNames().contains(QStringLiteral("Poutine")));
    QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Ctrl+Shift+Z")));
    QCOMPARE(fileState(), after);
    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    QCOMPARE(fileState(), before);
}

void TestEntitiesPanel::mergeWithAPickedEntity()
{
    open();
    focusList();
    const qint64 kremlin = entityId(QStringLiteral("Kremlin"));
    const qint64 choigou = entityId(QStringLiteral("Sergueï Choïgou"));
    selectNames({ QStringLiteral("Kremlin") });
    QVERIFY(answer([this] { QTest::keySequence(table(), QKeySequence(QStringLiteral("Ctrl+M"))); },
                   [&](QWidget *dialog) {
                       auto *merge = qobject_cast<EntityMergeDialog *>(dialog);
                       QVERIFY(merge);
                       auto *filter = dialog->findChild<QLineEdit *>(QStringLiteral("filter"));
                       QVERIFY(filter);
                       // Nothing picked yet: Merge is off.
                       QCOMPARE(merge->goneId(), 0);
                       filter->insert(QStringLiteral("choigou"));
                       auto *list = dialog->findChild<QTableView *>();
                       QCOMPARE(list->model()->rowCount(), 1);
                       list->setCurrentIndex(list->model()->index(0, 0));
                       // Keep Kremlin, explicitly, though it has as many mentions.
                       merge->keepFirst(true);
                       QCOMPARE(merge->keptId(), kremlin);
                       QCOMPARE(merge->goneId(), choigou);
                       const QString summary =
                           dialog->findChild<QLabel *>(QStringLiteral("summary"))->text();
                       QVERIFY2(summary.contains(QStringLiteral("become LOC")),
                                qPrintable(summary));
                       clickButtonText(dialog, QStringLiteral("&Merge"));
                   }));
    // Choïgou's mention is now a LOC mention of Kremlin.
    QCOMPARE(
        rawQueryRows(m_path,
                     QStringLiteral("SELECT l.name FROM annotations n JOIN labels l "
                                    "ON l.id = n.label_id WHERE n.id = %1")
                         .arg(mentionIdAt(m_moscow, MoscowText, QStringLiteral("Sergueï Choïgou")))
                         .toUtf8()),
        QStringList { QStringLiteral("LOC") });
    QCOMPARE(rawQueryInt(m_path, "SELECT count(*) FROM entities"), 4);
    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    QCOMPARE(rawQueryInt(m_path, "SELECT count(*) FROM entities"), 5);
    QCOMPARE(rawQueryRows(m_path,
                          QStringLiteral("SELECT l.name FROM annotations n JOIN labels l "
                                         "ON l.id = n.label_id WHERE n.entity_id = %1")
                              .arg(choigou)
                              .toUtf8()),
             QStringList { QStringLiteral("PER") });
}

void TestEntitiesPanel::deleteUnlinksAndUndoRelinks()
{
    open();
    focusList();
    const qint64 id = entityId(QStringLiteral("Vladimir Poutine"));
    selectNames({ QStringLiteral("Vladimir Poutine") });
    const EntitySummary summary = panel()->model()->summary(panel()->model()->rowForEntity(id));
    const QStringList before = fileState();
    QString question;
    QVERIFY(answer([this] { QTest::keyClick(table(), Qt::Key_Delete); },
                   [&](QWidget *dialog) {
                       question = qobject_cast<QMessageBox *>(dialog)->text();
                       clickButton(dialog, QDialogButtonBox::Yes);
                   }));
    QCOMPARE(question, EntitiesPanel::deleteQuestion({ summary }));
    QVERIFY2(question.contains(QStringLiteral("2 mention")), qPrintable(question));
    QCOMPARE(
        rawQueryInt(m_path,
                    QStringLiteral("SELECT count(*) FROM entities WHERE id = %1").arg(id).toUtf8()),
        0);
    // The mentions stay, unlinked.
    QCOMPARE(rawQueryInt(m_path, "SELECT count(*) FROM annotations"), 7);
    // Its two, and Minsk, which was unlinked from the start.
    QCOMPARE(rawQueryInt(m_path, "SELECT count(*) FROM annotations WHERE entity_id IS NULL"), 3);
    QVERIFY(!shownNames().contains(QStringLiteral("Vladimir Poutine")));
    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    QCOMPARE(fileState(), before);
    QVERIFY(shownNames().contains(QStringLiteral("Vladimir Poutine")));
    QCOMPARE(shownCell(QStringLiteral("Vladimir Poutine"), EntityListModel::MentionsColumn),
             QStringLiteral("2"));
}

void TestEntitiesPanel::deleteKeyInTheListLeavesAnnotationsAlone()
{
    open();
    const qint64 selected = mentionIdAt(m_moscow, MoscowText, QStringLiteral("Kremlin"));
    selectAnnotation(selected);
    focusList();
    selectNames({ QStringLiteral("Alexandre Loukachenko"), QStringLiteral("Kremlin") });
    QString question;
    // Answered No: nothing changes, and the window's Delete did not fire.
    QVERIFY(answer([this] { QTest::keyClick(table(), Qt::Key_Delete); },
                   [&](QWidget *dialog) {
                       question = qobject_cast<QMessageBox *>(dialog)->text();
                       clickButton(dialog, QDialogButtonBox::No);
                   }));
    QVERIFY2(question.startsWith(QStringLiteral("Delete 2 entities?")), qPrintable(question));
    QCOMPARE(rawQueryInt(m_path, "SELECT count(*) FROM annotations"), 7);
    QCOMPARE(rawQueryInt(m_path, "SELECT count(*) FROM entities"), 5);
    QCOMPARE(m_window->articleView()->selectedAnnotation(), selected);
    // Yes: both go in one undo step.
    QVERIFY(answer([this] { QTest::keyClick(table(), Qt::Key_Delete); },
                   [&](QWidget *dialog) { clickButton(dialog, QDialogButtonBox::Yes); }));
    QCOMPARE(rawQueryInt(m_path, "SELECT count(*) FROM entities"), 3);
    QCOMPARE(rawQueryInt(m_path, "SELECT count(*) FROM annotations"), 7);
    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    QCOMPARE(rawQueryInt(m_path, "SELECT count(*) FROM entities"), 5);
    QCOMPARE(rawQueryInt(m_path, "SELECT count(*) FROM annotations WHERE entity_id IS NULL"), 1);
}

void TestEntitiesPanel::mentionsDialogJumpsToTheMention()
{
    open();
    focusList();
    selectNames({ QStringLiteral("Vladimir Poutine") });
    const QModelIndex row = table()->currentIndex();
    // A double click as the platform sends it: press, release, double click.
    const QPoint at = table()->visualRect(row).center();
    QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(table()->viewport(), Qt::LeftButton, {}, at);
    EntityMentionsDialog *dialog = panel()->mentionsDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QTableWidget *mentions = dialog->table();
    QCOMPARE(mentions->rowCount(), 2);
    // Article title, the mention in its context, in article order.
    QCOMPARE(mentions->item(0, EntityMentionsDialog::ArticleColumn)->text(),
             QStringLiteral("Moscou"));
    QCOMPARE(mentions->item(0, EntityMentionsDialog::MentionColumn)->text(),
             QStringLiteral("Vladimir Poutine"));
    QCOMPARE(mentions->item(1, EntityMentionsDialog::ArticleColumn)->text(),
             QStringLiteral("Minsk"));
    QCOMPARE(mentions->item(1, EntityMentionsDialog::BeforeColumn)->text(),
             QStringLiteral("Minsk Le président "));
    QCOMPARE(mentions->item(1, EntityMentionsDialog::MentionColumn)->text(),
             QStringLiteral("Poutine"));
    QCOMPARE(mentions->item(1, EntityMentionsDialog::AfterColumn)->text(),
             QStringLiteral(" rencontre Loukachenko à Minsk."));

    // Enter on the Minsk row opens that article with that mention selected.
    // Sent to the list as it arrives when the dialog is the active window
    // (offscreen, the main window keeps the activation and its shortcuts).
    const qint64 target = mentionIdAt(m_minsk, MinskText, QStringLiteral("Poutine"));
    mentions->setCurrentCell(1, EntityMentionsDialog::MentionColumn);
    QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
    QApplication::sendEvent(mentions, &enter);
    QCOMPARE(m_window->currentArticle(), m_minsk);
    QCOMPARE(m_window->articleView()->selectedAnnotation(), target);
    // The list stays open for the next mention.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCOMPARE(panel()->mentionsDialog(), dialog);
    QVERIFY(dialog->isVisible());
    // A double click on the first row goes back to the other article.
    const QPoint first = mentions->visualItemRect(mentions->item(0, 0)).center();
    QTest::mouseClick(mentions->viewport(), Qt::LeftButton, {}, first);
    QTest::mouseDClick(mentions->viewport(), Qt::LeftButton, {}, first);
    QCOMPARE(m_window->currentArticle(), m_moscow);
    QCOMPARE(m_window->articleView()->selectedAnnotation(),
             mentionIdAt(m_moscow, MoscowText, QStringLiteral("Vladimir Poutine")));
}

void TestEntitiesPanel::mentionsDialogFollowsEdits()
{
    open();
    focusList();
    selectNames({ QStringLiteral("Vladimir Poutine") });
    QTest::keyClick(table(), Qt::Key_Return, Qt::ControlModifier);
    EntityMentionsDialog *dialog = panel()->mentionsDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->table()->rowCount(), 2);
    m_window->session()->mergeEntities(entityId(QStringLiteral("Vladimir Poutine")),
                                       entityId(QStringLiteral("Poutine")));
    QCOMPARE(dialog->table()->rowCount(), 3);
    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    QCOMPARE(dialog->table()->rowCount(), 2);
}

void TestEntitiesPanel::listFollowsTagging()
{
    open();
    // Linking the unlinked Minsk mention to Kremlin counts a second article.
    auto *session = m_window->session();
    const qint64 minsk = mentionIdAt(m_minsk, MinskText, QStringLiteral("Minsk"), true);
    const Annotation stored = *session->database().annotation(minsk);
    session->linkAnnotation(stored, entityId(QStringLiteral("Kremlin")));
    QCOMPARE(shownCell(QStringLiteral("Kremlin"), EntityListModel::MentionsColumn),
             QStringLiteral("2"));
    QCOMPARE(shownCell(QStringLiteral("Kremlin"), EntityListModel::ArticlesColumn),
             QStringLiteral("2"));
    // Deleting a mention counts one fewer.
    const Annotation vladimir = *session->database().annotation(
        mentionIdAt(m_moscow, MoscowText, QStringLiteral("Vladimir Poutine")));
    session->removeAnnotation(vladimir);
    QCOMPARE(shownCell(QStringLiteral("Vladimir Poutine"), EntityListModel::MentionsColumn),
             QStringLiteral("1"));
    session->undoStack()->undo();
    session->undoStack()->undo();
    QCOMPARE(shownCell(QStringLiteral("Vladimir Poutine"), EntityListModel::MentionsColumn),
             QStringLiteral("2"));
    QCOMPARE(shownCell(QStringLiteral("Kremlin"), EntityListModel::MentionsColumn),
             QStringLiteral("1"));
}

void TestEntitiesPanel::externalIdNormalized_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("stored");
    QTest::addColumn<bool>("hint");
    QTest::newRow("a QID") << QStringLiteral("Q7747") << QStringLiteral("Q7747") << false;
    QTest::newRow("lower case") << QStringLiteral(" q7747 ") << QStringLiteral("Q7747") << false;
    QTest::newRow("a Wikidata page") << QStringLiteral("https://www.wikidata.org/wiki/Q7747")
                                     << QStringLiteral("Q7747") << false;
    QTest::newRow("an entity URI") << QStringLiteral("http://www.wikidata.org/entity/Q7747")
                                   << QStringLiteral("Q7747") << false;
    QTest::newRow("a mobile page with a fragment")
        << QStringLiteral("https://m.wikidata.org/wiki/Q90#sitelinks") << QStringLiteral("Q90")
        << false;
    QTest::newRow("empty") << QStringLiteral("") << QStringLiteral("") << false;
    QTest::newRow("letters after the digits")
        << QStringLiteral("Q77a") << QStringLiteral("Q77a") << true;
    QTest::newRow("another scheme")
        << QStringLiteral("viaf:102333412") << QStringLiteral("viaf:102333412") << true;
    QTest::newRow("a property, not an item")
        << QStringLiteral("P31") << QStringLiteral("P31") << true;
    QTest::newRow("Q0 is no item") << QStringLiteral("Q0") << QStringLiteral("Q0") << true;
}

void TestEntitiesPanel::externalIdNormalized()
{
    QFETCH(QString, typed);
    QFETCH(QString, stored);
    QFETCH(bool, hint);
    QCOMPARE(EntityDialog::normalizedExternalId(typed), stored);
    QCOMPARE(!EntityDialog::externalIdHint(typed).isEmpty(), hint);
}

void TestEntitiesPanel::linkOffersAliasesAndLinksToTheirEntity()
{
    open();
    // The Moscow "Poutine" mention, unlinked first.
    auto *session = m_window->session();
    const qint64 id = mentionIdAt(m_moscow, MoscowText, QStringLiteral("Poutine"), true);
    session->linkAnnotation(*session->database().annotation(id), 0);
    QCOMPARE(rawQueryRows(m_path,
                          QStringLiteral("SELECT coalesce(entity_id, 'none') FROM "
                                         "annotations WHERE id = %1")
                              .arg(id)
                              .toUtf8()),
             QStringList { QStringLiteral("none") });
    selectAnnotation(id);
    const qint64 putin = entityId(QStringLiteral("Vladimir Poutine"));
    QString initial;
    QStringList offered;
    QString outcome;
    QVERIFY(answer([this] { QTest::keyClick(m_window->articleView(), Qt::Key_E); },
                   [&](QWidget *dialog) {
                       auto *link = qobject_cast<EntityLinkDialog *>(dialog);
                       QVERIFY(link);
                       initial = link->nameField()->text();
                       link->nameField()->selectAll();
                       link->nameField()->insert(QStringLiteral("puti"));
                       for (int row = 0; row < link->candidates()->count(); ++row)
                           offered.append(link->candidates()->item(row)->text());
                       // Nothing typed matches exactly: a new entity is proposed.
                       QCOMPARE(link->chosenEntity(), 0);
                       QCOMPARE(link->newEntityName(), QStringLiteral("puti"));
                       // Up walks to the alias, as in a completer.
                       QTest::keyClick(link->nameField(), Qt::Key_Up);
                       QCOMPARE(link->chosenEntity(), putin);
                       outcome = link->outcome();
                       clickButton(dialog, QDialogButtonBox::Ok);
                   }));
    QCOMPARE(initial, QStringLiteral("Poutine")); // the mention's own text
    QCOMPARE(offered.value(0), QString::fromUtf16(u"Putin → Vladimir Poutine · PER"));
    QCOMPARE(offered.value(1), QString::fromUtf16(u"New PER entity “puti”"));
    QCOMPARE(offered.size(), 2);
    QCOMPARE(outcome,
             QString::fromUtf16(u"Links to Vladimir Poutine (PER) through its alias “Putin”."));
    QCOMPARE(
        rawQueryInt(
            m_path,
            QStringLiteral("SELECT entity_id FROM annotations WHERE id = %1").arg(id).toUtf8()),
        putin);
    QCOMPARE(shownCell(QStringLiteral("Vladimir Poutine"), EntityListModel::MentionsColumn),
             QStringLiteral("3"));
}

void TestEntitiesPanel::linkMatchesWhateverCaseAndAccents_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("entity");
    QTest::addColumn<bool>("offersNew"); ///< a new entity of that name is offered too
    QTest::newRow("the name in capitals")
        << QStringLiteral("VLADIMIR POUTINE") << QStringLiteral("Vladimir Poutine") << false;
    QTest::newRow("an alias in another case")
        << QStringLiteral("putin") << QStringLiteral("Vladimir Poutine") << true;
    QTest::newRow("a Cyrillic alias in capitals")
        << QString::fromUtf16(u"ПУТИН") << QStringLiteral("Vladimir Poutine") << true;
    QTest::newRow("no accents") << QStringLiteral("Serguei Choigou")
                                << QString::fromUtf16(u"Sergueï Choïgou") << false;
    QTest::newRow("decomposed accents") << QString::fromUtf16(u"Serguei\u0308 Choi\u0308gou")
                                        << QString::fromUtf16(u"Sergueï Choïgou") << false;
    QTest::newRow("capitals with accents") << QString::fromUtf16(u"SERGUEÏ CHOÏGOU")
                                           << QString::fromUtf16(u"Sergueï Choïgou") << false;
}

void TestEntitiesPanel::linkMatchesWhateverCaseAndAccents()
{
    QFETCH(QString, typed);
    QFETCH(QString, entity);
    QFETCH(bool, offersNew);
    open();
    // The unlinked Minsk mention, made PER so the label matches.
    auto *session = m_window->session();
    const qint64 id = mentionIdAt(m_minsk, MinskText, QStringLiteral("Minsk"), true);
    Annotation stored = *session->database().annotation(id);
    Annotation per = stored;
    per.labelId = labelId("PER");
    per.labelName = QStringLiteral("PER");
    session->changeAnnotation(stored, per, QStringLiteral("Relabel"));
    session->undoStack()->clear();
    const QStringList entitiesBefore = rawQueryRows(m_path, EntityRows);
    EntityLinkDialog dialog(session, panel()->model(), per, QStringLiteral("Minsk"));
    dialog.nameField()->selectAll();
    dialog.nameField()->insert(typed);
    // An exact match is picked without asking.
    QCOMPARE(dialog.chosenEntity(), entityId(entity));
    QCOMPARE(dialog.candidates()->currentRow(), 0);
    // A new entity is offered, last, unless one of that name exists.
    QListWidget *list = dialog.candidates();
    QCOMPARE(list->item(list->count() - 1)->text().startsWith(QStringLiteral("New PER entity")),
             offersNew);
    QCOMPARE(rawQueryRows(m_path, EntityRows), entitiesBefore);
}

void TestEntitiesPanel::linkToANewEntityIsOneStep()
{
    open();
    auto *session = m_window->session();
    m_window->showArticle(m_minsk);
    const qint64 id = mentionIdAt(m_minsk, MinskText, QStringLiteral("Minsk"), true);
    selectAnnotation(id);
    const QStringList before = fileState();
    const int steps = session->undoStack()->count();
    QString outcome;
    QVERIFY(answer([this] { QTest::keyClick(m_window->articleView(), Qt::Key_E); },
                   [&](QWidget *dialog) {
                       auto *link = qobject_cast<EntityLinkDialog *>(dialog);
                       QVERIFY(link);
                       // The mention's text, as it is: OK makes an entity of it.
                       QCOMPARE(link->nameField()->text(), QStringLiteral("Minsk"));
                       QCOMPARE(link->newEntityName(), QStringLiteral("Minsk"));
                       outcome = link->outcome();
                       QTest::keyClick(link->nameField(), Qt::Key_Return);
                   }));
    QCOMPARE(outcome, QString::fromUtf16(u"Makes a new LOC entity “Minsk” and links to it."));
    const qint64 minsk = entityId(QStringLiteral("Minsk"));
    QVERIFY(minsk > 0);
    QCOMPARE(rawQueryInt(
                 m_path,
                 QStringLiteral("SELECT label_id FROM entities WHERE id = %1").arg(minsk).toUtf8()),
             labelId("LOC"));
    QCOMPARE(
        rawQueryInt(
            m_path,
            QStringLiteral("SELECT entity_id FROM annotations WHERE id = %1").arg(id).toUtf8()),
        minsk);
    QVERIFY(shownNames().contains(QStringLiteral("Minsk")));
    const QStringList after = fileState();
    QCOMPARE(session->undoStack()->count(), steps + 1);
    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    QCOMPARE(fileState(), before);
    QVERIFY(!shownNames().contains(QStringLiteral("Minsk")));
    QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Ctrl+Shift+Z")));
    // Redo puts back the same entity id and the mention as it was linked.
    QCOMPARE(fileState(), after);
    QCOMPARE(entityId(QStringLiteral("Minsk")), minsk);
}

void TestEntitiesPanel::linkToAnotherLabelRelabelsTheMention()
{
    open();
    m_window->showArticle(m_minsk);
    const qint64 id = mentionIdAt(m_minsk, MinskText, QStringLiteral("Minsk"), true);
    selectAnnotation(id);
    const qint64 choigou = entityId(QStringLiteral("Sergueï Choïgou"));
    QString outcome;
    QVERIFY(answer([this] { QTest::keyClick(m_window->articleView(), Qt::Key_E); },
                   [&](QWidget *dialog) {
                       auto *link = qobject_cast<EntityLinkDialog *>(dialog);
                       link->nameField()->selectAll();
                       link->nameField()->insert(QStringLiteral("choigou"));
                       // A PER entity for a LOC mention is offered, not picked.
                       QCOMPARE(link->chosenEntity(), 0);
                       link->candidates()->setCurrentRow(0);
                       QCOMPARE(link->chosenEntity(), choigou);
                       outcome = link->outcome();
                       clickButton(dialog, QDialogButtonBox::Ok);
                   }));
    QVERIFY2(outcome.endsWith(QStringLiteral("The mention becomes PER.")), qPrintable(outcome));
    QCOMPARE(rawQueryRows(m_path,
                          QStringLiteral("SELECT l.name, n.entity_id FROM annotations n "
                                         "JOIN labels l ON l.id = n.label_id WHERE n.id = %1")
                              .arg(id)
                              .toUtf8()),
             QStringList { QStringLiteral("PER|%1").arg(choigou) });
    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    QCOMPARE(rawQueryRows(m_path,
                          QStringLiteral("SELECT l.name, coalesce(n.entity_id, 'none') "
                                         "FROM annotations n JOIN labels l ON l.id = "
                                         "n.label_id WHERE n.id = %1")
                              .arg(id)
                              .toUtf8()),
             QStringList { QStringLiteral("LOC|none") });
}

void TestEntitiesPanel::unlinkWithAnEmptyField()
{
    open();
    const qint64 id = mentionIdAt(m_moscow, MoscowText, QStringLiteral("Kremlin"));
    selectAnnotation(id);
    QString initial;
    QString outcome;
    QVERIFY(answer([this] { QTest::keyClick(m_window->articleView(), Qt::Key_E); },
                   [&](QWidget *dialog) {
                       auto *link = qobject_cast<EntityLinkDialog *>(dialog);
                       initial = link->nameField()->text();
                       // Linked already: Enter keeps the link.
                       QCOMPARE(link->chosenEntity(), entityId(QStringLiteral("Kremlin")));
                       link->nameField()->clear();
                       outcome = link->outcome();
                       clickButton(dialog, QDialogButtonBox::Ok);
                   }));
    QCOMPARE(initial, QStringLiteral("Kremlin"));
    QCOMPARE(outcome, QStringLiteral("Unlinks the mention from Kremlin."));
    QCOMPARE(rawQueryRows(m_path,
                          QStringLiteral("SELECT coalesce(entity_id, 'none') FROM "
                                         "annotations WHERE id = %1")
                              .arg(id)
                              .toUtf8()),
             QStringList { QStringLiteral("none") });
    QCOMPARE(shownCell(QStringLiteral("Kremlin"), EntityListModel::MentionsColumn),
             QStringLiteral("0"));
}

QTEST_MAIN(TestEntitiesPanel)
#include "tst_entitiespanel.moc"
