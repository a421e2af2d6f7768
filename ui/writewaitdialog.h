// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "writewaiter.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QTimer>

class QEventLoop;
class QLabel;

namespace Marginalia {

/// Shown while an edit waits for another program's write to end: says who
/// holds the project, tries the edit again as soon as the lock is free, and
/// lets the user give the edit up. Window-modal, so no other edit can slip
/// in ahead of the waiting one.
class WriteWaitDialog : public QDialog, public WriteWaiter
{
    Q_OBJECT
public:
    explicit WriteWaitDialog(QWidget *parent = nullptr);
    ~WriteWaitDialog() override;

    bool waitForWriter(const QString &projectPath, const QString &message) override;
    void writerGone() override;
    /// True while an edit waits: the session is inside that edit, so it
    /// must not be closed until waitForWriter has returned.
    bool isWaiting() const { return m_loop != nullptr; }
    void reject() override; ///< Esc and the close button give the edit up

private:
    void poll();
    void finish(bool retry);

    QLabel *m_text = nullptr;
    QTimer m_poll;
    QElapsedTimer m_sinceTry; ///< since the last try of the edit
    QEventLoop *m_loop = nullptr; ///< while waitForWriter runs
    QString m_path;
    QString m_message;
};

} // namespace Marginalia
