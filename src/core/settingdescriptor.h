// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace marquee {

/// How a setting is kept in the `settings` table, and how people read it.
enum class SettingUnit {
    SecondsAsHours,   ///< stored in seconds, shown in hours
    SecondsAsDays,    ///< stored in seconds, shown in days
    BytesAsMegabytes, ///< stored in bytes, shown in MB (2^20 bytes)
    BytesAsGigabytes, ///< stored in bytes, shown in GB (2^30 bytes)
    BytesPerSecondAsMegabytes, ///< stored in bytes per second, shown in MB/s
    ShareAsPercent,   ///< stored as a share (0.9), shown as a percentage (90 %)
    Percent,          ///< stored and shown as a percentage
    Count,            ///< a plain number
    Choice,           ///< one of the descriptor's choices, stored by its value
    Folder,           ///< a folder, stored as its absolute path
    WebAddress,       ///< an http or https address, stored without a trailing slash
};

/// One allowed value of a Choice setting.
struct SettingChoice
{
    QString value;     ///< as stored
    const char *label; ///< untranslated; translated in the SettingsCatalog context
};

/**
 * @brief Everything the preferences dialog and `marquee-cli settings` need to know about one setting.
 *
 * The texts are untranslated literals marked with QT_TRANSLATE_NOOP("SettingsCatalog", …), so lupdate finds
 * them; SettingsCatalog translates them when it hands them out. The range is in the unit people read.
 */
struct SettingDescriptor
{
    QString key;             ///< the `settings` table's key, e.g. "ttl/movies"
    const char *group;       ///< the dialog's group box, e.g. "Library refresh"
    const char *label;       ///< e.g. "Movies"
    const char *description; ///< one line: what the setting does
    SettingUnit unit = SettingUnit::Count;
    QString defaultValue;    ///< as stored
    double minimum = 0;      ///< shown units; ignored for a Choice
    double maximum = 0;
    int decimals = 0;        ///< of the shown value
    QList<SettingChoice> choices{}; ///< a Choice's values, in the order shown
    const char *zeroMeans = nullptr; ///< what 0 stands for ("No limit"), shown instead of "0 MB"; untranslated
};

} // namespace marquee
