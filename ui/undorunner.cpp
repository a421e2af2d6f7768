// SPDX-License-Identifier: GPL-3.0-or-later
#include "undorunner.h"

#include "longundocommand.h"
#include "modalprogressrun.h"
#include "projectdatabase.h"
#include "projectsession.h"

#include <QUndoStack>
#include <QWidget>

namespace Marginalia {

UndoRunner::UndoRunner(QWidget *window)
    : QObject(window)
    , m_run(new ModalProgressRun(window, this))
{
    connect(m_run, &ModalProgressRun::ended, this, &UndoRunner::deliver);
}

UndoRunner::~UndoRunner()
{
    m_run->abandon(); // the thread writes the outcome
}

bool UndoRunner::isRunning() const
{
    return m_run->isRunning();
}

void UndoRunner::undo(ProjectSession *session)
{
    step(session, false);
}

void UndoRunner::redo(ProjectSession *session)
{
    step(session, true);
}

void UndoRunner::cancel()
{
    m_run->cancel();
}

void UndoRunner::step(ProjectSession *session, bool redo)
{
    if (isRunning())
        return;
    QUndoStack *stack = session->undoStack();
    const int index = redo ? stack->index() : stack->index() - 1;
    const QUndoCommand *command =
        index >= 0 && index < stack->count() ? stack->command(index) : nullptr;
    // command() gives const access only; the stack owns a non-const command.
    auto *longCommand = dynamic_cast<LongUndoCommand *>(const_cast<QUndoCommand *>(command));
    // A read-only project refuses the step the usual way.
    if (!longCommand || !longCommand->isLong() || session->database().isReadOnly()) {
        redo ? stack->redo() : stack->undo();
        return;
    }
    m_session = session;
    m_longCommand = longCommand;
    m_text = command->text();
    m_historyMoved = false;
    connect(stack, &QUndoStack::indexChanged, this, [this] { m_historyMoved = true; });
    m_redo = redo;
    m_stored = false;
    m_error.clear();
    const QString path = session->path();
    const LongUndoCommand::FileWork work = longCommand->fileWork(redo);
    m_run->start(
        redo ? tr("Redoing %1…").arg(m_text) : tr("Undoing %1…").arg(m_text), QString(),
        [this, path, work] {
            QString error;
            bool stored = false;
            {
                ProjectDatabase::OpenResult opened = ProjectDatabase::open(path);
                if (opened.database)
                    stored = storeStep(*opened.database, work, &error);
                else
                    error = opened.error;
            } // closed before the window hears of it
            QMutexLocker locker(&m_outcomeLock);
            m_stored = stored;
            m_error = error;
        },
        QStringLiteral("undo"));
}

bool UndoRunner::storeStep(ProjectDatabase &database, const LongUndoCommand::FileWork &work,
                           QString *error)
{
    database.leaveCheckpointToMainConnection();
    // A cancel interrupts the transaction and SQLite rolls it back.
    database.stopWhenSet(&m_run->cancelRequested());
    // Another program's write lock is waited for in short steps, so that
    // Cancel is heard: SQLite's own wait would not look at it.
    constexpr int Step = 100;
    constexpr int Patience = 5000;
    database.setBusyTimeout(Step);
    for (int waited = 0;; waited += Step) {
        database.clearLastFailure();
        if (work(database, error))
            return true;
        if (!database.lastFailureWasBusy() || waited >= Patience || m_run->cancelRequested())
            return false;
    }
}

void UndoRunner::deliver(bool wasCancelled)
{
    bool stored = false;
    QString error;
    {
        QMutexLocker locker(&m_outcomeLock);
        stored = m_stored;
        error = m_error;
    }
    if (!m_session)
        return; // the project was closed: the file holds the step, the history is gone
    QUndoStack *stack = m_session->undoStack();
    disconnect(stack, &QUndoStack::indexChanged, this, nullptr);
    const QString step = (m_redo ? tr("Redo %1") : tr("Undo %1")).arg(m_text);
    if (!stored) {
        if (wasCancelled)
            emit cancelled(step); // the interruption is the error, if any
        else
            emit failed(tr("%1 was not done: %2").arg(step, error));
        return;
    }
    // The dialog is window-modal, so the history cannot move meanwhile; if
    // it did, the command may be gone and must not be touched.
    if (m_historyMoved) {
        emit failed(tr("%1 was stored, but the history changed meanwhile; reopen the project to "
                       "see it")
                        .arg(step));
        return;
    }
    // What was stored reaches the window even when Cancel came after the commit.
    m_longCommand->markStored();
    m_redo ? stack->redo() : stack->undo();
    if (wasCancelled)
        emit doneDespiteCancel(step);
}

} // namespace Marginalia
