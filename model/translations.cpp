// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <functional>

namespace Marginalia::Translations {

namespace {

bool installLoaded(QCoreApplication &app, const std::function<bool(QTranslator &)> &load)
{
    auto *translator = new QTranslator(&app);
    if (load(*translator) && QCoreApplication::installTranslator(translator))
        return true;
    delete translator;
    return false;
}

} // namespace

void install(QCoreApplication &app, const QLocale &locale)
{
    const QString ours = QStringLiteral(":/i18n");
    const QString prefix = QStringLiteral("_");
    if (!installLoaded(app, [&](QTranslator &t) {
            return t.load(locale, QStringLiteral("marginalia"), prefix, ours);
        })) {
        installLoaded(
            app, [&](QTranslator &t) { return t.load(QStringLiteral("marginalia_en"), ours); });
    }
    const QString qtCatalogues = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    installLoaded(app, [&](QTranslator &t) {
        return t.load(locale, QStringLiteral("qtbase"), prefix, qtCatalogues);
    });
}

} // namespace Marginalia::Translations
