// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "annotationlistmodel.h"
#include "articlecolumnmappingdialog.h"
#include "articlecolumnwidths.h"
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
#include "projectdatabase.h"
#include "projectsearchpanel.h"
#include "projectsession.h"
#include "quotedetectionrunner.h"
#include "searchhitlocator.h"
#include "tagallrunner.h"
#include "textfileimporter.h"
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
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <tuple>

namespace Marginalia {

namespace {
constexpr int MaxRecentProjects = 8;
const QString RecentKey = QStringLiteral("recentProjects");
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_articleModel(new ArticleListModel(this))
    , m_articleProxy(new QSortFilterProxyModel(this))
    , m_annotationModel(new AnnotationListModel(this))
    , m_filter(new QLineEdit(this))
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
    m_quoteDetectionRunner = new QuoteDetectionRunner(this);
    connect(m_quoteDetectionRunner, &QuoteDetectionRunner::failed, this, &MainWindow::showError);
    connect(m_quoteDetectionRunner, &QuoteDetectionRunner::finished, this,
            &MainWindow::reportQuoteDetection);
    setWindowTitle(tr("Marginalia"));
    setAcceptDrops(true);
    m_articleProxy->setSourceModel(m_articleModel);
    m_articleProxy->setSortRole(ArticleListModel::SortRole);
    m_articleProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_articleProxy->setFilterKeyColumn(ArticleListModel::TitleColumn);
    m_articleProxy->setSortLocaleAware(true);
    createLayout();
    createMenus();
    m_statusLabel->setObjectName(QStringLiteral("projectStatus"));
    statusBar()->addPermanentWidget(m_statusLabel);
    connect(m_articleModel, &ArticleListModel::annotationTotalChanged, this,
            &MainWindow::updateStatus);
    connect(m_view, &ArticleView::annotationClicked, this,
            [this](qint64 id) { selectAnnotation(id, false); });
    connect(m_view, &ArticleView::quoteClicked, this,
            [this](qint64 id) { selectQuote(id, false); });
    connect(m_palette, &LabelPalette::labelActivated, this, &MainWindow::applyLabel);
    connect(m_view, &QPlainTextEdit::selectionChanged, this, &MainWindow::updateActions);
    connect(m_searchPanel, &ProjectSearchPanel::articleOpened, this, &MainWindow::openSearchResult);
    updateActions();
    resize(1280, 800);
}

MainWindow::~MainWindow()
{
    m_importRunner.reset();
    closeProject();
}

void MainWindow::createLayout()
{
    m_filter->setPlaceholderText(tr("Filter by title"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_articleProxy,
            &QSortFilterProxyModel::setFilterFixedString);

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
                if (current.isValid())
                    showArticle(current.data(ArticleListModel::ArticleIdRole).toLongLong());
            });
    // A reload (batch edits, label changes) resets the list and its current
    // row; the article on screen stays the current one, so Next Article
    // goes on from it.
    // A large project's list is whole a moment after it opens: the widths
    // and the status bar's count follow it.
    // The article shown stays the list's current row through a reload,
    // also when it lies beyond the part a large list shows at once.
    const auto keepCurrentRow = [this] {
        if (m_articleId <= 0)
            return;
        const QModelIndex row = m_articleProxy->mapFromSource(
            m_articleModel->index(m_articleModel->rowForArticle(m_articleId), 0));
        if (row.isValid() && m_articleTable->currentIndex().row() != row.row())
            m_articleTable->setCurrentIndex(row);
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
    articlesLayout->addWidget(m_articleTable);

    m_annotationTable->setModel(m_annotationModel);
    m_annotationTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_annotationTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_annotationTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_annotationTable->verticalHeader()->hide();
    m_annotationTable->horizontalHeader()->setStretchLastSection(true);
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

    auto *splitter = new QSplitter(this);
    splitter->addWidget(articlesPane);
    splitter->addWidget(page);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 380, 760 });
    setCentralWidget(splitter);

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
    resizeDocks({ annotationsDock }, { 380 }, Qt::Horizontal);
    // Search results stay beside the article while the analyst opens one
    // after another; hidden until asked for.
    m_searchDock = new QDockWidget(tr("Search"), this);
    m_searchDock->setObjectName(QStringLiteral("searchDock"));
    m_searchDock->setWidget(m_searchPanel);
    tabifyDockWidget(annotationsDock, m_searchDock);
    m_searchDock->hide();
    annotationsDock->raise(); // the article's annotations first, whatever came after
}

