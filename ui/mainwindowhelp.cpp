// SPDX-License-Identifier: GPL-3.0-or-later
// The Help menu: the keyboard cheat sheet, read from the actions, the user
// guide, and About.
#include "libraryversions.h"
#include "mainwindow.h"
#include "shortcutsheet.h"
#include "userguidewindow.h"

#include <QCoreApplication>
#include <QIcon>
#include <QMenuBar>
#include <QMessageBox>

namespace Marginalia {

QIcon MainWindow::applicationIcon()
{
    return QIcon::fromTheme(QStringLiteral("marginalia"),
                            QIcon(QStringLiteral(":/icons/marginalia.svg")));
}

void MainWindow::showShortcuts()
{
    auto *sheet = new ShortcutSheet(menuBar(), this);
    sheet->setObjectName(QStringLiteral("shortcutSheet"));
    sheet->setAttribute(Qt::WA_DeleteOnClose);
    sheet->show();
}

void MainWindow::showUserGuide()
{
    // One guide window, brought back to the front when asked again.
    auto *guide = findChild<UserGuideWindow *>();
    if (!guide) {
        guide = new UserGuideWindow(QLocale(), this);
        guide->setObjectName(QStringLiteral("userGuideWindow"));
    }
    guide->show();
    guide->raise();
    guide->activateWindow();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Marginalia"),
        tr("<h3>Marginalia %1</h3>"
           "<p>Tag the people, places, organisations and quotes in news articles, by hand, "
           "and export them for analysis.</p>"
           "<p>Qt %2 · SQLite %3 · ICU %4</p>"
           "<p>Marginalia is free software under the GNU General Public License, version 3 "
           "or later. It uses Qt under the GNU Lesser General Public License, version 3, "
           "SQLite, which is in the public domain, and ICU under the Unicode License.</p>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped(), LibraryVersions::qt(),
                 LibraryVersions::sqlite(), LibraryVersions::icu()));
}

} // namespace Marginalia
