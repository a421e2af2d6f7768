// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotatorprompt.h"

#include "annotatorname.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Marginalia {

AnnotatorPrompt::AnnotatorPrompt(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(AnnotatorName::login(), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Welcome to Marginalia"));
    m_name->setObjectName(QStringLiteral("annotatorName"));
    auto *question =
        new QLabel(tr("What name should your annotations carry? Teams compare coders by this name; "
                      "you can change it in Edit ▸ Preferences."),
                   this);
    question->setWordWrap(true);
    question->setBuddy(m_name);
    auto *label = new QLabel(tr("&Your name:"), this);
    label->setBuddy(m_name);
    m_name->selectAll();
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto update = [this] {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!name().isEmpty());
    };
    connect(m_name, &QLineEdit::textChanged, this, update);
    update();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addWidget(label);
    layout->addWidget(m_name);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 50);
}

QString AnnotatorPrompt::name() const
{
    return m_name->text().trimmed();
}

bool AnnotatorPrompt::askOnce(QWidget *parent)
{
    if (AnnotatorName::isChosen())
        return true;
    AnnotatorPrompt prompt(parent);
    if (prompt.exec() != QDialog::Accepted)
        return false;
    AnnotatorName::setPreferred(prompt.name());
    return true;
}

} // namespace Marginalia
