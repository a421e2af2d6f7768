// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotatorprompt.h"
#include "mainwindow.h"
#include "preferences.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QPixmap>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Marginalia"));
    QApplication::setOrganizationName(QStringLiteral("Marginalia"));
    QApplication::setApplicationVersion(QStringLiteral(MARGINALIA_VERSION));
    // The installed marginalia.desktop: Wayland shells match the window to it.
    QGuiApplication::setDesktopFileName(QStringLiteral("marginalia"));
    QApplication::setWindowIcon(Marginalia::MainWindow::applicationIcon());
    const QLocale locale = Marginalia::Preferences::load().interfaceLocale();
    QLocale::setDefault(locale);
    Marginalia::Translations::install(app, locale);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Annotate news articles."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                 QApplication::translate("main", "The project to open."),
                                 QStringLiteral("[PROJECT]"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Render the window to the PNG FILE and quit."),
        QStringLiteral("FILE"));
    parser.addOption(screenshot);
    parser.process(app);

    Marginalia::MainWindow window;
    QString project = parser.positionalArguments().value(0);
    if (project.isEmpty())
        project = Marginalia::MainWindow::lastProject();
    if (project.isEmpty()) {
        // The first start shows something real to annotate: the demo project.
        QString error;
        if (Marginalia::MainWindow::ensureDemoProject(&error))
            project = Marginalia::MainWindow::demoProjectPath();
        else
            qWarning("%s", qPrintable(error));
    }
    window.restoreLayout();
    if (!project.isEmpty())
        window.openProject(project);
    window.show();
    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        QTimer::singleShot(300, &window, [&window, file] {
            const bool saved = window.grab().save(file, "PNG");
            QApplication::exit(saved ? 0 : 1);
        });
    } else {
        QTimer::singleShot(0, &window,
                           [&window] { Marginalia::AnnotatorPrompt::askOnce(&window); });
    }
    return app.exec();
}
