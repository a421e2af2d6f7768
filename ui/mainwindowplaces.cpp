// SPDX-License-Identifier: GPL-3.0-or-later
// Where the analyst was: the projects opened recently, each one's place
// (article, sort, filter), and the window's layout, so that a start goes on
// from where the last one stopped (issue 12, defect 7).
#include "articlefilterbar.h"
#include "articlefiltermodel.h"
#include "articlelistmodel.h"
#include "mainwindow.h"
#include "projectplace.h"
#include "projectsession.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenu>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QTableView>

namespace Marginalia {

namespace {

constexpr int MaxRecentProjects = 8;
const QString RecentKey = QStringLiteral("recentProjects");
const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString SplitterKey = QStringLiteral("window/splitter");
const QString FiltersKey = QStringLiteral("window/filtersShown");

} // namespace

void MainWindow::addRecentProject(const QString &path)
{
    // The demo is there at every start without a project; listed, it would
    // push the analyst's own projects down and be reopened as the last one.
    if (QFileInfo(path) == QFileInfo(demoProjectPath()))
        return;
    QSettings settings;
    QStringList recent = settings.value(RecentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > MaxRecentProjects)
        recent.removeLast();
    settings.setValue(RecentKey, recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(RecentKey).toStringList();
    for (const QString &path : recent) {
        QAction *a = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path] { openProject(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

QString MainWindow::lastProject()
{
    for (const QString &path : QSettings().value(RecentKey).toStringList()) {
        if (QFileInfo(path).isFile())
            return path;
    }
    return QString();
}

void MainWindow::rememberPlace()
{
    if (!m_session)
        return;
    ProjectPlace place;
    place.articleId = m_articleId;
    if (m_articleProxy->sortColumn() >= 0) {
        place.sortColumn = m_articleProxy->sortColumn();
        place.sortOrder = m_articleProxy->sortOrder();
    }
    place.filter = m_filter->text();
    place.worklist = m_filterBar->filter(QString());
    place.save(m_session->path());
}

void MainWindow::restorePlace()
{
    const ProjectPlace place = ProjectPlace::load(m_session->path());
    const bool known = place.sortColumn >= 0 && place.sortColumn < ArticleListModel::ColumnCount;
    m_articleTable->sortByColumn(known ? place.sortColumn : -1, place.sortOrder);
    m_filter->setText(place.filter);
    m_filterBar->setFilter(place.worklist);
    if (!place.worklist.isEmpty())
        showFilterBar(true); // the analyst sees why the list is short
    // An article deleted since is no place to go back to: the first row is.
    if (place.articleId > 0 && m_session->database().articleSummary(place.articleId))
        showArticle(place.articleId);
    else if (m_articleProxy->rowCount() > 0)
        makeCurrentRow(0);
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(SplitterKey, m_splitter->saveState());
    settings.setValue(FiltersKey, m_filterBar->isVisibleTo(this));
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    const bool placed = restoreGeometry(settings.value(GeometryKey).toByteArray());
    restoreState(settings.value(StateKey).toByteArray());
    m_splitter->restoreState(settings.value(SplitterKey).toByteArray());
    showFilterBar(settings.value(FiltersKey).toBool());
    if (placed || !screen())
        return;
    // The first start: the default size, but never larger than the screen
    // (at 1.5x scaling 1280x800 is taller than a laptop's screen).
    const QRect available = screen()->availableGeometry();
    resize(size().boundedTo(available.size() * 9 / 10));
    move(available.center() - rect().center());
}

} // namespace Marginalia
