// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportjob.h"
#include "label.h"

#include <QDialog>
#include <QVector>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace Marginalia {

class ExportRunner;

/// File ▸ Export…: the format, where to write it, which articles (all, the
/// ones selected in the list, or by status and date range), which labels,
/// and the CSV options (BOM, Excel-safe, delimiter). It remembers its last
/// choices, runs the export on a worker thread (ExportRunner) with progress
/// and cancel, and shows what was written and any warnings.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(const QString &projectPath, const QVector<Label> &labels,
                 const QVector<qint64> &selectedArticles, QWidget *parent = nullptr);
    ~ExportDialog() override;

    /// Comma, semicolon and tab, each with its character as data; the
    /// Preferences offer the same choice.
    static void addDelimiterChoices(QComboBox *box);

    /// The export the dialog's choices describe.
    ExportJob::Settings settings() const;
    QString destination() const;
    bool isExporting() const;

    /// Starts the export with the current choices; false (with the reason
    /// shown) when they are incomplete.
    bool startExport();

    QString report() const;

    void reject() override;

signals:
    /// After each export, with whether it wrote its file or folder.
    void exportFinished(bool ok);

private:
    void chooseDestination();
    /// Whether \a path may be written: asks before replacing a file (unless
    /// the file dialog just asked) or writing into a folder that holds files.
    bool mayReplace(const QString &path);
    QString defaultDestination(const QString &folder) const;
    void formatChanged();
    void updateEnabled();
    void restoreChoices();
    void saveChoices() const;
    void showProgress(qint64 done, qint64 total);
    void finishExport(bool ok, bool cancelled, const QString &error, const QStringList &warnings,
                      const QString &summary, const QString &destination);
    ExportFormat format() const;

    QString m_projectPath;
    QString m_confirmedPath; ///< a file the file dialog asked about replacing
    QVector<Label> m_labels;
    QVector<qint64> m_selectedArticles;
    ExportRunner *m_runner = nullptr;

    QComboBox *m_format;
    QLineEdit *m_destination;
    QPushButton *m_browse;
    QGroupBox *m_articlesBox;
    QRadioButton *m_allArticles;
    QRadioButton *m_selectedOnly;
    QRadioButton *m_filtered;
    QCheckBox *m_todo;
    QCheckBox *m_inProgress;
    QCheckBox *m_done;
    QLineEdit *m_from;
    QLineEdit *m_to;
    QGroupBox *m_labelsBox;
    QListWidget *m_labelList;
    QGroupBox *m_csvBox;
    QCheckBox *m_bom;
    QCheckBox *m_excelSafe;
    QComboBox *m_delimiter;
    QProgressBar *m_progress;
    QPlainTextEdit *m_report;
    QDialogButtonBox *m_buttons;
    QPushButton *m_exportButton;
    QPushButton *m_closeButton;
};

} // namespace Marginalia
