// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"
#include "suggestionfinder.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QTableView;

namespace Marginalia {

class AnnotationListModel;
class ArticleFilterBar;
class ArticleFilterModel;
class ArticleListModel;
class QuoteDetectionRunner;
class TagAllRunner;
class UndoRunner;
class ProjectChangeWatcher;
class ArticleView;
struct Preferences;
class BackupActions;
class EntitiesPanel;
class FindBar;
class ImportRunner;
class LabelPalette;
class ProjectSearchPanel;
class ProjectSession;
class WriteWaitDialog;

/// The annotation window: the article list, the article with its
/// annotations, the label palette and the annotations panel. Every action
/// is in a menu with a shortcut; every edit is an undoable step stored at once.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// Labels listed in the Annotation menu; the rest are in the Labels panel.
    static constexpr int MenuLabels = 40;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens \a path, showing why in a message box if it is refused
    /// (\a quiet: in the status bar, for tests and scripted starts).
    bool openProject(const QString &path, bool quiet = false);
    bool createProject(const QString &path);
    void closeProject();
    ProjectSession *session() const { return m_session.get(); }

    /// Imports files and folders off the UI thread, with progress and a report.
    /// A CSV or JSONL file opens ArticleColumnMappingDialog first.
    void importPaths(const QStringList &paths);
    /// Imports a brat standoff folder off the UI thread.
    void importBratFolder(const QString &folder);
    /// Imports annotations from one of our CSV or JSONL exports.
    void importAnnotations(const QString &path);
    ImportRunner *importRunner() const { return m_importRunner.get(); }

    void showArticle(qint64 articleId);
    qint64 currentArticle() const { return m_articleId; }
    ArticleView *articleView() const { return m_view; }
    EntitiesPanel *entitiesPanel() const { return m_entitiesPanel; }

    /// The label's action: tags the selection, or relabels the selected annotation.
    void applyLabel(qint64 labelId);

    /// Shows an article found by a project search with the query's hits
    /// highlighted and the first one selected; F3 goes to the next.
    void openSearchResult(qint64 articleId, const QString &ftsQuery);
    ProjectSearchPanel *searchPanel() const { return m_searchPanel; }
    FindBar *findBar() const { return m_findBar; }

    /// The project closed last that is still there, or an empty string.
    static QString lastProject();
    /// The window's size, docks and panes as the last window left them, or
    /// the default size fitted to the screen (saveLayout() on close).
    void restoreLayout();
    void saveLayout() const;

    /// Edit ▸ Preferences accepted (mainwindowpreferences.cpp): the theme,
    /// the article's font at the current zoom and word snapping, at once.
    void applyPreferences(const Preferences &preferences);
    /// View ▸ Zoom In, Zoom Out and Actual Size: the article's text at
    /// \a percent of the preferred size, remembered for the next start.
    void setZoom(int percent);
    int zoom() const { return m_zoom; }

    /// The desktop theme's "marginalia" icon when installed, else the built-in one.
    static QIcon applicationIcon();

    /// The project shown when none is given: made once from the bundled sample.
    static QString demoProjectPath();
    static bool ensureDemoProject(QString *error);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createToolBar();
    void createLayout();
    void updateActions();
    void updateStatus();
    void rebuildLabelActions();
    void refreshAnnotations(qint64 articleId);
    /// After a reload of the whole project: the article shown read again,
    /// or let go of when it was deleted elsewhere.
    void refreshShownArticle();
    void insertAnnotation(const Annotation &annotation);
    void showAnnotations();
    void selectAnnotation(qint64 annotationId, bool scroll);
    void selectQuote(qint64 quoteId, bool scroll);
    void refreshQuotes(qint64 articleId);
    void markQuote();
    void setSpeaker();
    void redetectAllQuotes();
    void reportQuoteDetection(qint64 done, qint64 total, qint64 changed, bool cancelled);
    std::optional<Annotation> selectedAnnotation() const;

    /// Help ▸ Keyboard Shortcuts (F1) and Help ▸ About (mainwindowhelp.cpp).
    void showShortcuts();
    void showUserGuide();
    void showAbout();
    void showPreferences();
    /// Team ▸ Agreement (mainwindowteam.cpp).
    void showAgreement();
    /// After a change of language: restart now (the project reopens at its
    /// place) or later.
    void offerRestart();
    QFont zoomedArticleFont(const Preferences &preferences) const;
    void newProject();
    /// File ▸ Open the Sample Project: the demo, made once from the bundled sample.
    void openSampleProject();
    /// What to do, in the empty text pane of a window without a project or
    /// of a project without articles (issue 12, defect 17).
    void updateEmptyHint();
    void chooseProject();
    void chooseFilesToImport();
    void chooseFolderToImport();
    void chooseBratFolderToImport();
    void chooseAnnotationsToImport();
    /// File ▸ Back Up Now and File ▸ Restore from Backup… (BackupActions).
    void backUpNow();
    void restoreFromBackup();
    /// A fresh runner that refreshes the window when it is done, or null
    /// while an import is running.
    ImportRunner *newImportRunner();
    /// File ▸ Export…: the Export dialog, with the article selected in the list.
    void exportProject();
    void addRecentProject(const QString &path);
    /// The article shown, the list's sort and filter, for the next open
    /// of this project (ProjectPlace); restorePlace() goes back there.
    void rememberPlace();
    void restorePlace();
    void rebuildRecentMenu();

