// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Marginalia"));
    QApplication::setOrganizationName(QStringLiteral("Marginalia"));
    QApplication::setApplicationVersion(QStringLiteral(MARGINALIA_VERSION));
    Marginalia::Translations::install(app);

    Marginalia::MainWindow window;
    const QStringList arguments = QApplication::arguments();
    if (arguments.size() > 1)
        window.openProject(arguments.at(1));
    window.show();
    return app.exec();
}
