// SPDX-License-Identifier: GPL-3.0-or-later
#include "modalprogressrun.h"

#include <QProgressDialog>
#include <QScopedValueRollback>
#include <QThread>
#include <QWidget>

#include <climits>

namespace Marginalia {

ModalProgressRun::ModalProgressRun(QWidget *window, QObject *owner)
    : QObject(owner)
    , m_window(window)
{
}

ModalProgressRun::~ModalProgressRun()
{
    abandon();
}

void ModalProgressRun::abandon()
{
    m_cancelled = true;
    waitForThread();
}

void ModalProgressRun::start(const QString &label, const QString &cancelText,
                             std::function<void()> work, const QString &threadName)
{
    Q_ASSERT(!isRunning());
    m_cancelled = false;
    if (!m_dialog) {
        m_dialog = new QProgressDialog(m_window);
        m_dialog->setWindowModality(Qt::WindowModal);
        m_dialog->setMinimumDuration(0);
        m_dialog->setAutoReset(false);
        m_dialog->setAutoClose(false);
        connect(m_dialog, &QProgressDialog::canceled, this, &ModalProgressRun::cancel);
    }
    m_dialog->setLabelText(label);
    if (!cancelText.isEmpty())
        m_dialog->setCancelButtonText(cancelText);
    m_dialog->setRange(0, 0);
    m_dialog->reset();
    m_dialog->show();

    m_sinceProgress.start();
    const quint64 run = ++m_run;
    m_thread.reset(QThread::create([this, run, work = std::move(work)] {
        work();
        QMetaObject::invokeMethod(
            this, [this, run] { finish(run); }, Qt::QueuedConnection);
    }));
    m_thread->setObjectName(threadName);
    m_thread->start();
}

void ModalProgressRun::postProgress(qint64 done, qint64 total)
{
    if (m_sinceProgress.elapsed() < 50 && done < total)
        return;
    m_sinceProgress.restart();
    QMetaObject::invokeMethod(
        this,
        [this, done, total, run = m_run.load()] {
            // News posted before a cancel must not show the dialog again.
            if (!isRunning() || m_cancelled || run != m_run)
                return;
            const QScopedValueRollback<bool> updating(m_updatingDialog, true);
            m_dialog->setMaximum(int(qMin<qint64>(total, INT_MAX)));
            m_dialog->setValue(int(qMin<qint64>(done, INT_MAX)));
        },
        Qt::QueuedConnection);
}

void ModalProgressRun::postBusy(const QString &label)
{
    QMetaObject::invokeMethod(
        this,
        [this, label, run = m_run.load()] {
            if (!isRunning() || m_cancelled || run != m_run)
                return;
            m_dialog->setLabelText(label);
            m_dialog->setRange(0, 0);
        },
        Qt::QueuedConnection);
}

void ModalProgressRun::cancel()
{
    if (!isRunning())
        return;
    m_cancelled = true;
    waitForThread();
    end();
}

void ModalProgressRun::waitForThread()
{
    if (m_thread) {
        m_thread->wait();
        m_thread.reset();
    }
}

void ModalProgressRun::finish(quint64 run)
{
    if (!isRunning() || run != m_run)
        return; // cancel() ended it
    if (m_updatingDialog) {
        // setValue() on a modal dialog runs the event loop: end once it returns.
        QMetaObject::invokeMethod(
            this, [this, run] { finish(run); }, Qt::QueuedConnection);
        return;
    }
    waitForThread();
    end();
}

void ModalProgressRun::end()
{
    if (m_dialog)
        m_dialog->hide();
    emit ended(m_cancelled);
}

} // namespace Marginalia
