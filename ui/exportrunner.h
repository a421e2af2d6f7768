// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportjob.h"

#include <QObject>
#include <QStringList>

#include <atomic>

class QThread;

namespace Marginalia {

/// Runs one export on a thread of its own, with its own connection to the
/// project (ProjectDatabase is not thread-safe; WAL lets the window keep
/// reading meanwhile), reporting progress and the outcome on the UI thread.
/// Destroying the runner cancels a running export and waits for it; a
/// cancelled export leaves no file behind (ExportJob).
class ExportRunner : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        QString error;
        QStringList warnings;
        QString summary; ///< what was written, "1,234 rows"
        QString destination;
    };

    explicit ExportRunner(const QString &projectPath, QObject *parent = nullptr);
    ~ExportRunner() override;

    /// Starts writing \a destination and returns at once; false if an export
    /// is already running.
    bool start(const ExportJob::Settings &settings, const QString &destination);
    bool isRunning() const { return m_thread != nullptr; }
    /// Asks the running export to stop; finished() then reports it cancelled.
    void cancel();

signals:
    /// On the UI thread, at most once per event loop pass.
    void progressed(qint64 articlesDone, qint64 articlesTotal);
    /// On the UI thread, once the worker and its connection are gone.
    void finished(const Marginalia::ExportRunner::Result &result);

private:
    void showProgress();
    void finish(const Result &result);

    QString m_projectPath;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancelRequested { false };
    std::atomic<bool> m_progressPosted { false };
    std::atomic<qint64> m_done { 0 };
    std::atomic<qint64> m_total { 0 };
};

} // namespace Marginalia
