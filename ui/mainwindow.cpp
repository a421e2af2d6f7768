// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "annotationlistmodel.h"
#include "articlecolumnmappingdialog.h"
#include "articlecolumnwidths.h"
#include "articlefilterbar.h"
#include "articlefiltermodel.h"
#include "articlelistmodel.h"
#include "articleview.h"
#include "backupactions.h"
#include "codepointindex.h"
#include "entitiespanel.h"
#include "entitylinkdialog.h"
#include "exportdialog.h"
#include "findbar.h"
#include "importproblemsdialog.h"
#include "importrunner.h"
#include "labeleditordialog.h"
#include "labelpalette.h"
#include "preferences.h"
#include "projectchangewatcher.h"
#include "projectdatabase.h"
#include "projectsearchpanel.h"
#include "projectsession.h"
#include "quotedetectionrunner.h"
#include "searchhitlocator.h"
#include "tagallrunner.h"
#include "textfileimporter.h"
#include "undorunner.h"
#include "writewaitdialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <tuple>

namespace Marginalia {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_articleModel(new ArticleListModel(this))
    , m_articleProxy(new ArticleFilterModel(m_articleModel, this))
    , m_annotationModel(new AnnotationListModel(this))
    , m_filter(new QLineEdit(this))
    , m_filterBar(new ArticleFilterBar(this))
    , m_articleTable(new QTableView(this))
    , m_view(new ArticleView(this))
    , m_palette(new LabelPalette(this))
    , m_annotationTable(new QTableView(this))
    , m_entitiesPanel(new EntitiesPanel(this))
    , m_statusLabel(new QLabel(this))
    , m_findBar(new FindBar(m_view, this))
    , m_searchPanel(new ProjectSearchPanel(this))
    , m_backupActions(new BackupActions(this))
{
    m_tagAllRunner = new TagAllRunner(this);
    connect(m_tagAllRunner, &TagAllRunner::tagged, this, &MainWindow::reportTagAll);
    connect(m_tagAllRunner, &TagAllRunner::failed, this, &MainWindow::showError);
    connect(m_tagAllRunner, &TagAllRunner::cancelled, this, [this] {
        statusBar()->showMessage(tr("Tag All cancelled: nothing was tagged"), 4000);
    });
    m_undoRunner = new UndoRunner(this);
    connect(m_undoRunner, &UndoRunner::failed, this, &MainWindow::showError);
    connect(m_undoRunner, &UndoRunner::cancelled, this, [this](const QString &step) {
        statusBar()->showMessage(tr("%1: cancelled, nothing changed").arg(step), 4000);
    });
    connect(m_undoRunner, &UndoRunner::doneDespiteCancel, this, [this](const QString &step) {
        statusBar()->showMessage(tr("%1: done before Cancel took effect").arg(step), 6000);
    });
    m_quoteDetectionRunner = new QuoteDetectionRunner(this);
    connect(m_quoteDetectionRunner, &QuoteDetectionRunner::failed, this, &MainWindow::showError);
    connect(m_quoteDetectionRunner, &QuoteDetectionRunner::finished, this,
            &MainWindow::reportQuoteDetection);
    m_changeWatcher = new ProjectChangeWatcher(this, [this] {
        return (m_importRunner && m_importRunner->isRunning()) || m_tagAllRunner->isRunning()
            || m_quoteDetectionRunner->isRunning() || m_undoRunner->isRunning();
    });
    setWindowTitle(tr("Marginalia"));
    setAcceptDrops(true);
    createLayout();
    createMenus();
    createToolBar();
    m_zoom = Preferences::zoom();
    applyPreferences(Preferences::load());
    m_statusLabel->setObjectName(QStringLiteral("projectStatus"));
    statusBar()->addPermanentWidget(m_statusLabel);
    connect(m_articleModel, &ArticleListModel::totalsChanged, this, &MainWindow::updateStatus);
    connect(m_view, &ArticleView::annotationClicked, this,
            [this](qint64 id) { selectAnnotation(id, false); });
    connect(m_view, &ArticleView::quoteClicked, this,
            [this](qint64 id) { selectQuote(id, false); });
    connect(m_palette, &LabelPalette::labelActivated, this, &MainWindow::applyLabel);
    connect(m_view, &QPlainTextEdit::selectionChanged, this, &MainWindow::updateActions);
    connect(m_searchPanel, &ProjectSearchPanel::articleOpened, this, &MainWindow::openSearchResult);
    updateActions();
    updateStatus();
    resize(1280, 800);
}

MainWindow::~MainWindow()
{
    m_importRunner.reset();
    closeProject();
}

void MainWindow::createLayout()
{
    m_filter->setObjectName(QStringLiteral("articleFilter"));
    m_filter->setPlaceholderText(tr("Filter by title"));
    m_articleTable->setObjectName(QStringLiteral("articleList"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &MainWindow::applyFilters);
    connect(m_filterBar, &ArticleFilterBar::changed, this, &MainWindow::applyFilters);
    connect(m_filterBar, &ArticleFilterBar::clearAll, this, [this] {
        m_filter->clear();
        m_filterBar->clear();
    });
    m_filterBar->hide();

    m_articleTable->setModel(m_articleProxy);
    m_articleTable->setSortingEnabled(true);
    m_articleTable->sortByColumn(-1, Qt::AscendingOrder);
    m_articleTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_articleTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_articleTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_articleTable->verticalHeader()->hide();
    m_articleTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_articleTable->horizontalHeader()->setSectionResizeMode(ArticleListModel::TitleColumn,
                                                             QHeaderView::Stretch);
    m_articleTable->setWordWrap(false);
    ArticleColumnWidths::apply(m_articleTable, *m_articleModel);
    connect(m_articleTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid() && !m_filtering)
                    showArticle(current.data(ArticleListModel::ArticleIdRole).toLongLong());
            });
    // A reload (batch edits, label changes, changes made elsewhere) resets
    // the list and its current row; the article on screen stays the current
    // one, also when it lies beyond the part a large list shows at once, so
    // Next Article goes on from it.
    const auto keepCurrentRow = [this] {
        if (m_articleId > 0)
            followShownArticle();
    };
    // A large project's list is whole a moment after it opens: the current
    // row, the status bar's count and, once per project, the widths follow.
    connect(m_articleModel, &ArticleListModel::loaded, this, [this, keepCurrentRow] {
        if (!m_articleColumnsFitted) {
            ArticleColumnWidths::apply(m_articleTable, *m_articleModel);
            m_articleColumnsFitted = m_session != nullptr;
        }
        keepCurrentRow();
        updateStatus();
    });
    connect(m_articleModel, &QAbstractItemModel::modelReset, this, keepCurrentRow);

