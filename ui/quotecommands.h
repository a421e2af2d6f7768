// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"
#include "longundocommand.h"
#include "quotedetection.h"

#include <QUndoCommand>
#include <QVector>

namespace Marginalia {

class ProjectSession;

/// Marks a span as a quote by hand.
class AddQuoteCommand : public QUndoCommand
{
public:
    AddQuoteCommand(ProjectSession *session, const NewQuote &quote);
    void redo() override;
    void undo() override;

private:
    ProjectSession *m_session;
    NewQuote m_request;
    Quote m_quote;
};

class RemoveQuoteCommand : public QUndoCommand
{
public:
    RemoveQuoteCommand(ProjectSession *session, const Quote &quote);
    void redo() override;
    void undo() override;

private:
    ProjectSession *m_session;
    Quote m_quote;
};

/// A hand edit of one quote (its speaker, most often); it becomes hand-made.
class ChangeQuoteCommand : public QUndoCommand
{
public:
    ChangeQuoteCommand(ProjectSession *session, const Quote &before, const Quote &after,
                       const QString &text);
    void redo() override;
    void undo() override;

private:
    ProjectSession *m_session;
    Quote m_before;
    Quote m_after;
};

/// Runs detection on one article; undo puts its quotes back as they were.
class RedetectQuotesCommand : public QUndoCommand
{
public:
    RedetectQuotesCommand(ProjectSession *session, qint64 articleId);
    void redo() override;
    void undo() override;

private:
    ProjectSession *m_session;
    qint64 m_articleId;
    QVector<Quote> m_before;
    QVector<Quote> m_after;
    bool m_detected = false;
};

/// A detection run over the project that another connection already
/// stored (QuoteDetectionRunner): the first redo does nothing; undo puts the
/// changed articles' quotes back, redo puts the detected ones, each in one
/// commit; those of many articles on a thread (LongUndoCommand).
class RedetectAllQuotesCommand : public QUndoCommand, public LongUndoCommand
{
public:
    RedetectAllQuotesCommand(ProjectSession *session,
                             const QVector<QuoteDetection::Change> &changes, const QString &text);
    void redo() override;
    void undo() override;

    /// Above this many articles changed.
    static constexpr qsizetype LongAbove = 100;
    bool isLong() const override { return m_before.size() > LongAbove; }
    FileWork fileWork(bool redo) const override;
    void markStored() override { m_announceOnly = true; }

private:
    ProjectSession *m_session;
    QVector<std::pair<qint64, QVector<Quote>>> m_before;
    QVector<std::pair<qint64, QVector<Quote>>> m_after;
    bool m_stored = true; ///< the file holds m_after
    bool m_announceOnly = false; ///< the next undo or redo finds the file changed already
};

} // namespace Marginalia
