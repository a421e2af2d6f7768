// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QListWidget;
class QPushButton;

namespace Marginalia {

class ProjectSession;

/// Edits the project's labels: add, rename, recolour, change hotkey,
/// delete. Every change is an undoable step, stored at once.
class LabelEditorDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LabelEditorDialog(ProjectSession *session, QWidget *parent = nullptr);

    /// The question asked before deleting; tests answer it themselves.
    static QString deleteQuestion(const QString &name, qint64 annotations);

private:
    void reload();
    qint64 currentLabelId() const;
    void addLabel();
    void renameLabel();
    void recolourLabel();
    void changeHotkey();
    void describeLabel();
    void deleteLabel();

    ProjectSession *m_session;
    QListWidget *m_list;
    QList<QPushButton *> m_needSelection;
};

} // namespace Marginalia
