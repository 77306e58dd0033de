// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace marquee {

/**
 * @brief The name of a track's language for a menu, in the user's language: "ger" reads "Deutsch" in German and
 * "German" in English.
 *
 * Servers and files give ISO 639-1, 639-2 (bibliographic or terminology) or 639-3 codes. Qt knows every language's
 * English name; the names of the languages films come in most often are translated, the others keep their English
 * name. A code Qt does not know ("und", "mis", a typo) is shown as it came.
 */
class TrackLanguage
{
public:
    [[nodiscard]] static QString name(const QString &code);
};

} // namespace marquee