    auto *articlesPane = new QWidget(this);
    auto *articlesLayout = new QVBoxLayout(articlesPane);
    articlesLayout->setContentsMargins(0, 0, 0, 0);
    articlesLayout->addWidget(m_filter);
    articlesLayout->addWidget(m_filterBar);
    articlesLayout->addWidget(m_articleTable);

    m_annotationTable->setObjectName(QStringLiteral("annotationList"));
    m_annotationTable->setModel(m_annotationModel);
    m_annotationTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_annotationTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_annotationTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_annotationTable->verticalHeader()->hide();
    // The text takes the room the other columns leave, so the panel never
    // scrolls sideways (it did even when empty); the others can be dragged.
    QHeaderView *annotationHeader = m_annotationTable->horizontalHeader();
    annotationHeader->setStretchLastSection(false);
    annotationHeader->setMinimumSectionSize(40);
    annotationHeader->setSectionResizeMode(QHeaderView::Interactive);
    annotationHeader->setSectionResizeMode(AnnotationListModel::TextColumn, QHeaderView::Stretch);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    // Wide enough for its header and the swatch, or for a name.
    const auto headerWidth = [this, em](int column) {
        return fontMetrics().horizontalAdvance(
                   m_annotationModel->headerData(column, Qt::Horizontal).toString())
            + 2 * em;
    };
    annotationHeader->resizeSection(AnnotationListModel::LabelColumn,
                                    qMax(7 * em, headerWidth(AnnotationListModel::LabelColumn)));
    annotationHeader->resizeSection(AnnotationListModel::EntityColumn,
                                    qMax(9 * em, headerWidth(AnnotationListModel::EntityColumn)));
    annotationHeader->resizeSection(AnnotationListModel::NoteColumn, 6 * em);
    m_annotationTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_annotationTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_annotationTable->setWordWrap(false);
    const auto selectRow = [this](const QModelIndex &index) {
        const qint64 id = index.data(AnnotationListModel::AnnotationIdRole).toLongLong();
        if (index.data(AnnotationListModel::IsQuoteRole).toBool())
            selectQuote(id, true);
        else
            selectAnnotation(id, true);
    };
    connect(m_annotationTable, &QTableView::clicked, this, selectRow);
    connect(m_annotationTable, &QTableView::activated, this, selectRow);

