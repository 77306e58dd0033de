// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/clilogging.h"

#include <QString>
#include <QtGlobal>

namespace marquee {

namespace {

QtMessageHandler defaultHandler = nullptr;

void fatalOnly(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    // A fatal message ends the process: its reason is the one log line worth reading.
    if (type == QtFatalMsg && defaultHandler)
        defaultHandler(type, context, message);
}

} // namespace

void CliLogging::apply(bool verbose)
{
    const QtMessageHandler previous = qInstallMessageHandler(verbose ? nullptr : fatalOnly);
    if (!defaultHandler && previous != fatalOnly)
        defaultHandler = previous;
    if (verbose)
        qSetMessagePattern(QStringLiteral("marquee-cli: log: %{if-category}%{category}: %{endif}%{message}"));
}

} // namespace marquee
