// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "longundocommand.h"

#include <QMutex>
#include <QObject>
#include <QPointer>

class QWidget;

namespace Marginalia {

class ModalProgressRun;
class ProjectDatabase;
class ProjectSession;

/// Undo and Redo as the window's actions do them. A step whose file work
/// takes seconds (a LongUndoCommand that says it is long) is stored on a
/// thread from a connection of its own, behind a window-modal progress
/// dialog with Cancel; then the stack moves and the views hear of it. Any
/// other step is done at once.
class UndoRunner : public QObject
{
    Q_OBJECT
public:
    /// \a window parents the progress dialog.
    explicit UndoRunner(QWidget *window);
    ~UndoRunner() override;

    bool isRunning() const;
    void undo(ProjectSession *session);
    void redo(ProjectSession *session);
    /// Stops a step under way and waits for its thread; what it stored
    /// before the stop still moves the stack.
    void cancel();

signals:
    /// The step could not be stored: nothing changed.
    void failed(const QString &message);
    /// A long step (\a step: "Undo …") was cancelled before it was stored:
    /// nothing changed.
    void cancelled(const QString &step);
    /// Cancel came after the step was stored: it is done.
    void doneDespiteCancel(const QString &step);

private:
    void step(ProjectSession *session, bool redo);
    /// On the thread.
    bool storeStep(ProjectDatabase &database, const LongUndoCommand::FileWork &work,
                   QString *error);
    void deliver(bool wasCancelled);

    ModalProgressRun *m_run;
    QPointer<ProjectSession> m_session;
    LongUndoCommand *m_longCommand = nullptr; ///< the step under way
    QString m_text; ///< its text, kept: the command is not read once the stack moved
    bool m_historyMoved = false; ///< the stack changed while the step ran
    bool m_redo = false;
    QMutex m_outcomeLock; ///< guards the two below, written by the thread
    bool m_stored = false;
    QString m_error;
};

} // namespace Marginalia
