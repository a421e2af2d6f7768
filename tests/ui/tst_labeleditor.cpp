// SPDX-License-Identifier: GPL-3.0-or-later
// The label editor driven through its buttons. The input, colour and
// question dialogs it opens are modal: a timer answers each one from inside
// its event loop, and the project file is read after every step.
#include "labeleditordialog.h"
#include "projectdatabase.h"
#include "projectsession.h"
#include "testhelpers.h"

#include <QApplication>
#include <QColorDialog>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace Marginalia;
using namespace TestHelpers;

namespace {

const char LabelRows[] =
    "SELECT id, name, color, hotkey, description, position FROM labels ORDER BY id";

} // namespace

class TestLabelEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void listsTheLabels();
    void buttonsNeedASelection();
    void followsTheSession();
    void addLabel_data();
    void addLabel();
    void renameLabel_data();
    void renameLabel();
    void renameToATakenNameReportsIt();
    void changeHotkey_data();
    void changeHotkey();
    void describeLabel();
    void recolourLabel();
    void deleteLabel_data();
    void deleteLabel();
    void deleteQuestion_data();
    void deleteQuestion();

private:
    /// Clicks the button labelled \a text; \a answer gets the modal dialog
    /// that the click opens. Returns whether a dialog was answered.
    bool clickAndAnswer(const QString &text, const std::function<void(QWidget *)> &answer);
    /// Types \a text into the input dialog and presses OK (or Cancel).
    static void typeInto(QWidget *modal, const QString &text, bool accept = true);
    QPushButton *button(const QString &text) const;
    void select(const char *name);
    QStringList itemTexts() const;
    qint64 labelId(const char *name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectSession> m_session;
    std::unique_ptr<LabelEditorDialog> m_dialog;
    QListWidget *m_list = nullptr;
    QString m_path;
    qint64 m_article = 0;
    QString m_seenText; ///< what the last input dialog offered before typing
};

void TestLabelEditor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    ProjectDatabase::OpenResult created =
        ProjectDatabase::create(m_dir->filePath(QStringLiteral("labels.marginalia")));
    QVERIFY2(created.database, qPrintable(created.error));
    m_path = created.database->path();
    QVector<NewArticle> batch(1);
    batch[0].title = QStringLiteral("Berlin");
    batch[0].text = QStringLiteral("Berlin\nAngela Merkel et Olaf Scholz à Berlin.");
    QVector<ProjectDatabase::InsertOutcome> outcomes;
    QString error;
    QVERIFY2(created.database->insertArticles(batch, &outcomes, &error), qPrintable(error));
    m_article = outcomes.first().id;
    m_session = std::make_unique<ProjectSession>(std::move(created.database));
    m_dialog = std::make_unique<LabelEditorDialog>(m_session.get());
    m_list = m_dialog->findChild<QListWidget *>();
    QVERIFY(m_list);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    m_seenText.clear();
}

void TestLabelEditor::cleanup()
{
    m_dialog.reset();
    m_session.reset();
    m_dir.reset();
}

bool TestLabelEditor::clickAndAnswer(const QString &text,
                                     const std::function<void(QWidget *)> &answer)
{
    QPushButton *target = button(text);
    if (!target || !target->isEnabled())
        return false;
    bool answered = false;
    // The dialog only exists once the click has started its event loop, so
    // poll for it; give up after two seconds rather than hang the test.
    QTimer poll;
    poll.setInterval(10);
    int tries = 0;
    connect(&poll, &QTimer::timeout, this, [&] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            poll.stop();
            answered = true;
            answer(modal);
        } else if (++tries > 200) {
            poll.stop();
        }
    });
    poll.start();
    target->click();
    poll.stop();
    return answered;
}

