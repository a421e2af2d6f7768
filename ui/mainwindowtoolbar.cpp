// SPDX-License-Identifier: GPL-3.0-or-later
// The main toolbar: the menus' own actions (so keys, enabling and undo texts
// are shared), with icons from the desktop's theme by their freedesktop
// names, else Qt's standard icons, which every build carries.
#include "mainwindow.h"

#include <QAction>
#include <QIcon>
#include <QMenu>
#include <QStyle>
#include <QToolBar>

namespace Marginalia {

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main Toolbar"));
    bar->setObjectName(QStringLiteral("mainToolBar")); // kept by saveState()
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    struct Item
    {
        const char *action; ///< its objectName; nullptr: a separator
        const char *themeIcon;
        QStyle::StandardPixmap fallback;
        QString text; ///< short, beside the icon; the tooltip keeps the menu's
    };
    const Item items[] = {
        { "importFilesAction", "document-import", QStyle::SP_DialogOpenButton, tr("Import") },
        { "exportAction", "document-export", QStyle::SP_DialogSaveButton, tr("Export") },
        { nullptr, nullptr, QStyle::SP_CustomBase, QString() },
        { "undoAction", "edit-undo", QStyle::SP_ArrowBack, tr("Undo") },
        { "redoAction", "edit-redo", QStyle::SP_ArrowForward, tr("Redo") },
        { nullptr, nullptr, QStyle::SP_CustomBase, QString() },
        { "labelsAction", "tag", QStyle::SP_FileDialogListView, tr("Labels") },
        { "nextToDoAction", "go-next", QStyle::SP_MediaSeekForward, tr("Next To Do") },
        { "searchProjectAction", "edit-find", QStyle::SP_FileDialogContentsView, tr("Search") },
    };
    for (const Item &item : items) {
        if (!item.action) {
            bar->addSeparator();
            continue;
        }
        auto *action = findChild<QAction *>(QLatin1String(item.action));
        Q_ASSERT(action);
        action->setIcon(
            QIcon::fromTheme(QLatin1String(item.themeIcon), style()->standardIcon(item.fallback)));
        action->setIconText(item.text);
        bar->addAction(action);
    }
    QAction *toggle = bar->toggleViewAction();
    toggle->setText(tr("&Toolbar"));
    auto *view = findChild<QMenu *>(QStringLiteral("viewMenu"));
    Q_ASSERT(view);
    view->addSeparator();
    view->addAction(toggle);
}

} // namespace Marginalia
