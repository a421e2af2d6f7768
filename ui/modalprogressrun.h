// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class QProgressDialog;
class QThread;
class QWidget;

namespace Marginalia {

/// Work on a thread of its own behind a window-modal progress dialog with a
/// cancel button, so that the window keeps drawing and takes no edit
/// meanwhile. The dialog shows at once, not after a delay: an edit the
/// window took before it showed could be overwritten by what the thread had
/// read. ended() follows on the window's thread once the work has returned.
class ModalProgressRun : public QObject
{
    Q_OBJECT
public:
    /// \a window parents the dialog; \a owner, whose members the work
    /// uses, must call abandon() before they go.
    ModalProgressRun(QWidget *window, QObject *owner);
    ~ModalProgressRun() override;

    /// Asks the work to stop and waits for it; ended() does not follow.
    void abandon();

    bool isRunning() const { return m_thread != nullptr; }
    /// Set once cancel() was asked for; the work polls it (or hands it to
    /// ProjectDatabase::stopWhenSet).
    std::atomic<bool> &cancelRequested() { return m_cancelled; }

    /// Shows the dialog with \a label (and \a cancelText on its button
    /// unless empty) and runs \a work on a thread named \a threadName. One
    /// at a time.
    void start(const QString &label, const QString &cancelText, std::function<void()> work,
               const QString &threadName);
    /// From the work: \a done of \a total, shown at most every 50 ms and at the end.
    void postProgress(qint64 done, qint64 total);
    /// From the work: another label, with a busy bar.
    void postBusy(const QString &label);
    /// Asks the work to stop, waits for it, and emits ended(true).
    void cancel();

signals:
    /// The work has returned and its thread is gone; \a cancelled when
    /// cancel() was asked for.
    void ended(bool cancelled);

private:
    /// From the thread of run \a run (a count of starts).
    void finish(quint64 run);
    void end();
    void waitForThread();

    QWidget *m_window;
    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_cancelled { false };
    /// Counts the runs started: news a cancelled run posted before its end
    /// is dropped once the next one has started.
    std::atomic<quint64> m_run { 0 };
    QProgressDialog *m_dialog = nullptr;
    bool m_updatingDialog = false; ///< inside the dialog's setValue(), which runs the event loop
    QElapsedTimer m_sinceProgress; ///< the work's thread only
};

} // namespace Marginalia
