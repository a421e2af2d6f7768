// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutlist.h"

namespace Marginalia {

QList<QKeySequence> ShortcutList::merged(const QList<QKeySequence> &platform,
                                         const QList<QKeySequence> &extra)
{
    QList<QKeySequence> keys;
    for (const QList<QKeySequence> *list : { &platform, &extra }) {
        for (const QKeySequence &key : *list) {
            if (!key.isEmpty() && !keys.contains(key))
                keys.append(key);
        }
    }
    return keys;
}

QList<QKeySequence> ShortcutList::of(QKeySequence::StandardKey key,
                                     const QList<QKeySequence> &extra)
{
    return merged(QKeySequence::keyBindings(key), extra);
}

} // namespace Marginalia
