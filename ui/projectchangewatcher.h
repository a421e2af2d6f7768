// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QWidget;

namespace Marginalia {

class ProjectSession;

/// Notices changes another window or program made to the open project and
/// has the session read everything again (issue 12, defect 10: a window
/// kept showing an annotation another had deleted). It looks when the
/// window becomes active and every few seconds while it is open; SQLite's
/// data_version makes a look cost one pragma. While this window's own
/// threads write (an import, a tag all), it does not look: their commits
/// are announced when they end.
class ProjectChangeWatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int IntervalMs = 2000;

    /// Watches while \a window lives; \a busy says whether its own threads write.
    ProjectChangeWatcher(QWidget *window, std::function<bool()> busy);

    /// The session to watch, or none.
    void setSession(ProjectSession *session);
    /// Looks now; true when the project had changed and was read again.
    bool look();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<ProjectSession> m_session;
    std::function<bool()> m_busy;
    QTimer m_timer;
};

} // namespace Marginalia
