// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <optional>

class QPlainTextEdit;

namespace Marginalia {

/// The note on an annotation: wrapped lines, Tab moves to the buttons (a
/// note holds no tabs), Ctrl+Enter confirms as in other multi-line dialogs
/// of desktop applications; Esc cancels.
class NoteDialog : public QDialog
{
    Q_OBJECT
public:
    NoteDialog(const QString &prompt, const QString &note, QWidget *parent = nullptr);

    QString note() const;
    /// Shows the dialog; the new note when confirmed, otherwise nothing.
    static std::optional<QString> ask(QWidget *parent, const QString &prompt, const QString &note);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPlainTextEdit *m_edit;
};

} // namespace Marginalia
