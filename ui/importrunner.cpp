// SPDX-License-Identifier: GPL-3.0-or-later
#include "importrunner.h"

#include "annotationfileimporter.h"
#include "bratimporter.h"
#include "importproblemsdialog.h"
#include "projectdatabase.h"

#include <QDir>
#include <QFontMetrics>
#include <QMutexLocker>
#include <QProgressDialog>
#include <QPushButton>
#include <QThread>
#include <QTimer>

#include <limits>

namespace Marginalia {

namespace {

constexpr int ShowProgressAfterMs = 300;

/// Stays on screen after Cancel, Escape or the close button until the worker
/// has removed what it stored: the window must not be used (or the project
/// closed) while that is still going on.
class ImportProgressDialog : public QProgressDialog
{
public:
    using QProgressDialog::QProgressDialog;

    void reject() override { emit canceled(); }
};

} // namespace

ImportRunner::ImportRunner(const QString &projectPath, QWidget *parentWindow)
    : QObject(parentWindow)
    , m_projectPath(projectPath)
    , m_parentWindow(parentWindow)
{
    m_progress = new ImportProgressDialog(parentWindow);
    m_progress->setWindowTitle(tr("Import"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    // We show the dialog ourselves, below; its own timing would have it pop
    // up on a stale estimate, and a freshly made one may show itself unasked.
    m_progress->setMinimumDuration(std::numeric_limits<int>::max());
    m_progress->reset();
    m_progress->hide();
    m_cancelButton = new QPushButton(tr("Cancel"), m_progress);
    m_progress->setCancelButton(m_cancelButton);
    // QProgressDialog hides itself on canceled(); we hide it when the
    // worker is done instead (see ImportProgressDialog).
    disconnect(m_progress, &QProgressDialog::canceled, m_progress, nullptr);
    connect(m_progress, &QProgressDialog::canceled, this, &ImportRunner::cancel);

    // Tiny imports finish before this and never flash a dialog.
    m_showTimer = new QTimer(this);
    m_showTimer->setSingleShot(true);
    m_showTimer->setInterval(ShowProgressAfterMs);
    connect(m_showTimer, &QTimer::timeout, m_progress, &QWidget::show);

    // A long path must not make the dialog grow file after file.
    const QFontMetrics metrics(m_progress->font());
    m_progress->setMinimumWidth(metrics.averageCharWidth() * 70);
}

ImportRunner::~ImportRunner()
{
    if (m_thread) {
        m_cancelRequested = true;
        m_thread->wait();
        delete m_thread;
    }
    delete m_progress;
}

bool ImportRunner::start(const QStringList &paths)
{
    return startJob(
        [paths, options = m_options](ProjectDatabase &database,
                                     const TextFileImporter::ProgressCallback &progress) {
            return TextFileImporter(database, options).importPaths(paths, progress);
        },
        Unit::Files);
}

bool ImportRunner::startTable(const QString &path, const ArticleTableImporter::Options &options)
{
    return startJob(
        [path, options](ProjectDatabase &database,
                        const TextFileImporter::ProgressCallback &progress) {
            return ArticleTableImporter(database, options)
                .importFile(path, [&progress, &path](const ArticleTableImporter::Progress &p) {
                    TextFileImporter::Progress state;
                    state.filesDone = p.permille;
                    state.filesTotal = 1000;
                    state.currentPath = path;
                    return progress(state);
                });
        },
        Unit::Permille);
}

bool ImportRunner::startBrat(const QString &folder)
{
    return startJob(
        [folder](ProjectDatabase &database, const TextFileImporter::ProgressCallback &progress) {
            const BratImporter::Report brat =
                BratImporter(database).importFolder(folder, [&](const BratImporter::Progress &p) {
                    TextFileImporter::Progress state;
                    state.filesDone = p.documentsDone;
                    state.filesTotal = p.documentsTotal;
                    state.currentPath = p.currentPath;
                    return progress(state);
                });
            TextFileImporter::Report report;
            report.importedIds = brat.importedIds + brat.matchedIds;
            report.annotations = brat.annotations;
            report.problems = brat.problems;
            report.cancelled = brat.cancelled;
            report.error = brat.error;
            return report;
        },
        Unit::Files);
}

bool ImportRunner::startAnnotations(const QString &path)
{
    return startJob(
        [path](ProjectDatabase &database, const TextFileImporter::ProgressCallback &progress) {
            TextFileImporter::Progress state;
            state.filesTotal = 1000;
            state.currentPath = path;
            // One transaction, stored in parts as the file is read: a cancel
            // rolls it all back.
            const AnnotationFileImporter::Report file = AnnotationFileImporter(database).importFile(
                path, [&progress, &state](const AnnotationFileImporter::Progress &p) {
                    state.filesDone = p.permille;
                    return progress(state);
                });
            TextFileImporter::Report report;
            report.annotations = file.annotations + file.quotes;
            report.problems = file.problems;
            report.error = file.error;
            report.cancelled = file.cancelled;
            return report;
        },
        Unit::Permille);
}

bool ImportRunner::startJob(Job job, Unit unit)
{
    if (m_thread)
        return false;
    m_unit = unit;
    m_cancelRequested = false;
    m_progressPosted = false;
    m_cancelButton->setEnabled(true);
    m_progress->setLabelText(tr("Importing…"));
    m_progress->setRange(0, 0); // busy until the files are counted

    m_thread = QThread::create([this, path = m_projectPath, job = std::move(job)] {
        TextFileImporter::Report report;
        {
            ProjectDatabase::OpenResult opened = ProjectDatabase::open(path);
            if (!opened.database) {
                report.error = opened.error;
            } else {
                opened.database->leaveCheckpointToMainConnection();
                report = job(*opened.database, [this](const TextFileImporter::Progress &p) {
                    {
                        QMutexLocker locker(&m_progressMutex);
                        m_latestProgress = p;
                    }
                    if (!m_progressPosted.exchange(true))
                        QMetaObject::invokeMethod(this, &ImportRunner::showProgress,
                                                  Qt::QueuedConnection);
                    return !m_cancelRequested.load();
                });
            }
        } // the connection closes here, before the window hears of the result
        QMetaObject::invokeMethod(
            this, [this, report] { finish(report); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("import"));
    m_thread->start();

    m_showTimer->start();
    return true;
}

QProgressDialog *ImportRunner::progressDialog() const
{
    return m_progress;
}

ImportProblemsDialog *ImportRunner::problemsDialog() const
{
    return m_problems;
}

void ImportRunner::cancel()
{
    if (!m_thread || m_cancelRequested.exchange(true))
        return;
    m_cancelButton->setEnabled(false);
    m_progress->setLabelText(tr("Cancelling; removing the articles this import stored…"));
}

void ImportRunner::showProgress()
{
    // Cleared before reading, so a file finished meanwhile posts again.
    m_progressPosted = false;
    if (!m_thread)
        return;
    TextFileImporter::Progress progress;
    {
        QMutexLocker locker(&m_progressMutex);
        progress = m_latestProgress;
    }
    const QPointer<ImportRunner> alive(this);
    emit progressed(progress.filesDone, progress.filesTotal);
    // A slot may have deleted us, or run an event loop in which the import finished.
    if (!alive || !m_thread)
        return;

    if (!m_cancelRequested) {
        const QFontMetrics metrics(m_progress->font());
        const QString file = metrics.elidedText(QDir::toNativeSeparators(progress.currentPath),
                                                Qt::ElideLeft, metrics.averageCharWidth() * 60);
        m_progress->setLabelText(
            (m_unit == Unit::Permille
                 ? tr("Importing… %L1%").arg(progress.filesDone / 10)
                 : tr("Importing… %L1 of %Ln file(s)", nullptr, int(progress.filesTotal))
                       .arg(progress.filesDone))
            + QLatin1Char('\n') + file);
    }
    m_progress->setRange(0, int(progress.filesTotal));
    // Last: a window-modal QProgressDialog may process events in setValue(),
    // so finish() could run inside this call.
    m_progress->setValue(int(progress.filesDone));
}

void ImportRunner::finish(const TextFileImporter::Report &report)
{
    if (m_thread) {
        m_thread->wait(); // only the end of the thread function is left
        delete m_thread;
        m_thread = nullptr;
    }
    m_cancelRequested = false;
    m_cancelButton->setEnabled(true);
    m_showTimer->stop();
    m_progress->reset();
    m_progress->hide();

    const QPointer<ImportRunner> alive(this);
    emit finished(report);
    if (!alive)
        return; // a slot deleted us; it also gave up the report dialog

    const bool worthShowing =
        !report.error.isEmpty() || (!report.cancelled && !report.problems.isEmpty());
    if (m_showsProblems && worthShowing) {
        if (m_problems)
            m_problems->close();
        auto *dialog = new ImportProblemsDialog(report, m_parentWindow);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_problems = dialog;
        dialog->open();
    }
}

} // namespace Marginalia
