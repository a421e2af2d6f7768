// SPDX-License-Identifier: GPL-3.0-or-later
#include "labelpalette.h"

#include "swatchiconengine.h"

#include <QIcon>
#include <QListView>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace Marginalia {

namespace {

constexpr int LabelIdRole = Qt::UserRole + 1;

} // namespace

LabelPalette::LabelPalette(QWidget *parent)
    : QWidget(parent)
    , m_view(new QListView(this))
    , m_model(new QStandardItemModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_view->setModel(m_model);
    m_view->setUniformItemSizes(true); // no measuring of every row
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->setFocusPolicy(Qt::NoFocus); // keys belong to the text
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setSpacing(1);
    m_view->setMouseTracking(true);
    layout->addWidget(m_view);
    connect(m_view, &QListView::clicked, this, [this](const QModelIndex &index) {
        emit labelActivated(index.data(LabelIdRole).toLongLong());
    });
}

QIcon LabelPalette::swatch(const QColor &color)
{
    return QIcon(new SwatchIconEngine(color));
}

void LabelPalette::setLabels(const QVector<Label> &labels)
{
    m_model->clear();
    QList<QStandardItem *> items;
    items.reserve(labels.size());
    for (const Label &label : labels) {
        auto *item = new QStandardItem(
            swatch(QColor(label.color)),
            label.hotkey.isEmpty() ? label.name : tr("%1   %2").arg(label.hotkey, label.name));
        item->setToolTip(label.description.isEmpty()
                             ? label.name
                             : tr("%1: %2").arg(label.name, label.description));
        item->setData(label.id, LabelIdRole);
        items.append(item);
    }
    // One insertion, so the view lays out once.
    m_model->invisibleRootItem()->appendRows(items);
}

} // namespace Marginalia