void TestLabelEditor::typeInto(QWidget *modal, const QString &text, bool accept)
{
    auto *input = qobject_cast<QInputDialog *>(modal);
    QVERIFY(input);
    auto *edit = input->findChild<QLineEdit *>();
    QVERIFY(edit);
    // As typed (keyClicks only knows ASCII): the edit's own editing path.
    edit->selectAll();
    edit->insert(text);
    auto *box = input->findChild<QDialogButtonBox *>();
    QVERIFY(box);
    QPushButton *press = box->button(accept ? QDialogButtonBox::Ok : QDialogButtonBox::Cancel);
    QVERIFY(press);
    press->click();
}

QPushButton *TestLabelEditor::button(const QString &text) const
{
    const QList<QPushButton *> buttons = m_dialog->findChildren<QPushButton *>();
    for (QPushButton *b : buttons) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}

void TestLabelEditor::select(const char *name)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->text().section(QLatin1Char(' '), 0, 0) == QLatin1String(name)) {
            m_list->setCurrentRow(row);
            return;
        }
    }
    QFAIL("no such label in the list");
}

QStringList TestLabelEditor::itemTexts() const
{
    QStringList texts;
    for (int row = 0; row < m_list->count(); ++row)
        texts.append(m_list->item(row)->text());
    return texts;
}

qint64 TestLabelEditor::labelId(const char *name) const
{
    for (const Label &label : m_session->labels()) {
        if (label.name == QLatin1String(name))
            return label.id;
    }
    return 0;
}

void TestLabelEditor::listsTheLabels()
{
    QCOMPARE(itemTexts(),
             (QStringList { QStringLiteral("PER   (key 1)"), QStringLiteral("LOC   (key 2)"),
                            QStringLiteral("ORG   (key 3)"), QStringLiteral("MISC   (key 4)") }));
    const QVector<Label> labels = m_session->labels();
    for (int row = 0; row < m_list->count(); ++row) {
        QCOMPARE(m_list->item(row)->data(Qt::UserRole).toLongLong(), labels.at(row).id);
        QCOMPARE(m_list->item(row)->toolTip(), labels.at(row).description);
        QVERIFY(!m_list->item(row)->icon().isNull());
    }
    QCOMPARE(m_list->item(0)->toolTip(), QStringLiteral("Person"));
}

void TestLabelEditor::buttonsNeedASelection()
{
    const QStringList needing { QStringLiteral("&Rename…"), QStringLiteral("&Colour…"),
                                QStringLiteral("&Hotkey…"), QStringLiteral("D&escription…"),
                                QStringLiteral("&Delete…") };
    m_list->setCurrentRow(-1);
    QVERIFY(button(QStringLiteral("&Add…")));
    QVERIFY(button(QStringLiteral("&Add…"))->isEnabled());
    for (const QString &text : needing) {
        QVERIFY2(button(text), qPrintable(text));
        QVERIFY2(!button(text)->isEnabled(), qPrintable(text));
    }
    m_list->setCurrentRow(2);
    for (const QString &text : needing)
        QVERIFY2(button(text)->isEnabled(), qPrintable(text));
}

void TestLabelEditor::followsTheSession()
{
    select("ORG");
    Label label;
    label.name = QStringLiteral("EVENT");
    label.color = QStringLiteral("#123456");
    m_session->addLabel(label);
    QCOMPARE(m_list->count(), 5);
    QCOMPARE(m_list->item(4)->text(), QStringLiteral("EVENT"));
    // The selection stays on the same label across the reload.
    QCOMPARE(m_list->currentItem()->data(Qt::UserRole).toLongLong(), labelId("ORG"));
    m_session->undoStack()->undo();
    QCOMPARE(m_list->count(), 4);
    QCOMPARE(m_list->currentItem()->data(Qt::UserRole).toLongLong(), labelId("ORG"));
}

