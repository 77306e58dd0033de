// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/downloadservice.h"

#include "backend/backend.h"
#include "backend/filedownloader.h"
#include "backend/jellyfinbackend.h"
#include "core/clock.h"
#include "core/logging.h"
#include "core/settingscatalog.h"
#include "services/databasewriter.h"
#include "services/downloaditemresolver.h"
#include "services/downloadnaming.h"
#include "services/downloadrules.h"
#include "services/mediaprobe.h"
#include "storage/downloadrepository.h"
#include "storage/itemreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QStorageInfo>
#include <QtConcurrent>

#include <cstdio>

namespace marquee {

namespace {

bool removeFile(const QString &path)
{
    return !QFile::exists(path) || QFile::remove(path);
}

/// The poster beside a movie ("poster.jpg" in its folder) or an episode ("<file>-thumb.jpg"), as media centres
/// expect them.
QString posterPathOf(const DownloadJob &job)
{
    const QFileInfo file(job.filePath());
    if (job.itemType == ItemType::Movie)
        return file.dir().filePath(QStringLiteral("poster.jpg"));
    return file.dir().filePath(file.completeBaseName() + QStringLiteral("-thumb.jpg"));
}

/// The subtitle formats kept beside a download, as the server delivers them (the suffix of its DeliveryUrl).
const QStringList &subtitleFormats()
{
    static const QStringList formats{QStringLiteral("srt"), QStringLiteral("ass"), QStringLiteral("ssa"),
                                     QStringLiteral("vtt")};
    return formats;
}

bool isSubtitleFormat(const QString &suffix)
{
    return subtitleFormats().contains(suffix);
}

/// "<file>.<language>[.forced].<format>" beside the file, as players find them. The language is server text: only
/// letters, digits and '-' of it are kept, so it can never name another folder.
QString subtitlePathOf(const DownloadJob &job, const PlaybackStream &stream, const QString &format, int nth)
{
    QString language;
    for (const QChar c : stream.language.left(16))
        if (c.isLetterOrNumber() || c == QLatin1Char('-'))
            language.append(c);
    if (language.isEmpty())
        language = QStringLiteral("und");
    if (nth > 0)
        language += QLatin1Char('.') + QString::number(nth + 1);
    if (stream.isForced)
        language += QStringLiteral(".forced");
    const QFileInfo file(job.filePath());
    return file.dir().filePath(file.completeBaseName() + QLatin1Char('.') + language + QLatin1Char('.') + format);
}

/// The subtitles written beside @p job's file: every "<file>.*.<format>" in its folder.
QStringList subtitlesBeside(const DownloadJob &job)
{
    const QFileInfo file(job.filePath());
    const QString prefix = file.completeBaseName() + QLatin1Char('.');
    QStringList paths;
    for (const QFileInfo &entry : file.dir().entryInfoList(QDir::Files)) {
        if (entry.fileName().startsWith(prefix) && isSubtitleFormat(entry.suffix()))
            paths.append(entry.absoluteFilePath());
    }
    return paths;
}

/// Removes the folders of @p job's file that are empty now, up to (not including) the download folder.
void removeEmptyFolders(const DownloadJob &job)
{
    QDir root(job.rootPath);
    QDir dir = QFileInfo(job.filePath()).dir();
    while (dir.absolutePath() != root.absolutePath() && dir.absolutePath().startsWith(root.absolutePath())) {
        if (!dir.isEmpty() || !root.rmdir(dir.absolutePath()))
            return;
        if (!dir.cdUp())
            return;
    }
}

/// Whether @p relative stays inside @p root once resolved: a last guard behind DownloadNaming.
bool staysInside(const QString &root, const QString &relative)
{
    const QString base = QDir::cleanPath(QDir(root).absolutePath());
    const QString full = QDir::cleanPath(QDir(base).absoluteFilePath(relative));
    return full.startsWith(base + QLatin1Char('/')) && !QFileInfo(relative).isAbsolute();
}

/// Replaces @p to by @p from in one step (POSIX rename), so a newer version never leaves a gap without a file.
bool renameOver(const QString &from, const QString &to)
{
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

} // namespace

DownloadService::DownloadService(Dependencies dependencies, QObject *parent)
    : QObject(parent)
    , m_writer(dependencies.writer)
    , m_downloader(dependencies.downloader)
    , m_probe(dependencies.probe)
    , m_clock(dependencies.clock)
    , m_resolver(new DownloadItemResolver(dependencies.writer, this))
    , m_settings(DownloadSettings::fromValues({}))
    , m_bootId(currentBootId())
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        // The retry is itself the probe: the first waiting job asks the server again.
        m_offline = false;
        releaseWaiting(DownloadReason::Offline);
    });
    m_recheck.setInterval(RecheckIntervalMs);
    connect(&m_recheck, &QTimer::timeout, this, &DownloadService::recheck);
}

DownloadService::~DownloadService()
{
    stopTransfers();
}

