// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagallrunner.h"

#include "projectdatabase.h"
#include "projectsession.h"

#include <QElapsedTimer>
#include <QProgressDialog>
#include <QThread>
#include <QWidget>

#include <climits>

namespace Marginalia {

TagAllRunner::TagAllRunner(QWidget *window)
    : QObject(window)
    , m_window(window)
{
}

TagAllRunner::~TagAllRunner()
{
    m_cancelled = true;
    waitForThread();
}

void TagAllRunner::start(ProjectSession *session, const OccurrenceTagger::Request &request)
{
    Q_ASSERT(!isRunning());
    m_session = session;
    m_request = request;
    m_cancelled = false;

    if (!m_dialog) {
        m_dialog = new QProgressDialog(m_window);
        // Shown at once, not after a delay: until it is, the window would
        // take edits that the plan, read from a snapshot, does not see.
        m_dialog->setWindowModality(Qt::WindowModal);
        m_dialog->setMinimumDuration(0);
        m_dialog->setAutoReset(false);
        m_dialog->setAutoClose(false);
        connect(m_dialog, &QProgressDialog::canceled, this, &TagAllRunner::cancel);
        connect(this, &TagAllRunner::progress, m_dialog, [this](qint64 done, qint64 total) {
            m_dialog->setMaximum(int(qMin<qint64>(total, INT_MAX)));
            m_dialog->setValue(int(qMin<qint64>(done, INT_MAX)));
        });
    }
    m_dialog->setLabelText(
        tr("Looking for \"%1\" in every article…").arg(request.text.simplified()));
    m_dialog->setRange(0, 0);
    m_dialog->reset();
    m_dialog->show();

    const QString path = session->path();
    m_thread.reset(QThread::create([this, path, request] {
        std::shared_ptr<OccurrenceTagger::Plan> plan;
        QString error;
        {
            ProjectDatabase::OpenResult opened = ProjectDatabase::open(path);
            if (opened.database) {
                opened.database->leaveCheckpointToMainConnection();
                opened.database->stopWhenSet(&m_cancelled);
                OccurrenceTagger tagger(*opened.database);
                QElapsedTimer sinceReport;
                sinceReport.start();
                tagger.setProgress([this, &sinceReport](qint64 done, qint64 total) {
                    if (sinceReport.elapsed() >= 50) {
                        sinceReport.restart();
                        QMetaObject::invokeMethod(
                            this, [this, done, total] { emit progress(done, total); },
                            Qt::QueuedConnection);
                    }
                    return !m_cancelled.load();
                });
                std::optional<OccurrenceTagger::Plan> made = tagger.plan(request, &error);
                if (made)
                    plan = std::make_shared<OccurrenceTagger::Plan>(std::move(*made));
            } else {
                error = opened.error;
            }
        } // closed before the window hears of it
        QMetaObject::invokeMethod(
            this, [this, plan, error] { finish(plan, error); }, Qt::QueuedConnection);
    }));
    m_thread->setObjectName(QStringLiteral("tag all"));
    m_thread->start();
}

void TagAllRunner::cancel()
{
    if (!isRunning())
        return;
    m_cancelled = true;
    waitForThread();
    if (m_dialog)
        m_dialog->hide();
    emit cancelled();
}

void TagAllRunner::waitForThread()
{
    if (m_thread) {
        m_thread->wait();
        m_thread.reset();
    }
}

void TagAllRunner::finish(std::shared_ptr<OccurrenceTagger::Plan> plan, const QString &error)
{
    if (!isRunning())
        return; // cancelled meanwhile: the plan is dropped
    waitForThread();
    if (m_dialog)
        m_dialog->hide();
    if (m_cancelled || !m_session)
        return;
    if (!plan) {
        emit failed(error);
        return;
    }
    // The dialog kept the analyst from editing while the plan was made on
    // a snapshot, so what it found is still untagged.
    emit tagged(m_session->applyTagAllPlan(*plan, m_request.text, m_request.labelName),
                m_request.text);
}

} // namespace Marginalia