    auto *page = new QWidget(this);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->setSpacing(0);
    pageLayout->addWidget(m_view, 1, Qt::AlignHCenter);
    pageLayout->addWidget(m_findBar);

    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(QStringLiteral("articleSplitter"));
    m_splitter->addWidget(articlesPane);
    m_splitter->addWidget(page);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    // Titles get room to be read beside four columns of figures (a 380 px
    // pane left them 110 px).
    m_splitter->setSizes({ 510, 460 });
    setCentralWidget(m_splitter);

    auto *labelsDock = new QDockWidget(tr("Labels"), this);
    labelsDock->setObjectName(QStringLiteral("labelsDock"));
    labelsDock->setWidget(m_palette);
    addDockWidget(Qt::RightDockWidgetArea, labelsDock);
    auto *annotationsDock = new QDockWidget(tr("Annotations"), this);
    annotationsDock->setObjectName(QStringLiteral("annotationsDock"));
    annotationsDock->setWidget(m_annotationTable);
    addDockWidget(Qt::RightDockWidgetArea, annotationsDock);
    m_entitiesDock = new QDockWidget(tr("Entities"), this);
    m_entitiesDock->setObjectName(QStringLiteral("entitiesDock"));
    m_entitiesDock->setWidget(m_entitiesPanel);
    tabifyDockWidget(annotationsDock, m_entitiesDock);
    connect(m_entitiesPanel, &EntitiesPanel::mentionActivated, this,
            [this](qint64 articleId, qint64 annotationId) {
                showArticle(articleId);
                if (articleId == m_articleId)
                    selectAnnotation(annotationId, true);
            });
    // The palette needs a few lines; the annotations list gets the rest.
    resizeDocks({ labelsDock, annotationsDock }, { 140, 600 }, Qt::Vertical);
    resizeDocks({ annotationsDock }, { 330 }, Qt::Horizontal);
    // Search results stay beside the article while the analyst opens one
    // after another; hidden until asked for.
    m_searchDock = new QDockWidget(tr("Search"), this);
    m_searchDock->setObjectName(QStringLiteral("searchDock"));
    m_searchDock->setWidget(m_searchPanel);
    tabifyDockWidget(annotationsDock, m_searchDock);
    m_searchDock->hide();
    annotationsDock->raise(); // the article's annotations first, whatever came after
}

void MainWindow::showEntities()
{
    m_entitiesDock->show();
    m_entitiesDock->raise();
    m_entitiesPanel->filter()->setFocus();
    m_entitiesPanel->filter()->selectAll();
}

