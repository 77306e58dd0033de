// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

/// Playback progress going to the server, and every conflict with another device's changes ("marquee.sync").
Q_DECLARE_LOGGING_CATEGORY(lcSync)
