// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articletableimporter.h"
#include "textfileimporter.h"

#include <QMetaType>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <atomic>

class QProgressDialog;
class QPushButton;
class QThread;
class QTimer;
class QWidget;

namespace Marginalia {

class ImportProblemsDialog;
class ProjectDatabase;

/// Imports files into a project on a thread of its own, so the window stays
/// responsive, with a cancellable progress dialog and, when files were left
/// out, a report the user can copy.
///
/// The worker opens its own connection to the project: ProjectDatabase is not
/// thread-safe, and WAL lets the window's connection keep reading meanwhile.
/// One import at a time; destroying the runner cancels a running import and
/// waits for it to be undone.
class ImportRunner : public QObject
{
    Q_OBJECT
public:
    ImportRunner(const QString &projectPath, QWidget *parentWindow);
    ~ImportRunner() override;

    void setOptions(const TextFileImporter::Options &options) { m_options = options; }
    /// Whether to open an ImportProblemsDialog after an import that left
    /// files out or failed; on by default.
    void setShowsProblems(bool show) { m_showsProblems = show; }

    /// Starts importing \a paths (files and folders) and returns at once;
    /// false if an import is already running.
    bool start(const QStringList &paths);
    /// Starts importing the articles of a CSV or JSONL table.
    bool startTable(const QString &path, const ArticleTableImporter::Options &options);
    /// Starts importing a brat standoff folder; its report lists the
    /// articles stored and those that received annotations.
    bool startBrat(const QString &folder);
    /// Starts importing annotations and quotes from one of our CSV or JSONL
    /// exports into the project's articles (matched by text hash).
    bool startAnnotations(const QString &path);
    bool isRunning() const { return m_thread != nullptr; }
    /// Asks the running import to stop; it then removes what it had stored
    /// and finished() reports it as cancelled. Safe to call at any time.
    void cancel();

    QString projectPath() const { return m_projectPath; }
    /// For tests and for windows that want to lay it out themselves.
    QProgressDialog *progressDialog() const;
    /// The report dialog of the last import, while it is open.
    ImportProblemsDialog *problemsDialog() const;

signals:
    /// On the UI thread, at most once per event loop pass however fast files go by.
    void progressed(qsizetype filesDone, qsizetype filesTotal);
    /// On the UI thread, once the worker is done and its connection closed,
    /// so the window can re-read the project and see the new articles.
    void finished(const Marginalia::TextFileImporter::Report &report);

private:
    /// What the worker runs on its own connection; it reports progress
    /// through the callback, which returns false to cancel.
    using Job = std::function<TextFileImporter::Report(ProjectDatabase &,
                                                       const TextFileImporter::ProgressCallback &)>;
    /// How progress counts: files (done of total), or per mille of a file.
    enum class Unit { Files, Permille };
    bool startJob(Job job, Unit unit);
    void showProgress();
    void finish(const TextFileImporter::Report &report);

    QString m_projectPath;
    QWidget *m_parentWindow = nullptr;
    TextFileImporter::Options m_options;
    bool m_showsProblems = true;
    QThread *m_thread = nullptr;
    // The window owns the dialog as a child widget; it may be gone first.
    QPointer<QProgressDialog> m_progress;
    QTimer *m_showTimer = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPointer<ImportProblemsDialog> m_problems;
    Unit m_unit = Unit::Files;

    std::atomic<bool> m_cancelRequested { false };
    // The worker keeps only the latest progress here and posts an update
    // only when the previous one has been shown: a fast import of 100,000
    // small files must not queue 100,000 events for the UI thread.
    std::atomic<bool> m_progressPosted { false };
    QMutex m_progressMutex;
    TextFileImporter::Progress m_latestProgress;
};

} // namespace Marginalia

Q_DECLARE_METATYPE(Marginalia::TextFileImporter::Report)
