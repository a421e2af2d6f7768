// SPDX-License-Identifier: GPL-3.0-or-later
// Edit ▸ Preferences and View ▸ Zoom: what the analyst chose for the whole
// application, applied to the window at once.
#include "apptheme.h"
#include "articleview.h"
#include "mainwindow.h"
#include "preferences.h"
#include "preferencesdialog.h"

#include <QStatusBar>

namespace Marginalia {

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(Preferences::load(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Preferences chosen = dialog.preferences();
    chosen.save();
    applyPreferences(chosen);
}

void MainWindow::applyPreferences(const Preferences &preferences)
{
    AppTheme::apply(preferences.theme);
    m_view->setReadingFont(zoomedArticleFont(preferences));
    m_view->setSnapToWords(preferences.snapToWords);
}

QFont MainWindow::zoomedArticleFont(const Preferences &preferences) const
{
    // The window's font is the desktop's: the view's own is already scaled.
    QFont readable = preferences.articleFont(font());
    readable.setPointSizeF(readable.pointSizeF() * m_zoom / 100.0);
    return readable;
}

void MainWindow::setZoom(int percent)
{
    if (percent == m_zoom)
        return;
    m_zoom = percent;
    Preferences::setZoom(percent);
    m_view->setReadingFont(zoomedArticleFont(Preferences::load()));
    statusBar()->showMessage(tr("Zoom %1%").arg(percent), 2000);
}

} // namespace Marginalia
