// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectchangewatcher.h"

#include "projectsession.h"

#include <QEvent>
#include <QWidget>

namespace Marginalia {

ProjectChangeWatcher::ProjectChangeWatcher(QWidget *window, std::function<bool()> busy)
    : QObject(window)
    , m_busy(std::move(busy))
{
    window->installEventFilter(this);
    m_timer.setInterval(IntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ProjectChangeWatcher::look);
}

void ProjectChangeWatcher::setSession(ProjectSession *session)
{
    m_session = session;
    if (session)
        m_timer.start();
    else
        m_timer.stop();
}

bool ProjectChangeWatcher::look()
{
    if (!m_session || (m_busy && m_busy()))
        return false;
    return m_session->reloadIfChangedElsewhere();
}

bool ProjectChangeWatcher::eventFilter(QObject *watched, QEvent *event)
{
    // The analyst coming back from another window is the moment a change
    // made there matters.
    if (event->type() == QEvent::WindowActivate)
        look();
    return QObject::eventFilter(watched, event);
}

} // namespace Marginalia
