// SPDX-License-Identifier: GPL-3.0-or-later
#include "swatchiconengine.h"

#include <QPainter>
#include <QPixmap>

namespace Marginalia {

SwatchIconEngine::SwatchIconEngine(const QColor &color)
    : m_color(color)
{
}

void SwatchIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State)
{
    // Drawn as in a 16-pixel square and scaled, so every size looks alike.
    const qreal side = qMin(rect.width(), rect.height());
    const qreal unit = side / 16.0;
    const QRectF square(rect.x() + (rect.width() - side) / 2 + 1.5 * unit,
                        rect.y() + (rect.height() - side) / 2 + 1.5 * unit, 13 * unit, 13 * unit);
    QColor fill = m_color;
    if (mode == QIcon::Disabled)
        fill.setAlphaF(0.4f);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(fill.darker(140), unit));
    painter->setBrush(fill);
    painter->drawRoundedRect(square, 3 * unit, 3 * unit);
    painter->restore();
}

QPixmap SwatchIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    QPixmap pixmap(size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    paint(&painter, QRect(QPoint(0, 0), size), mode, state);
    return pixmap;
}

QIconEngine *SwatchIconEngine::clone() const
{
    return new SwatchIconEngine(m_color);
}

QString SwatchIconEngine::key() const
{
    return QStringLiteral("MarginaliaSwatch");
}

} // namespace Marginalia
