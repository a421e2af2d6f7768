// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextDocumentLayout>

namespace Marginalia {

/// The article's plain-text layout with room above every line, for the
/// label names drawn over mentions (View ▸ Label Names on Mentions).
/// QPlainTextDocumentLayout ignores line height and block margins, so the
/// lines it lays out are moved down as their block is measured; a block it
/// lays out again comes back unspaced and is spaced once more.
class LineRoomLayout : public QPlainTextDocumentLayout
{
    Q_OBJECT
public:
    explicit LineRoomLayout(QTextDocument *document);

    /// Pixels above each line; 0 lays the text out as the plain layout does.
    void setRoom(qreal pixels);
    qreal room() const { return m_room; }

    QRectF blockBoundingRect(const QTextBlock &block) const override;

private:
    qreal m_room = 0;
};

} // namespace Marginalia
