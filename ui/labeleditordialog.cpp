// SPDX-License-Identifier: GPL-3.0-or-later
#include "labeleditordialog.h"

#include "labelpalette.h"
#include "projectsession.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Marginalia {

LabelEditorDialog::LabelEditorDialog(ProjectSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_list(new QListWidget(this))
{
    setWindowTitle(tr("Labels"));
    auto *buttons = new QVBoxLayout;
    const auto addButton = [&](const QString &text, void (LabelEditorDialog::*slot)(),
                               bool needsSelection) {
        auto *button = new QPushButton(text, this);
        connect(button, &QPushButton::clicked, this, slot);
        buttons->addWidget(button);
        if (needsSelection)
            m_needSelection.append(button);
    };
    addButton(tr("&Add…"), &LabelEditorDialog::addLabel, false);
    addButton(tr("&Rename…"), &LabelEditorDialog::renameLabel, true);
    addButton(tr("&Colour…"), &LabelEditorDialog::recolourLabel, true);
    addButton(tr("&Hotkey…"), &LabelEditorDialog::changeHotkey, true);
    addButton(tr("D&escription…"), &LabelEditorDialog::describeLabel, true);
    addButton(tr("&Delete…"), &LabelEditorDialog::deleteLabel, true);
    buttons->addStretch();

    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(close);

    connect(m_session, &ProjectSession::labelsChanged, this, &LabelEditorDialog::reload);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int currentRow) {
        for (QPushButton *button : std::as_const(m_needSelection))
            button->setEnabled(currentRow >= 0);
    });
    connect(m_list, &QListWidget::itemActivated, this, &LabelEditorDialog::renameLabel);
    reload();
    resize(420, 320);
}

void LabelEditorDialog::reload()
{
    const qint64 current = currentLabelId();
    m_list->clear();
    for (const Label &label : m_session->labels()) {
        auto *item = new QListWidgetItem(
            LabelPalette::swatch(QColor(label.color)),
            label.hotkey.isEmpty() ? label.name : tr("%1   (key %2)").arg(label.name, label.hotkey),
            m_list);
        item->setData(Qt::UserRole, label.id);
        item->setToolTip(label.description);
        if (label.id == current)
            m_list->setCurrentItem(item);
    }
    for (QPushButton *button : std::as_const(m_needSelection))
        button->setEnabled(m_list->currentRow() >= 0);
}

qint64 LabelEditorDialog::currentLabelId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void LabelEditorDialog::addLabel()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Add Label"), tr("Name:"), QLineEdit::Normal, QString(), &ok)
            .trimmed();
    if (!ok || name.isEmpty())
        return;
    Label label;
    label.name = name;
    label.color = QColor::fromHsv(int(m_session->labels().size() * 67 % 360), 150, 210).name();
    m_session->addLabel(label);
}

void LabelEditorDialog::renameLabel()
{
    const std::optional<Label> label = m_session->label(currentLabelId());
    if (!label)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Label"), tr("Name:"),
                                               QLineEdit::Normal, label->name, &ok)
                             .trimmed();
    if (!ok || name.isEmpty() || name == label->name)
        return;
    Label renamed = *label;
    renamed.name = name;
    m_session->changeLabel(*label, renamed);
}

void LabelEditorDialog::recolourLabel()
{
    const std::optional<Label> label = m_session->label(currentLabelId());
    if (!label)
        return;
    const QColor color =
        QColorDialog::getColor(QColor(label->color), this, tr("Colour of %1").arg(label->name));
    if (!color.isValid() || color.name() == label->color)
        return;
    Label recoloured = *label;
    recoloured.color = color.name();
    m_session->changeLabel(*label, recoloured);
}

void LabelEditorDialog::changeHotkey()
{
    const std::optional<Label> label = m_session->label(currentLabelId());
    if (!label)
        return;
    bool ok = false;
    const QString key = QInputDialog::getText(this, tr("Hotkey of %1").arg(label->name),
                                              tr("One key (empty for none):"), QLineEdit::Normal,
                                              label->hotkey, &ok)
                            .trimmed()
                            .left(1);
    if (!ok || key == label->hotkey)
        return;
    Label changed = *label;
    changed.hotkey = key;
    m_session->changeLabel(*label, changed);
}

void LabelEditorDialog::describeLabel()
{
    const std::optional<Label> label = m_session->label(currentLabelId());
    if (!label)
        return;
    bool ok = false;
    const QString description =
        QInputDialog::getText(this, tr("Description of %1").arg(label->name), tr("Description:"),
                              QLineEdit::Normal, label->description, &ok);
    if (!ok || description == label->description)
        return;
    Label changed = *label;
    changed.description = description;
    m_session->changeLabel(*label, changed);
}

QString LabelEditorDialog::deleteQuestion(const QString &name, qint64 annotations)
{
    return tr("Delete the label %1 and its %n annotation(s)? Undo brings them back.", nullptr,
              int(annotations))
        .arg(name);
}

void LabelEditorDialog::deleteLabel()
{
    const std::optional<Label> label = m_session->label(currentLabelId());
    if (!label)
        return;
    const qint64 count = m_session->database().annotationCountForLabel(label->id);
    if (QMessageBox::question(this, tr("Delete Label"), deleteQuestion(label->name, count))
        != QMessageBox::Yes)
        return;
    m_session->removeLabel(*label);
}

} // namespace Marginalia
