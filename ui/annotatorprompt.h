// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

namespace Marginalia {

/// The question of the first start: the name recorded on every annotation
/// (the login name is empty on some systems, and rarely what a team's
/// agreement table should show). Asked until a name is given; Edit ▸
/// Preferences changes it later.
class AnnotatorPrompt : public QDialog
{
    Q_OBJECT
public:
    explicit AnnotatorPrompt(QWidget *parent = nullptr);

    QString name() const;

    /// Asks when no name was chosen yet and keeps the answer; true when a
    /// name is now chosen.
    static bool askOnce(QWidget *parent);

private:
    QLineEdit *m_name;
    QDialogButtonBox *m_buttons;
};

} // namespace Marginalia
