// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "projectdatabase.h"
#include "projectreadthread.h"

#include <QTimer>
#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListView;
class QModelIndex;

namespace Marginalia {

class SearchResultModel;

/// Full-text search over the project's titles and texts, in a panel the
/// window docks beside the article: results stay listed while the analyst
/// opens one article after another.
///
/// Typed words are all required, case and accents aside, and "quoted words"
/// are phrases; with the advanced syntax on, the query goes to FTS5 as typed
/// (OR, NOT, NEAR, prefix*, title:). The search runs as you type, after a
/// short pause, or at once with Enter; only the best ResultLimit articles are
/// listed, with the count of all that match. The search runs on a thread
/// from a connection of its own (a common word ranks tens of thousands of
/// articles), so typing never waits for it; a newer query stops the older.
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
    /// Runs the query box's search now; the results follow (searching()
    /// is true until they are shown).
    void search();
    bool searching() const { return m_reader.isRunning() || m_searchAgain; }

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
    /// What the thread found for one query.
    struct Found
    {
        std::optional<QVector<ProjectDatabase::SearchHit>> hits;
        std::optional<qint64> count;
        QStringList dates; ///< of the hits' articles
        QString error;
    };
    void start(const QString &typed, const QString &query);
    void show(const Found &found, const QString &typed, const QString &query);
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
    quint64 m_searches = 0; ///< counts searches asked for: a result for an older one is dropped
    bool m_searchAgain = false; ///< a search was asked for while one ran
    ProjectReadThread<Found> m_reader { this };
};

} // namespace Marginalia