void MainWindow::updateStatus()
{
    updateEmptyHint();
    if (!m_session) {
        m_statusLabel->setText(tr("No project open"));
        return;
    }
    m_filterBar->setCount(m_articleProxy->rowCount(), m_articleModel->rowCount(),
                          m_articleProxy->isFiltered());
    const int row =
        m_articleProxy
            ->mapFromSource(m_articleModel->index(m_articleModel->rowForArticle(m_articleId), 0))
            .row();
    QString position;
    if (m_articleId > 0 && row >= 0)
        position =
            tr("Article %1 of %2")
                .arg(QLocale().toString(row + 1), QLocale().toString(m_articleProxy->rowCount()));
    else if (m_articleProxy->isFiltered())
        position = tr("%n article(s) match the filter", nullptr, m_articleProxy->rowCount());
    else
        position = tr("%n article(s)", nullptr, m_articleModel->rowCount());
    const auto counts = [this](qint64 mentions, qint64 quotes) {
        // %L: grouped as the locale groups ("20 000" in French).
        return std::make_pair(tr("%Ln mention(s)", nullptr, int(mentions)),
                              tr("%Ln quote(s)", nullptr, int(quotes)));
    };
    const auto here = counts(m_view->annotations().size(), m_view->quotes().size());
    const auto project = counts(m_articleModel->annotationTotal(), m_articleModel->quoteTotal());
    m_statusLabel->setText(tr("%1 · %2, %3 here").arg(position, here.first, here.second)
                           + tr(" · %1, %2 in the project").arg(project.first, project.second)
                           + (m_suggestions.isEmpty()
                                  ? QString()
                                  : tr(" · %n suggestion(s)", nullptr, int(m_suggestions.size()))));
}

bool MainWindow::createProject(const QString &path)
{
    ProjectDatabase::OpenResult result = ProjectDatabase::create(path);
    if (!result.database) {
        showError(result.error);
        return false;
    }
    result.database.reset();
    return openProject(path);
}

bool MainWindow::openProject(const QString &path, bool quiet)
{
    // A file the ledger does not know is checked page by page on a thread
    // once it shows: seconds for a large project, which the window must not
    // wait for. Its header and schema were checked before it opened.
    ProjectDatabase::OpenResult result =
        ProjectDatabase::open(path, Schema::current(), ProjectDatabase::CheckPolicy::InBackground);
    if (!result.database) {
        if (quiet)
            statusBar()->showMessage(result.error);
        else
            QMessageBox::warning(this, tr("Cannot open the project"), result.error);
        return false;
    }
    closeProject();
    m_session = std::make_unique<ProjectSession>(std::move(result.database));
    if (result.migratedFrom > 0)
        statusBar()->showMessage(tr("Upgraded from schema version %1; the old file was kept as %2")
                                     .arg(result.migratedFrom)
                                     .arg(QDir::toNativeSeparators(result.backupPath)));
    if (!result.notices.isEmpty())
        statusBar()->showMessage(result.notices.join(QLatin1Char(' ')));
    if (!result.warning.isEmpty()) {
        if (quiet)
            statusBar()->showMessage(result.warning);
        else
            QMessageBox::warning(this, tr("Opened for reading only"), result.warning);
    }
    ProjectSession *session = m_session.get();
    // Edits of the article on screen update the list in memory: reading a
    // long article's 20,000 annotations back after each one costs a frame.
    connect(session, &ProjectSession::annotationAdded, this, [this](const Annotation &a) {
        if (a.articleId == m_articleId) {
            insertAnnotation(a);
            showAnnotations();
        }
    });
    connect(session, &ProjectSession::annotationRemoved, this, [this](const Annotation &a) {
        if (a.articleId == m_articleId) {
            m_annotations.removeIf([&a](const Annotation &x) { return x.id == a.id; });
            showAnnotations();
        }
    });
    connect(session, &ProjectSession::annotationUpdated, this, [this](const Annotation &a) {
        if (a.articleId == m_articleId) {
            m_annotations.removeIf([&a](const Annotation &x) { return x.id == a.id; });
            insertAnnotation(a); // its span may have moved
            showAnnotations();
        }
    });
    connect(session, &ProjectSession::annotationsChanged, this, &MainWindow::updateStatus);
    connect(session, &ProjectSession::quotesChanged, this, [this](qint64 articleId) {
        if (articleId == m_articleId)
            refreshQuotes(articleId);
    });
    connect(session, &ProjectSession::projectAnnotationsChanged, this,
            &MainWindow::refreshShownArticle);
    connect(session, &ProjectSession::changedElsewhere, this, [this] {
        statusBar()->showMessage(
            tr("The project was changed in another window or program; it is shown as stored now."),
            8000);
    });
    connect(session, &ProjectSession::labelsChanged, this, [this] {
        rebuildLabelActions();
        updateActions();
    });
    connect(session, &ProjectSession::articleChanged, this, &MainWindow::updateStatus);
    // Entity edits relabel and rename mentions and quote speakers.
    connect(session, &ProjectSession::entitiesChanged, this, [this] {
        if (m_articleId > 0) {
            refreshAnnotations(m_articleId);
            refreshQuotes(m_articleId);
        }
    });
    connect(session, &ProjectSession::suggestionsChanged, this, [this](qint64 articleId) {
        if (articleId == 0)
            m_suggestionCandidatesValid = false;
        if (articleId == 0 || articleId == m_articleId) {
            refreshSuggestions();
            updateStatus();
        }
    });
    m_matchIgnoringAccents->setChecked(session->matchIgnoringAccents());
    connect(session, &ProjectSession::errorOccurred, this, &MainWindow::showError);
    if (!m_writeWait)
        m_writeWait = new WriteWaitDialog(this);
    session->setWriteWaiter(m_writeWait);
    connect(session, &ProjectSession::backupReported, this,
            [this](const QString &message, bool failed) {
                statusBar()->showMessage(message, failed ? 20000 : 6000);
            });
    connect(session->undoStack(), &QUndoStack::indexChanged, this, &MainWindow::updateActions);

    m_articleModel->setSession(session);
    m_entitiesPanel->setSession(session);
    m_changeWatcher->setSession(session);
    m_searchPanel->setDatabase(&session->database());
    rebuildLabelActions();
    setWindowTitle(tr("%1 — Marginalia").arg(QFileInfo(path).completeBaseName()));
    addRecentProject(QFileInfo(path).absoluteFilePath());
    restorePlace();
    updateActions();
    updateStatus();
    m_view->setFocus();
    if (result.integrityCheck == ProjectDatabase::IntegrityCheck::Deferred) {
        // The day's backup waits for the check: a copy of a damaged file
        // would push a good backup out of the rotation.
        connect(session, &ProjectSession::integrityChecked, this, &MainWindow::integrityChecked);
        session->checkIntegrityInBackground();
        statusBar()->showMessage(tr("Checking %1 for damage…").arg(QFileInfo(path).fileName()));
    } else {
        session->backUpIfDue(); // after the window shows the project; a failure only says so
    }
    return true;
}

