// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

namespace Marginalia {

class ProjectDatabase;

/// An undo step whose file work can take seconds: the undo of a tag all of
/// 59,000 mentions held the window 3.4 s. UndoRunner stores such a step on a
/// thread through a connection of its own; undo() or redo() then only tell
/// the views. A step that is not long, or any step undone by the stack
/// directly, stores itself as before.
class LongUndoCommand
{
public:
    /// Stores through \a database; false with \a error set when nothing was.
    using FileWork = std::function<bool(ProjectDatabase &database, QString *error)>;

    virtual ~LongUndoCommand() = default;
    /// Worth a thread: its file work could hold the window for more than a frame.
    virtual bool isLong() const = 0;
    /// What undo() (or, with \a redo, redo()) stores, holding copies of what
    /// it needs: it runs on another thread.
    virtual FileWork fileWork(bool redo) const = 0;
    /// The next undo() or redo() finds its change in the file already.
    virtual void markStored() = 0;
};

} // namespace Marginalia
