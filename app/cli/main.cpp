// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("marginalia-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MARGINALIA_VERSION));
    Marginalia::Translations::install(app);
    return Marginalia::CommandLine().run(QCoreApplication::arguments());
}