void MainWindow::createMenus()
{
    const auto add = [this](QMenu *menu, const QString &text, const QKeySequence &key, auto slot,
                            QList<QAction *> *group = nullptr) {
        QAction *a = menu->addAction(text);
        if (!key.isEmpty())
            a->setShortcut(key);
        a->setShortcutContext(Qt::WindowShortcut);
        connect(a, &QAction::triggered, this, slot);
        if (group)
            group->append(a);
        return a;
    };

    QMenu *file = menuBar()->addMenu(tr("&File"));
    add(file, tr("&New Project…"), QKeySequence::New, &MainWindow::newProject);
    add(file, tr("&Open Project…"), QKeySequence::Open, &MainWindow::chooseProject);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    add(file, tr("&Import Files…"), QKeySequence(tr("Ctrl+I")), &MainWindow::chooseFilesToImport,
        &m_projectActions);
    add(file, tr("Import &Folder…"), QKeySequence(tr("Ctrl+Shift+I")),
        &MainWindow::chooseFolderToImport, &m_projectActions);
    add(file, tr("Import A&nnotations…"), QKeySequence(), &MainWindow::chooseAnnotationsToImport,
        &m_projectActions);
    add(file, tr("Import &brat Folder…"), QKeySequence(), &MainWindow::chooseBratFolderToImport,
        &m_projectActions);
    add(file, tr("&Export…"), QKeySequence(tr("Ctrl+E")), &MainWindow::exportProject,
        &m_projectActions);
    file->addSeparator();
    add(file, tr("&Back Up Now"), QKeySequence(), &MainWindow::backUpNow, &m_projectActions);
    add(file, tr("Restore from Bac&kup…"), QKeySequence(), &MainWindow::restoreFromBackup,
        &m_projectActions);
    file->addSeparator();
    add(file, tr("&Close Project"), QKeySequence::Close, &MainWindow::closeProject,
        &m_projectActions);
    add(file, tr("&Quit"), QKeySequence::Quit, &QWidget::close);
    rebuildRecentMenu();

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_undo = edit->addAction(tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = edit->addAction(tr("&Redo"));
    m_redo->setShortcuts({ QKeySequence(tr("Ctrl+Shift+Z")), QKeySequence::Redo });
    connect(m_undo, &QAction::triggered, this, [this] {
        if (m_session)
            m_session->undoStack()->undo();
    });
    connect(m_redo, &QAction::triggered, this, [this] {
        if (m_session)
            m_session->undoStack()->redo();
    });
    edit->addSeparator();
    add(edit, tr("&Labels…"), QKeySequence(tr("Ctrl+L")), &MainWindow::editLabels,
        &m_projectActions);
    edit->addSeparator();
    add(
        edit, tr("&Find in Article…"), QKeySequence::Find, [this] { m_findBar->open(); },
        &m_projectActions);
    QAction *findNextAction = add(
        edit, tr("Find &Next"), QKeySequence::FindNext, [this] { findNext(1); }, &m_projectActions);
    findNextAction->setShortcuts(QKeySequence::FindNext);
    QAction *findPreviousAction = add(
        edit, tr("Find Pre&vious"), QKeySequence::FindPrevious, [this] { findNext(-1); },
        &m_projectActions);
    findPreviousAction->setShortcuts(QKeySequence::FindPrevious);
    add(edit, tr("&Search Project…"), QKeySequence(tr("Ctrl+Shift+F")),
        &MainWindow::showSearchPanel, &m_projectActions);

    m_labelMenu = menuBar()->addMenu(tr("&Annotation"));
    QMenu *annotation = m_labelMenu;
    m_deleteAction = add(annotation, tr("&Delete Annotation or Quote"), QKeySequence::Delete,
                         &MainWindow::deleteSelected);
    add(annotation, tr("Edit &Note…"), QKeySequence(tr("N")), &MainWindow::editNote,
        &m_annotationActions);
    add(annotation, tr("&Link to Entity…"), QKeySequence(tr("E")), &MainWindow::linkEntity,
        &m_annotationActions);
    annotation->addSeparator();
    add(
        annotation, tr("Widen End by a Word"), QKeySequence(tr("Alt+Right")),
        [this] { resizeSelected(1, true); }, &m_annotationActions);
    add(
        annotation, tr("Narrow End by a Word"), QKeySequence(tr("Alt+Left")),
        [this] { resizeSelected(1, false); }, &m_annotationActions);
    add(
        annotation, tr("Widen Start by a Word"), QKeySequence(tr("Alt+Shift+Left")),
        [this] { resizeSelected(0, true); }, &m_annotationActions);
    add(
        annotation, tr("Narrow Start by a Word"), QKeySequence(tr("Alt+Shift+Right")),
        [this] { resizeSelected(0, false); }, &m_annotationActions);
    annotation->addSeparator();
    add(
        annotation, tr("Ne&xt Annotation"), QKeySequence(Qt::Key_Tab),
        [this] { stepAnnotation(1); }, &m_projectActions);
    QAction *previous = add(
        annotation, tr("Pre&vious Annotation"), QKeySequence(Qt::Key_Backtab),
        [this] { stepAnnotation(-1); }, &m_projectActions);
    // Platforms send Shift+Tab as Backtab, with or without the Shift modifier.
    previous->setShortcuts(
        { QKeySequence(Qt::Key_Backtab), QKeySequence(Qt::SHIFT | Qt::Key_Backtab) });
    annotation->addSeparator();
    add(
        annotation, tr("&Tag All in This Article"), QKeySequence(tr("Ctrl+T")),
        [this] { tagAll(false); }, &m_annotationActions);
    add(
        annotation, tr("Tag All in the &Project"), QKeySequence(tr("Ctrl+Shift+T")),
        [this] { tagAll(true); }, &m_annotationActions);
    m_tagAllFolds = annotation->addAction(tr("Tag All Ignores &Case and Accents"));
    m_tagAllFolds->setCheckable(true);
    m_tagAllFolds->setChecked(
        QSettings().value(QStringLiteral("tagAll/ignoreCaseAndAccents"), false).toBool());
    connect(m_tagAllFolds, &QAction::toggled, this, [](bool on) {
        QSettings().setValue(QStringLiteral("tagAll/ignoreCaseAndAccents"), on);
    });
    annotation->addSeparator();
    // Enter and Backspace act on suggestions only while the text has the
    // focus, so that they keep their meaning in the filter and dialogs.
    for (QAction *a : { add(annotation, tr("&Accept Suggestion"), QKeySequence(Qt::Key_Return),
                            &MainWindow::acceptSuggestion, &m_projectActions),
                        add(annotation, tr("&Reject Suggestion"), QKeySequence(Qt::Key_Backspace),
                            &MainWindow::rejectSuggestion, &m_projectActions) }) {
        if (a->shortcut() == QKeySequence(Qt::Key_Return))
            a->setShortcuts({ QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter) });
        a->setShortcutContext(Qt::WidgetShortcut);
        m_view->addAction(a);
    }
    add(annotation, tr("Accept All Suggestions in This Article"),
        QKeySequence(tr("Ctrl+Shift+Return")), &MainWindow::acceptAllSuggestions,
        &m_projectActions);
    m_matchIgnoringAccents = annotation->addAction(tr("Names Match Ignoring &Accents"));
    m_matchIgnoringAccents->setCheckable(true);
    m_matchIgnoringAccents->setChecked(true);
    m_projectActions.append(m_matchIgnoringAccents);
    connect(m_matchIgnoringAccents, &QAction::triggered, this, [this](bool on) {
        if (m_session)
            m_session->setMatchIgnoringAccents(on);
    });
    annotation->addSeparator();
    add(annotation, tr("Mark Selection as &Quote"), QKeySequence(tr("Q")), &MainWindow::markQuote,
        &m_projectActions);
    add(annotation, tr("Set &Speaker…"), QKeySequence(tr("S")), &MainWindow::setSpeaker,
        &m_quoteActions);
    add(
        annotation, tr("Detect Quotes in This &Article"), QKeySequence(tr("Ctrl+Shift+Q")),
        [this] {
            if (m_session && m_articleId > 0)
                m_session->redetectQuotes(m_articleId);
        },
        &m_projectActions);
    add(annotation, tr("Detect Quotes in All Articles"), QKeySequence(),
        &MainWindow::redetectAllQuotes, &m_projectActions);
    annotation->addSeparator();
    // Label actions (one per label, with its hotkey) follow this separator.

    QMenu *article = menuBar()->addMenu(tr("A&rticle"));
    add(
        article, tr("&Next Article"), QKeySequence(tr("Ctrl+PgDown")), [this] { stepArticle(1); },
        &m_projectActions);
    add(
        article, tr("&Previous Article"), QKeySequence(tr("Ctrl+PgUp")),
        [this] { stepArticle(-1); }, &m_projectActions);
    add(article, tr("Next Article &To Do"), QKeySequence(tr("Ctrl+J")), &MainWindow::nextToDo,
        &m_projectActions);
    article->addSeparator();
    add(
        article, tr("Mark To &Do"), QKeySequence(tr("Ctrl+1")),
        [this] { setStatus(int(ArticleStatus::Todo)); }, &m_projectActions);
    add(
        article, tr("Mark &In Progress"), QKeySequence(tr("Ctrl+2")),
        [this] { setStatus(int(ArticleStatus::InProgress)); }, &m_projectActions);
    add(
        article, tr("Mark D&one"), QKeySequence(tr("Ctrl+3")),
        [this] { setStatus(int(ArticleStatus::Done)); }, &m_projectActions);
    article->addSeparator();
    add(
        article, tr("&Filter Articles"), QKeySequence(tr("Ctrl+Shift+L")),
        [this] {
            m_filter->setFocus();
            m_filter->selectAll();
        },
        &m_projectActions);
    add(
        article, tr("Back to the &Text"), QKeySequence(tr("Esc")),
        [this] {
            if (m_findBar->isVisible())
                m_findBar->dismiss();
            m_view->setFocus();
        },
        &m_projectActions);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *entitiesPanel = m_entitiesDock->toggleViewAction();
    entitiesPanel->setText(tr("&Entities Panel"));
    view->addAction(entitiesPanel);

    // The panel's own actions; their keys work while the panel has focus.
    QMenu *entities = menuBar()->addMenu(tr("E&ntities"));
    add(entities, tr("&Filter Entities"), QKeySequence(tr("Ctrl+Shift+E")),
        &MainWindow::showEntities, &m_projectActions);
    entities->addSeparator();
    entities->addActions(m_entitiesPanel->entityActions());
}

