// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/translations.h"

namespace marquee::test {

/// Marquee and Qt in German (Germany) while it lives, as a German desktop starts them; English again afterwards,
/// also when the test stops early. Check loaded() before asserting on German text.
class GermanTranslation
{
public:
    GermanTranslation()
        : m_loaded(installTranslations(QLocale(QLocale::German, QLocale::Germany)).contains(QStringLiteral("marquee_de_DE")))
    {
    }
    ~GermanTranslation() { installTranslations(QLocale(QLocale::English, QLocale::UnitedStates)); }
    GermanTranslation(const GermanTranslation &) = delete;
    GermanTranslation &operator=(const GermanTranslation &) = delete;

    [[nodiscard]] bool loaded() const { return m_loaded; }

private:
    bool m_loaded;
};

} // namespace marquee::test
