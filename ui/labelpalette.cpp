// SPDX-License-Identifier: GPL-3.0-or-later
#include "labelpalette.h"

#include <QIcon>
#include <QPainter>
#include <QPixmap>
#include <QToolButton>
#include <QVBoxLayout>

namespace Marginalia {

LabelPalette::LabelPalette(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(6, 6, 6, 6);
    m_layout->setSpacing(2);
    m_layout->addStretch();
}

QIcon LabelPalette::swatch(const QColor &color)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(color.darker(140));
    painter.setBrush(color);
    painter.drawRoundedRect(QRectF(1.5, 1.5, 13, 13), 3, 3);
    return QIcon(pixmap);
}

void LabelPalette::setLabels(const QVector<Label> &labels)
{
    while (m_layout->count() > 1) {
        QLayoutItem *item = m_layout->takeAt(0);
        delete item->widget();
        delete item;
    }
    int position = 0;
    for (const Label &label : labels) {
        auto *button = new QToolButton(this);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        button->setIcon(swatch(QColor(label.color)));
        button->setText(label.hotkey.isEmpty() ? label.name
                                               : tr("%1   %2").arg(label.hotkey, label.name));
        button->setToolTip(label.description.isEmpty()
                               ? label.name
                               : tr("%1: %2").arg(label.name, label.description));
        button->setFocusPolicy(Qt::NoFocus); // keys belong to the text
        const qint64 id = label.id;
        connect(button, &QToolButton::clicked, this, [this, id] { emit labelActivated(id); });
        m_layout->insertWidget(position++, button);
    }
}

} // namespace Marginalia
