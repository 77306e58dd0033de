// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/application.h"
#include "app/commandline.h"
#include "app/firstpaintprobe.h"
#include "app/singleinstance.h"
#include "app/translations.h"
#include "core/metatypes.h"
#include "ui/mainwindow.h"
#include "ui/pages/homepage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QIcon>
#include <cstdio>

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // Parsed before QApplication exists, so --version and --help need no display.
    const marquee::CommandLine options = marquee::CommandLine::parse(arguments);
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "marquee: %s\n", qPrintable(options.error));
        return 2;
    }
    if (options.showVersion || options.showHelp) {
        const QString text = options.showVersion ? marquee::CommandLine::versionText() : options.helpText;
        std::printf("%s\n", qPrintable(text));
        return 0;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Marquee"));
    QApplication::setOrganizationDomain(QStringLiteral("marquee.org"));
    QApplication::setApplicationVersion(QStringLiteral(MARQUEE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.marquee.Marquee"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/marquee.svg")));
    marquee::installTranslations();
    marquee::registerMetaTypes();

    marquee::SingleInstance instance(marquee::SingleInstance::folderFor(options.dataDir));
    switch (instance.claim()) {
    case marquee::SingleInstance::Role::Secondary:
        std::printf("Marquee is already running; its window was brought to the front.\n");
        return 0;
    case marquee::SingleInstance::Role::Failed:
        std::fprintf(stderr, "marquee: %s\n", qPrintable(instance.errorText()));
        return 1;
    case marquee::SingleInstance::Role::Primary: break;
    }

    marquee::Application marqueeApp(options);
    if (!marqueeApp.start())
        return 1;
    marquee::FirstPaintProbe::installIfRequested(marqueeApp.mainWindow()->homePage(), sinceStart);
    QObject::connect(&instance, &marquee::SingleInstance::activationRequested, &marqueeApp, [&marqueeApp] {
        if (QWidget *window = marqueeApp.mainWindow()) {
            window->showNormal();
            window->raise();
            window->activateWindow();
        }
    });
    return QApplication::exec();
}