void MainWindow::showEntities()
{
    m_entitiesDock->show();
    m_entitiesDock->raise();
    m_entitiesPanel->filter()->setFocus();
    m_entitiesPanel->filter()->selectAll();
}

void MainWindow::rebuildLabelActions()
{
    qDeleteAll(m_labelActions);
    m_labelActions.clear();
    delete m_moreLabels;
    m_moreLabels = nullptr;
    if (!m_session) {
        m_palette->setLabels({});
        return;
    }
    const QVector<Label> labels = m_session->labels();
    m_palette->setLabels(labels);
    // The menu lists the first MenuLabels labels: a codebook of thousands is
    // tagged from the Labels panel, and an action per label held the window
    // 0.1 s at 10,000. A label with a hotkey keeps an action for its key.
    int listed = 0;
    for (const Label &label : labels) {
        const bool inMenu = listed < MenuLabels;
        if (!inMenu && label.hotkey.isEmpty())
            continue;
        auto *a = new QAction(LabelPalette::swatch(QColor(label.color)),
                              tr("Tag as %1").arg(label.name), this);
        if (!label.hotkey.isEmpty())
            a->setShortcut(QKeySequence(label.hotkey));
        const qint64 id = label.id;
        connect(a, &QAction::triggered, this, [this, id] { applyLabel(id); });
        if (inMenu) {
            m_labelMenu->addAction(a);
            ++listed;
        } else {
            addAction(a);
        }
        m_labelActions.append(a);
    }
    if (labels.size() > listed) {
        auto *more = new QAction(
            tr("%n More Label(s) in the Labels Panel…", nullptr, int(labels.size() - listed)),
            this);
        more->setObjectName(QStringLiteral("moreLabels"));
        connect(more, &QAction::triggered, this, [this] {
            QWidget *dock = m_palette->parentWidget();
            dock->show();
            dock->raise();
        });
        m_labelMenu->addAction(more);
        m_moreLabels = more; // enabled whether or not an article is shown
    }
    QHash<qint64, QString> colors;
    for (const Label &label : labels)
        colors.insert(label.id, label.color);
    m_annotationModel->setLabelColors(colors);
}

