// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitiespanel.h"

#include "entitydialog.h"
#include "entityfiltermodel.h"
#include "entitylistmodel.h"
#include "entitymentionsdialog.h"
#include "entitymergedialog.h"
#include "projectsession.h"

#include <QAction>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QTableView>
#include <QVBoxLayout>

namespace Marginalia {

EntitiesPanel::EntitiesPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new EntityListModel(this))
    , m_proxy(new EntityFilterModel(m_model, this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
{
    m_filter->setObjectName(QStringLiteral("entityFilter"));
    m_filter->setPlaceholderText(tr("Filter by name, alias or ID"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &EntityFilterModel::setFilterText);
    m_filter->installEventFilter(this);

    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_pendingSelection != 0 && m_model->isLoaded())
            selectEntity(m_pendingSelection);
    });

    m_table->setObjectName(QStringLiteral("entityTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(EntityListModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(EntityListModel::NameColumn, 160);
    for (const int column : { EntityListModel::LabelColumn, EntityListModel::MentionsColumn,
                              EntityListModel::ArticlesColumn })
        m_table->setColumnWidth(column, fontMetrics().horizontalAdvance(QStringLiteral("MMMMMM")));
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->installEventFilter(this);
    connect(m_table, &QTableView::doubleClicked, this, &EntitiesPanel::showMentions);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EntitiesPanel::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &EntitiesPanel::updateActions);

    // Keys work while the panel has focus; Delete, F2 and Enter are taken
    // before the window's shortcuts (see eventFilter).
    m_new = addAction(tr("&New Entity…"), QKeySequence(tr("Ins")), &EntitiesPanel::newEntity);
    m_edit = addAction(tr("&Edit Entity…"), QKeySequence(tr("F2")), &EntitiesPanel::editEntity);
    m_merge = addAction(tr("&Merge Entities…"), QKeySequence(tr("Ctrl+M")),
                        &EntitiesPanel::mergeEntities);
    m_delete = addAction(tr("&Delete Entity…"), QKeySequence(QKeySequence::Delete),
                         &EntitiesPanel::deleteEntities);
    m_showMentions = addAction(tr("&Show Mentions…"), QKeySequence(tr("Ctrl+Return")),
                               &EntitiesPanel::showMentions);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        QMenu menu(this);
        menu.addActions(m_actions);
        menu.exec(m_table->viewport()->mapToGlobal(at));
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    updateActions();
}

QAction *EntitiesPanel::addAction(const QString &text, const QKeySequence &key,
                                  void (EntitiesPanel::*slot)())
{
    auto *action = new QAction(text, this);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, slot);
    QWidget::addAction(action);
    m_actions.append(action);
    return action;
}

void EntitiesPanel::setSession(ProjectSession *session)
{
    if (m_mentions)
        m_mentions->close();
    m_session = session;
    m_model->setSession(session);
    updateActions();
}

void EntitiesPanel::showEvent(QShowEvent *event)
{
    if (!m_viewing) {
        m_viewing = true;
        m_model->addViewer();
    }
    QWidget::showEvent(event);
}

void EntitiesPanel::hideEvent(QHideEvent *event)
{
    if (m_viewing) {
        m_viewing = false;
        m_model->removeViewer();
    }
    QWidget::hideEvent(event);
}

void EntitiesPanel::updateActions()
{
    const bool open = m_session != nullptr;
    const qsizetype selected = open ? selectedEntities().size() : 0;
    m_new->setEnabled(open);
    m_edit->setEnabled(selected == 1);
    m_merge->setEnabled(selected == 1 || selected == 2);
    m_delete->setEnabled(selected > 0);
    m_showMentions->setEnabled(selected == 1);
}

QVector<qint64> EntitiesPanel::selectedEntities() const
{
    QVector<qint64> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        ids.append(row.data(EntityListModel::EntityIdRole).toLongLong());
    // The current row first: it is the one the user acted on last.
    const qint64 current = currentEntity();
    if (ids.contains(current)) {
        ids.removeOne(current);
        ids.prepend(current);
    }
    return ids;
}

qint64 EntitiesPanel::currentEntity() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(EntityListModel::EntityIdRole).toLongLong() : 0;
}

