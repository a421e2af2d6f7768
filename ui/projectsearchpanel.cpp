// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectsearchpanel.h"

#include "fulltextquery.h"
#include "projectdatabase.h"
#include "searchresultdelegate.h"
#include "searchresultmodel.h"

#include <QCheckBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QVBoxLayout>

namespace Marginalia {

ProjectSearchPanel::ProjectSearchPanel(QWidget *parent)
    : QWidget(parent)
    , m_query(new QLineEdit(this))
    , m_advanced(new QCheckBox(tr("Advanced syntax"), this))
    , m_message(new QLabel(this))
    , m_results(new QListView(this))
    , m_model(new SearchResultModel(this))
{
    m_query->setObjectName(QStringLiteral("searchQuery"));
    m_query->setPlaceholderText(tr("Search titles and texts"));
    m_query->setClearButtonEnabled(true);
    m_query->installEventFilter(this);
    m_advanced->setObjectName(QStringLiteral("searchAdvanced"));
    m_advanced->setToolTip(tr("Pass the query to SQLite FTS5 as typed: AND, OR, NOT, NEAR(a b, 5), "
                              "\"a phrase\", prefix*, title:word"));
    m_message->setObjectName(QStringLiteral("searchMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setModel(m_model);
    m_results->setItemDelegate(new SearchResultDelegate(m_results));
    m_results->setUniformItemSizes(true);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_results->setTextElideMode(Qt::ElideRight);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_query);
    layout->addWidget(m_advanced);
    layout->addWidget(m_message);
    layout->addWidget(m_results, 1);

    m_typingPause.setSingleShot(true);
    m_typingPause.setInterval(TypingPauseMs);
    connect(&m_typingPause, &QTimer::timeout, this, &ProjectSearchPanel::search);
    connect(m_query, &QLineEdit::textEdited, this, &ProjectSearchPanel::queryEdited);
    connect(m_advanced, &QCheckBox::toggled, this, &ProjectSearchPanel::search);
    // activated: Enter, and a double click (or a single one where the style says so).
    connect(m_results, &QListView::activated, this, &ProjectSearchPanel::openResult);
    setEnabled(false);
}

void ProjectSearchPanel::setDatabase(ProjectDatabase *database)
{
    m_database = database;
    ++m_searches;
    m_searchAgain = false;
    m_reader.interrupt(); // its result is of the project before
    m_typingPause.stop();
    m_model->setResults({});
    m_shownQuery.clear();
    m_stale = true;
    showMessage(QString(), false);
    setEnabled(database != nullptr);
    if (database && !m_query->text().trimmed().isEmpty())
        search();
}

void ProjectSearchPanel::focusQuery()
{
    m_query->setFocus(Qt::ShortcutFocusReason);
    m_query->selectAll();
}

QString ProjectSearchPanel::message() const
{
    return m_message->text();
}

QString ProjectSearchPanel::ftsQuery() const
{
    return m_advanced->isChecked() ? m_query->text().trimmed()
                                   : FullTextQuery::userQuery(m_query->text());
}

void ProjectSearchPanel::queryEdited()
{
    m_stale = true;
    m_typingPause.start();
}

void ProjectSearchPanel::search()
{
    m_typingPause.stop();
    m_stale = false;
    ++m_searches;
    const QString typed = m_query->text().trimmed();
    const QString query = ftsQuery();
    // The results listed stay, with their query, until the new ones come.
    if (!m_database || typed.isEmpty() || query.isEmpty()) {
        m_model->setResults({});
        m_shownQuery.clear();
        if (m_database && !typed.isEmpty())
            showMessage(tr("Nothing to search for in “%1”: type at least one word.").arg(typed),
                        true);
        else
            showMessage(QString(), false);
        return;
    }
    if (m_reader.isRunning()) {
        // Stopped where it is; this search starts once it has ended.
        m_searchAgain = true;
        m_reader.interrupt();
        return;
    }
    start(typed, query);
}

void ProjectSearchPanel::start(const QString &typed, const QString &query)
{
    const quint64 asked = m_searches;
    m_reader.start(
        m_database->path(),
        [query](ProjectDatabase &database) {
            auto found = std::make_shared<Found>();
            found->hits = database.searchArticles(query, ResultLimit, &found->error);
            if (!found->hits)
                return found;
            // Counting costs a second pass over the index: only when the list is full.
            found->count = found->hits->size() < ResultLimit
                ? std::optional<qint64>(found->hits->size())
                : database.countArticlesMatching(query, &found->error);
            for (const ProjectDatabase::SearchHit &hit : std::as_const(*found->hits)) {
                const std::optional<ArticleSummary> summary =
                    database.articleSummary(hit.articleId);
                found->dates.append(summary ? summary->date : QString());
            }
            return found;
        },
        [this, asked, typed, query](std::shared_ptr<Found> found, qint64, const QString &error) {
            if (m_searchAgain) {
                m_searchAgain = false;
                search();
                return;
            }
            if (asked != m_searches)
                return; // the project was closed or another search asked for
            Found shown = found ? std::move(*found) : Found();
            if (!found)
                shown.error = error;
            show(shown, typed, query);
        },
        QStringLiteral("project search"));
}

void ProjectSearchPanel::show(const Found &found, const QString &typed, const QString &query)
{
    m_model->setResults({});
    m_shownQuery.clear();
    if (!found.hits || !found.count) {
        showMessage(tr("Cannot search for “%1”: %2").arg(typed, found.error), true);
        return;
    }
    QVector<SearchResultModel::Result> results;
    results.reserve(found.hits->size());
    for (qsizetype i = 0; i < found.hits->size(); ++i) {
        const ProjectDatabase::SearchHit &hit = found.hits->at(i);
        results.append({ hit.articleId, hit.title, found.dates.value(i), hit.snippet });
    }
    m_model->setResults(std::move(results));
    m_shownQuery = query;
    const qint64 count = *found.count;
    const QLocale locale;
    if (count == 0)
        showMessage(tr("No article matches “%1”.").arg(typed), false);
    else if (count > m_model->rowCount())
        showMessage(tr("%1 articles match; showing the best %2.")
                        .arg(locale.toString(count), locale.toString(m_model->rowCount())),
                    false);
    else
        showMessage(tr("%n article(s) match.", nullptr, int(count)), false);
    if (m_model->rowCount() > 0)
        m_results->setCurrentIndex(m_model->index(0));
}

void ProjectSearchPanel::openResult(const QModelIndex &index)
{
    if (!index.isValid() || m_shownQuery.isEmpty())
        return;
    emit articleOpened(index.data(SearchResultModel::ArticleIdRole).toLongLong(), m_shownQuery);
}

void ProjectSearchPanel::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText,
                     problem ? QColor(0xb0, 0x20, 0x20)
                             : this->palette().color(QPalette::WindowText));
    m_message->setPalette(palette);
}

bool ProjectSearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            // Enter searches; pressed again on the same query, it opens the
            // current result.
            if (m_stale || m_shownQuery.isEmpty())
                search();
            else if (!searching()) // not a result of the query before
                openResult(m_results->currentIndex());
            return true;
        }
        if (key->key() == Qt::Key_Down && m_model->rowCount() > 0) {
            m_results->setFocus(Qt::TabFocusReason);
            if (!m_results->currentIndex().isValid())
                m_results->setCurrentIndex(m_model->index(0));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Marginalia
