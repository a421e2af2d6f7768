// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entity.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLineEdit;
class QTableView;

namespace Marginalia {

class EntityFilterModel;
class EntityListModel;
class EntityMentionsDialog;
class ProjectSession;

/// The project's entities: a filter box and a table (name, label, mentions,
/// articles, aliases, external id), with actions to add, edit, merge and
/// delete entities and to list an entity's mentions. Every edit goes
/// through the session: one undoable step, stored at once.
class EntitiesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit EntitiesPanel(QWidget *parent = nullptr);

    void setSession(ProjectSession *session);

    EntityListModel *model() const { return m_model; }
    EntityFilterModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QLineEdit *filter() const { return m_filter; }
    /// New, Edit, Merge, Delete, Show Mentions, for the window's menu.
    QList<QAction *> entityActions() const { return m_actions; }

    QVector<qint64> selectedEntities() const;
    void selectEntity(qint64 entityId);
    /// The mentions dialog last opened, while it is open.
    EntityMentionsDialog *mentionsDialog() const;

    void newEntity();
    void editEntity();
    void mergeEntities();
    void deleteEntities();
    void showMentions();

    /// The question asked before deleting these entities; tests answer it themselves.
    static QString deleteQuestion(const QVector<EntitySummary> &entities);

signals:
    /// The user picked a mention in the mentions dialog.
    void mentionActivated(qint64 articleId, qint64 annotationId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    /// The list is read while the panel shows (see EntityListModel::ensureLoaded).
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QAction *addAction(const QString &text, const QKeySequence &key, void (EntitiesPanel::*slot)());
    void updateActions();
    qint64 currentEntity() const;

    ProjectSession *m_session = nullptr;
    EntityListModel *m_model;
    bool m_viewing = false; ///< counted as a viewer of m_model
    qint64 m_pendingSelection = 0; ///< to select once the list is read
    EntityFilterModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_table;
    QList<QAction *> m_actions;
    QAction *m_new = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_merge = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_showMentions = nullptr;
    QPointer<EntityMentionsDialog> m_mentions;
};

} // namespace Marginalia
