// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/logging.h"

// Debug output is off by default; QT_LOGGING_RULES="marquee.*.debug=true" turns it on.
Q_LOGGING_CATEGORY(lcStorage, "marquee.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcBackend, "marquee.backend", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServices, "marquee.services", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "marquee.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPlayer, "marquee.player", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDemoServer, "marquee.demoserver", QtInfoMsg)
