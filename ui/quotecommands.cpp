// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotecommands.h"

#include "projectdatabase.h"
#include "projectsession.h"

#include <QCoreApplication>

#include <utility>

namespace Marginalia {

AddQuoteCommand::AddQuoteCommand(ProjectSession *session, const NewQuote &quote)
    : m_session(session)
    , m_request(quote)
{
    setText(QCoreApplication::translate("QuoteCommands", "Mark as Quote"));
}

void AddQuoteCommand::redo()
{
    if (m_quote.id == 0) {
        const std::optional<Quote> added = m_session->applyAddQuote(m_request);
        if (!added) {
            setObsolete(true);
            return;
        }
        m_quote = *added;
    } else if (!m_session->applyRestoreQuote(m_quote)) {
        setObsolete(true);
    }
}

void AddQuoteCommand::undo()
{
    m_session->applyRemoveQuote(m_quote);
}

RemoveQuoteCommand::RemoveQuoteCommand(ProjectSession *session, const Quote &quote)
    : m_session(session)
    , m_quote(quote)
{
    setText(QCoreApplication::translate("QuoteCommands", "Delete Quote"));
}

void RemoveQuoteCommand::redo()
{
    if (!m_session->applyRemoveQuote(m_quote))
        setObsolete(true);
}

void RemoveQuoteCommand::undo()
{
    m_session->applyRestoreQuote(m_quote);
}

ChangeQuoteCommand::ChangeQuoteCommand(ProjectSession *session, const Quote &before,
                                       const Quote &after, const QString &text)
    : m_session(session)
    , m_before(before)
    , m_after(after)
{
    m_after.manual = true;
    setText(text);
}

void ChangeQuoteCommand::redo()
{
    if (!m_session->applyUpdateQuote(m_after))
        setObsolete(true);
}

void ChangeQuoteCommand::undo()
{
    m_session->applySetQuote(m_before);
}

RedetectQuotesCommand::RedetectQuotesCommand(ProjectSession *session, qint64 articleId)
    : m_session(session)
    , m_articleId(articleId)
{
    setText(QCoreApplication::translate("QuoteCommands", "Detect Quotes"));
}

void RedetectQuotesCommand::redo()
{
    if (!m_detected) {
        m_before = m_session->database().quotes(m_articleId);
        if (!m_session->applyRedetect(m_articleId)) {
            setObsolete(true);
            return;
        }
        m_after = m_session->database().quotes(m_articleId);
        m_detected = true;
        return;
    }
    m_session->applySetQuotes(m_articleId, m_after);
}

void RedetectQuotesCommand::undo()
{
    m_session->applySetQuotes(m_articleId, m_before);
}

RedetectAllQuotesCommand::RedetectAllQuotesCommand(ProjectSession *session,
                                                   const QVector<QuoteDetection::Change> &changes,
                                                   const QString &text)
    : m_session(session)
{
    setText(text);
    m_before.reserve(changes.size());
    m_after.reserve(changes.size());
    for (const QuoteDetection::Change &change : changes) {
        m_before.append({ change.articleId, change.before });
        m_after.append({ change.articleId, change.after });
    }
}

void RedetectAllQuotesCommand::redo()
{
    const bool announceOnly = std::exchange(m_announceOnly, false);
    if (m_stored)
        return; // pushed after the run stored it
    if (announceOnly) {
        m_session->announceQuotesOfArticles(m_after);
        m_stored = true;
        return;
    }
    m_stored = m_session->applySetQuotesOfArticles(m_after);
}

void RedetectAllQuotesCommand::undo()
{
    if (std::exchange(m_announceOnly, false)) {
        m_session->announceQuotesOfArticles(m_before);
        m_stored = false;
        return;
    }
    if (m_session->applySetQuotesOfArticles(m_before))
        m_stored = false;
}

LongUndoCommand::FileWork RedetectAllQuotesCommand::fileWork(bool redo) const
{
    const QVector<std::pair<qint64, QVector<Quote>>> articles = redo ? m_after : m_before;
    return [articles](ProjectDatabase &database, QString *error) {
        return database.setQuotesOfArticles(articles, error);
    };
}

} // namespace Marginalia
