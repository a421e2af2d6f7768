// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>
#include <QFont>
#include <QLocale>
#include <QString>

namespace Marginalia {

/// Edit ▸ Preferences, kept in the user's settings (issue 12). The CSV
/// choices are those the Export dialog starts from and remembers, so the
/// two never disagree; the annotator is shared with the command line
/// (AnnotatorName).
struct Preferences
{
    enum class Theme { System, Light, Dark };

    static constexpr int DefaultContextLength = 40;
    /// Reading size, relative to the desktop's font, when none is chosen.
    static constexpr qreal DefaultFontScale = 1.2;

    QString annotator; ///< empty: the login name
    QString language; ///< "en", "fr", or empty for the system's
    QString articleFontFamily; ///< empty: the desktop's font
    qreal articleFontSize = 0; ///< points; 0: DefaultFontScale × the desktop's
    bool snapToWords = true;
    Theme theme = Theme::System;
    bool csvByteOrderMark = false;
    QChar csvDelimiter = QLatin1Char(',');
    int contextLength = DefaultContextLength;

    /// The stored preferences; what is not stored takes its default, and the
    /// CSV defaults follow the interface language (French Excel wants a BOM
    /// and semicolons).
    static Preferences load();
    void save() const;

    /// The interface's locale: the chosen language, or the system's.
    QLocale interfaceLocale() const;
    static bool wantsExcelFrenchDefaults(const QLocale &locale);
    /// The article's font at 100 % zoom, from the desktop's \a base font.
    QFont articleFont(const QFont &base) const;

    static QString themeName(Theme theme);
    static Theme themeFromName(const QString &name);

    /// Article text zoom, in percent, as View ▸ Zoom In and Out step through it.
    static int zoom();
    static void setZoom(int percent);
    static int zoomedIn(int percent);
    static int zoomedOut(int percent);
};

} // namespace Marginalia