void MainWindow::closeProject()
{
    if (!m_session || (m_writeWait && m_writeWait->isWaiting()))
        return;
    rememberPlace();
    m_tagAllRunner->cancel(); // its plan is of this project
    m_quoteDetectionRunner->cancel();
    m_undoRunner->cancel();
    m_articleColumnsFitted = false;
    m_articleId = 0;
    m_articleProxy->setShownArticle(0);
    m_filter->clear(); // another project's titles
    m_filterBar->clear(); // and labels
    m_annotations.clear();
    m_suggestions.clear();
    m_suggestionCandidates.clear();
    m_suggestionCandidatesValid = false;
    m_annotationModel->setArticle(nullptr, {});
    m_findBar->dismiss();
    m_searchPanel->setDatabase(nullptr);
    m_view->clearArticle();
    m_articleModel->setSession(nullptr);
    m_entitiesPanel->setSession(nullptr);
    m_changeWatcher->setSession(nullptr);
    m_session.reset(); // checkpoints: the file alone is the project again
    rebuildLabelActions();
    setWindowTitle(tr("Marginalia"));
    updateActions();
    updateStatus();
}

void MainWindow::showArticle(qint64 articleId)
{
    if (!m_session || articleId == m_articleId)
        return;
    const std::optional<ArticleSummary> summary = m_session->database().articleSummary(articleId);
    const std::optional<QString> text = m_session->database().articleText(articleId);
    if (!summary || !text)
        return;
    m_articleId = articleId;
    m_articleProxy->setShownArticle(articleId);
    m_articleText = *text;
    m_suggestionCandidatesValid = false;
    m_view->beginUpdate();
    m_view->setArticle(m_articleText, summary->language);
    refreshAnnotations(articleId);
    refreshQuotes(articleId);
    m_view->endUpdate();
    m_findBar->findAgain();
    followShownArticle();
    updateActions();
    updateStatus();
}

