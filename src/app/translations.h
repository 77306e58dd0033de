// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

namespace marquee {

/**
 * @brief Loads Marquee's translation (built into the binary from resources/translations/marquee_xx.ts) and Qt's own
 * (Debian's qt6-translations-l10n) for @p locale, and makes @p locale the default for numbers and dates.
 *
 * English needs a translation too: it carries the plural forms ("1 hour", "4 hours") of messages written as
 * "%n hour(s)". Missing files are not an error: the text stays in English. Returns the languages loaded.
 */
QStringList installTranslations(const QLocale &locale = QLocale::system());

} // namespace marquee