void MainWindow::updateActions()
{
    const bool open = m_session != nullptr;
    for (QAction *a : std::as_const(m_projectActions))
        a->setEnabled(open);
    const bool selected = open && selectedAnnotation().has_value();
    for (QAction *a : std::as_const(m_annotationActions))
        a->setEnabled(selected);
    const bool quote = open && m_view->selectedQuote() != 0;
    for (QAction *a : std::as_const(m_quoteActions))
        a->setEnabled(quote);
    m_deleteAction->setEnabled(selected || quote);
    const bool canTag = open && m_articleId > 0;
    for (QAction *a : std::as_const(m_labelActions))
        a->setEnabled(canTag);
    m_undo->setEnabled(open && m_session->undoStack()->canUndo());
    m_redo->setEnabled(open && m_session->undoStack()->canRedo());
    m_undo->setText(open && m_session->undoStack()->canUndo()
                        ? tr("&Undo %1").arg(m_session->undoStack()->undoText())
                        : tr("&Undo"));
    m_redo->setText(open && m_session->undoStack()->canRedo()
                        ? tr("&Redo %1").arg(m_session->undoStack()->redoText())
                        : tr("&Redo"));
}

void MainWindow::updateStatus()
{
    if (!m_session) {
        m_statusLabel->setText(tr("No project open"));
        return;
    }
    const int row =
        m_articleProxy
            ->mapFromSource(m_articleModel->index(m_articleModel->rowForArticle(m_articleId), 0))
            .row();
    const QString position = m_articleId > 0
        ? tr("Article %1 of %2").arg(row + 1).arg(m_articleProxy->rowCount())
        : tr("%n article(s)", nullptr, m_articleModel->rowCount());
    m_statusLabel->setText(
        tr("%1 · %n annotation(s) here", nullptr, int(m_view->annotations().size())).arg(position)
        + tr(" · %n in the project", nullptr, int(m_articleModel->annotationTotal()))
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
    connect(session, &ProjectSession::projectAnnotationsChanged, this, [this] {
        if (m_articleId > 0)
            refreshAnnotations(m_articleId);
        updateStatus();
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
    m_searchPanel->setDatabase(&session->database());
    rebuildLabelActions();
    setWindowTitle(tr("%1 — Marginalia").arg(QFileInfo(path).completeBaseName()));
    addRecentProject(QFileInfo(path).absoluteFilePath());
    if (m_articleProxy->rowCount() > 0)
        m_articleTable->selectRow(0);
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
    m_tagAllRunner->cancel(); // its plan is of this project
    m_quoteDetectionRunner->cancel();
    m_articleColumnsFitted = false;
    m_articleId = 0;
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
    m_articleText = *text;
    m_suggestionCandidatesValid = false;
    m_view->beginUpdate();
    m_view->setArticle(m_articleText, summary->language);
    refreshAnnotations(articleId);
    refreshQuotes(articleId);
    m_view->endUpdate();
    m_findBar->findAgain();
    const int row = m_articleModel->rowForArticle(articleId);
    const QModelIndex proxyIndex = m_articleProxy->mapFromSource(m_articleModel->index(row, 0));
    if (proxyIndex.isValid() && m_articleTable->currentIndex().row() != proxyIndex.row())
        m_articleTable->setCurrentIndex(proxyIndex);
    updateActions();
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

void MainWindow::selectQuote(qint64 quoteId, bool scroll)
{
    m_view->setSelectedAnnotation(0);
    m_view->setSelectedQuote(quoteId);
    const int row = m_annotationModel->rowForQuote(quoteId);
    if (row >= 0)
        m_annotationTable->selectRow(row);
    if (scroll) {
        for (const Quote &q : m_view->quotes()) {
            if (q.id == quoteId) {
                m_view->selectSpan({ q.start, q.start });
                m_view->ensureCursorVisible();
            }
        }
        m_view->setFocus();
    }
    updateActions();
}

void MainWindow::refreshQuotes(qint64 articleId)
{
    const QVector<Quote> quotes = m_session->database().quotes(articleId);
    m_view->setQuotes(quotes);
    QStringList speakers;
    for (const Quote &q : quotes)
        speakers.append(m_view->speakerOf(q));
    m_annotationModel->setQuotes(quotes, speakers);
    if (m_view->selectedQuote() != 0)
        selectQuote(m_view->selectedQuote(), false);
    updateActions();
}

void MainWindow::markQuote()
{
    if (!m_session || m_articleId == 0)
        return;
    const std::optional<ArticleView::Span> span = m_view->selectionSpan();
    if (!span) {
        statusBar()->showMessage(tr("Select the words of the quote first."), 4000);
        return;
    }
    const qint64 id = m_session->addQuote(m_articleId, span->first, span->second);
    if (id > 0) {
        QTextCursor cursor = m_view->textCursor();
        cursor.clearSelection();
        m_view->setTextCursor(cursor);
        selectQuote(id, false);
    }
}

void MainWindow::setSpeaker()
{
    if (!m_session)
        return;
    std::optional<Quote> selected;
    for (const Quote &q : m_view->quotes()) {
        if (q.id == m_view->selectedQuote())
            selected = q;
    }
    if (!selected)
        return;
    // The people mentioned in this article first, then every known entity.
    QStringList names;
    QHash<QString, Annotation> mentionByName;
    for (const Annotation &a : m_view->annotations()) {
        if (a.labelName.compare(QLatin1String("PER"), Qt::CaseInsensitive) != 0)
            continue;
        const QModelIndex row = m_annotationModel->index(m_annotationModel->rowForAnnotation(a.id),
                                                         AnnotationListModel::TextColumn);
        const QString name = a.entityName.isEmpty() ? row.data().toString() : a.entityName;
        if (!mentionByName.contains(name)) {
            mentionByName.insert(name, a);
            names.append(name);
        }
    }
    for (const QString &entity : m_session->database().entityNames()) {
        if (!names.contains(entity))
            names.append(entity);
    }
    const QString current = m_view->speakerOf(*selected);
    if (!current.isEmpty() && !names.contains(current))
        names.prepend(current);
    bool ok = false;
    const QString name =
        QInputDialog::getItem(this, tr("Speaker"),
                              tr("Who said it (a person in the article, an "
                                 "entity, or any name):"),
                              names, qMax(0, int(names.indexOf(current))), true, &ok)
            .trimmed();
    if (!ok || name == current)
        return;
    Quote changed = *selected;
    changed.speakerName = name;
    changed.speakerAnnotationId = 0;
    changed.speakerEntityId = 0;
    if (const auto mention = mentionByName.constFind(name); mention != mentionByName.cend()) {
        changed.speakerAnnotationId = mention->id;
        changed.speakerEntityId = mention->entityId;
    }
    m_session->changeQuote(*selected, changed,
                           name.isEmpty() ? tr("Clear Speaker") : tr("Speaker %1").arg(name));
}

void MainWindow::redetectAllQuotes()
{
    if (!m_session || m_quoteDetectionRunner->isRunning())
        return;
    // Undo covers this, but a project-wide run replaces thousands of quotes.
    m_session->backUpBefore(ProjectBackups::Reason::RedetectQuotes);
    m_quoteDetectionRunner->start(m_session.get());
}

void MainWindow::reportQuoteDetection(qint64 done, qint64 total, qint64 changed, bool cancelled)
{
    const QLocale locale;
    const QString changes = tr("quotes changed in %n article(s)", nullptr, int(changed));
    statusBar()->showMessage(
        cancelled
            ? tr("Quote detection stopped after %1 of %2 articles; %3.")
                  .arg(locale.toString(done), locale.toString(total), changes)
            : tr("Quotes detected again in %1 article(s); %2.").arg(locale.toString(done), changes),
        8000);
}

void MainWindow::selectAnnotation(qint64 annotationId, bool scroll)
{
    m_view->setSelectedQuote(0);
    m_view->setSelectedAnnotation(annotationId);
    const int row = m_annotationModel->rowForAnnotation(annotationId);
    if (row >= 0)
        m_annotationTable->selectRow(row);
    else
        m_annotationTable->clearSelection();
    if (scroll && annotationId != 0) {
        m_view->scrollToAnnotation(annotationId);
        m_view->setFocus();
    }
    updateActions();
}

std::optional<Annotation> MainWindow::selectedAnnotation() const
{
    const qint64 id = m_view->selectedAnnotation();
    for (const Annotation &a : m_view->annotations()) {
        if (a.id == id)
            return a;
    }
    return std::nullopt;
}

void MainWindow::applyLabel(qint64 labelId)
{
    if (!m_session || m_articleId == 0)
        return;
    if (const std::optional<ArticleView::Span> span = m_view->selectionSpan()) {
        const qint64 id = m_session->addAnnotation(m_articleId, span->first, span->second, labelId);
        if (id > 0) {
            QTextCursor cursor = m_view->textCursor();
            cursor.clearSelection();
            m_view->setTextCursor(cursor);
            selectAnnotation(id, false);
        }
        return;
    }
    const std::optional<Annotation> selected = selectedAnnotation();
    const std::optional<Label> label = m_session->label(labelId);
    if (!selected || !label || selected->labelId == labelId)
        return;
    Annotation changed = *selected;
    changed.labelId = labelId;
    changed.labelName = label->name;
    m_session->changeAnnotation(*selected, changed, tr("Relabel as %1").arg(label->name));
}

void MainWindow::deleteSelected()
{
    if (!m_session)
        return;
    const std::optional<Annotation> selected = selectedAnnotation();
    if (!selected) {
        for (const Quote &q : m_view->quotes()) {
            if (q.id == m_view->selectedQuote()) {
                m_session->removeQuote(q);
                break;
            }
        }
        return;
    }
    // Select the neighbour, so Delete can be pressed again and again.
    const QVector<Annotation> &all = m_view->annotations();
    qint64 next = 0;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all.at(i).id == selected->id)
            next = i + 1 < all.size() ? all.at(i + 1).id : (i > 0 ? all.at(i - 1).id : 0);
    }
    m_session->removeAnnotation(*selected);
    selectAnnotation(next, false);
}

void MainWindow::editNote()
{
    const std::optional<Annotation> selected = selectedAnnotation();
    if (!selected || !m_session)
        return;
    bool ok = false;
    const QString note = QInputDialog::getMultiLineText(
        this, tr("Note"), tr("Note on this %1 annotation:").arg(selected->labelName),
        selected->note, &ok);
    if (!ok || note == selected->note)
        return;
    Annotation changed = *selected;
    changed.note = note;
    m_session->changeAnnotation(*selected, changed, tr("Edit Note"));
}

void MainWindow::linkEntity()
{
    const std::optional<Annotation> selected = selectedAnnotation();
    if (!selected || !m_session)
        return;
    const QModelIndex row = m_annotationModel->index(
        m_annotationModel->rowForAnnotation(selected->id), AnnotationListModel::TextColumn);
    EntityLinkDialog dialog(m_session.get(), m_entitiesPanel->model(), *selected,
                            row.data().toString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const qint64 entity = dialog.chosenEntity(); entity > 0)
        m_session->linkAnnotation(*selected, entity);
    else if (const QString name = dialog.newEntityName(); !name.isEmpty())
        m_session->linkAnnotationToNewEntity(*selected, name);
    else
        m_session->linkAnnotation(*selected, 0);
}

void MainWindow::resizeSelected(int edge, bool widen)
{
    const std::optional<Annotation> selected = selectedAnnotation();
    if (!selected || !m_session)
        return;
    const ArticleView::Span span { selected->start, selected->end };
    const ArticleView::Span resized = edge == 1
        ? (widen ? m_view->widenedEnd(span) : m_view->narrowedEnd(span))
        : (widen ? m_view->widenedStart(span) : m_view->narrowedStart(span));
    if (resized == span)
        return;
    Annotation changed = *selected;
    changed.start = resized.first;
    changed.end = resized.second;
    m_session->changeAnnotation(*selected, changed,
                                widen ? tr("Widen Annotation") : tr("Narrow Annotation"));
}

void MainWindow::stepAnnotation(int step)
{
    const QVector<Annotation> &all = m_view->annotations();
    if (all.isEmpty())
        return;
    qsizetype at = -1;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all.at(i).id == m_view->selectedAnnotation())
            at = i;
    }
    qsizetype next = at < 0 ? (step > 0 ? 0 : all.size() - 1) : at + step;
    next = (next + all.size()) % all.size();
    selectAnnotation(all.at(next).id, true);
}