QString DownloadService::currentBootId()
{
    QFile file(QStringLiteral("/proc/sys/kernel/random/boot_id"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll().trimmed()) : QString();
}

void DownloadService::setBackend(Backend *backend)
{
    if (m_backend == backend)
        return;
    if (m_backend)
        disconnect(m_backend, nullptr, this, nullptr);
    stopTransfers();
    m_backend = backend;
    if (backend) {
        if (const QString id = backend->session().serverId; !id.isEmpty())
            m_serverId = id;
        connect(backend, &Backend::sessionChanged, this, [this](const Session &session) {
            if (!session.serverId.isEmpty())
                m_serverId = session.serverId;
            releaseWaiting(DownloadReason::SignedOut);
        });
        connect(backend, &Backend::unauthorized, this, [this] {
            stopTransfers();
            schedule();
        });
    }
    releaseWaiting(DownloadReason::SignedOut);
    schedule();
}

void DownloadService::setServerId(const QString &serverId)
{
    m_serverId = serverId;
}

void DownloadService::applySettings(const DownloadSettings &settings)
{
    m_settings = settings;
    m_downloader.setBandwidthLimit(settings.maxBytesPerSecond);
    releaseWaiting(DownloadReason::Quota);
    schedule();
}

QFuture<void> DownloadService::start(bool runQueue)
{
    m_runQueue = runQueue;
    return m_writer
        .run([runQueue](const QSqlDatabase &db) {
            DownloadRepository repository(db);
            // Only the process that runs the queue may say nothing runs any more; another may be downloading.
            if (runQueue)
                repository.requeueInterrupted();
            return repository.all();
        })
        .then(this, [this](const QList<DownloadJob> &jobs) {
            m_jobs = jobs;
            m_started = true;
            for (const DownloadJob &job : jobs) {
                if (job.state == DownloadState::Ready)
                    m_storedReady.insert(job.id);
            }
            m_recheck.start();
            Q_EMIT jobsChanged();
            schedule();
        });
}

void DownloadService::stopTransfers()
{
    const auto running = std::exchange(m_running, {});
    for (const Running &transfer : running)
        transfer.cancel.cancel();
    for (DownloadJob &job : m_jobs) {
        if (running.contains(job.id) && job.state == DownloadState::Transferring) {
            job.state = DownloadState::Queued;
            saveJob(job);
        }
    }
}

DownloadJob *DownloadService::find(qint64 id)
{
    for (DownloadJob &job : m_jobs) {
        if (job.id == id)
            return &job;
    }
    return nullptr;
}

const DownloadJob *DownloadService::find(qint64 id) const
{
    return const_cast<DownloadService *>(this)->find(id);
}

std::optional<DownloadJob> DownloadService::job(qint64 id) const
{
    const DownloadJob *found = find(id);
    return found ? std::optional<DownloadJob>(*found) : std::nullopt;
}

std::optional<DownloadJob> DownloadService::jobForItem(const QString &itemId) const
{
    for (const DownloadJob &job : m_jobs) {
        if (job.itemId == itemId && job.serverId == m_serverId)
            return job;
    }
    return std::nullopt;
}

QString DownloadService::playableFile(const QString &itemId) const
{
    const std::optional<DownloadJob> found = jobForItem(itemId);
    if (!found || found->state != DownloadState::Ready)
        return {};
    const QString path = found->filePath();
    return QFileInfo::exists(path) ? path : QString();
}

qint64 DownloadService::bytesOnDisk() const
{
    qint64 total = 0;
    for (const DownloadJob &job : m_jobs)
        total += job.state == DownloadState::Ready ? job.sizeBytes : job.bytesDone;
    return total;
}

qint64 DownloadService::freeBytes() const
{
    QString folder = m_settings.folder;
    // The folder itself may not exist yet: its volume is that of the nearest existing parent.
    while (!folder.isEmpty() && !QFileInfo::exists(folder) && QFileInfo(folder).dir().path() != folder)
        folder = QFileInfo(folder).dir().path();
    const QStorageInfo volume(folder);
    return volume.isValid() && volume.isReady() ? volume.bytesAvailable() : -1;
}

void DownloadService::saveJob(const DownloadJob &job)
{
    const bool ready = job.state == DownloadState::Ready;
    m_writer
        .run([job](const QSqlDatabase &db) {
            DownloadRepository repository(db);
            if (!repository.save(job))
                qCWarning(lcServices).noquote() << "download" << job.id << "not saved:" << repository.lastError().toString();
        })
        .then(this, [this, id = job.id, ready] { noteStored(id, ready); });
}

void DownloadService::noteStored(qint64 id, bool ready)
{
    if (ready == m_storedReady.contains(id))
        return;
    if (ready)
        m_storedReady.insert(id);
    else
        m_storedReady.remove(id);
    Q_EMIT downloadedChanged();
}

void DownloadService::changed(const DownloadJob &job)
{
    saveJob(job);
    Q_EMIT jobChanged(job.id);
}

QFuture<Result<QList<DownloadJob>>> DownloadService::download(const QStringList &itemIds)
{
    const QString serverId = m_serverId;
    const QString root = m_settings.folder;
    const qint64 now = m_clock.nowMs();
    return m_resolver->resolve(itemIds, m_backend.data())
        .then(this,
              [this, serverId, root, now](const Result<QList<MediaItem>> &items) -> QFuture<Result<QList<DownloadJob>>> {
                  if (!items)
                      return finishedFuture<QList<DownloadJob>>(items.error());
                  QList<DownloadJob> wanted;
                  QStringList refused;
                  for (const MediaItem &item : items.value()) {
                      if (!item.canDownload) {
                          refused.append(item.name);
                          continue;
                      }
                      DownloadJob job;
                      job.serverId = serverId;
                      job.itemId = item.id;
                      job.itemType = item.type;
                      job.seriesId = item.seriesId;
                      job.seriesName = item.seriesName;
                      job.title = item.name;
                      job.itemEtag = item.etag;
                      job.rootPath = root;
                      const QString container = item.mediaSources.isEmpty() ? QString() : item.mediaSources.first().container;
                      job.relativePath = uniquePath(job, DownloadNaming::relativePath(item, container), wanted);
                      job.addedAtMs = now;
                      wanted.append(job);
                  }
                  if (wanted.isEmpty()) {
                      const QString why = refused.isEmpty()
                              ? tr("Nothing to download: no movie or episode was found.")
                              : tr("The server does not allow downloading %1.").arg(refused.join(QStringLiteral(", ")));
                      return finishedFuture<QList<DownloadJob>>(Error{ErrorKind::ClientError, why, {}, 0});
                  }
                  return m_writer.run([wanted](const QSqlDatabase &db) -> Result<QList<DownloadJob>> {
                      DownloadRepository repository(db);
                      QList<DownloadJob> jobs;
                      for (const DownloadJob &job : wanted) {
                          Result<DownloadJob> added = repository.add(job);
                          if (!added)
                              return added.error();
                          jobs.append(added.value());
                      }
                      return jobs;
                  });
              })
        .unwrap()
        .then(this, [this](const Result<QList<DownloadJob>> &jobs) {
            if (jobs) {
                bool added = false;
                for (const DownloadJob &job : jobs.value()) {
                    if (!find(job.id)) {
                        m_jobs.append(job);
                        added = true;
                    }
                }
                if (added)
                    Q_EMIT jobsChanged();
                schedule();
            }
            return jobs;
        });
}

QString DownloadService::uniquePath(const DownloadJob &job, const QString &wanted, const QList<DownloadJob> &alsoTaken) const
{
    const auto takenBy = [&job, &wanted](const QList<DownloadJob> &jobs) {
        return std::any_of(jobs.cbegin(), jobs.cend(), [&](const DownloadJob &other) {
            return other.itemId != job.itemId && other.rootPath == job.rootPath
                && other.relativePath.compare(wanted, Qt::CaseInsensitive) == 0;
        });
    };
    // A file that is there but is not this job's (another item's, or the user's own) is never overwritten.
    const bool ours = job.relativePath.compare(wanted, Qt::CaseInsensitive) == 0 && job.completedAtMs;
    const bool onDisk = !ours && QFileInfo::exists(QDir(job.rootPath).filePath(wanted));
    // Two items with the same title and year get the item id in the name, never each other's file.
    return takenBy(m_jobs) || takenBy(alsoTaken) || onDisk ? DownloadNaming::disambiguated(wanted, job.itemId.left(8))
                                                           : wanted;
}

int DownloadService::activeCount() const
{
    int active = 0;
    for (const DownloadJob &job : m_jobs)
        active += job.isActive() ? 1 : 0;
    return active;
}

bool DownloadService::rootAvailable(const DownloadJob &job) const
{
    const QFileInfo root(job.rootPath);
    if (root.isDir())
        return true;
    // The default folder is made as needed. Any other is made only inside a folder that exists: a drive that is not
    // plugged in must not become an empty folder on the internal disk that the downloads then fill.
    if (QDir::cleanPath(job.rootPath) == QDir::cleanPath(SettingsCatalog::defaultDownloadFolder()))
        return QDir().mkpath(job.rootPath);
    return root.dir().exists() && QDir().mkdir(job.rootPath);
}

bool DownloadService::canRun(const DownloadJob &job) const
{
    return job.state == DownloadState::Queued && job.serverId == m_serverId
        && job.nextAttemptAtMs <= m_clock.nowMs();
}

void DownloadService::schedule()
{
    if (!m_started || !m_runQueue)
        return;
    int active = activeCount();
    const bool signedIn = m_backend && m_backend->isSignedIn();
    for (DownloadJob &job : m_jobs) {
        if (!canRun(job))
            continue;
        if (!signedIn)
            wait(job, DownloadReason::SignedOut);
        else if (m_offline)
            wait(job, DownloadReason::Offline);
        else if (m_diskFull)
            wait(job, DownloadReason::DiskFull);
        else if (active < m_settings.concurrency) {
            startJob(job);
            ++active;
        }
    }
}

void DownloadService::startJob(DownloadJob &job)
{
    if (m_backend->downloadSource(job.itemId).url.isEmpty()) {
        fail(job, DownloadReason::Forbidden, tr("this server offers no downloads"));
        return;
    }
    if (!rootAvailable(job)) {
        wait(job, DownloadReason::LocationUnavailable, job.rootPath);
        return;
    }
    job.state = DownloadState::Transferring;
    job.reason = DownloadReason::None;
    m_running.insert(job.id, Running{});
    changed(job);
    const qint64 id = job.id;
    versionsOf(job.itemId, m_running.value(id).cancel)
        .then(this, [this, id](const Result<QList<PlaybackSource>> &sources) { onPlaybackInfo(id, sources); });
}

QFuture<Result<QList<PlaybackSource>>> DownloadService::versionsOf(const QString &itemId, CancelToken cancel)
{
    // The original file is what is fetched: nothing the server could convert or remux is asked for, so no playback
    // decision of the server's can start a conversion or stand in the way.
    PlaybackInfoRequest request;
    request.itemId = itemId;
    request.enableDirectStream = false;
    request.enableTranscoding = false;
    // The text subtitles kept beside the file: a server gives their address (DeliveryUrl) only to a client that
    // says it shows them as files of their own.
    request.capabilities.subtitleFormats = subtitleFormats() + QStringList{QStringLiteral("subrip")};
    return m_backend->playbackInfo(request, std::move(cancel))
        .then([](const Result<PlaybackInfo> &info) -> Result<QList<PlaybackSource>> {
            if (!info)
                return info.error();
            const QString &code = info.value().errorCode;
            // The server's own "no" comes with 200: NotAllowed is a refusal like a 403, and a rate limit is a
            // server that cannot answer now. Any other code is about playing, not about the file, when the
            // versions are listed.
            if (code == QLatin1String("NotAllowed"))
                return Error {ErrorKind::ClientError, tr("the server refused playback info (%1)").arg(code), {}, 403};
            if (code == QLatin1String("RateLimitExceeded"))
                return Error {ErrorKind::ServerError, tr("the server refused playback info (%1)").arg(code), {}, 0};
            if (info.value().sources.isEmpty() && !code.isEmpty())
                return Error {
                        ErrorKind::ClientError, tr("the server refused playback info (%1)").arg(code.left(40)), {}, 0};
            return info.value().sources;
        });
}

void DownloadService::onPlaybackInfo(qint64 id, const Result<QList<PlaybackSource>> &sources)
{
    DownloadJob *job = find(id);
    if (!job || !m_running.contains(id) || job->state != DownloadState::Transferring)
        return; // paused, removed or stopped meanwhile
    if (!sources) {
        m_running.remove(id);
        handleFailure(*job, sources.error());
        return;
    }
    const QList<PlaybackSource> &list = sources.value();
    auto pinned = std::find_if(list.cbegin(), list.cend(),
                               [job](const PlaybackSource &source) { return source.id == job->mediaSourceId; });
    if (pinned == list.cend())
        pinned = list.cbegin();
    if (pinned == list.cend()) {
        m_running.remove(id);
        fail(*job, DownloadReason::NotFound, tr("the server lists no file for this item"));
        return;
    }
    const PlaybackSource &source = *pinned;
    QList<PlaybackStream> subtitles;
    for (const PlaybackStream &stream : source.streams)
        if (stream.type == PlaybackStream::Type::Subtitle && stream.isExternal && !stream.deliveryUrl.isEmpty())
            subtitles.append(stream);
    m_subtitles.insert(id, subtitles);
    const bool known = job->sizeBytes > 0 || !job->etag.isEmpty();
    // A file replaced by one of the same size, copied in with its old date, is told only by its ETag.
    const bool otherEtag = !job->etag.isEmpty() && !source.eTag.isEmpty() && source.eTag != job->etag;
    if (known && (source.id != job->mediaSourceId || source.sizeBytes != job->sizeBytes || otherEtag)) {
        // Another version: the kept bytes belong to the old one and must never be spliced with the new.
        qCInfo(lcServices).noquote() << "download" << id << "of" << job->itemId << "changed on the server; starting again";
        removeFile(job->partPath());
        forgetVersion(*job);
    }
    job->mediaSourceId = source.id;
    job->sizeBytes = source.sizeBytes;
    job->etag = source.eTag;
    if (job->bytesDone == 0 && !QFile::exists(job->partPath()))
        job->relativePath = uniquePath(*job, DownloadNaming::withContainer(job->relativePath, source.container), {});
    transfer(*job);
}

bool DownloadService::preflight(DownloadJob &job, qint64 alreadyOnDisk)
{
    const qint64 needed = std::max<qint64>(0, job.sizeBytes - alreadyOnDisk);
    const QStorageInfo volume(job.rootPath);
    if (volume.isValid() && volume.bytesAvailable() < needed + SpaceMarginBytes) {
        m_diskFull = true;
        wait(job, DownloadReason::DiskFull,
             tr("%1 bytes needed, %2 free")
                     .arg(QLocale().toString(needed), QLocale().toString(volume.bytesAvailable())));
        return false;
    }
    if (m_settings.maxTotalBytes > 0) {
        qint64 others = 0;
        for (const DownloadJob &other : std::as_const(m_jobs)) {
            if (other.id != job.id)
                others += other.state == DownloadState::Ready ? other.sizeBytes : other.bytesDone;
        }
        if (others + job.sizeBytes > m_settings.maxTotalBytes) {
            wait(job, DownloadReason::Quota,
                 tr("%1 bytes would pass the quota of %2")
                         .arg(QLocale().toString(others + job.sizeBytes),
                              QLocale().toString(m_settings.maxTotalBytes)));
            return false;
        }
    }
    return true;
}

void DownloadService::transfer(DownloadJob &job)
{
    const qint64 id = job.id;
    const QString file = job.filePath();
    if (!staysInside(job.rootPath, job.relativePath)) {
        m_running.remove(id);
        fail(job, DownloadReason::Storage, tr("the file name leaves the download folder"));
        return;
    }
    if (!QDir().mkpath(QFileInfo(file).absolutePath())) {
        m_running.remove(id);
        if (!QFileInfo(job.rootPath).isDir())
            wait(job, DownloadReason::LocationUnavailable, job.rootPath);
        else
            fail(job, DownloadReason::Storage, tr("cannot create the folder of %1").arg(file));
        return;
    }
    qint64 onDisk = QFileInfo(job.partPath()).size();
    // After a reboot only what was synced is sure to hold the bytes that were written; after a crash all of it.
    if (!job.bootId.isEmpty() && job.bootId != m_bootId)
        onDisk = std::min(onDisk, job.syncedBytes);
    if (onDisk > job.sizeBytes) {
        removeFile(job.partPath());
        onDisk = 0;
    }
    job.bytesDone = onDisk;
    job.syncedBytes = std::min(job.syncedBytes, onDisk);
    job.bootId = m_bootId;
    if (!preflight(job, onDisk)) {
        m_running.remove(id);
        return;
    }
    changed(job);
    if (onDisk == job.sizeBytes && job.sizeBytes > 0) {
        m_running.remove(id);
        verify(job, job.sizeBytes);
        return;
    }

    FileTransferRequest request;
    request.source = m_backend->downloadSource(job.itemId);
    request.partPath = job.partPath();
    request.resumeFrom = onDisk;
    request.ifRange = onDisk > 0 ? job.lastModified : QByteArray();
    request.syncedBefore = job.syncedBytes;
    request.cancel = m_running.value(id).cancel;
    if (const auto *jellyfin = qobject_cast<const JellyfinBackend *>(m_backend.data()))
        request.trustedCertificateSha256 = jellyfin->trustedCertificate();
    // The downloader stops before this service goes (see the class comment), so `this` outlives every report.
    m_downloader
        .fetch(request,
               [this, id](const FileTransferProgress &progress) {
                   QMetaObject::invokeMethod(this, [this, id, progress] { onProgress(id, progress); },
                                             Qt::QueuedConnection);
               })
        .then(this, [this, id](const FileTransferOutcome &outcome) { onTransferred(id, outcome); });
}

void DownloadService::onProgress(qint64 id, const FileTransferProgress &progress)
{
    DownloadJob *job = find(id);
    auto running = m_running.find(id);
    if (!job || running == m_running.end() || job->state != DownloadState::Transferring)
        return;
    const bool syncedMoved = progress.syncedBytes != job->syncedBytes;
    job->bytesDone = progress.bytesOnDisk;
    job->syncedBytes = progress.syncedBytes;
    if (!progress.lastModified.isEmpty() && progress.lastModified != job->lastModified) {
        job->lastModified = progress.lastModified;
        changed(*job); // the validator of the bytes now on disk must be stored before more of them are
        return;
    }
    const qint64 now = m_clock.nowMs();
    if (syncedMoved || now - running->lastSavedMs >= ProgressSaveIntervalMs) {
        running->lastSavedMs = now;
        m_writer.run([id, bytes = job->bytesDone, synced = job->syncedBytes, boot = job->bootId](const QSqlDatabase &db) {
            DownloadRepository(db).saveProgress(id, bytes, synced, boot);
        });
    }
    Q_EMIT jobChanged(id);
}

void DownloadService::onTransferred(qint64 id, const FileTransferOutcome &outcome)
{
    DownloadJob *job = find(id);
    const bool ours = m_running.remove(id) > 0;
    if (!job)
        return;
    job->bytesDone = outcome.progress.bytesOnDisk;
    job->syncedBytes = outcome.progress.syncedBytes;
    if (!outcome.progress.lastModified.isEmpty())
        job->lastModified = outcome.progress.lastModified;
    if (!ours || outcome.error.kind == ErrorKind::Cancelled || job->state != DownloadState::Transferring) {
        saveJob(*job); // paused or stopped: what arrived stays, to resume from
        Q_EMIT jobChanged(id);
        schedule();
        return;
    }
    if (outcome.error.isError()) {
        handleFailure(*job, outcome.error);
        return;
    }
    verify(*job, outcome.progress.totalBytes);
}

void DownloadService::verify(DownloadJob &job, qint64 totalBytes)
{
    const qint64 onDisk = QFileInfo(job.partPath()).size();
    if (onDisk != totalBytes || totalBytes != job.sizeBytes) {
        // The server sent another length than it announced: never call that file ready.
        restart(job,
                tr("%1 bytes on disk, %2 sent, %3 announced")
                        .arg(QLocale().toString(onDisk), QLocale().toString(totalBytes),
                             QLocale().toString(job.sizeBytes)));
        return;
    }
    job.state = DownloadState::Verifying;
    changed(job);
    const qint64 id = job.id;
    const QString part = job.partPath();
    const MediaProbe *probe = &m_probe;
    QtConcurrent::run([probe, part] { return probe->durationSeconds(part); })
        .then(this, [this, id](const Result<double> &duration) { onVerified(id, duration); });
}

void DownloadService::onVerified(qint64 id, const Result<double> &duration)
{
    DownloadJob *job = find(id);
    if (!job || job->state != DownloadState::Verifying)
        return;
    if (!duration) {
        qCWarning(lcServices).noquote() << "download" << id << "is not playable:" << duration.error().toString();
        removeFile(job->partPath());
        job->bytesDone = 0;
        job->syncedBytes = 0;
        fail(*job, DownloadReason::Verification, duration.error().message);
        return;
    }
    if (!renameOver(job->partPath(), job->filePath())) {
        fail(*job, DownloadReason::Storage, tr("cannot rename %1 into place").arg(job->partPath()));
        return;
    }
    job->state = DownloadState::Ready;
    job->reason = DownloadReason::None;
    job->attempts = 0;
    job->lastError.clear();
    job->serverCopy = ServerCopy::Current;
    job->bytesDone = job->sizeBytes;
    job->completedAtMs = m_clock.nowMs();
    qCInfo(lcServices).noquote() << "downloaded" << job->itemId << "to" << job->filePath();
    changed(*job);
    fetchPoster(*job);
    fetchSubtitles(*job);
    schedule();
}

void DownloadService::fetchPoster(const DownloadJob &job)
{
    if (!m_backend)
        return;
    const QString path = posterPathOf(job);
    ImageRequest request;
    request.itemId = job.itemId;
    request.type = ImageType::Primary;
    request.maxWidth = 600;
    ++m_extrasInFlight;
    m_backend->image(request).then(this, [this, path](const Result<QByteArray> &bytes) {
        --m_extrasInFlight;
        QFile file(path);
        if (bytes && file.open(QIODevice::WriteOnly))
            file.write(bytes.value());
    });
}

void DownloadService::fetchSubtitles(const DownloadJob &job)
{
    const QList<PlaybackStream> subtitles = m_subtitles.take(job.id);
    if (!m_backend)
        return;
    QHash<QString, int> perLanguage;
    for (const PlaybackStream &stream : subtitles) {
        const QString format = QFileInfo(QUrl(stream.deliveryUrl).path()).suffix().toLower();
        if (!isSubtitleFormat(format))
            continue;
        const QString path = subtitlePathOf(job, stream, format, perLanguage[stream.language]++);
        FileTransferRequest request;
        request.source = m_backend->serverStream(stream.deliveryUrl);
        if (request.source.url.isEmpty())
            continue;
        request.partPath = path + QStringLiteral(".part");
        if (const auto *jellyfin = qobject_cast<const JellyfinBackend *>(m_backend.data()))
            request.trustedCertificateSha256 = jellyfin->trustedCertificate();
        // A subtitle is a nicety beside the file: one that cannot be fetched is left out, the download stays ready.
        ++m_extrasInFlight;
        const QString partPath = request.partPath;
        m_downloader.fetch(request).then(this, [this, partPath, path](const FileTransferOutcome &outcome) {
            --m_extrasInFlight;
            if (outcome.error.kind == ErrorKind::None && renameOver(partPath, path))
                return;
            qCInfo(lcServices).noquote() << "subtitle" << path << "not kept:" << outcome.error.toString();
            removeFile(partPath);
        });
    }
}

void DownloadService::cancelTransfer(qint64 id)
{
    if (const auto running = m_running.find(id); running != m_running.end()) {
        running->cancel.cancel();
        m_running.erase(running);
    }
}

void DownloadService::forgetVersion(DownloadJob &job)
{
    // Asked again: the server's next answer decides the version, and nothing of the old one is kept to resume.
    job.sizeBytes = 0;
    job.etag.clear();
    job.bytesDone = 0;
    job.syncedBytes = 0;
    job.lastModified.clear();
}

void DownloadService::restart(DownloadJob &job, const QString &why)
{
    qCWarning(lcServices).noquote() << "download" << job.id << "starts again:" << why;
    removeFile(job.partPath());
    forgetVersion(job);
    job.lastError = why;
    if (++job.attempts >= MaxRestarts) {
        fail(job, DownloadReason::Verification, why);
        return;
    }
    job.state = DownloadState::Queued;
    job.reason = DownloadReason::None;
    changed(job);
    schedule();
}

void DownloadService::handleFailure(DownloadJob &job, const Error &error)
{
    qCInfo(lcServices).noquote() << "download" << job.id << "of" << job.itemId << ":" << error.toString();
    job.lastError = error.toString();
    switch (error.kind) {
    case ErrorKind::Unauthorized:
        wait(job, DownloadReason::SignedOut, job.lastError);
        break;
    case ErrorKind::ClientError:
        if (error.httpStatus == 403)
            fail(job, DownloadReason::Forbidden, job.lastError);
        else if (error.httpStatus == 404)
            fail(job, DownloadReason::NotFound, job.lastError);
        else if (error.httpStatus == 416)
            restart(job, job.lastError);
        else
            fail(job, DownloadReason::ServerError, job.lastError);
        break;
    case ErrorKind::BadResponse:
        restart(job, job.lastError);
        break;
    case ErrorKind::StorageFull:
        m_diskFull = true;
        wait(job, DownloadReason::DiskFull, job.lastError);
        break;
    case ErrorKind::Storage:
        if (!QFileInfo(job.rootPath).isDir())
            wait(job, DownloadReason::LocationUnavailable, job.lastError);
        else
            fail(job, DownloadReason::Storage, job.lastError);
        break;
    case ErrorKind::UntrustedCertificate:
        fail(job, DownloadReason::ServerError, job.lastError);
        break;
    default: // offline, timeout, 5xx: the server is not answering as it should; wait quietly and retry
        wait(job, DownloadReason::Offline, job.lastError);
        goOffline();
        break;
    }
    schedule();
}

void DownloadService::wait(DownloadJob &job, DownloadReason reason, const QString &detail)
{
    if (job.state == DownloadState::Waiting && job.reason == reason)
        return;
    job.state = DownloadState::Waiting;
    job.reason = reason;
    if (!detail.isEmpty())
        job.lastError = detail;
    changed(job);
}

void DownloadService::fail(DownloadJob &job, DownloadReason reason, const QString &detail)
{
    job.state = DownloadState::Failed;
    job.reason = reason;
    job.lastError = detail;
    if (reason == DownloadReason::NotFound && job.completedAtMs)
        job.serverCopy = ServerCopy::Gone;
    changed(job);
}

void DownloadService::goOffline()
{
    // Transfers under way go on (one dropped connection is not a dead server); nothing new starts until the retry.
    m_offline = true;
    m_retry.start(int(m_backoffMs));
    m_backoffMs = std::min(m_backoffMs * 2, MaxBackoffMs);
}

void DownloadService::setOnline(bool online)
{
    if (!online) {
        m_offline = true;
        return;
    }
    m_retry.stop();
    m_backoffMs = FirstBackoffMs;
    m_offline = false;
    releaseWaiting(DownloadReason::Offline);
}

void DownloadService::releaseWaiting(DownloadReason reason)
{
    for (DownloadJob &job : m_jobs) {
        if (job.state == DownloadState::Waiting && job.reason == reason) {
            job.state = DownloadState::Queued;
            job.reason = DownloadReason::None;
            changed(job);
        }
    }
    schedule();
}

void DownloadService::recheck()
{
    if (m_diskFull) {
        for (const DownloadJob &job : std::as_const(m_jobs)) {
            if (job.state != DownloadState::Waiting || job.reason != DownloadReason::DiskFull)
                continue;
            const QStorageInfo volume(job.rootPath);
            if (volume.isValid() && volume.bytesAvailable() >= job.sizeBytes - job.bytesDone + SpaceMarginBytes)
                m_diskFull = false;
            break;
        }
        if (!m_diskFull)
            releaseWaiting(DownloadReason::DiskFull);
    }
    for (DownloadJob &job : m_jobs) {
        if (job.state == DownloadState::Waiting && job.reason == DownloadReason::LocationUnavailable
            && QFileInfo(job.rootPath).isDir()) {
            job.state = DownloadState::Queued;
            job.reason = DownloadReason::None;
            changed(job);
        }
    }
    schedule();
}

void DownloadService::pause(qint64 id)
{
    DownloadJob *job = find(id);
    if (!job || job->state == DownloadState::Ready || job->state == DownloadState::Paused)
        return;
    cancelTransfer(id);
    job->state = DownloadState::Paused;
    job->reason = DownloadReason::None;
    changed(*job);
    schedule();
}

void DownloadService::resume(qint64 id)
{
    DownloadJob *job = find(id);
    if (!job || job->state == DownloadState::Ready || job->isActive())
        return;
    if (job->reason == DownloadReason::DiskFull)
        m_diskFull = false; // the user says there is room now; a full disk will say otherwise
    if (job->reason == DownloadReason::Offline)
        m_offline = false;
    job->state = DownloadState::Queued;
    job->reason = DownloadReason::None;
    job->attempts = 0;
    job->nextAttemptAtMs = 0;
    changed(*job);
    schedule();
}

void DownloadService::pauseAll()
{
    for (const DownloadJob &job : QList<DownloadJob>(m_jobs))
        pause(job.id);
}

void DownloadService::resumeAll()
{
    for (const DownloadJob &job : QList<DownloadJob>(m_jobs)) {
        if (job.state == DownloadState::Paused || job.state == DownloadState::Waiting)
            resume(job.id);
    }
}

void DownloadService::remove(qint64 id)
{
    DownloadJob *job = find(id);
    if (!job)
        return;
    cancelTransfer(id);
    m_subtitles.remove(id);
    // Files first: on a full disk this is what makes room, and the row can only be written after.
    const DownloadJob gone = *job;
    if (gone.state == DownloadState::Ready || gone.completedAtMs)
        removeFile(gone.filePath());
    removeFile(gone.partPath());
    removeFile(posterPathOf(gone));
    for (const QString &subtitle : subtitlesBeside(gone))
        removeFile(subtitle);
    removeEmptyFolders(gone);
    m_jobs.removeIf([id](const DownloadJob &candidate) { return candidate.id == id; });
    m_writer
        .run([id](const QSqlDatabase &db) {
            DownloadRepository repository(db);
            if (!repository.remove(id))
                qCWarning(lcServices).noquote() << "download" << id << "not removed:" << repository.lastError().toString();
        })
        .then(this, [this, id] { noteStored(id, false); });
    Q_EMIT jobsChanged();
    m_diskFull = false;
    releaseWaiting(DownloadReason::DiskFull);
    releaseWaiting(DownloadReason::Quota);
}

void DownloadService::move(qint64 id, int steps)
{
    const qsizetype from = std::find_if(m_jobs.cbegin(), m_jobs.cend(),
                                        [id](const DownloadJob &job) { return job.id == id; })
                           - m_jobs.cbegin();
    if (from >= m_jobs.size())
        return;
    const qsizetype to = std::clamp<qsizetype>(from + steps, 0, m_jobs.size() - 1);
    if (to == from)
        return;
    m_jobs.move(from, to);
    for (qsizetype i = 0; i < m_jobs.size(); ++i)
        m_jobs[i].priority = int(i + 1);
    m_writer.run([id, steps](const QSqlDatabase &db) { DownloadRepository(db).move(id, steps); });
    Q_EMIT jobsChanged();
}

void DownloadService::replaceWithServerVersion(qint64 id)
{
    DownloadJob *job = find(id);
    if (!job || job->state != DownloadState::Ready)
        return;
    // The verified old file stays in place until the new one has passed verification and replaces it.
    forgetVersion(*job);
    job->mediaSourceId.clear();
    job->serverCopy = ServerCopy::Current;
    job->state = DownloadState::Queued;
    changed(*job);
    schedule();
}

void DownloadService::keepLocalCopy(qint64 id)
{
    DownloadJob *job = find(id);
    if (!job || job->serverCopy == ServerCopy::Current)
        return;
    job->keptEtag = m_serverEtags.value(id, job->keptEtag);
    job->serverCopy = ServerCopy::Current;
    changed(*job);
}

QFuture<Status> DownloadService::setRule(const DownloadRule &rule)
{
    return m_writer
        .run([rule](const QSqlDatabase &db) -> Status {
            DownloadRepository repository(db);
            const bool none = rule.keepUnwatched <= 0 && !rule.removeWatchedAfterDays;
            if (none ? repository.removeRule(rule.serverId, rule.seriesId) : repository.saveRule(rule))
                return success();
            return repository.lastError();
        })
        .then(this, [this](const Status &status) {
            if (!status)
                return finishedFuture<std::monostate>(status);
            return checkRules().then([] { return success(); });
        })
        .unwrap();
}

QFuture<QList<DownloadRule>> DownloadService::rules() const
{
    return m_writer.run([serverId = m_serverId](const QSqlDatabase &db) { return DownloadRepository(db).rules(serverId); });
}

QFuture<void> DownloadService::checkRules()
{
    if (!m_started || m_serverId.isEmpty())
        return QtFuture::makeReadyFuture();
    struct SeriesState
    {
        DownloadRule rule;
        QList<MediaItem> episodes;
    };
    const QString serverId = m_serverId;
    return m_writer
        .run([serverId](const QSqlDatabase &db) {
            QList<SeriesState> states;
            ItemReader reader(db);
            for (const DownloadRule &rule : DownloadRepository(db).rules(serverId)) {
                SeriesState state{rule, {}};
                for (const MediaItem &season : reader.children(rule.seriesId)) {
                    if (season.type == ItemType::Season)
                        state.episodes += reader.children(season.id);
                }
                states.append(state);
            }
            return states;
        })
        .then(this, [this](const QList<SeriesState> &states) {
            QStringList wanted;
            for (const SeriesState &state : states) {
                QList<DownloadJob> seriesJobs;
                for (const DownloadJob &job : std::as_const(m_jobs)) {
                    if (job.serverId == m_serverId && job.seriesId == state.rule.seriesId)
                        seriesJobs.append(job);
                }
                const DownloadRulePlan plan = DownloadRules::plan(state.rule, state.episodes, seriesJobs, m_clock.nowMs());
                wanted += plan.toDownload;
                for (const qint64 id : plan.toRemove) {
                    qCInfo(lcServices) << "the rule of series" << state.rule.seriesId << "deletes download" << id;
                    remove(id);
                }
            }
            if (wanted.isEmpty())
                return QtFuture::makeReadyFuture();
            return download(wanted).then([](const Result<QList<DownloadJob>> &) {});
        })
        .unwrap();
}

void DownloadService::checkServerCopies()
{
    if (!m_started || !m_backend || !m_backend->isSignedIn())
        return;
    QList<std::pair<qint64, QString>> ready; // job id, item id
    for (const DownloadJob &job : std::as_const(m_jobs)) {
        if (job.serverId == m_serverId && job.state == DownloadState::Ready)
            ready.append({job.id, job.itemId});
    }
    if (ready.isEmpty())
        return;
    QStringList ids;
    for (const auto &[jobId, itemId] : ready)
        ids.append(itemId);
    // Only items whose cached Etag moved (or that left the cache) are worth a request each.
    m_writer
        .run([ids](const QSqlDatabase &db) {
            QHash<QString, QString> etags;
            ItemReader reader(db);
            for (const QString &id : ids) {
                if (const std::optional<MediaItem> item = reader.item(id))
                    etags.insert(id, item->etag);
            }
            return etags;
        })
        .then(this, [this, ready](const QHash<QString, QString> &etags) {
            for (const auto &[jobId, itemId] : ready) {
                const DownloadJob *job = find(jobId);
                if (!job || !m_backend || (etags.contains(itemId) && etags.value(itemId) == job->itemEtag))
                    continue;
                // An item the cache never held is asked about once a session, not after every refresh.
                if (!etags.contains(itemId) && std::exchange(m_askedUncached[jobId], true))
                    continue;
                const qint64 id = jobId;
                const QString etag = etags.value(itemId);
                versionsOf(itemId).then(this, [this, id, etag](const Result<QList<PlaybackSource>> &sources) {
                    if (DownloadJob *job = find(id); job && !etag.isEmpty())
                        job->itemEtag = etag;
                    compareServerCopy(id, sources);
                });
            }
        });
}

void DownloadService::compareServerCopy(qint64 id, const Result<QList<PlaybackSource>> &sources)
{
    DownloadJob *job = find(id);
    if (!job || job->state != DownloadState::Ready)
        return;
    ServerCopy copy = ServerCopy::Current;
    QString seen;
    if (!sources) {
        if (sources.error().kind != ErrorKind::ClientError || sources.error().httpStatus != 404)
            return; // offline or failing: nothing learnt
        copy = ServerCopy::Gone;
        seen = QStringLiteral("gone");
    } else {
        const auto same = std::find_if(sources.value().cbegin(), sources.value().cend(), [job](const PlaybackSource &s) {
            return s.id == job->mediaSourceId && s.sizeBytes == job->sizeBytes && s.eTag == job->etag;
        });
        if (same == sources.value().cend()) {
            copy = sources.value().isEmpty() ? ServerCopy::Gone : ServerCopy::Newer;
            seen = sources.value().isEmpty() ? QStringLiteral("gone") : sources.value().first().eTag;
        }
    }
    if (copy != ServerCopy::Current && seen == job->keptEtag)
        copy = ServerCopy::Current; // the user chose to keep this very file against that very change
    m_serverEtags.insert(id, seen);
    if (copy != job->serverCopy) {
        job->serverCopy = copy;
        changed(*job);
    } else {
        saveJob(*job);
    }
}

} // namespace marquee
