// SPDX-License-Identifier: GPL-3.0-or-later
#include "notedialog.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Marginalia {

NoteDialog::NoteDialog(const QString &prompt, const QString &note, QWidget *parent)
    : QDialog(parent)
    , m_edit(new QPlainTextEdit(note, this))
{
    setWindowTitle(tr("Note"));
    m_edit->setObjectName(QStringLiteral("note"));
    m_edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_edit->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_edit->setTabChangesFocus(true);
    m_edit->installEventFilter(this);
    auto *label = new QLabel(prompt, this);
    label->setBuddy(m_edit);
    label->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Ctrl+Enter"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_edit, 1);
    layout->addWidget(buttons);
    resize(480, 260);
    m_edit->moveCursor(QTextCursor::End);
    m_edit->setFocus();
}

QString NoteDialog::note() const
{
    return m_edit->toPlainText();
}

std::optional<QString> NoteDialog::ask(QWidget *parent, const QString &prompt, const QString &note)
{
    NoteDialog dialog(prompt, note, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.note();
}

bool NoteDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Enter alone makes a new line in the note; with Ctrl it confirms.
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers().testFlag(Qt::ControlModifier)) {
            accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace Marginalia