void MainWindow::stepArticle(int step)
{
    const int rows = m_articleProxy->rowCount();
    if (rows == 0)
        return;
    const int current = m_articleTable->currentIndex().row();
    const int next = qBound(0, current < 0 ? 0 : current + step, rows - 1);
    m_articleTable->selectRow(next);
    m_view->setFocus();
}

void MainWindow::nextToDo()
{
    const int rows = m_articleProxy->rowCount();
    const int current = m_articleTable->currentIndex().row();
    for (int i = 1; i <= rows; ++i) {
        const int row = (current + i) % rows;
        const QModelIndex status = m_articleProxy->index(row, ArticleListModel::StatusColumn);
        if (status.data(ArticleListModel::SortRole).toInt() != int(ArticleStatus::Done)) {
            m_articleTable->selectRow(row);
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
                    m_articleTable->selectRow(0);
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
    closeProject();
    event->accept();
}

void MainWindow::addRecentProject(const QString &path)
{
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

void MainWindow::refreshSuggestions()
{
    if (!m_session || m_articleId == 0)
        return;
    if (!m_suggestionCandidatesValid) {
        // While a large project's names are read on a thread there are none
        // to offer; the session's suggestionsChanged(0) comes back here.
        const std::optional<QVector<Suggestion>> candidates =
            m_session->suggestionCandidates(m_articleText, m_view->index());
        m_suggestionCandidates = candidates.value_or(QVector<Suggestion>());
        m_suggestionCandidatesValid = candidates.has_value();
    }
    const int current = m_view->currentSuggestion();
    const qint64 currentStart = current >= 0 ? m_suggestions.value(current).start : -1;
    m_suggestions = m_session->suggestions(m_articleId, m_suggestionCandidates, m_annotations);
    QVector<ArticleView::SuggestionMark> marks;
    marks.reserve(m_suggestions.size());
    for (const Suggestion &suggestion : std::as_const(m_suggestions)) {
        const std::optional<Label> label = m_session->label(suggestion.labelId);
        marks.append({ suggestion.start, suggestion.end,
                       label ? QColor(label->color) : palette().color(QPalette::Mid),
                       tr("Suggested: %1 (%2) — Enter accepts, Backspace rejects")
                           .arg(m_session->entityName(suggestion.entityId),
                                label ? label->name : QString()) });
    }
    m_view->setSuggestions(marks);
    // After an accept or a reject, the next suggestion is the current one.
    if (currentStart >= 0) {
        const auto next =
            std::lower_bound(m_suggestions.cbegin(), m_suggestions.cend(), currentStart,
                             [](const Suggestion &s, qint64 start) { return s.start < start; });
        if (next != m_suggestions.cend())
            m_view->setCurrentSuggestion(int(next - m_suggestions.cbegin()));
    }
    // The status bar's count follows: every caller updates it after this.
}

int MainWindow::suggestionToTake()
{
    const int index = m_view->suggestionAtCursor();
    if (!m_session || index < 0 || index >= m_suggestions.size()) {
        statusBar()->showMessage(tr("No suggestion in this article"), 3000);
        return -1;
    }
    m_view->setCurrentSuggestion(index); // so that the next one becomes current
    return index;
}

void MainWindow::acceptSuggestion()
{
    if (const int index = suggestionToTake(); index >= 0)
        m_session->acceptSuggestions(m_articleId, { m_suggestions.at(index) });
}

void MainWindow::rejectSuggestion()
{
    if (const int index = suggestionToTake(); index >= 0)
        m_session->rejectSuggestion(m_articleId, m_suggestions.at(index));
}

void MainWindow::acceptAllSuggestions()
{
    if (!m_session || m_articleId == 0)
        return;
    const int count = m_session->acceptSuggestions(m_articleId, m_suggestions);
    statusBar()->showMessage(count == 0 ? tr("No suggestion in this article")
                                        : tr("Accepted %n suggestion(s)", nullptr, count),
                             4000);
}

void MainWindow::tagAll(bool wholeProject)
{
    const std::optional<Annotation> source = selectedAnnotation();
    if (!m_session || !source)
        return;
    const qsizetype start = m_view->index().toUtf16(source->start);
    const QString text = m_articleText.mid(start, m_view->index().toUtf16(source->end) - start);
    if (wholeProject && m_session->database().articleCount() > TagAllRunner::OnThreadAbove) {
        if (!m_tagAllRunner->isRunning())
            m_tagAllRunner->start(
                m_session.get(),
                m_session->tagAllRequest(*source, text, true, m_tagAllFolds->isChecked()));
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const int count = m_session->tagAll(*source, text, wholeProject, m_tagAllFolds->isChecked());
    QApplication::restoreOverrideCursor();
    reportTagAll(count, text);
}

void MainWindow::reportTagAll(int count, const QString &text)
{
    if (count == 0)
        statusBar()->showMessage(tr("No other occurrence of \"%1\" to tag").arg(text.simplified()),
                                 4000);
    else if (count > 0)
        statusBar()->showMessage(
            tr("Tagged %n more occurrence(s) of \"%1\"", nullptr, count).arg(text.simplified()),
            4000);
}

} // namespace Marginalia
