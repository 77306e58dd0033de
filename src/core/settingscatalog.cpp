// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/settingscatalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QStandardPaths>
#include <QUrl>
#include <cmath>

namespace marquee {

namespace {

constexpr char Context[] = "SettingsCatalog";
constexpr double SecondsPerHour = 3600.0;
constexpr double SecondsPerDay = 24 * SecondsPerHour;
constexpr double BytesPerMegabyte = 1024.0 * 1024.0;
constexpr double BytesPerGigabyte = 1024.0 * BytesPerMegabyte;

QString translated(const char *source)
{
    return QCoreApplication::translate(Context, source);
}

QList<SettingDescriptor> builtInSettings()
{
    // A TTL shorter than six minutes would have the refresh lane fetch the same rows over and over; a year is
    // long enough for anyone who wants to refresh only by hand (F5).
    const auto ttl = [](const char *key, const char *label, const char *description, int hours) {
        return SettingDescriptor{QString::fromLatin1(key), QT_TRANSLATE_NOOP("SettingsCatalog", "Library refresh"),
                                 label, description, SettingUnit::SecondsAsHours,
                                 QString::number(qint64(hours) * 3600), 0.1, 8760, 1};
    };
    // The caps PlaybackSettings reads: the server converts above the cap, never below.
    const QList<SettingChoice> qualities{
        {QStringLiteral("original"), QT_TRANSLATE_NOOP("SettingsCatalog", "Original (no conversion)")},
        {QStringLiteral("20000000"), QT_TRANSLATE_NOOP("SettingsCatalog", "20 Mbit/s")},
        {QStringLiteral("8000000"), QT_TRANSLATE_NOOP("SettingsCatalog", "8 Mbit/s")},
        {QStringLiteral("4000000"), QT_TRANSLATE_NOOP("SettingsCatalog", "4 Mbit/s")},
        {QStringLiteral("1500000"), QT_TRANSLATE_NOOP("SettingsCatalog", "1.5 Mbit/s")},
        {QStringLiteral("720000"), QT_TRANSLATE_NOOP("SettingsCatalog", "720 kbit/s")}};
    const QList<SettingChoice> onOff{{QStringLiteral("true"), QT_TRANSLATE_NOOP("SettingsCatalog", "On")},
                                     {QStringLiteral("false"), QT_TRANSLATE_NOOP("SettingsCatalog", "Off")}};
    return {
        ttl("ttl/libraries", QT_TRANSLATE_NOOP("SettingsCatalog", "Library list"),
            QT_TRANSLATE_NOOP("SettingsCatalog", "How long the list of libraries counts as fresh."), 1),
        ttl("ttl/movies", QT_TRANSLATE_NOOP("SettingsCatalog", "Movies"),
            QT_TRANSLATE_NOOP("SettingsCatalog", "How long a library's movies count as fresh before a refresh."), 4),
        ttl("ttl/shows", QT_TRANSLATE_NOOP("SettingsCatalog", "Shows"),
            QT_TRANSLATE_NOOP("SettingsCatalog", "How long a library's shows count as fresh before a refresh."), 4),
        ttl("ttl/seasons", QT_TRANSLATE_NOOP("SettingsCatalog", "Seasons"),
            QT_TRANSLATE_NOOP("SettingsCatalog", "How long a show's seasons count as fresh."), 4),
        ttl("ttl/episodes", QT_TRANSLATE_NOOP("SettingsCatalog", "Episodes"),
            QT_TRANSLATE_NOOP("SettingsCatalog", "How long a season's episodes count as fresh."), 12),
        ttl("ttl/full-metadata", QT_TRANSLATE_NOOP("SettingsCatalog", "Details"),
            QT_TRANSLATE_NOOP("SettingsCatalog", "How long an item's cast, crew and media details count as fresh."),
            24),
        {QString::fromLatin1(SettingsCatalog::JitterPercentKey), QT_TRANSLATE_NOOP("SettingsCatalog", "Library refresh"),
         QT_TRANSLATE_NOOP("SettingsCatalog", "Expiry spread"),
         QT_TRANSLATE_NOOP("SettingsCatalog", "Spreads expiry times so that items cached together do not all expire "
                                              "together."),
         SettingUnit::Percent, QStringLiteral("10"), 0, 50, 0},
        {QString::fromLatin1(SettingsCatalog::BatchSizeKey), QT_TRANSLATE_NOOP("SettingsCatalog", "Library refresh"),
         QT_TRANSLATE_NOOP("SettingsCatalog", "Batch size"),
         QT_TRANSLATE_NOOP("SettingsCatalog", "Items asked for in one request and written in one transaction."),
         SettingUnit::Count, QStringLiteral("500"), 20, 5000, 0},
        {QString::fromLatin1(SettingsCatalog::ConcurrencyKey), QT_TRANSLATE_NOOP("SettingsCatalog", "Library refresh"),
         QT_TRANSLATE_NOOP("SettingsCatalog", "Refreshes at once"),
         QT_TRANSLATE_NOOP("SettingsCatalog", "How many refreshes may run at the same time."), SettingUnit::Count,
         QStringLiteral("2"), 1, 8, 0},
        // The memory cache holds decoded images at the size shown. A 3840 × 2160 screen (or 1920 × 1080 at scale 2)
        // is 31.6 MiB of pixels, and the images on one screen cover it at most once: 32 MB is the least that keeps
        // a screen of posters from evicting itself while it paints. The disk cache keeps them compressed; 64 MB
        // holds several such screens with their backdrops, so scrolling back does not fetch again.
        {QString::fromLatin1(SettingsCatalog::ImageDiskBytesKey), QT_TRANSLATE_NOOP("SettingsCatalog", "Images"),
         QT_TRANSLATE_NOOP("SettingsCatalog", "Disk cache"),
         QT_TRANSLATE_NOOP("SettingsCatalog", "Posters and backdrops kept on disk; the least recently used go first."),
         SettingUnit::BytesAsMegabytes, QString::number(1LL << 30), 64, 102400, 0},
        {QString::fromLatin1(SettingsCatalog::ImageMemoryBytesKey), QT_TRANSLATE_NOOP("SettingsCatalog", "Images"),
         QT_TRANSLATE_NOOP("SettingsCatalog", "Memory cache"),
         QT_TRANSLATE_NOOP("SettingsCatalog", "Decoded images kept in memory for smooth scrolling; at least a screen "
                                              "of posters."),
         SettingUnit::BytesAsMegabytes, QString::number(64LL << 20), 32, 4096, 0},
        {QStringLiteral("ttl/images"), QT_TRANSLATE_NOOP("SettingsCatalog", "Images"),
         QT_TRANSLATE_NOOP("SettingsCatalog", "Keep unused images"),
         QT_TRANSLATE_NOOP("SettingsCatalog", "An image not shown for this long is deleted from the disk cache."),
         SettingUnit::SecondsAsDays, QString::number(30LL * 24 * 3600), 1, 365, 0},
        {QString::fromLatin1(SettingsCatalog::PlayedShareKey), QT_TRANSLATE_NOOP("SettingsCatalog", "Playback"),
         QT_TRANSLATE_NOOP("SettingsCatalog", "Played after"),
         QT_TRANSLATE_NOOP("SettingsCatalog", "Past this share of its running time an item counts as played and "
                                              "leaves Continue Watching."),
         SettingUnit::ShareAsPercent, QStringLiteral("0.9"), 50, 100, 0},
        {QStringLiteral("playback/quality"), QT_TRANSLATE_NOOP("SettingsCatalog", "Playback"),
         QT_TRANSLATE_NOOP("SettingsCatalog", "Quality at home"),
         QT_TRANSLATE_NOOP("SettingsCatalog", "On the local network: the file as it is, or a cap above which the "
                                              "server converts the video."),
         SettingUnit::Choice, QStringLiteral("original"), 0, 0, 0, qualities},
        {QStringLiteral("playback/quality-remote"), QT_TRANSLATE_NOOP("SettingsCatalog", "Playback"),
         QT_TRANSLATE_NOOP("SettingsCatalog", "Quality away"),
         QT_TRANSLATE_NOOP("SettingsCatalog", "The same when the server is not on the local network."),
         SettingUnit::Choice, QStringLiteral("original"), 0, 0, 0, qualities},
        {QStringLiteral("playback/up-next"), QT_TRANSLATE_NOOP("SettingsCatalog", "Playback"),
         QT_TRANSLATE_NOOP("SettingsCatalog", "Up next"),
         QT_TRANSLATE_NOOP("SettingsCatalog", "At an episode's credits, offer the next one and play it after a "
                                              "countdown."),
         SettingUnit::Choice, QStringLiteral("true"), 0, 0, 0, onOff},
        {QStringLiteral("playback/up-next-seconds"), QT_TRANSLATE_NOOP("SettingsCatalog", "Playback"),
         QT_TRANSLATE_NOOP("SettingsCatalog", "Up next countdown"),
         QT_TRANSLATE_NOOP("SettingsCatalog", "Seconds before the next episode plays; 0 plays it at once."),
         SettingUnit::Count, QStringLiteral("10"), 0, 120, 0},
        {QStringLiteral("playback/auto-skip-intro"), QT_TRANSLATE_NOOP("SettingsCatalog", "Playback"),
         QT_TRANSLATE_NOOP("SettingsCatalog", "Skip intros"),
         QT_TRANSLATE_NOOP("SettingsCatalog", "Skip intros and recaps without asking, where the server knows them."),
         SettingUnit::Choice, QStringLiteral("false"), 0, 0, 0, onOff},
        // Downloads: where they go and how much of the disk and the line they may take (issue #13).
        {QString::fromLatin1(SettingsCatalog::DownloadFolderKey), QT_TRANSLATE_NOOP("SettingsCatalog", "Downloads"),
         QT_TRANSLATE_NOOP("SettingsCatalog", "Download folder"),
         QT_TRANSLATE_NOOP("SettingsCatalog", "Where downloaded movies and episodes go: any folder, a removable drive "
                                              "included."),
         SettingUnit::Folder, SettingsCatalog::defaultDownloadFolder(), 0, 0, 0},
        {QString::fromLatin1(SettingsCatalog::DownloadConcurrencyKey), QT_TRANSLATE_NOOP("SettingsCatalog", "Downloads"),
         QT_TRANSLATE_NOOP("SettingsCatalog", "Items at once"),
         QT_TRANSLATE_NOOP("SettingsCatalog", "How many movies or episodes download at the same time; the rest wait "
                                              "in line."),
         SettingUnit::Count, QStringLiteral("2"), 1, 8, 0},
        {QString::fromLatin1(SettingsCatalog::DownloadBandwidthKey), QT_TRANSLATE_NOOP("SettingsCatalog", "Downloads"),
         QT_TRANSLATE_NOOP("SettingsCatalog", "Speed limit"),
         QT_TRANSLATE_NOOP("SettingsCatalog", "The most all downloads together may take of the connection, so that "
                                              "streaming and browsing stay smooth."),
         SettingUnit::BytesPerSecondAsMegabytes, QStringLiteral("0"), 0, 10000, 1, {},
         QT_TRANSLATE_NOOP("SettingsCatalog", "No limit")},
        {QString::fromLatin1(SettingsCatalog::DownloadQuotaKey), QT_TRANSLATE_NOOP("SettingsCatalog", "Downloads"),
         QT_TRANSLATE_NOOP("SettingsCatalog", "Size limit"),
         QT_TRANSLATE_NOOP("SettingsCatalog", "The most disk space all downloads together may take; a download that "
                                              "would pass it waits."),
         SettingUnit::BytesAsGigabytes, QStringLiteral("0"), 0, 100000, 1, {},
         QT_TRANSLATE_NOOP("SettingsCatalog", "No limit")},
        {QString::fromLatin1(SettingsCatalog::ThemeKey), QT_TRANSLATE_NOOP("SettingsCatalog", "Appearance"),
         QT_TRANSLATE_NOOP("SettingsCatalog", "Theme"),
         QT_TRANSLATE_NOOP("SettingsCatalog", "System follows the desktop's light or dark colours; Light and Dark "
                                              "override it."),
         SettingUnit::Choice, QStringLiteral("system"), 0, 0, 0,
         {{QStringLiteral("system"), QT_TRANSLATE_NOOP("SettingsCatalog", "System")},
          {QStringLiteral("light"), QT_TRANSLATE_NOOP("SettingsCatalog", "Light")},
          {QStringLiteral("dark"), QT_TRANSLATE_NOOP("SettingsCatalog", "Dark")}}},
        // A setting rather than a constant so that tests, and anyone with a plex.tv stand-in, sign in elsewhere.
        {QString::fromLatin1(SettingsCatalog::PlexTvUrlKey), QT_TRANSLATE_NOOP("SettingsCatalog", "Plex"),
         QT_TRANSLATE_NOOP("SettingsCatalog", "plex.tv address"),
         QT_TRANSLATE_NOOP("SettingsCatalog", "Where signing in to Plex asks for a code and for your account's "
                                              "servers. Change it only if you know you need to."),
         SettingUnit::WebAddress, QStringLiteral("https://plex.tv"), 0, 0, 0},
    };
}

/// How many stored units one shown unit is.
double scale(SettingUnit unit)
{
    switch (unit) {
    case SettingUnit::SecondsAsHours: return SecondsPerHour;
    case SettingUnit::SecondsAsDays: return SecondsPerDay;
    case SettingUnit::BytesAsMegabytes:
    case SettingUnit::BytesPerSecondAsMegabytes: return BytesPerMegabyte;
    case SettingUnit::BytesAsGigabytes: return BytesPerGigabyte;
    case SettingUnit::ShareAsPercent: return 0.01;
    case SettingUnit::Percent:
    case SettingUnit::Count:
    case SettingUnit::Choice:
    case SettingUnit::Folder:
    case SettingUnit::WebAddress: break;
    }
    return 1.0;
}

/// Seconds, bytes and counts are whole numbers in the table; shares and percentages may have a fraction.
bool storesWholeNumbers(SettingUnit unit)
{
    return unit != SettingUnit::ShareAsPercent && unit != SettingUnit::Percent;
}

/// 4 → "4", 0.5 → "0.5", 1024 → "1,024", rounded to @p decimals.
QString numberText(double value, int decimals)
{
    const QLocale locale;
    const double rounded = std::round(value * std::pow(10.0, decimals)) / std::pow(10.0, decimals);
    if (rounded == std::trunc(rounded))
        return locale.toString(qint64(rounded));
    return locale.toString(rounded, 'f', decimals);
}

} // namespace

const QList<SettingDescriptor> &SettingsCatalog::all()
{
    static const QList<SettingDescriptor> settings = builtInSettings();
    return settings;
}

const SettingDescriptor *SettingsCatalog::find(const QString &key)
{
    for (const SettingDescriptor &setting : all()) {
        if (setting.key == key)
            return &setting;
    }
    return nullptr;
}

QString SettingsCatalog::group(const SettingDescriptor &setting)
{
    return translated(setting.group);
}

QString SettingsCatalog::label(const SettingDescriptor &setting)
{
    return translated(setting.label);
}

QString SettingsCatalog::description(const SettingDescriptor &setting)
{
    return translated(setting.description);
}

QString SettingsCatalog::choiceLabel(const SettingChoice &choice)
{
    return translated(choice.label);
}

QString SettingsCatalog::zeroText(const SettingDescriptor &setting)
{
    return setting.zeroMeans ? translated(setting.zeroMeans) : QString();
}

QString SettingsCatalog::defaultDownloadFolder()
{
    QString videos = QStandardPaths::writableLocation(QStandardPaths::MoviesLocation);
    if (videos.isEmpty())
        videos = QDir::home().filePath(QStringLiteral("Videos"));
    return QDir::cleanPath(QDir(videos).filePath(QStringLiteral("Marquee")));
}

double SettingsCatalog::shownValue(const SettingDescriptor &setting, const QString &stored)
{
    bool ok = false;
    const double value = stored.trimmed().toDouble(&ok);
    return ok && std::isfinite(value) ? value / scale(setting.unit) : std::nan("");
}

QString SettingsCatalog::storedValue(const SettingDescriptor &setting, double shown)
{
    const double stored = shown * scale(setting.unit);
    if (storesWholeNumbers(setting.unit))
        return QString::number(qint64(std::llround(stored)));
    return QString::number(stored, 'g', 10);
}

SettingsCatalog::Checked SettingsCatalog::validate(const SettingDescriptor &setting, const QString &stored)
{
    const QString name = label(setting);
    if (setting.unit == SettingUnit::Choice) {
        QStringList values;
        for (const SettingChoice &choice : setting.choices) {
            if (choice.value == stored.trimmed())
                return {choice.value, {}};
            values << choice.value;
        }
        return {{},
                QCoreApplication::translate("SettingsCatalog", "“%1” must be one of: %2.")
                        .arg(name, values.join(QStringLiteral(", ")))};
    }
    if (setting.unit == SettingUnit::Folder) {
        // A relative path would move with the working directory of whoever reads it.
        const QString path = stored.trimmed();
        if (path.isEmpty() || !QDir::isAbsolutePath(path))
            return {{},
                    QCoreApplication::translate("SettingsCatalog", "“%1” must be a full path, such as %2.")
                            .arg(name, QDir::toNativeSeparators(defaultDownloadFolder()))};
        return {QDir::cleanPath(path), {}};
    }
    if (setting.unit == SettingUnit::WebAddress) {
        const QUrl url(stored.trimmed(), QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || url.host().isEmpty() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
            || !url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
            return {{},
                    QCoreApplication::translate("SettingsCatalog", "“%1” must be an http:// or https:// address, "
                                                                   "such as %2.")
                            .arg(name, setting.defaultValue)};
        QUrl normalized = url.adjusted(QUrl::StripTrailingSlash);
        if (normalized.path() == QLatin1String("/"))
            normalized.setPath({}); // StripTrailingSlash keeps a lone "/"
        return {normalized.toString(), {}};
    }
    const double shown = shownValue(setting, stored);
    const double storedNumber = stored.trimmed().toDouble();
    if (std::isnan(shown) || (storesWholeNumbers(setting.unit) && storedNumber != std::trunc(storedNumber)))
        return {{},
                storesWholeNumbers(setting.unit)
                        ? QCoreApplication::translate("SettingsCatalog", "“%1” must be a whole number.").arg(name)
                        : QCoreApplication::translate("SettingsCatalog", "“%1” must be a number.").arg(name)};
    // Only floating-point noise: 359 seconds is refused when the shortest allowed is 0.1 hours.
    const double tolerance = 1e-9 * std::max(1.0, std::abs(setting.maximum));
    // Whole stored units are compared as stored too: -1 byte is within that noise of 0 GB, and still no size.
    const double perShown = scale(setting.unit);
    const bool outsideStored = storesWholeNumbers(setting.unit)
        && (storedNumber < setting.minimum * perShown - 0.5 || storedNumber > setting.maximum * perShown + 0.5);
    if (outsideStored || shown < setting.minimum - tolerance || shown > setting.maximum + tolerance)
        return {{},
                QCoreApplication::translate("SettingsCatalog", "“%1” must be between %2 and %3.")
                        .arg(name, format(setting, storedValue(setting, setting.minimum)),
                             format(setting, storedValue(setting, setting.maximum)))};
    return {storedValue(setting, shown), {}};
}

QString SettingsCatalog::format(const SettingDescriptor &setting, const QString &stored)
{
    if (setting.unit == SettingUnit::Choice) {
        for (const SettingChoice &choice : setting.choices) {
            if (choice.value == stored)
                return choiceLabel(choice);
        }
        return stored;
    }
    if (setting.unit == SettingUnit::Folder)
        return QDir::toNativeSeparators(stored);
    if (setting.unit == SettingUnit::WebAddress)
        return stored;
    const double shown = shownValue(setting, stored);
    if (std::isnan(shown))
        return stored;
    if (shown == 0 && setting.zeroMeans)
        return zeroText(setting);
    const QString number = numberText(shown, setting.decimals);
    const bool whole = shown == std::trunc(shown);
    switch (setting.unit) {
    case SettingUnit::SecondsAsHours:
        return whole ? QCoreApplication::translate("SettingsCatalog", "%Ln hour(s)", nullptr, int(shown))
                     : QCoreApplication::translate("SettingsCatalog", "%1 hours").arg(number);
    case SettingUnit::SecondsAsDays:
        return whole ? QCoreApplication::translate("SettingsCatalog", "%Ln day(s)", nullptr, int(shown))
                     : QCoreApplication::translate("SettingsCatalog", "%1 days").arg(number);
    case SettingUnit::BytesAsMegabytes: return QCoreApplication::translate("SettingsCatalog", "%1 MB").arg(number);
    case SettingUnit::BytesAsGigabytes: return QCoreApplication::translate("SettingsCatalog", "%1 GB").arg(number);
    case SettingUnit::BytesPerSecondAsMegabytes:
        return QCoreApplication::translate("SettingsCatalog", "%1 MB/s").arg(number);
    case SettingUnit::ShareAsPercent:
    case SettingUnit::Percent: return QCoreApplication::translate("SettingsCatalog", "%1%").arg(number);
    case SettingUnit::Count:
    case SettingUnit::Choice:
    case SettingUnit::Folder:
    case SettingUnit::WebAddress: break;
    }
    return number;
}

QString SettingsCatalog::unitSuffix(const SettingDescriptor &setting)
{
    switch (setting.unit) {
    case SettingUnit::SecondsAsHours: return QLatin1Char(' ') + QCoreApplication::translate("SettingsCatalog", "hours");
    case SettingUnit::SecondsAsDays: return QLatin1Char(' ') + QCoreApplication::translate("SettingsCatalog", "days");
    case SettingUnit::BytesAsMegabytes: return QLatin1Char(' ') + QCoreApplication::translate("SettingsCatalog", "MB");
    case SettingUnit::BytesAsGigabytes: return QLatin1Char(' ') + QCoreApplication::translate("SettingsCatalog", "GB");
    case SettingUnit::BytesPerSecondAsMegabytes:
        return QLatin1Char(' ') + QCoreApplication::translate("SettingsCatalog", "MB/s");
    case SettingUnit::ShareAsPercent:
    case SettingUnit::Percent: return QCoreApplication::translate("SettingsCatalog", "%");
    case SettingUnit::Count:
    case SettingUnit::Choice:
    case SettingUnit::Folder:
    case SettingUnit::WebAddress: break;
    }
    return {};
}

QString SettingsCatalog::storedUnitName(const SettingDescriptor &setting)
{
    switch (setting.unit) {
    case SettingUnit::SecondsAsHours:
    case SettingUnit::SecondsAsDays: return QStringLiteral("seconds");
    case SettingUnit::BytesAsMegabytes:
    case SettingUnit::BytesAsGigabytes: return QStringLiteral("bytes");
    case SettingUnit::BytesPerSecondAsMegabytes: return QStringLiteral("bytes per second");
    case SettingUnit::ShareAsPercent: return QStringLiteral("share from 0 to 1");
    case SettingUnit::Percent: return QStringLiteral("percent");
    case SettingUnit::Count: return QStringLiteral("count");
    case SettingUnit::Folder: return QStringLiteral("absolute path");
    case SettingUnit::WebAddress: return QStringLiteral("http or https address");
    case SettingUnit::Choice: break;
    }
    QStringList values;
    for (const SettingChoice &choice : setting.choices)
        values << choice.value;
    return values.join(QLatin1Char('|'));
}

} // namespace marquee
