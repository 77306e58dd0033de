// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/settingdescriptor.h"

namespace marquee {

/**
 * @brief Every user setting Marquee has: its descriptor (group, label, unit, default, range, a line of help), its
 * validation, and its conversion between the stored text and what people read.
 *
 * The preferences dialog is built from this list and `marquee-cli settings` checks against it, so a new setting
 * is one new entry in settingscatalog.cpp (its group appears in the dialog in the order of first use).
 */
class SettingsCatalog
{
public:
    /// Of the built-in settings; the keys other code reads.
    static constexpr char ThemeKey[] = "ui/theme";
    static constexpr char PlayedShareKey[] = "playback/played-share";
    static constexpr char BatchSizeKey[] = "refresh/batch-size";
    static constexpr char ConcurrencyKey[] = "refresh/concurrency";
    static constexpr char ImageDiskBytesKey[] = "images/max-disk-bytes";
    static constexpr char ImageMemoryBytesKey[] = "images/max-memory-bytes";
    static constexpr char JitterPercentKey[] = "ttl/jitter-percent";
    static constexpr char DownloadFolderKey[] = "downloads/folder";
    static constexpr char DownloadConcurrencyKey[] = "downloads/concurrency";
    static constexpr char DownloadBandwidthKey[] = "downloads/max-bytes-per-second";
    static constexpr char DownloadQuotaKey[] = "downloads/max-total-bytes";
    static constexpr char PlexTvUrlKey[] = "plex/plex-tv-address";

    [[nodiscard]] static const QList<SettingDescriptor> &all();
    [[nodiscard]] static const SettingDescriptor *find(const QString &key);

    /// The descriptor's texts in the user's language.
    [[nodiscard]] static QString group(const SettingDescriptor &setting);
    [[nodiscard]] static QString label(const SettingDescriptor &setting);
    [[nodiscard]] static QString description(const SettingDescriptor &setting);
    [[nodiscard]] static QString choiceLabel(const SettingChoice &choice);
    /// What 0 stands for in the user's language ("No limit"); empty when 0 is just a number.
    [[nodiscard]] static QString zeroText(const SettingDescriptor &setting);
    /// Where downloads go unless the user chose a folder: the user's Videos folder, under "Marquee".
    [[nodiscard]] static QString defaultDownloadFolder();

    /// A value checked against its descriptor.
    struct Checked
    {
        QString stored;  ///< normalised ("14400.0" → "14400"); empty when refused
        QString problem; ///< why it was refused, saying what is allowed in the units people read
        [[nodiscard]] bool ok() const { return problem.isEmpty(); }
    };

    /// Checks @p stored (as the table keeps it) against the type and range.
    [[nodiscard]] static Checked validate(const SettingDescriptor &setting, const QString &stored);

    /// Stored text → the number people read (14400 seconds → 4 hours); NaN when it is not a number.
    [[nodiscard]] static double shownValue(const SettingDescriptor &setting, const QString &stored);
    /// The number people read → stored text (4 hours → "14400").
    [[nodiscard]] static QString storedValue(const SettingDescriptor &setting, double shown);

    /// "4 hours", "30 days", "1,024 MB", "90%", "500", a choice's label or a folder, in the user's language and
    /// locale.
    [[nodiscard]] static QString format(const SettingDescriptor &setting, const QString &stored);
    /// The unit after a number in a spin box (" hours", " MB"); empty for plain numbers, choices and folders.
    [[nodiscard]] static QString unitSuffix(const SettingDescriptor &setting);
    /// What a stored number counts ("seconds", "bytes"), for marquee-cli, which reads and writes stored values.
    [[nodiscard]] static QString storedUnitName(const SettingDescriptor &setting);
};

} // namespace marquee
