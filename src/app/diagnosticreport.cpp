// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/diagnosticreport.h"

#include "app/appservices.h"
#include "app/componentversions.h"
#include "backend/backend.h"
#include "backend/urlredaction.h"
#include "core/settingscatalog.h"
#include "services/imagecache.h"
#include "services/playbacksyncworker.h"
#include "services/settingsstore.h"
#include "storage/cachestatsrepository.h"
#include "storage/syncstaterepository.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QRegularExpression>
#include <QScreen>
#include <QStyle>
#include <QSysInfo>

namespace marquee {

namespace {

constexpr int SyncErrorsShown = 5;
constexpr int SyncRunsLookedAt = 200;
const QString Hidden = QStringLiteral("[hidden]");

/// Sizes in the report are for people and for us: one format, whatever the user's locale.
QString size(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString timestamp(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toUTC().toString(Qt::ISODate);
}

/// "/home/alice/.cache/Marquee/metadata.sqlite" → "~/.cache/Marquee/metadata.sqlite".
QString homeRelative(const QString &path)
{
    const QString home = QDir::homePath();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!home.isEmpty() && home != QLatin1String("/") && absolute.startsWith(home + QLatin1Char('/')))
        return QLatin1Char('~') + absolute.mid(home.size());
    return absolute;
}

QString fileLine(const QString &label, const QString &path)
{
    const QFileInfo info(path);
    return QStringLiteral("  %1: %2 (%3)").arg(label, homeRelative(path), info.exists() ? size(info.size())
                                                                                        : QStringLiteral("missing"));
}

} // namespace

QString DiagnosticReport::redact(QString text, const QStringList &secrets)
{
    for (const QString &secret : secrets) {
        if (secret.size() >= 4)
            text.replace(secret, Hidden);
    }
    // Any URL: drop user info and secret query items (api_key, token …), as the logs do.
    static const QRegularExpression url(QStringLiteral("\\b[a-zA-Z][a-zA-Z0-9+.-]*://[^\\s\"'<>]+"));
    QString cleaned;
    qsizetype last = 0;
    for (auto it = url.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        cleaned += QStringView(text).mid(last, match.capturedStart() - last);
        cleaned += redactedUrl(QUrl(match.captured(), QUrl::TolerantMode));
        last = match.capturedEnd();
    }
    cleaned += QStringView(text).mid(last);
    // Jellyfin's Authorization header (Token="…"), bearer tokens, and key=value pairs outside URLs.
    static const QRegularExpression header(QStringLiteral("(Token\\s*=\\s*)\"[^\"]*\""),
                                           QRegularExpression::CaseInsensitiveOption);
    cleaned.replace(header, QStringLiteral("\\1\"[hidden]\""));
    static const QRegularExpression bearer(QStringLiteral("(Bearer\\s+)\\S+"), QRegularExpression::CaseInsensitiveOption);
    cleaned.replace(bearer, QStringLiteral("\\1[hidden]"));
    static const QRegularExpression pair(
            QStringLiteral("\\b(api_key|apikey|access_token|token|password|x-emby-token|x-plex-token)(\\s*[=:]\\s*)[^\\s&,;\"]+"),
            QRegularExpression::CaseInsensitiveOption);
    cleaned.replace(pair, QStringLiteral("\\1\\2[hidden]"));
    return cleaned;
}

QString DiagnosticReport::build(AppServices &services, const ImageStoreStats &images)
{
    const QSqlDatabase db = services.database().connection();
    QStringList lines;
    lines << QStringLiteral("Marquee %1").arg(QStringLiteral(MARQUEE_VERSION));
    QStringList components;
    for (const ComponentInfo &component : componentVersions())
        components << component.name + QLatin1Char(' ') + component.version;
    lines << QStringLiteral("Libraries: ") + components.join(QStringLiteral(", "));
    lines << QStringLiteral("System: %1, kernel %2 %3, %4")
                     .arg(QSysInfo::prettyProductName(), QSysInfo::kernelType(), QSysInfo::kernelVersion(),
                          QSysInfo::currentCpuArchitecture());
    QStringList screens;
    for (const QScreen *screen : QGuiApplication::screens()) {
        screens << QStringLiteral("%1×%2 at scale %3")
                           .arg(screen->size().width())
                           .arg(screen->size().height())
                           .arg(screen->devicePixelRatio());
    }
    lines << QStringLiteral("Display: platform %1, style %2, %3 palette, screens %4")
                     .arg(QGuiApplication::platformName(),
                          qobject_cast<QApplication *>(QCoreApplication::instance()) ? QApplication::style()->name()
                                                                                     : QStringLiteral("none"),
                          QGuiApplication::palette().color(QPalette::Window).lightness() < 128 ? QStringLiteral("dark")
                                                                                                : QStringLiteral("light"),
                          screens.isEmpty() ? QStringLiteral("none") : screens.join(QStringLiteral("; ")));
    lines << QStringLiteral("Language: %1 (numbers and dates: %2)")
                     .arg(QLocale::system().uiLanguages().join(QStringLiteral(", ")), QLocale().name());

    QStringList servers;
    const AboutInfo about = aboutInfo(services);
    for (const ServerVersionSeen &seen : about.servers)
        servers << QStringLiteral("%1 %2 (last seen %3)").arg(seen.product, seen.version, timestamp(seen.lastSeenAtMs));
    lines << QStringLiteral("Servers seen: ") + (servers.isEmpty() ? QStringLiteral("none") : servers.join(QStringLiteral("; ")));
    lines << QStringLiteral("Connected now: %1").arg(services.isConnected() ? QStringLiteral("yes") : QStringLiteral("no"));

    lines << QStringLiteral("Files:");
    lines << fileLine(QStringLiteral("metadata cache"), services.database().paths().cacheFile);
    lines << fileLine(QStringLiteral("user state"), services.database().paths().stateFile);
    if (const ImageCache *cache = services.imageCache()) {
        lines << QStringLiteral("  images: %1 (%2 files, %3; limit %4 on disk, %5 in memory)")
                         .arg(homeRelative(cache->directory()))
                         .arg(images.files)
                         .arg(size(images.bytes), size(cache->options().maxDiskBytes),
                              size(cache->options().maxMemoryBytes));
    }

    QStringList counts;
    for (const auto &[type, count] : CacheStatsRepository(db).itemCountsByType())
        counts << QStringLiteral("%1 %2").arg(count).arg(type);
    lines << QStringLiteral("Cached items: ") + (counts.isEmpty() ? QStringLiteral("none") : counts.join(QStringLiteral(", ")));

    QStringList secrets;
    if (const Backend *backend = services.backend())
        secrets << backend->session().accessToken;
    const int pending = CacheStatsRepository(db).pendingPlaybackChanges();
    QString queue = QStringLiteral("Playback changes waiting for the server: %1").arg(pending);
    if (const PlaybackSyncWorker *worker = services.syncWorker(); worker && worker->lastError().isError())
        queue += QStringLiteral(" (last error: %1)").arg(redact(worker->lastError().toString(), secrets));
    lines << queue;

    QStringList changed;
    if (SettingsStore *settings = services.settings()) {
        for (const SettingDescriptor &setting : SettingsCatalog::all()) {
            if (settings->isStored(setting.key))
                changed << setting.key + QLatin1Char('=') + settings->value(setting.key);
        }
    }
    lines << QStringLiteral("Settings changed from the defaults: ")
                    + (changed.isEmpty() ? QStringLiteral("none") : changed.join(QStringLiteral(", ")));

    lines << QStringLiteral("Last sync errors:");
    int shown = 0;
    for (const SyncRun &run : SyncStateRepository(db).recentRuns(SyncRunsLookedAt)) {
        if (run.error.isEmpty())
            continue;
        lines << QStringLiteral("  %1 %2 (%3): %4")
                         .arg(timestamp(run.startedAtMs), run.scope, run.kind, redact(run.error, secrets));
        if (++shown == SyncErrorsShown)
            break;
    }
    if (shown == 0)
        lines << QStringLiteral("  none");
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void DiagnosticReport::collect(AppServices &services, QObject *context, std::function<void(const QString &)> done)
{
    ImageCache *images = services.imageCache();
    if (!images) {
        done(build(services, {}));
        return;
    }
    images->storeStats().then(context, [&services, done = std::move(done)](const Result<ImageStoreStats> &stats) {
        done(build(services, stats ? stats.value() : ImageStoreStats{}));
    });
}

} // namespace marquee