void TestLabelEditor::addLabel_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("accept");
    QTest::addColumn<QString>("stored"); ///< empty: nothing stored

    QTest::newRow("a name") << "EVENT" << true << "EVENT";
    QTest::newRow("spaces around") << "  DATE  " << true << "DATE";
    QTest::newRow("accented") << "Événement" << true << "Événement";
    QTest::newRow("empty") << "" << true << "";
    QTest::newRow("only spaces") << "   " << true << "";
    QTest::newRow("cancelled") << "EVENT" << false << "";
}

void TestLabelEditor::addLabel()
{
    QFETCH(QString, typed);
    QFETCH(bool, accept);
    QFETCH(QString, stored);

    const QStringList before = rawQueryRows(m_path, LabelRows);
    QVERIFY(clickAndAnswer(QStringLiteral("&Add…"),
                           [&](QWidget *modal) { typeInto(modal, typed, accept); }));
    if (stored.isEmpty()) {
        QCOMPARE(rawQueryRows(m_path, LabelRows), before);
        QCOMPARE(m_session->undoStack()->count(), 0);
        QCOMPARE(m_list->count(), 4);
        return;
    }
    QCOMPARE(rawQueryInt(m_path, "SELECT count(*) FROM labels"), 5);
    const QStringList last = rawQueryRows(
        m_path, "SELECT name, hotkey, position, color FROM labels ORDER BY position DESC LIMIT 1");
    QCOMPARE(last.size(), 1);
    QVERIFY2(last.first().startsWith(stored + QLatin1String("||5|#")), qPrintable(last.first()));
    QCOMPARE(m_list->count(), 5);
    QCOMPARE(m_list->item(4)->text(), stored);
    QCOMPARE(m_session->undoStack()->count(), 1);
    m_session->undoStack()->undo();
    QCOMPARE(rawQueryRows(m_path, LabelRows), before);
    QCOMPARE(m_list->count(), 4);
}

void TestLabelEditor::renameLabel_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("accept");
    QTest::addColumn<QString>("stored");

    QTest::newRow("new name") << "Personne" << true << "Personne";
    QTest::newRow("trimmed") << " Personne " << true << "Personne";
    QTest::newRow("only the case") << "Per" << true << "Per";
    QTest::newRow("unchanged") << "PER" << true << "PER";
    QTest::newRow("emptied") << "" << true << "PER";
    QTest::newRow("cancelled") << "Personne" << false << "PER";
}

void TestLabelEditor::renameLabel()
{
    QFETCH(QString, typed);
    QFETCH(bool, accept);
    QFETCH(QString, stored);

    const qint64 per = labelId("PER");
    const QByteArray nameOfPer = "SELECT name FROM labels WHERE id = " + QByteArray::number(per);
    select("PER");
    QVERIFY(clickAndAnswer(QStringLiteral("&Rename…"), [&](QWidget *modal) {
        m_seenText = modal->findChild<QLineEdit *>()->text();
        typeInto(modal, typed, accept);
    }));
    QCOMPARE(m_seenText, QStringLiteral("PER")); // offered the current name
    QCOMPARE(rawQueryRows(m_path, nameOfPer), QStringList { stored });
    QCOMPARE(m_list->item(0)->text(), stored + QLatin1String("   (key 1)"));
    const bool changed = stored != QLatin1String("PER");
    QCOMPARE(m_session->undoStack()->count(), changed ? 1 : 0);
    if (changed) {
        m_session->undoStack()->undo();
        QCOMPARE(rawQueryRows(m_path, nameOfPer), QStringList { QStringLiteral("PER") });
        QCOMPARE(m_list->item(0)->text(), QStringLiteral("PER   (key 1)"));
    }
}

void TestLabelEditor::renameToATakenNameReportsIt()
{
    const QStringList before = rawQueryRows(m_path, LabelRows);
    QSignalSpy errors(m_session.get(), &ProjectSession::errorOccurred);
    select("PER");
    QVERIFY(clickAndAnswer(QStringLiteral("&Rename…"),
                           [&](QWidget *modal) { typeInto(modal, QStringLiteral("loc")); }));
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errors.first().first().toString(),
             QStringLiteral("a label named \"loc\" exists already"));
    QCOMPARE(rawQueryRows(m_path, LabelRows), before);
    QCOMPARE(m_session->undoStack()->count(), 0);
    QCOMPARE(m_list->item(0)->text(), QStringLiteral("PER   (key 1)"));
}

