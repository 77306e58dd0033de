// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace marquee {

/// @brief The fixed word pools the demo library is generated from (genres, studios, ratings, names).
class DemoVocabulary
{
public:
    [[nodiscard]] static const QStringList &genres();
    [[nodiscard]] static const QStringList &studios();
    [[nodiscard]] static const QStringList &officialRatings();
    [[nodiscard]] static const QStringList &adjectives();
    [[nodiscard]] static const QStringList &nouns();
    [[nodiscard]] static const QStringList &places();
    [[nodiscard]] static const QStringList &firstNames();
    [[nodiscard]] static const QStringList &lastNames();
    [[nodiscard]] static const QStringList &overviewOpenings();
    [[nodiscard]] static const QStringList &overviewMiddles();
    [[nodiscard]] static const QStringList &overviewEndings();
    /// Titles that look like markup or carry quotes, bidi text and emoji; a few items get them so
    /// the client's plain-text rendering is exercised.
    [[nodiscard]] static const QStringList &hostileTitles();
};

} // namespace marquee
