// SPDX-License-Identifier: GPL-3.0-or-later
#include "lineroomlayout.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

namespace Marginalia {

LineRoomLayout::LineRoomLayout(QTextDocument *document)
    : QPlainTextDocumentLayout(document)
{
}

void LineRoomLayout::setRoom(qreal pixels)
{
    if (qFuzzyCompare(pixels + 1, m_room + 1))
        return;
    m_room = pixels;
    // Blocks are spaced anew as they are measured; the view asks again.
    emit documentSizeChanged(documentSize());
    emit update();
}

QRectF LineRoomLayout::blockBoundingRect(const QTextBlock &block) const
{
    QRectF rect = QPlainTextDocumentLayout::blockBoundingRect(block);
    QTextLayout *layout = block.isValid() ? block.layout() : nullptr;
    if (!layout || layout->lineCount() == 0 || rect.isNull())
        return rect;
    // The plain layout puts the first line at the top: whatever is above it
    // is the room this block was given last.
    const qreal given = layout->lineAt(0).y();
    if (qFuzzyCompare(given + 1, m_room + 1))
        return rect;
    for (int i = 0; i < layout->lineCount(); ++i) {
        QTextLine line = layout->lineAt(i);
        line.setPosition(QPointF(line.x(), line.y() + (m_room - given) * (i + 1)));
    }
    rect.setHeight(rect.height() + (m_room - given) * layout->lineCount());
    return rect;
}

} // namespace Marginalia