    void deleteSelected();
    void editNote();
    void linkEntity();
    void resizeSelected(int edge, bool widen);
    void stepAnnotation(int step);
    void stepArticle(int step);
    /// Makes \a row of the shown list the current and only selected one
    /// (Ctrl held for Ctrl+PgDown must not add it to the selection).
    void makeCurrentRow(int row);
    /// The list's row of the article shown, or none when the filter hides it.
    void followShownArticle();
    /// The title filter and the worklist filters applied to the list.
    void applyFilters();
    /// The labels and annotators the worklist filters offer, read again.
    void refreshFilterChoices();
    void showFilterBar(bool shown);
    void nextToDo();
    void setStatus(int status);
    void editLabels();
    void showEntities();
    void integrityChecked(bool damaged, const QString &message);
    void showError(const QString &message);
    void showSearchPanel();
    void findNext(int step);

    // Suggestions and tag all
    void refreshSuggestions();
    /// The suggestion Enter or Backspace acts on, made current; -1 if none.
    int suggestionToTake();
    void acceptSuggestion();
    void rejectSuggestion();
    void acceptAllSuggestions();
    void tagAll(bool wholeProject);
    void reportTagAll(int count, const QString &text);

    std::unique_ptr<ProjectSession> m_session;
    WriteWaitDialog *m_writeWait = nullptr; ///< shown while an edit waits for another writer
    std::unique_ptr<ImportRunner> m_importRunner;
    qint64 m_articleId = 0;
    QString m_articleText;
    QVector<Annotation> m_annotations; ///< the article's, in text order
    /// Known names found in the article, kept while it is shown: edits only
    /// filter them again.
    QVector<Suggestion> m_suggestionCandidates;
    bool m_suggestionCandidatesValid = false;
    QVector<Suggestion> m_suggestions; ///< offered now, as the view shows them

    ArticleListModel *m_articleModel;
    ArticleFilterModel *m_articleProxy;
    AnnotationListModel *m_annotationModel;
    QLineEdit *m_filter;
    ArticleFilterBar *m_filterBar;
    QAction *m_showFilters = nullptr;
    QTableView *m_articleTable;
    ArticleView *m_view;
    LabelPalette *m_palette;
    QTableView *m_annotationTable;
    EntitiesPanel *m_entitiesPanel;
    QDockWidget *m_entitiesDock = nullptr;
    QLabel *m_statusLabel;
    FindBar *m_findBar;
    ProjectSearchPanel *m_searchPanel;
    BackupActions *m_backupActions;
    QDockWidget *m_searchDock = nullptr;

    QMenu *m_recentMenu = nullptr;
    QMenu *m_labelMenu = nullptr;
    QList<QAction *> m_labelActions;
    QAction *m_moreLabels = nullptr; ///< the Labels panel, for labels past the menu
    QList<QAction *> m_projectActions; ///< enabled with a project open
    QList<QAction *> m_annotationActions; ///< enabled with an annotation selected
    QList<QAction *> m_quoteActions; ///< enabled with a quote selected
    QAction *m_deleteAction = nullptr;
    QAction *m_tagAllFolds = nullptr; ///< tag all ignores case and accents
    TagAllRunner *m_tagAllRunner = nullptr; ///< tag all in a large project, on a thread
    QuoteDetectionRunner *m_quoteDetectionRunner = nullptr; ///< on a thread
    UndoRunner *m_undoRunner = nullptr; ///< long undo and redo steps on a thread
    ProjectChangeWatcher *m_changeWatcher = nullptr; ///< edits by other windows and programs
    QSplitter *m_splitter = nullptr; ///< the article list beside the text
    bool m_filtering = false; ///< the list changes under a new filter: not a move of the analyst's
    bool m_articleColumnsFitted = false; ///< widths set for this project; the analyst's stay
    QAction *m_matchIgnoringAccents = nullptr;
    QAction *m_importFiles = nullptr;
    QAction *m_importFolder = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    int m_zoom = 100;
};

} // namespace Marginalia
