// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace Marginalia::Translations {

void install(QCoreApplication &app)
{
    auto *translator = new QTranslator(&app);
    // English is the source language; a missing .qm for it is expected.
    if (translator->load(QLocale(), QStringLiteral("marginalia"), QStringLiteral("_"),
                         QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(translator);
    } else {
        delete translator;
    }
}

} // namespace Marginalia::Translations
