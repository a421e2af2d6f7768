// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QKeySequence>
#include <QList>

namespace Marginalia {

/// The keys of an action that answers a standard key. QKeySequence(StandardKey)
/// keeps only the platform's first binding, so Redo was Ctrl+Shift+Z twice on
/// X11 desktops (an "Ambiguous shortcut overload" that did nothing) and never
/// Ctrl+Y.
class ShortcutList
{
public:
    /// Every key of \a platform, then those of \a extra it lacks, each once.
    static QList<QKeySequence> merged(const QList<QKeySequence> &platform,
                                      const QList<QKeySequence> &extra);
    /// The same with this platform's bindings of \a key.
    static QList<QKeySequence> of(QKeySequence::StandardKey key,
                                  const QList<QKeySequence> &extra = {});
};

} // namespace Marginalia
