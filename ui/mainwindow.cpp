// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "projectdatabase.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableWidget>

namespace Marginalia {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_articles(new QTableWidget(this))
{
    setWindowTitle(tr("Marginalia"));
    m_articles->setColumnCount(4);
    m_articles->setHorizontalHeaderLabels(
        { tr("Title"), tr("Date"), tr("Characters"), tr("Annotations") });
    m_articles->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_articles->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_articles->setSelectionBehavior(QAbstractItemView::SelectRows);
    setCentralWidget(m_articles);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open Project…"), QKeySequence::Open, this, &MainWindow::chooseProject);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);
    resize(1000, 700);
}

MainWindow::~MainWindow() = default;

void MainWindow::chooseProject()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), QString(),
                                                      tr("Marginalia projects (*.marginalia)"));
    if (!path.isEmpty())
        openProject(path);
}

bool MainWindow::openProject(const QString &path)
{
    ProjectDatabase::OpenResult result = ProjectDatabase::open(path);
    if (!result.database) {
        QMessageBox::warning(this, tr("Cannot open the project"), result.error);
        return false;
    }
    m_project = std::move(result.database);
    setWindowTitle(tr("%1 — Marginalia").arg(QFileInfo(path).completeBaseName()));
    refreshArticles();
    return true;
}

void MainWindow::refreshArticles()
{
    const QVector<ArticleSummary> articles = m_project->articleSummaries();
    m_articles->setRowCount(int(articles.size()));
    for (int row = 0; row < articles.size(); ++row) {
        const ArticleSummary &article = articles.at(row);
        m_articles->setItem(row, 0, new QTableWidgetItem(article.title));
        m_articles->setItem(row, 1, new QTableWidgetItem(article.date));
        m_articles->setItem(row, 2, new QTableWidgetItem(QString::number(article.length)));
        m_articles->setItem(row, 3, new QTableWidgetItem(QString::number(article.annotationCount)));
    }
    statusBar()->showMessage(tr("%n article(s)", nullptr, int(articles.size())));
}

} // namespace Marginalia
