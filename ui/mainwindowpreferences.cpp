// SPDX-License-Identifier: GPL-3.0-or-later
// Edit ▸ Preferences and View ▸ Zoom: what the analyst chose for the whole
// application, applied to the window at once.
#include "apptheme.h"
#include "articleview.h"
#include "mainwindow.h"
#include "preferences.h"
#include "preferencesdialog.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QStatusBar>

namespace Marginalia {

void MainWindow::showPreferences()
{
    const Preferences before = Preferences::load();
    PreferencesDialog dialog(before, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Preferences chosen = dialog.preferences();
    chosen.save();
    applyPreferences(chosen);
    if (chosen.language != before.language)
        offerRestart();
}

void MainWindow::offerRestart()
{
    // The menus, panels and dialogs are built in the language of the start:
    // a new start is the whole change, and the project reopens where it was.
    QMessageBox question(QMessageBox::Question, tr("Change the Language"),
                         tr("Marginalia changes its language when it starts again. Restart "
                            "now? Everything is stored; the project reopens at this article."),
                         QMessageBox::NoButton, this);
    QPushButton *restart = question.addButton(tr("&Restart Now"), QMessageBox::AcceptRole);
    question.addButton(tr("&Later"), QMessageBox::RejectRole);
    question.setDefaultButton(restart);
    question.exec();
    if (question.clickedButton() != restart || !close())
        return;
    QProcess::startDetached(QCoreApplication::applicationFilePath(), {});
    QCoreApplication::quit();
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
