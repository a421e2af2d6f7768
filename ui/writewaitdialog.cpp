// SPDX-License-Identifier: GPL-3.0-or-later
#include "writewaitdialog.h"

#include "writelockholder.h"

#include <QDialogButtonBox>
#include <QEventLoop>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Marginalia {

namespace {

// How often the lock table is read, and the longest wait between tries
// when it cannot tell who holds the lock (another system, or a holder that
// /proc/locks does not show).
constexpr int PollInterval = 250; // milliseconds
constexpr int TryAtLeastEvery = 2000;

} // namespace

WriteWaitDialog::WriteWaitDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Waiting for the Project"));
    setWindowModality(Qt::WindowModal);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *giveUp = buttons->addButton(tr("&Give Up the Edit"), QDialogButtonBox::RejectRole);
    giveUp->setObjectName(QStringLiteral("giveUpEdit"));
    connect(buttons, &QDialogButtonBox::rejected, this, &WriteWaitDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
    m_poll.setInterval(PollInterval);
    connect(&m_poll, &QTimer::timeout, this, &WriteWaitDialog::poll);
}

WriteWaitDialog::~WriteWaitDialog()
{
    finish(false);
}

bool WriteWaitDialog::waitForWriter(const QString &projectPath, const QString &message)
{
    if (m_loop) // a second edit while one waits cannot happen: the dialog is modal
        return false;
    m_path = projectPath;
    m_message = message;
    poll(); // the text, at once
    if (!isVisible()) {
        resize(qMax(width(), 460), sizeHint().height());
        show();
    }
    m_sinceTry.start();
    m_poll.start();
    QEventLoop loop;
    m_loop = &loop;
    const bool retry = loop.exec() == 1;
    m_loop = nullptr;
    m_poll.stop();
    if (!retry)
        hide();
    return retry;
}

void WriteWaitDialog::writerGone()
{
    hide();
}

void WriteWaitDialog::reject()
{
    if (m_loop)
        finish(false);
    else
        hide();
}

void WriteWaitDialog::poll()
{
    const std::optional<WriteLockHolder> holder = WriteLockHolder::find(m_path);
    if (!holder) {
        m_text->setText(tr("%1\n\nYour edit is not stored yet; it will be as soon as the "
                           "project is free.")
                            .arg(m_message));
    } else {
        m_text->setText(tr("%1 is writing to this project.\n\nYour edit is not stored yet; it "
                           "will be as soon as the project is free.")
                            .arg(holder->describe()));
    }
    if (!m_loop)
        return;
    if (!holder || m_sinceTry.elapsed() >= TryAtLeastEvery)
        finish(true);
}

void WriteWaitDialog::finish(bool retry)
{
    if (m_loop)
        m_loop->exit(retry ? 1 : 0);
}

} // namespace Marginalia
