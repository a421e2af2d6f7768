// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's menus and actions: built once, relabelled and enabled as the project and
// selection change.
#include "annotationlistmodel.h"
#include "article.h"
#include "articlefilterbar.h"
#include "articleview.h"
#include "entitiespanel.h"
#include "findbar.h"
#include "labelpalette.h"
#include "mainwindow.h"
#include "preferences.h"
#include "projectsession.h"
#include "shortcutlist.h"
#include "undorunner.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>

namespace Marginalia {

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
    add(file, tr("Open the &Sample Project"), QKeySequence(), &MainWindow::openSampleProject);
    file->addSeparator();
    m_importFiles = add(file, tr("&Import Files…"), QKeySequence(tr("Ctrl+I")),
                        &MainWindow::chooseFilesToImport, &m_projectActions);
    m_importFiles->setObjectName(QStringLiteral("importFilesAction"));
    m_importFolder = add(file, tr("Import &Folder…"), QKeySequence(tr("Ctrl+Shift+I")),
                         &MainWindow::chooseFolderToImport, &m_projectActions);
    add(file, tr("Import A&nnotations…"), QKeySequence(), &MainWindow::chooseAnnotationsToImport,
        &m_projectActions);
    add(file, tr("Import &brat Folder…"), QKeySequence(), &MainWindow::chooseBratFolderToImport,
        &m_projectActions);
    add(file, tr("&Export…"), QKeySequence(tr("Ctrl+E")), &MainWindow::exportProject,
        &m_projectActions)
        ->setObjectName(QStringLiteral("exportAction"));
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
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_undo->setShortcuts(ShortcutList::of(QKeySequence::Undo));
    m_redo = edit->addAction(tr("&Redo"));
    m_redo->setObjectName(QStringLiteral("redoAction"));
    // Both keys on every desktop: analysts come from Windows and from KDE.
    m_redo->setShortcuts(ShortcutList::of(
        QKeySequence::Redo,
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y) }));
    connect(m_undo, &QAction::triggered, this, [this] {
        if (m_session)
            m_undoRunner->undo(m_session.get());
    });
    connect(m_redo, &QAction::triggered, this, [this] {
        if (m_session)
            m_undoRunner->redo(m_session.get());
    });
    edit->addSeparator();
    add(edit, tr("&Labels…"), QKeySequence(tr("Ctrl+L")), &MainWindow::editLabels,
        &m_projectActions)
        ->setObjectName(QStringLiteral("labelsAction"));
    QAction *preferences =
        add(edit, tr("&Preferences…"), QKeySequence(), &MainWindow::showPreferences);
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setShortcuts(
        ShortcutList::of(QKeySequence::Preferences, { QKeySequence(Qt::CTRL | Qt::Key_Comma) }));
    preferences->setMenuRole(QAction::PreferencesRole);
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
        &MainWindow::showSearchPanel, &m_projectActions)
        ->setObjectName(QStringLiteral("searchProjectAction"));

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
    // Platforms send Shift+Tab as Backtab, with or without the Shift
    // modifier; the menu shows the first, which users know as Shift+Tab.
    previous->setShortcuts({ QKeySequence(Qt::SHIFT | Qt::Key_Tab), QKeySequence(Qt::Key_Backtab),
                             QKeySequence(Qt::SHIFT | Qt::Key_Backtab) });
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
        &m_projectActions)
        ->setObjectName(QStringLiteral("nextToDoAction"));
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
    m_showFilters = add(
        article, tr("&More Filters"), QKeySequence(tr("Ctrl+Alt+L")),
        [this] {
            const bool shown = !m_filterBar->isVisible();
            showFilterBar(shown);
            if (shown)
                m_filterBar->setFocus();
        },
        &m_projectActions);
    m_showFilters->setCheckable(true);
    add(
        article, tr("Back to the &Text"), QKeySequence(tr("Esc")),
        [this] {
            if (m_findBar->isVisible())
                m_findBar->dismiss();
            m_view->setFocus();
        },
        &m_projectActions);

    // Every panel can be closed, so every one can be had back from here.
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    const std::pair<const char *, QString> panels[] = {
        { "labelsDock", tr("&Labels Panel") },
        { "annotationsDock", tr("&Annotations Panel") },
        { "entitiesDock", tr("&Entities Panel") },
        { "searchDock", tr("&Search Panel") },
    };
    for (const auto &[name, text] : panels) {
        auto *dock = findChild<QDockWidget *>(QLatin1String(name));
        Q_ASSERT(dock);
        QAction *toggle = dock->toggleViewAction();
        toggle->setText(text);
        view->addAction(toggle);
    }
    view->addSeparator();
    QAction *labelTags = view->addAction(tr("Label &Names on Mentions"));
    labelTags->setObjectName(QStringLiteral("labelTagsAction"));
    labelTags->setCheckable(true);
    labelTags->setChecked(QSettings().value(QStringLiteral("view/labelTags"), false).toBool());
    m_view->setLabelTags(labelTags->isChecked());
    connect(labelTags, &QAction::toggled, this, [this](bool on) {
        m_view->setLabelTags(on);
        QSettings().setValue(QStringLiteral("view/labelTags"), on);
    });
    QAction *zoomIn = add(view, tr("Zoom &In"), QKeySequence(),
                          [this] { setZoom(Preferences::zoomedIn(m_zoom)); });
    zoomIn->setObjectName(QStringLiteral("zoomInAction"));
    // Ctrl+= as well: on most keyboards "+" needs Shift.
    zoomIn->setShortcuts(
        ShortcutList::of(QKeySequence::ZoomIn, { QKeySequence(Qt::CTRL | Qt::Key_Equal) }));
    add(view, tr("Zoom &Out"), QKeySequence::ZoomOut, [this] {
        setZoom(Preferences::zoomedOut(m_zoom));
    })->setObjectName(QStringLiteral("zoomOutAction"));
    add(view, tr("Actual Si&ze"), QKeySequence(tr("Ctrl+0")), [this] {
        setZoom(100);
    })->setObjectName(QStringLiteral("actualSizeAction"));

    // The panel's own actions; their keys work while the panel has focus.
    QMenu *entities = menuBar()->addMenu(tr("E&ntities"));
    add(entities, tr("&Filter Entities"), QKeySequence(tr("Ctrl+Shift+E")),
        &MainWindow::showEntities, &m_projectActions);
    entities->addSeparator();
    entities->addActions(m_entitiesPanel->entityActions());

    // A team's work on coders' copies (issue 13): more follows here.
    QMenu *team = menuBar()->addMenu(tr("&Team"));
    add(team, tr("&Agreement…"), QKeySequence(), &MainWindow::showAgreement, &m_projectActions)
        ->setObjectName(QStringLiteral("agreementAction"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    add(help, tr("&Keyboard Shortcuts"), QKeySequence::HelpContents, &MainWindow::showShortcuts);
    add(help, tr("&User Guide"), QKeySequence(), &MainWindow::showUserGuide);
    help->addSeparator();
    add(help, tr("&About Marginalia"), QKeySequence(), &MainWindow::showAbout)
        ->setMenuRole(QAction::AboutRole);
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
    refreshFilterChoices();
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

} // namespace Marginalia
