// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "textfileimporter.h"

#include <QDialog>
#include <QStringList>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Marginalia {

/// What an import left out and why, one line per file exactly as the command
/// line prints it, so users can paste the list into a ticket or a script.
class ImportProblemsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportProblemsDialog(const TextFileImporter::Report &report,
                                  QWidget *parent = nullptr);

    /// "12 articles imported; 2 files rejected; 1 duplicate skipped".
    static QString summaryFor(const TextFileImporter::Report &report);
    /// The failure of the import as a whole, or an empty string.
    static QString errorFor(const TextFileImporter::Report &report);

    QString summary() const;
    /// The problem lines as listed (ImportProblem::toString()).
    QStringList lines() const { return m_lines; }
    /// Puts the error line, if any, and every problem line on the clipboard.
    void copyToClipboard();

private:
    QStringList m_lines;
    QString m_error;
    QLabel *m_summary = nullptr;
    QPlainTextEdit *m_list = nullptr;
    QPushButton *m_copyButton = nullptr;
};

} // namespace Marginalia
