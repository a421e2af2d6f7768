// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferences.h"

#include "annotatorname.h"
#include "exportoptions.h"

#include <QSettings>

#include <algorithm>
#include <iterator>

namespace Marginalia {

namespace {

constexpr QLatin1String LanguageKey("preferences/language");
constexpr QLatin1String FontFamilyKey("preferences/articleFont");
constexpr QLatin1String FontSizeKey("preferences/articleFontSize");
constexpr QLatin1String SnapKey("preferences/snapToWords");
constexpr QLatin1String ThemeKey("preferences/theme");
constexpr QLatin1String ZoomKey("view/zoom");
// The Export dialog's own keys: it starts from them and keeps the last choice.
constexpr QLatin1String BomKey("export/bom");
constexpr QLatin1String DelimiterKey("export/delimiter");
constexpr QLatin1String ContextKey("export/context");

// The steps browsers and office suites use.
constexpr int ZoomSteps[] = { 50, 67, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300 };

} // namespace

Preferences Preferences::load()
{
    QSettings settings;
    Preferences p;
    p.annotator = AnnotatorName::isChosen() ? AnnotatorName::preferred() : QString();
    p.language = settings.value(LanguageKey).toString();
    p.articleFontFamily = settings.value(FontFamilyKey).toString();
    p.articleFontSize = qBound(0.0, settings.value(FontSizeKey, 0.0).toDouble(), 96.0);
    p.snapToWords = settings.value(SnapKey, true).toBool();
    p.theme = themeFromName(settings.value(ThemeKey).toString());
    const bool french = wantsExcelFrenchDefaults(p.interfaceLocale());
    p.csvByteOrderMark = settings.value(BomKey, french).toBool();
    const QString delimiter = settings.value(DelimiterKey).toString();
    p.csvDelimiter = delimiter.size() == 1 && QStringLiteral(",;\t").contains(delimiter)
        ? delimiter.front()
        : QLatin1Char(french ? ';' : ',');
    p.contextLength = qBound(0, settings.value(ContextKey, DefaultContextLength).toInt(),
                             int(CsvOptions::MaxContextLength));
    return p;
}

void Preferences::save() const
{
    AnnotatorName::setPreferred(annotator);
    QSettings settings;
    settings.setValue(LanguageKey, language);
    settings.setValue(FontFamilyKey, articleFontFamily);
    settings.setValue(FontSizeKey, articleFontSize);
    settings.setValue(SnapKey, snapToWords);
    settings.setValue(ThemeKey, themeName(theme));
    settings.setValue(BomKey, csvByteOrderMark);
    settings.setValue(DelimiterKey, QString(csvDelimiter));
    settings.setValue(ContextKey, contextLength);
}

QLocale Preferences::interfaceLocale() const
{
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

bool Preferences::wantsExcelFrenchDefaults(const QLocale &locale)
{
    return locale.language() == QLocale::French;
}

QFont Preferences::articleFont(const QFont &base) const
{
    QFont font = base;
    if (!articleFontFamily.isEmpty())
        font.setFamilies({ articleFontFamily });
    font.setPointSizeF(articleFontSize > 0 ? articleFontSize
                                           : base.pointSizeF() * DefaultFontScale);
    return font;
}

QString Preferences::themeName(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

Preferences::Theme Preferences::themeFromName(const QString &name)
{
    if (name == QLatin1String("light"))
        return Theme::Light;
    if (name == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

int Preferences::zoom()
{
    const int percent = QSettings().value(ZoomKey, 100).toInt();
    return qBound(ZoomSteps[0], percent, *std::prev(std::end(ZoomSteps)));
}

void Preferences::setZoom(int percent)
{
    QSettings().setValue(ZoomKey, percent);
}

int Preferences::zoomedIn(int percent)
{
    const auto next = std::upper_bound(std::begin(ZoomSteps), std::end(ZoomSteps), percent);
    return next == std::end(ZoomSteps) ? *std::prev(next) : *next;
}

int Preferences::zoomedOut(int percent)
{
    const auto at = std::lower_bound(std::begin(ZoomSteps), std::end(ZoomSteps), percent);
    return at == std::begin(ZoomSteps) ? *at : *std::prev(at);
}

} // namespace Marginalia