void MainWindow::refreshShownArticle()
{
    if (m_articleId > 0 && !m_session->database().articleSummary(m_articleId)) {
        m_articleId = 0;
        m_articleProxy->setShownArticle(0);
        m_annotations.clear();
        m_suggestions.clear();
        m_annotationModel->setArticle(nullptr, {});
        m_view->clearArticle();
        updateActions();
        statusBar()->showMessage(tr("The article shown was deleted in another window or program."),
                                 8000);
    } else if (m_articleId > 0) {
        refreshAnnotations(m_articleId);
        refreshQuotes(m_articleId);
    }
    updateStatus();
}

void MainWindow::refreshAnnotations(qint64 articleId)
{
    m_annotations = m_session->database().annotations(articleId);
    showAnnotations();
}

void MainWindow::insertAnnotation(const Annotation &annotation)
{
    const auto byPosition = [](const Annotation &x, const Annotation &y) {
        return std::tie(x.start, x.end, x.id) < std::tie(y.start, y.end, y.id);
    };
    m_annotations.insert(
        std::lower_bound(m_annotations.begin(), m_annotations.end(), annotation, byPosition),
        annotation);
}

void MainWindow::showAnnotations()
{
    QHash<qint64, QColor> colors;
    for (const Label &label : m_session->labels())
        colors.insert(label.id, QColor(label.color));
    const qint64 selected = m_view->selectedAnnotation();
    m_view->setAnnotations(m_annotations, colors);
    m_annotationModel->setArticle(&m_articleText, m_annotations);
    refreshSuggestions();
    if (selected != 0)
        selectAnnotation(m_view->selectedAnnotation(), false);
    updateActions();
}

void MainWindow::stepArticle(int step)
{
    const int rows = m_articleProxy->rowCount();
    if (rows == 0)
        return;
    const int current = m_articleTable->currentIndex().row();
    // With the article shown hidden by the filter, the first (or last) row
    // that matches comes next.
    const int next = current < 0 ? (step > 0 ? 0 : rows - 1) : qBound(0, current + step, rows - 1);
    makeCurrentRow(next);
    m_view->setFocus();
}

void MainWindow::makeCurrentRow(int row)
{
    const QModelIndex index = m_articleProxy->index(row, 0);
    if (!index.isValid())
        return;
    m_articleTable->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_articleTable->scrollTo(index);
}

void MainWindow::followShownArticle()
{
    const QModelIndex row = m_articleProxy->mapFromSource(
        m_articleModel->index(m_articleModel->rowForArticle(m_articleId), 0));
    QItemSelectionModel *selection = m_articleTable->selectionModel();
    if (!row.isValid()) {
        // Hidden by the filter: no row stands for it, none for another. Set
        // on the view, so that focus coming to the list does not make its
        // first row current (and show that article).
        selection->clearSelection();
        m_articleTable->setCurrentIndex(QModelIndex());
        return;
    }
    if (m_articleTable->currentIndex().row() == row.row())
        return;
    // Another row selected with it (Shift/Ctrl-click) stays selected only
    // while the analyst moves nowhere else.
    makeCurrentRow(row.row());
}

void MainWindow::nextToDo()
{
    const int rows = m_articleProxy->rowCount();
    const int current = m_articleTable->currentIndex().row();
    for (int i = 1; i <= rows; ++i) {
        const int row = (current + i) % rows;
        const QModelIndex status = m_articleProxy->index(row, ArticleListModel::StatusColumn);
        if (status.data(ArticleListModel::SortRole).toInt() != int(ArticleStatus::Done)) {
            makeCurrentRow(row);
            m_view->setFocus();
            return;
        }
    }
    statusBar()->showMessage(tr("Every article is done."), 4000);
}

void MainWindow::setStatus(int status)
{
    if (m_session && m_articleId > 0)
        m_session->setArticleStatus(m_articleId, ArticleStatus(status));
}

void MainWindow::editLabels()
{
    if (!m_session)
        return;
    LabelEditorDialog dialog(m_session.get(), this);
    dialog.exec();
}