void TestLabelEditor::changeHotkey_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("stored");

    QTest::newRow("a letter") << "p"
                              << "p";
    QTest::newRow("only the first key") << "xyz"
                                        << "x";
    QTest::newRow("spaces around") << " 9 "
                                   << "9";
    QTest::newRow("none") << ""
                          << "";
}

void TestLabelEditor::changeHotkey()
{
    QFETCH(QString, typed);
    QFETCH(QString, stored);

    const QByteArray hotkeyOfLoc =
        "SELECT hotkey FROM labels WHERE id = " + QByteArray::number(labelId("LOC"));
    select("LOC");
    QVERIFY(clickAndAnswer(QStringLiteral("&Hotkey…"), [&](QWidget *modal) {
        m_seenText = modal->findChild<QLineEdit *>()->text();
        typeInto(modal, typed);
    }));
    QCOMPARE(m_seenText, QStringLiteral("2"));
    QCOMPARE(rawQueryRows(m_path, hotkeyOfLoc), QStringList { stored });
    QCOMPARE(m_list->item(1)->text(),
             stored.isEmpty() ? QStringLiteral("LOC")
                              : QStringLiteral("LOC   (key %1)").arg(stored));
    QCOMPARE(m_session->undoStack()->count(), 1);
    m_session->undoStack()->undo();
    QCOMPARE(rawQueryRows(m_path, hotkeyOfLoc), QStringList { QStringLiteral("2") });
}

void TestLabelEditor::describeLabel()
{
    const QByteArray descriptionOfOrg =
        "SELECT description FROM labels WHERE id = " + QByteArray::number(labelId("ORG"));
    select("ORG");
    QVERIFY(clickAndAnswer(QStringLiteral("D&escription…"), [&](QWidget *modal) {
        m_seenText = modal->findChild<QLineEdit *>()->text();
        typeInto(modal, QStringLiteral("Entreprise, parti, ONG"));
    }));
    QCOMPARE(m_seenText, QStringLiteral("Organisation"));
    QCOMPARE(rawQueryRows(m_path, descriptionOfOrg),
             QStringList { QStringLiteral("Entreprise, parti, ONG") });
    QCOMPARE(m_list->item(2)->toolTip(), QStringLiteral("Entreprise, parti, ONG"));
    m_session->undoStack()->undo();
    QCOMPARE(rawQueryRows(m_path, descriptionOfOrg),
             QStringList { QStringLiteral("Organisation") });
}

void TestLabelEditor::recolourLabel()
{
    const QByteArray colorOfMisc =
        "SELECT color FROM labels WHERE id = " + QByteArray::number(labelId("MISC"));
    select("MISC");
    QColor offered;
    QVERIFY(clickAndAnswer(QStringLiteral("&Colour…"), [&](QWidget *modal) {
        auto *dialog = qobject_cast<QColorDialog *>(modal);
        QVERIFY(dialog);
        offered = dialog->currentColor();
        dialog->setCurrentColor(QColor(0x12, 0x34, 0x56));
        dialog->accept();
    }));
    QCOMPARE(offered.name(), QStringLiteral("#d37295"));
    QCOMPARE(rawQueryRows(m_path, colorOfMisc), QStringList { QStringLiteral("#123456") });
    QCOMPARE(m_session->undoStack()->count(), 1);

    // Cancelling changes nothing.
    QVERIFY(clickAndAnswer(QStringLiteral("&Colour…"), [&](QWidget *modal) {
        auto *dialog = qobject_cast<QColorDialog *>(modal);
        QVERIFY(dialog);
        dialog->setCurrentColor(Qt::red);
        dialog->reject();
    }));
    QCOMPARE(rawQueryRows(m_path, colorOfMisc), QStringList { QStringLiteral("#123456") });
    QCOMPARE(m_session->undoStack()->count(), 1);
}

