// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitymergedialog.h"

#include "entityfiltermodel.h"
#include "entitylistmodel.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Marginalia {

EntityMergeDialog::EntityMergeDialog(EntityListModel *entities, qint64 firstId, qint64 otherId,
                                     QWidget *parent)
    : QDialog(parent)
    , m_entities(entities)
    , m_first(firstId)
    , m_other(otherId)
    , m_keepFirst(new QRadioButton(this))
    , m_keepOther(new QRadioButton(this))
    , m_summary(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Merge Entities"));
    auto *layout = new QVBoxLayout(this);
    if (otherId == 0) {
        layout->addWidget(new QLabel(tr("Merge %1 with:").arg(describe(firstId)), this));
        m_filter = new QLineEdit(this);
        m_filter->setObjectName(QStringLiteral("filter"));
        m_filter->setPlaceholderText(tr("Filter by name, alias or ID"));
        m_filter->setClearButtonEnabled(true);
        m_proxy = new EntityFilterModel(entities, this);
        m_list = new QTableView(this);
        m_list->setModel(m_proxy);
        m_list->setSortingEnabled(true);
        m_list->sortByColumn(EntityListModel::NameColumn, Qt::AscendingOrder);
        m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_list->setSelectionMode(QAbstractItemView::SingleSelection);
        m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_list->verticalHeader()->hide();
        m_list->setWordWrap(false);
        for (const int column : { EntityListModel::ArticlesColumn, EntityListModel::AliasesColumn,
                                  EntityListModel::ExternalIdColumn })
            m_list->hideColumn(column);
        m_list->horizontalHeader()->setSectionResizeMode(EntityListModel::NameColumn,
                                                         QHeaderView::Stretch);
        connect(m_filter, &QLineEdit::textChanged, m_proxy, &EntityFilterModel::setFilterText);
        connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                [this](const QModelIndex &current) {
                    m_other = current.isValid()
                        ? current.data(EntityListModel::EntityIdRole).toLongLong()
                        : 0;
                    updateState();
                });
        layout->addWidget(m_filter);
        layout->addWidget(m_list, 1);
    }
    auto *choice = new QGroupBox(tr("Which one is kept?"), this);
    auto *choiceLayout = new QVBoxLayout(choice);
    m_keepFirst->setObjectName(QStringLiteral("keepFirst"));
    m_keepOther->setObjectName(QStringLiteral("keepOther"));
    choiceLayout->addWidget(m_keepFirst);
    choiceLayout->addWidget(m_keepOther);
    layout->addWidget(choice);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);
    m_merge = m_buttons->addButton(tr("&Merge"), QDialogButtonBox::AcceptRole);
    m_merge->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_keepFirst, &QRadioButton::toggled, this, &EntityMergeDialog::updateState);

    // Keep the one with more mentions unless the user says otherwise.
    const int firstRow = entities->rowForEntity(firstId);
    const int otherRow = entities->rowForEntity(otherId);
    const bool first = otherRow < 0 || firstRow < 0
        || entities->summary(firstRow).mentions >= entities->summary(otherRow).mentions;
    (first ? m_keepFirst : m_keepOther)->setChecked(true);
    updateState();
    if (m_filter)
        m_filter->setFocus();
    resize(480, otherId == 0 ? 480 : 240);
}

QString EntityMergeDialog::describe(qint64 entityId) const
{
    const int row = m_entities->rowForEntity(entityId);
    if (row < 0)
        return QString();
    const EntitySummary &s = m_entities->summary(row);
    return tr("“%1” (%2, %n mention(s))", nullptr, int(s.mentions)).arg(s.entity.name, s.labelName);
}

qint64 EntityMergeDialog::keptId() const
{
    return m_keepFirst->isChecked() ? m_first : m_other;
}

qint64 EntityMergeDialog::goneId() const
{
    return m_keepFirst->isChecked() ? m_other : m_first;
}

void EntityMergeDialog::pickOther(qint64 entityId)
{
    if (!m_list) {
        m_other = entityId;
        updateState();
        return;
    }
    const QModelIndex source =
        m_entities->index(m_entities->rowForEntity(entityId), EntityListModel::NameColumn);
    const QModelIndex shown = m_proxy->mapFromSource(source);
    if (shown.isValid())
        m_list->setCurrentIndex(shown);
}

void EntityMergeDialog::keepFirst(bool first)
{
    (first ? m_keepFirst : m_keepOther)->setChecked(true);
}

void EntityMergeDialog::updateState()
{
    const int firstRow = m_entities->rowForEntity(m_first);
    const int otherRow = m_entities->rowForEntity(m_other);
    const bool valid = firstRow >= 0 && otherRow >= 0 && m_first != m_other;
    m_keepFirst->setText(tr("Keep %1").arg(describe(m_first)));
    m_keepOther->setText(otherRow >= 0 && m_other != m_first ? tr("Keep %1").arg(describe(m_other))
                                                             : tr("Keep the other one"));
    m_keepOther->setEnabled(valid);
    m_merge->setEnabled(valid);
    if (!valid) {
        m_summary->setText(m_first == m_other && otherRow >= 0
                               ? tr("An entity cannot be merged with itself.")
                               : tr("Pick the entity to merge with."));
        return;
    }
    const EntitySummary &kept = m_entities->summary(keptId() == m_first ? firstRow : otherRow);
    const EntitySummary &gone = m_entities->summary(keptId() == m_first ? otherRow : firstRow);
    QString summary = tr("“%1” will be deleted. Its %n mention(s) and the quotes it speaks are "
                         "linked to “%2”, and its name and aliases become aliases of “%2”.",
                         nullptr, int(gone.mentions))
                          .arg(gone.entity.name, kept.entity.name);
    if (gone.entity.labelId != kept.entity.labelId)
        summary += QLatin1Char(' ')
            + tr("Its mentions become %1 (they are %2 now).").arg(kept.labelName, gone.labelName);
    m_summary->setText(summary);
}

} // namespace Marginalia