void MainWindow::integrityChecked(bool damaged, const QString &message)
{
    if (!damaged) {
        statusBar()->showMessage(
            message.isEmpty() ? tr("Checked: no damage found in the project file") : message,
            message.isEmpty() ? 4000 : 20000);
        if (m_session && message.isEmpty())
            m_session->backUpIfDue();
        return;
    }
    statusBar()->clearMessage();
    // Nothing more is written to a damaged file; what is in it stays for a
    // repair, and the backups hold the last good state.
    const QString path = m_session ? m_session->path() : QString();
    closeProject();
    auto *box = new QMessageBox(QMessageBox::Critical, tr("The project file is damaged"), message,
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("damagedProject"));
    box->setInformativeText(tr("It was closed so that nothing more is written to it. A backup "
                               "can be restored into a new project file."));
    QPushButton *restore = box->addButton(tr("&Restore from Backup…"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Close);
    box->setDefaultButton(restore);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, restore, path](QAbstractButton *b) {
        if (b == static_cast<QAbstractButton *>(restore) && !path.isEmpty())
            m_backupActions->restoreBackupOf(path, nullptr);
    });
    box->open();
}

void MainWindow::showError(const QString &message)
{
    statusBar()->showMessage(message, 8000);
}

void MainWindow::showSearchPanel()
{
    m_searchDock->show();
    m_searchDock->raise();
    m_searchPanel->focusQuery();
}

void MainWindow::openSearchResult(qint64 articleId, const QString &ftsQuery)
{
    if (!m_session)
        return;
    // The project search's hits take the place of the find bar's.
    if (m_findBar->isVisible())
        m_findBar->dismiss();
    showArticle(articleId);
    if (m_articleId != articleId)
        return;
    const QVector<SearchHitLocator::Span> hits = SearchHitLocator(ftsQuery).locate(m_articleText);
    const CodePointIndex index(m_articleText);
    QVector<ArticleView::Span> spans;
    spans.reserve(hits.size());
    for (const SearchHitLocator::Span &hit : hits)
        spans.append({ index.toCodePoint(hit.first), index.toCodePoint(hit.second) });
    m_view->setFoundSpans(spans);
    m_view->setFocus();
    if (spans.isEmpty()) {
        statusBar()->showMessage(tr("The search matches this article's title, not its text."),
                                 6000);
        return;
    }
    m_view->selectFound(0);
    statusBar()->showMessage(
        tr("%n hit(s) in this article; F3 and Shift+F3 go from one to the next.", nullptr,
           int(spans.size())),
        6000);
}

void MainWindow::findNext(int step)
{
    if (m_view->stepFound(step))
        return;
    // Nothing found on screen: the find bar's last text again, or the bar.
    if (!m_findBar->step(step))
        m_findBar->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_writeWait && m_writeWait->isWaiting()) {
        // The session is inside the waiting edit: give the edit up, and
        // close once it has unwound.
        m_writeWait->reject();
        QTimer::singleShot(0, this, &QWidget::close);
        event->ignore();
        return;
    }
    if (m_importRunner && m_importRunner->isRunning())
        m_importRunner->cancel();
    m_importRunner.reset();
    saveLayout();
    closeProject();
    event->accept();
}

QString MainWindow::demoProjectPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("demo.marginalia"));
}

bool MainWindow::ensureDemoProject(QString *error)
{
    const QString path = demoProjectPath();
    if (QFileInfo::exists(path))
        return true;
    const QDir folder = QFileInfo(path).absoluteDir();
    if (!QDir().mkpath(folder.absolutePath())) {
        *error = tr("%1: cannot create the folder").arg(folder.absolutePath());
        return false;
    }
    // The sample is bundled in the program; import it from a copy on disk so
    // the article's source is a real file.
    const QString sample = folder.filePath(QStringLiteral("poutine-bielorussie-2022-12.txt"));
    if (!QFileInfo::exists(sample)
        && !QFile::copy(QStringLiteral(":/samples/poutine-bielorussie-2022-12.txt"), sample)) {
        *error = tr("%1: cannot write the sample article").arg(sample);
        return false;
    }
    ProjectDatabase::OpenResult created = ProjectDatabase::create(path);
    if (!created.database) {
        *error = created.error;
        return false;
    }
    TextFileImporter(*created.database).importPaths({ sample });
    return true;
}

} // namespace Marginalia