void TestLabelEditor::deleteLabel_data()
{
    QTest::addColumn<bool>("yes");
    QTest::newRow("answered yes") << true;
    QTest::newRow("answered no") << false;
}

void TestLabelEditor::deleteLabel()
{
    QFETCH(bool, yes);

    for (const auto &[start, end] : { std::pair { 7, 20 }, std::pair { 24, 35 } })
        QVERIFY(m_session->addAnnotation(m_article, start, end, labelId("PER")) > 0);
    QVERIFY(m_session->addAnnotation(m_article, 38, 44, labelId("LOC")) > 0);
    m_session->undoStack()->clear();
    const QStringList labels = rawQueryRows(m_path, LabelRows);
    const qint64 per = labelId("PER");

    select("PER");
    QString question;
    QVERIFY(clickAndAnswer(QStringLiteral("&Delete…"), [&](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        question = box->text();
        QAbstractButton *answer = box->button(yes ? QMessageBox::Yes : QMessageBox::No);
        QVERIFY(answer);
        answer->click();
    }));
    QCOMPARE(question, LabelEditorDialog::deleteQuestion(QStringLiteral("PER"), 2));
    QVERIFY2(question.contains(QStringLiteral("PER")), qPrintable(question));
    QVERIFY2(question.contains(QStringLiteral(" 2 ")), qPrintable(question));

    if (!yes) {
        QCOMPARE(rawQueryRows(m_path, LabelRows), labels);
        QCOMPARE(rawQueryInt(m_path, "SELECT count(*) FROM annotations"), 3);
        QCOMPARE(m_session->undoStack()->count(), 0);
        return;
    }
    QCOMPARE(
        rawQueryInt(m_path, "SELECT count(*) FROM labels WHERE id = " + QByteArray::number(per)),
        0);
    QCOMPARE(rawQueryInt(m_path, "SELECT count(*) FROM annotations"), 1);
    QCOMPARE(itemTexts(),
             (QStringList { QStringLiteral("LOC   (key 2)"), QStringLiteral("ORG   (key 3)"),
                            QStringLiteral("MISC   (key 4)") }));
    QCOMPARE(m_session->undoStack()->count(), 1);
    m_session->undoStack()->undo();
    QCOMPARE(rawQueryRows(m_path, LabelRows), labels);
    QCOMPARE(rawQueryInt(m_path, "SELECT count(*) FROM annotations"), 3);
    QCOMPARE(m_list->count(), 4);
}

void TestLabelEditor::deleteQuestion_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("count");

    QTest::newRow("none") << "PER" << qint64(0);
    QTest::newRow("one") << "LOC" << qint64(1);
    QTest::newRow("several") << "ORG" << qint64(2);
    QTest::newRow("many") << "Événement" << qint64(12345);
    QTest::newRow("a name with a placeholder") << "A%1B" << qint64(3);
}

void TestLabelEditor::deleteQuestion()
{
    QFETCH(QString, name);
    QFETCH(qint64, count);

    const QString question = LabelEditorDialog::deleteQuestion(name, count);
    QVERIFY2(question.contains(name), qPrintable(question));
    QVERIFY2(question.contains(QString::number(count)), qPrintable(question));
    QVERIFY2(!question.contains(QStringLiteral("%n")), qPrintable(question));
    // Other names and counts give other questions.
    QVERIFY(question != LabelEditorDialog::deleteQuestion(name, count + 1));
    QVERIFY(question != LabelEditorDialog::deleteQuestion(name + QLatin1Char('X'), count));
}

QTEST_MAIN(TestLabelEditor)
#include "tst_labeleditor.moc"
