// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewcolours.h"

#include <cmath>

namespace Marginalia {

namespace {

double relativeLuminance(const QColor &color)
{
    const auto channel = [](double c) {
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF());
}

} // namespace

bool ViewColours::isDark(const QPalette &palette)
{
    return relativeLuminance(palette.color(QPalette::Base)) < 0.2;
}

QColor ViewColours::quoteInk(const QPalette &palette)
{
    // A deep blue on light paper, a pale one on dark: both read as "quoted"
    // beside the plain text colour and over any label's tint.
    return isDark(palette) ? QColor(0xc8, 0xd4, 0xff) : QColor(0x2f, 0x3a, 0x8f);
}

QColor ViewColours::tint(QColor label, const QPalette &palette, bool nested)
{
    // A dark base swallows a faint tint: it is drawn stronger there.
    if (isDark(palette))
        label.setAlpha(nested ? 125 : 90);
    else
        label.setAlpha(nested ? 110 : 70);
    return label;
}

QColor ViewColours::found(const QPalette &palette)
{
    return isDark(palette) ? QColor(255, 196, 0, 85) : QColor(255, 196, 0, 110);
}

double ViewColours::contrast(const QColor &a, const QColor &b)
{
    const double x = relativeLuminance(a);
    const double y = relativeLuminance(b);
    return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
}

QColor ViewColours::over(const QColor &top, const QColor &bottom)
{
    const double alpha = top.alphaF();
    const auto mix = [alpha](double t, double b) { return t * alpha + b * (1.0 - alpha); };
    return QColor::fromRgbF(float(mix(top.redF(), bottom.redF())),
                            float(mix(top.greenF(), bottom.greenF())),
                            float(mix(top.blueF(), bottom.blueF())));
}

} // namespace Marginalia
