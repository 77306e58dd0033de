// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/synclogging.h"

Q_LOGGING_CATEGORY(lcSync, "marquee.sync", QtInfoMsg)
