// SPDX-License-Identifier: GPL-3.0-or-later
// ProjectSession::store, for the files that define ProjectSession's edits.
#pragma once

#include "projectsession.h"

namespace Marginalia {

template<typename Write> auto ProjectSession::store(Write write)
{
    bool waited = false;
    for (;;) {
        QString error;
        m_database->clearLastFailure();
        auto result = write(&error);
        const bool retry = !result && m_database->lastFailureWasBusy() && m_writeWaiter
            && m_writeWaiter->waitForWriter(m_database->path(), error);
        if (retry) {
            waited = true;
            continue;
        }
        if (waited)
            m_writeWaiter->writerGone();
        if (!result)
            fail(m_database->lastFailureWasBusy() ? tr("the edit was not stored: %1").arg(error)
                                                  : failureMessage(error));
        return result;
    }
}

} // namespace Marginalia
