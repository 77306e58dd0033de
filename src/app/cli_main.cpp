// SPDX-License-Identifier: GPL-3.0-or-later
// marquee-cli: the cache without a window (see CliRunner). A QCoreApplication: no display is ever needed.
#include "app/clilogging.h"
#include "app/clirunner.h"
#include "app/translations.h"
#include "core/metatypes.h"

#include <QCoreApplication>
#include <QTextStream>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace {

// A signal handler may only touch lock-free atomics; the command polls this and cancels its work.
std::atomic<bool> interruptRequested{false};

void onInterrupt(int)
{
    // A second Ctrl-C means "now": skip the orderly stop (a batch in flight is rolled back by SQLite).
    if (interruptRequested.exchange(true))
        _exit(marquee::CliExit::Interrupted);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // The same names as the desktop app, so both find the same cache and state folders.
    QCoreApplication::setApplicationName(QStringLiteral("Marquee"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("marquee.org"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MARQUEE_VERSION));
    // The settings list says "4 hours" in the user's language (English carries the plural forms).
    marquee::installTranslations();
    marquee::registerMetaTypes();
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);

    QTextStream out(stdout);
    QTextStream err(stderr);
    marquee::CliRunner runner(out, err, [] { return interruptRequested.load(); }, &marquee::CliLogging::apply);
    return runner.run(QCoreApplication::arguments(), qEnvironmentVariable("MARQUEE_PASSWORD"),
                      qEnvironmentVariable("MARQUEE_PLEX_TOKEN"));
}
