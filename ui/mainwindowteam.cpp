// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: the Team menu (issue 13).
#include "agreementdialog.h"
#include "mainwindow.h"
#include "projectsession.h"

namespace Marginalia {

void MainWindow::showAgreement()
{
    if (!m_session)
        return;
    // Modal: the dialog reads the project the window has open, which must
    // stay the same while it does.
    AgreementDialog dialog(*m_session, this);
    dialog.exec();
}

} // namespace Marginalia
