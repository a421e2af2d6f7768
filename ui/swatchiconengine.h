// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QIconEngine>

namespace Marginalia {

/// A label's colour as a rounded square, painted when shown at the size
/// asked for. Making one costs an allocation and no painting, so a project
/// with 10,000 labels gets its icons at once; only the rows in view paint.
class SwatchIconEngine : public QIconEngine
{
public:
    explicit SwatchIconEngine(const QColor &color);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;
    QString key() const override;

private:
    QColor m_color;
};

} // namespace Marginalia
