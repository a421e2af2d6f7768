// SPDX-License-Identifier: GPL-3.0-or-later
// The article list as a worklist: the title filter and the filter bar under
// it (status, dates, source, labels present or absent, annotator).
#include "articlefilterbar.h"
#include "articlefiltermodel.h"
#include "articlelistmodel.h"
#include "mainwindow.h"
#include "projectdatabase.h"
#include "projectsession.h"

#include <QAction>
#include <QLineEdit>
#include <QScopedValueRollback>

namespace Marginalia {

void MainWindow::applyFilters()
{
    // The article on screen stays on screen whatever the filter hides: the
    // list must not switch it to the row that happens to take its place.
    {
        const QScopedValueRollback<bool> filtering(m_filtering, true);
        m_articleProxy->setFilter(m_filterBar->filter(m_filter->text()));
        if (m_articleId > 0)
            followShownArticle();
    }
    updateActions();
    updateStatus();
}

void MainWindow::refreshFilterChoices()
{
    m_filterBar->setLabels(m_session ? m_session->labels() : QVector<Label>());
    m_filterBar->setAnnotators(m_session ? m_session->database().annotators() : QStringList());
}

void MainWindow::showFilterBar(bool shown)
{
    if (shown)
        refreshFilterChoices(); // someone new may have annotated since
    m_filterBar->setVisible(shown);
    if (m_showFilters)
        m_showFilters->setChecked(shown);
}

} // namespace Marginalia