void EntitiesPanel::selectEntity(qint64 entityId)
{
    m_model->ensureLoaded();
    // A large list still being read: selected when it comes (see the
    // constructor), as after New Entity with the panel hidden.
    m_pendingSelection = m_model->isLoaded() ? 0 : entityId;
    const int row = m_model->rowForEntity(entityId);
    QModelIndex shown = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!shown.isValid() && row >= 0) {
        // Hidden by the filter: clear it rather than select nothing.
        m_filter->clear();
        shown = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    if (!shown.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(
        shown, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(shown);
}

void EntitiesPanel::newEntity()
{
    if (!m_session)
        return;
    Entity entity;
    const QVector<Label> labels = m_session->labels();
    if (labels.isEmpty())
        return;
    entity.labelId = labels.first().id;
    // What the filter holds is likely the name being looked for.
    entity.name = m_filter->text().trimmed();
    EntityDialog dialog(m_session, entity, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const qint64 id = m_session->addEntity(dialog.entity());
    if (id > 0)
        selectEntity(id);
}

void EntitiesPanel::editEntity()
{
    const QVector<qint64> ids = selectedEntities();
    if (!m_session || ids.size() != 1)
        return;
    const std::optional<Entity> before = m_session->database().entity(ids.first());
    if (!before)
        return;
    EntityDialog dialog(m_session, *before, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Entity after = dialog.entity();
    if (after.name == before->name && after.labelId == before->labelId
        && after.aliases == before->aliases && after.externalId == before->externalId)
        return;
    m_session->changeEntity(*before, after);
    selectEntity(after.id);
}

void EntitiesPanel::mergeEntities()
{
    const QVector<qint64> ids = selectedEntities();
    if (!m_session || ids.isEmpty() || ids.size() > 2)
        return;
    EntityMergeDialog dialog(m_model, ids.first(), ids.size() == 2 ? ids.at(1) : 0, this);
    if (dialog.exec() != QDialog::Accepted || dialog.keptId() == 0 || dialog.goneId() == 0)
        return;
    const qint64 kept = dialog.keptId();
    m_session->mergeEntities(kept, dialog.goneId());
    selectEntity(kept);
}

QString EntitiesPanel::deleteQuestion(const QVector<EntitySummary> &entities)
{
    qint64 mentions = 0;
    for (const EntitySummary &entity : entities)
        mentions += entity.mentions;
    const QString what = entities.size() == 1
        ? tr("Delete the entity “%1”?").arg(entities.first().entity.name)
        : tr("Delete %n entities?", nullptr, int(entities.size()));
    const QString consequence = mentions == 0
        ? (entities.size() == 1 ? tr("No mention is linked to it.")
                                : tr("No mention is linked to them."))
        : tr("%n mention(s) will stay, unlinked.", nullptr, int(mentions));
    return what + QLatin1Char(' ') + consequence + QLatin1Char(' ') + tr("You can undo this.");
}

void EntitiesPanel::deleteEntities()
{
    const QVector<qint64> ids = selectedEntities();
    if (!m_session || ids.isEmpty())
        return;
    QVector<EntitySummary> entities;
    for (const qint64 id : ids)
        entities.append(m_model->summary(m_model->rowForEntity(id)));
    if (QMessageBox::question(this, tr("Delete Entities"), deleteQuestion(entities),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    // The row below takes the selection, so Delete can be pressed again.
    const int below = m_table->currentIndex().row();
    m_session->removeEntities(ids);
    if (m_proxy->rowCount() > 0) {
        const QModelIndex next = m_proxy->index(qMin(below, m_proxy->rowCount() - 1), 0);
        m_table->selectionModel()->setCurrentIndex(
            next, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
}

EntityMentionsDialog *EntitiesPanel::mentionsDialog() const
{
    return m_mentions;
}

void EntitiesPanel::showMentions()
{
    const QVector<qint64> ids = selectedEntities();
    if (!m_session || ids.size() != 1)
        return;
    if (m_mentions)
        m_mentions->close();
    m_mentions = new EntityMentionsDialog(m_session, ids.first(), this);
    m_mentions->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_mentions, &EntityMentionsDialog::mentionActivated, this,
            &EntitiesPanel::mentionActivated);
    m_mentions->show();
    m_mentions->raise();
    m_mentions->activateWindow();
}

bool EntitiesPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_filter) {
        // Down from the filter goes to the list, as in a search field.
        if (event->type() == QEvent::KeyPress && key->key() == Qt::Key_Down
            && m_proxy->rowCount() > 0) {
            m_table->setFocus();
            if (!m_table->currentIndex().isValid())
                m_table->selectRow(0);
            return true;
        }
        return QWidget::eventFilter(watched, event);
    }
    if (watched != m_table)
        return QWidget::eventFilter(watched, event);
    QAction *action = nullptr;
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (key->matches(QKeySequence::Delete))
        action = m_delete;
    else if (key->key() == Qt::Key_F2 && key->modifiers() == Qt::NoModifier)
        action = m_edit;
    else if (enter && (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier)
        action = m_edit;
    else if (enter && (key->modifiers() & ~Qt::KeypadModifier) == Qt::ControlModifier)
        action = m_showMentions;
    if (!action)
        return QWidget::eventFilter(watched, event);
    // Accepting the override keeps the window's Delete (the annotation's)
    // from firing while the list has focus; the key then arrives here.
    event->accept();
    if (event->type() == QEvent::KeyPress && action->isEnabled())
        action->trigger();
    return true;
}

} // namespace Marginalia
