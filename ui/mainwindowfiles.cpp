// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's file commands: new, open, import, export, backups, drops.
#include "articlecolumnmappingdialog.h"
#include "articlefiltermodel.h"
#include "articlelistmodel.h"
#include "articleview.h"
#include "backupactions.h"
#include "exportdialog.h"
#include "importproblemsdialog.h"
#include "importrunner.h"
#include "mainwindow.h"
#include "projectsearchpanel.h"
#include "projectsession.h"
#include "textfileimporter.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMimeData>
#include <QStatusBar>
#include <QTableView>

namespace Marginalia {

void MainWindow::newProject()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New Project"), QString(),
                                                      tr("Marginalia projects (*.marginalia)"));
    if (path.isEmpty())
        return;
    const QString withSuffix =
        path.endsWith(QLatin1String(".marginalia")) ? path : path + QLatin1String(".marginalia");
    if (QFileInfo::exists(withSuffix))
        QFile::remove(withSuffix); // the dialog already asked to replace it
    createProject(withSuffix);
}

void MainWindow::chooseProject()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), QString(),
                                                      tr("Marginalia projects (*.marginalia)"));
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::chooseFilesToImport()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import Files"), QString(),
        tr("Articles (*.txt *.csv *.tsv *.jsonl *.ndjson);;Text articles (*.txt);;Tables of "
           "articles (*.csv *.tsv *.jsonl *.ndjson);;All files (*)"));
    if (!files.isEmpty())
        importPaths(files);
}

void MainWindow::chooseFolderToImport()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import Folder"));
    if (!folder.isEmpty())
        importPaths({ folder });
}

void MainWindow::exportProject()
{
    if (!m_session)
        return;
    QVector<qint64> selected;
    for (const QModelIndex &index : m_articleTable->selectionModel()->selectedRows())
        selected.append(index.data(ArticleListModel::ArticleIdRole).toLongLong());
    ExportDialog dialog(m_session->path(), m_session->database().labels(), selected, this);
    dialog.exec();
}

void MainWindow::chooseBratFolderToImport()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import brat Folder"));
    if (!folder.isEmpty())
        importBratFolder(folder);
}

ImportRunner *MainWindow::newImportRunner()
{
    if (!m_session)
        return nullptr;
    if (m_importRunner && m_importRunner->isRunning()) {
        statusBar()->showMessage(tr("An import is already running."), 4000);
        return nullptr;
    }
    m_importRunner = std::make_unique<ImportRunner>(m_session->path(), this);
    connect(m_importRunner.get(), &ImportRunner::finished, this,
            [this](const TextFileImporter::Report &report) {
                if (m_session) // brat and table imports may add labels and annotations
                    m_session->reloadAfterImport();
                const qint64 current = m_articleId;
                m_articleModel->reload();
                m_articleId = 0;
                if (current > 0)
                    showArticle(current);
                else if (m_articleProxy->rowCount() > 0)
                    makeCurrentRow(0);
                statusBar()->showMessage(ImportProblemsDialog::summaryFor(report), 6000);
                // New articles may answer the search on screen.
                if (!m_searchPanel->shownQuery().isEmpty())
                    m_searchPanel->search();
                updateStatus();
            });
    return m_importRunner.get();
}

void MainWindow::importPaths(const QStringList &paths)
{
    if (!m_session || paths.isEmpty())
        return;
    // A table needs its columns chosen: one at a time, on its own.
    QStringList tables;
    QStringList others;
    for (const QString &path : paths)
        (TableFileReader::formatForPath(path) && !QFileInfo(path).isDir() ? tables : others)
            .append(path);
    if (tables.size() == 1 && others.isEmpty()) {
        ArticleColumnMappingDialog dialog(tables.first(), this);
        if (!dialog.isReadable()) {
            showError(dialog.errorText());
            return;
        }
        if (dialog.exec() != QDialog::Accepted)
            return;
        if (ImportRunner *runner = newImportRunner())
            runner->startTable(tables.first(), dialog.options());
        return;
    }
    if (!tables.isEmpty())
        statusBar()->showMessage(tr("CSV and JSONL files are imported one at a time, on their "
                                    "own; left out: %1")
                                     .arg(tables.join(QLatin1String(", "))),
                                 8000);
    if (ImportRunner *runner = others.isEmpty() ? nullptr : newImportRunner())
        runner->start(others);
}

void MainWindow::chooseAnnotationsToImport()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Annotations"), QString(),
        tr("Marginalia exports (*.csv *.tsv *.jsonl *.ndjson);;All files (*)"));
    if (!path.isEmpty())
        importAnnotations(path);
}

void MainWindow::importAnnotations(const QString &path)
{
    if (ImportRunner *runner = newImportRunner()) {
        // From the window's connection, before the import's own one writes.
        m_session->backUpBefore(ProjectBackups::Reason::AnnotationImport);
        runner->startAnnotations(path);
    }
}

void MainWindow::backUpNow()
{
    m_backupActions->backUpNow();
}

void MainWindow::restoreFromBackup()
{
    m_backupActions->restoreFromBackup();
}

void MainWindow::importBratFolder(const QString &folder)
{
    if (ImportRunner *runner = newImportRunner())
        runner->startBrat(folder);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_session && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    // A dropped project file opens; anything else is imported.
    if (paths.size() == 1 && paths.first().endsWith(QLatin1String(".marginalia")))
        openProject(paths.first());
    else
        importPaths(paths);
}

void MainWindow::updateEmptyHint()
{
    const auto keys = [](const QAction *action) {
        return action->shortcut().toString(QKeySequence::NativeText);
    };
    QString hint;
    if (!m_session) {
        hint = tr("No project is open.\n\nCreate one with File ▸ New Project…, open one with "
                  "File ▸ Open Project…, or try the annotated example with File ▸ Open the "
                  "Sample Project.");
    } else if (m_articleModel->rowCount() == 0 && !m_articleModel->isLoading()) {
        hint = tr("This project has no articles yet.\n\nImport .txt, .csv or .jsonl files with "
                  "File ▸ Import Files… (%1) or a whole folder with Import Folder… (%2), or "
                  "drop files and folders on this window.\n\nFile ▸ Open the Sample Project "
                  "shows an annotated example.")
                   .arg(keys(m_importFiles), keys(m_importFolder));
    }
    m_view->setPlaceholderText(hint);
}

void MainWindow::openSampleProject()
{
    QString error;
    if (!ensureDemoProject(&error)) {
        showError(error);
        return;
    }
    openProject(demoProjectPath());
}

} // namespace Marginalia
