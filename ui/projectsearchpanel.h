// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListView;
class QModelIndex;

namespace Marginalia {

class ProjectDatabase;
class SearchResultModel;

/// Full-text search over the project's titles and texts, in a panel the
/// window docks beside the article: results stay listed while the analyst
/// opens one article after another.
///
/// Typed words are all required, case and accents aside, and "quoted words"
/// are phrases; with the advanced syntax on, the query goes to FTS5 as typed
/// (OR, NOT, NEAR, prefix*, title:). The search runs as you type, after a
/// short pause, or at once with Enter; only the best ResultLimit articles are
/// listed, with the count of all that match.
class ProjectSearchPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int ResultLimit = 200;
    static constexpr int TypingPauseMs = 250;

    explicit ProjectSearchPanel(QWidget *parent = nullptr);

    /// The project to search; null when none is open. It must outlive its use here.
    void setDatabase(ProjectDatabase *database);
    /// Puts the cursor in the query box with its text selected.
    void focusQuery();
    /// Runs the query box's search now.
    void search();

    /// The FTS5 query behind the results shown; empty if none.
    QString shownQuery() const { return m_shownQuery; }
    /// The count line or the reason nothing is listed.
    QString message() const;
    SearchResultModel *model() const { return m_model; }

signals:
    /// The user opened a result: show the article and its hits for ftsQuery.
    void articleOpened(qint64 articleId, const QString &ftsQuery);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void queryEdited();
    void openResult(const QModelIndex &index);
    void showMessage(const QString &text, bool problem);
    QString ftsQuery() const;

    ProjectDatabase *m_database = nullptr;
    QLineEdit *m_query;
    QCheckBox *m_advanced;
    QLabel *m_message;
    QListView *m_results;
    SearchResultModel *m_model;
    QTimer m_typingPause;
    QString m_shownQuery;
    bool m_stale = true; ///< the query box changed since the last search
};

} // namespace Marginalia
