// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>

namespace Marginalia {

/// The colours the article view draws with, chosen for the palette it is
/// shown in (issue 12, defect 12: a fixed dark-blue quote ink could not be
/// read on a dark palette). Label colours are the analyst's; what is drawn
/// over the text (tints, quote ink, search hits) is fitted so that text
/// keeps WCAG's 4.5:1 contrast on light and dark palettes alike.
class ViewColours
{
public:
    /// A palette whose text is drawn on a dark base.
    static bool isDark(const QPalette &palette);
    /// The ink of quoted text.
    static QColor quoteInk(const QPalette &palette);
    /// A label's colour as the background of its mentions; \a nested: where
    /// mentions overlap, drawn stronger.
    static QColor tint(QColor label, const QPalette &palette, bool nested);
    /// The background of a search hit.
    static QColor found(const QPalette &palette);

    /// WCAG 2 contrast ratio of two opaque colours, from 1 to 21.
    static double contrast(const QColor &a, const QColor &b);
    /// \a top drawn over the opaque \a bottom.
    static QColor over(const QColor &top, const QColor &bottom);
};

} // namespace Marginalia
