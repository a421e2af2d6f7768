// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agreementreport.h"
#include "projectreadthread.h"

#include <QDialog>

#include <atomic>
#include <memory>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace Marginalia {

class ProjectSession;

/// Team ▸ Agreement: the coders and labels to compare, then the figures of
/// `marginalia-cli agreement` as a table, exportable as CSV. The figures
/// are computed on a thread, from a connection of its own, so the dialog
/// stays responsive on a large project.
class AgreementDialog : public QDialog
{
    Q_OBJECT
public:
    AgreementDialog(ProjectSession &session, QWidget *parent = nullptr);
    /// Stops figures under way at the next article before the thread is waited for.
    ~AgreementDialog() override;

    /// The figures shown, once computed.
    const std::optional<AgreementReport> &report() const { return m_report; }
    /// Ticks exactly these coders (tests; the dialog starts with all).
    void chooseCoders(const QStringList &coders);
    /// Computes with the coders and labels ticked.
    void compute();
    /// Writes the figures shown as CSV to \a path; false with a message box
    /// when it cannot.
    bool exportCsv(const QString &path);

    void reject() override;

signals:
    /// The figures, or an error, have arrived.
    void computed();

private:
    struct Outcome
    {
        std::optional<AgreementReport> report;
        QString error;
    };
    void showReport();
    void updateButtons();
    void chooseExportFile();
    static QStringList ticked(const QListWidget *list);

    ProjectSession &m_session;
    QListWidget *m_coders;
    QListWidget *m_labels;
    QPushButton *m_compute;
    QPushButton *m_export;
    QLabel *m_summary;
    QTableWidget *m_table;
    QLabel *m_speakers;
    std::optional<AgreementReport> m_report;
    /// Set when the dialog closes: the study, polled between articles, stops.
    std::shared_ptr<std::atomic<bool>> m_stop = std::make_shared<std::atomic<bool>>(false);
    ProjectReadThread<Outcome> m_read { this }; ///< last: destroyed first
};

} // namespace Marginalia
