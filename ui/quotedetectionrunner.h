// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "quotedetection.h"

#include <QMutex>
#include <QObject>
#include <QPointer>

class QWidget;

namespace Marginalia {

class ModalProgressRun;
class ProjectSession;

/// Detect Quotes in All Articles: every article is read and detected again
/// on a thread from a connection of its own (minutes at 100,000 articles),
/// each in a transaction of its own, while a window-modal progress dialog
/// with Stop keeps the window drawn and edits out. Stop ends the run after
/// the article under way; what was done stays and, like a whole run, becomes
/// one undo step of the articles whose quotes changed.
class QuoteDetectionRunner : public QObject
{
    Q_OBJECT
public:
    /// \a window parents the progress dialog.
    explicit QuoteDetectionRunner(QWidget *window);
    ~QuoteDetectionRunner() override;

    bool isRunning() const;
    /// Detects quotes again in every article of \a session's project;
    /// finished() follows. One at a time.
    void start(ProjectSession *session);
    /// Stops after the article under way and waits for the thread.
    void cancel();

signals:
    /// The run ended, whole or stopped: \a done of \a total articles were
    /// gone through and \a changed of them got other quotes.
    void finished(qint64 done, qint64 total, qint64 changed, bool cancelled);
    /// The project could not be written (what was done before stays), or
    /// damaged articles were left as they were.
    void failed(const QString &message);

private:
    struct Outcome
    {
        QuoteDetection::Run run;
        QStringList damaged;
        QString error;
    };
    /// On the thread.
    Outcome detect(const QString &path);
    void deliver();

    ModalProgressRun *m_run;
    QPointer<ProjectSession> m_session;
    QMutex m_outcomeLock; ///< guards m_outcome, written by the thread
    Outcome m_outcome;
};

} // namespace Marginalia
