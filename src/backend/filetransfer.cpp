// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend/filetransfer.h"

#include "backend/urlredaction.h"
#include "core/bandwidthlimiter.h"
#include "core/logging.h"

#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QFileInfo>
#include <QStorageInfo>
#include <QThreadPool>

#include <cerrno>
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace marquee {

namespace {
constexpr qint64 ChunkBytes = 1024 * 1024;
/// What QNAM may hold unread: the transfer reads it as fast as the disk and the cap allow.
constexpr qint64 ReadBufferBytes = 4 * 1024 * 1024;
constexpr int PaceMs = 10;

QString certificateSha256(const QSslCertificate &certificate)
{
    return certificate.isNull() ? QString()
                                : QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
}

/// `bytes first-last/total` → first and total; nullopt when malformed.
std::optional<std::pair<qint64, qint64>> parseContentRange(const QByteArray &value)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*bytes\\s+(\\d+)-(\\d+)/(\\d+)\\s*$"));
    const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(value));
    if (!match.hasMatch())
        return std::nullopt;
    bool okFirst = false;
    bool okTotal = false;
    const qint64 first = match.captured(1).toLongLong(&okFirst);
    const qint64 total = match.captured(3).toLongLong(&okTotal);
    if (!okFirst || !okTotal)
        return std::nullopt;
    return std::make_pair(first, total);
}

} // namespace

FileTransfer::FileTransfer(QNetworkAccessManager *network, FileTransferRequest request, BandwidthLimiter *limiter,
                           ProgressCallback progress, DoneCallback done, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_request(std::move(request))
    , m_limiter(limiter)
    , m_progressCallback(std::move(progress))
    , m_done(std::move(done))
    , m_label(QStringLiteral("GET ") + redactedUrl(m_request.source.url))
{
    m_stall.setSingleShot(true);
    m_pace.setSingleShot(true);
    connect(&m_stall, &QTimer::timeout, this,
            [this] { fail(ErrorKind::Timeout, tr("no data for %1 s").arg(m_request.stallTimeoutMs / 1000)); });
    connect(&m_pace, &QTimer::timeout, this, &FileTransfer::drain);
}

FileTransfer::~FileTransfer()
{
    if (m_cancelCallbackId)
        m_request.cancel.removeCallback(m_cancelCallbackId);
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        delete m_reply;
        m_reply = nullptr;
    }
    blockSignals(true);
    if (!m_finished)
        finish(Error{ErrorKind::Cancelled, QStringLiteral("shut down"), m_label, 0});
}

void FileTransfer::start()
{
    m_clock.start();
    m_progress.bytesOnDisk = m_request.resumeFrom;
    m_progress.syncedBytes = std::min(m_request.resumeFrom, m_request.syncedBefore);
    m_cancelCallbackId = m_request.cancel.addCallback([this] {
        QMetaObject::invokeMethod(this, [this] { fail(ErrorKind::Cancelled, QStringLiteral("cancelled")); },
                                  Qt::QueuedConnection);
    });
    if (m_request.cancel.isCancelled())
        return; // the posted cancel ends it

    QNetworkRequest request(m_request.source.url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    // The body is the file itself: no decompression, so Content-Length counts the bytes that reach the disk.
    request.setRawHeader(QByteArrayLiteral("Accept-Encoding"), QByteArrayLiteral("identity"));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("*/*"));
    for (const auto &[name, value] : std::as_const(m_request.source.headers))
        request.setRawHeader(name, value);
    if (m_request.resumeFrom > 0) {
        request.setRawHeader(QByteArrayLiteral("Range"), "bytes=" + QByteArray::number(m_request.resumeFrom) + '-');
        if (!m_request.ifRange.isEmpty())
            request.setRawHeader(QByteArrayLiteral("If-Range"), m_request.ifRange);
    }
    m_reply = m_network->get(request);
    m_reply->setReadBufferSize(ReadBufferBytes);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &FileTransfer::onMetaDataChanged);
    connect(m_reply, &QIODevice::readyRead, this, &FileTransfer::drain);
    connect(m_reply, &QNetworkReply::finished, this, &FileTransfer::onFinished);
    connect(m_reply, &QNetworkReply::sslErrors, this, &FileTransfer::onSslErrors);
    m_stall.start(m_request.stallTimeoutMs);
}

void FileTransfer::onSslErrors()
{
    const QString presented = certificateSha256(m_reply->sslConfiguration().peerCertificate());
    if (!m_request.trustedCertificateSha256.isEmpty()
        && presented == QString::fromLatin1(m_request.trustedCertificateSha256).toLower())
        m_reply->ignoreSslErrors();
    else
        fail(ErrorKind::UntrustedCertificate, tr("the server's certificate is not trusted"));
}

void FileTransfer::onMetaDataChanged()
{
    if (m_headersAccepted || m_finished)
        return;
    m_status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_status == 0)
        return; // not an HTTP answer yet
    if (acceptHeaders()) {
        m_headersAccepted = true;
        reportProgress(true);
    }
}

bool FileTransfer::acceptHeaders()
{
    if (m_status == 401) {
        fail(ErrorKind::Unauthorized, tr("HTTP 401: the server no longer accepts the sign-in"), m_status);
        return false;
    }
    if (m_status >= 500) {
        fail(ErrorKind::ServerError, QStringLiteral("HTTP %1").arg(m_status), m_status);
        return false;
    }
    if (m_status != 200 && m_status != 206) {
        fail(ErrorKind::ClientError, QStringLiteral("HTTP %1").arg(m_status), m_status);
        return false;
    }
    m_progress.lastModified = m_reply->rawHeader(QByteArrayLiteral("Last-Modified"));
    qint64 keep = 0;
    if (m_status == 206) {
        const auto range = parseContentRange(m_reply->rawHeader(QByteArrayLiteral("Content-Range")));
        // Anything but the rest of the file we asked for would put bytes in the wrong place.
        if (!range || range->first != m_request.resumeFrom || m_request.resumeFrom == 0) {
            fail(ErrorKind::BadResponse, tr("the server sent another range than the one asked for"), m_status);
            return false;
        }
        keep = range->first;
        m_progress.totalBytes = range->second;
    } else {
        bool ok = false;
        const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
        m_progress.totalBytes = ok ? length : 0;
        m_progress.restartedFromZero = m_request.resumeFrom > 0;
        if (m_progress.restartedFromZero)
            qCInfo(lcBackend).noquote() << m_label << "sent the whole file instead of the rest: starting again";
    }
    return openPartFile(keep);
}

bool FileTransfer::openPartFile(qint64 keep)
{
    m_file.setFileName(m_request.partPath);
    // Unbuffered: a full disk shows at the write that hits it, not at some later flush.
    if (!m_file.open(QIODevice::ReadWrite | QIODevice::Unbuffered)) {
        fail(ErrorKind::Storage, tr("cannot open %1: %2").arg(m_request.partPath, m_file.errorString()));
        return false;
    }
    if (m_file.size() != keep && !m_file.resize(keep)) {
        fail(ErrorKind::Storage, tr("cannot cut %1 to %2 bytes").arg(m_request.partPath).arg(keep));
        return false;
    }
    if (!m_file.seek(keep)) {
        fail(ErrorKind::Storage, tr("cannot seek in %1").arg(m_request.partPath));
        return false;
    }
    m_progress.bytesOnDisk = keep;
    m_progress.syncedBytes = std::min(m_progress.syncedBytes, keep);
    m_backgroundSynced->store(std::min(m_backgroundSynced->load(), keep));
    return true;
}

void FileTransfer::drain()
{
    if (!m_reply || m_finished || !m_headersAccepted)
        return;
    if (!m_replyDone)
        m_stall.start(m_request.stallTimeoutMs);
    if (m_buffer.size() < ChunkBytes)
        m_buffer.resize(ChunkBytes);
    while (m_reply->bytesAvailable() > 0) {
        const qint64 wanted = std::min(m_reply->bytesAvailable(), ChunkBytes);
        const qint64 allowed = m_limiter ? m_limiter->take(wanted) : wanted;
        if (allowed <= 0) {
            if (!m_pace.isActive())
                m_pace.start(PaceMs);
            return;
        }
        const qint64 n = m_reply->read(m_buffer.data(), allowed);
        if (n <= 0)
            break;
        if (!write(m_buffer.constData(), n))
            return;
        if (m_unsyncedBytes >= m_request.syncEveryBytes)
            syncInBackground();
    }
    reportProgress(false);
    if (m_replyDone && m_reply->bytesAvailable() == 0)
        complete();
}

bool FileTransfer::write(const char *data, qint64 length)
{
    qint64 done = 0;
    while (done < length) {
        errno = 0;
        const qint64 n = m_file.write(data + done, length - done);
        if (n > 0)
            done += n;
        if (n > 0 && m_file.error() == QFileDevice::NoError)
            continue;
        // A short write or none: what did reach the file counts, the rest is the error.
        const int error = errno;
        m_progress.bytesOnDisk += done;
        const QStorageInfo volume(QFileInfo(m_request.partPath).absolutePath());
        const bool full = error == ENOSPC
#ifdef EDQUOT
                          || error == EDQUOT
#endif
                          || m_file.error() == QFileDevice::ResourceError
                          || (volume.isValid() && volume.bytesAvailable() < length - done);
        fail(full ? ErrorKind::StorageFull : ErrorKind::Storage,
             tr("cannot write %1: %2").arg(m_request.partPath, m_file.errorString()));
        return false;
    }
    m_progress.bytesOnDisk += length;
    m_unsyncedBytes += length;
    return true;
}

void FileTransfer::syncToDisk()
{
    if (!m_file.isOpen())
        return;
#ifdef Q_OS_UNIX
    if (::fdatasync(m_file.handle()) != 0)
        return;
#else
    m_file.flush();
#endif
    m_progress.syncedBytes = m_progress.bytesOnDisk;
    m_unsyncedBytes = 0;
}

void FileTransfer::syncInBackground()
{
#ifdef Q_OS_UNIX
    if (!m_file.isOpen() || m_syncRunning->exchange(true))
        return;
    const int descriptor = ::dup(m_file.handle());
    if (descriptor < 0) {
        m_syncRunning->store(false);
        return;
    }
    static QThreadPool syncers;
    syncers.setMaxThreadCount(2);
    // Everything written before the call is durable once it returns, whatever is written meanwhile.
    const qint64 upTo = m_progress.bytesOnDisk;
    syncers.start([descriptor, upTo, synced = m_backgroundSynced, running = m_syncRunning] {
        if (::fdatasync(descriptor) == 0)
            synced->store(upTo);
        ::close(descriptor);
        running->store(false);
    });
    m_unsyncedBytes = 0;
#else
    syncToDisk();
#endif
}

void FileTransfer::reportProgress(bool force)
{
    const qint64 now = m_clock.elapsed();
    if (!force && m_lastProgressMs >= 0 && now - m_lastProgressMs < ProgressIntervalMs)
        return;
    m_lastProgressMs = now;
    // A sync that finished after the part file was cut back cannot vouch for more than what is left.
    m_progress.syncedBytes = std::max(m_progress.syncedBytes, std::min(m_backgroundSynced->load(), m_progress.bytesOnDisk));
    if (m_progressCallback)
        m_progressCallback(m_progress);
}

void FileTransfer::onFinished()
{
    if (m_finished || !m_reply)
        return;
    m_stall.stop();
    if (!m_headersAccepted) {
        onMetaDataChanged();
        if (m_finished)
            return;
        if (!m_headersAccepted) {
            // No HTTP answer at all: refused, reset, name not found, TLS.
            const QNetworkReply::NetworkError error = m_reply->error();
            const char *name = QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(error);
            fail(error == QNetworkReply::OperationCanceledError ? ErrorKind::Cancelled : ErrorKind::Offline,
                 tr("no answer (%1)").arg(name ? QString::fromLatin1(name) : QString::number(int(error))));
            return;
        }
    }
    // The network part is over; what QNAM still holds goes to disk at the cap's pace, then complete() ends it.
    m_replyDone = true;
    drain();
}

void FileTransfer::complete()
{
    const qint64 total = m_progress.totalBytes;
    if (m_reply->error() != QNetworkReply::NoError || (total > 0 && m_progress.bytesOnDisk < total)) {
        syncToDisk();
        fail(ErrorKind::Offline, tr("connection closed after %1 of %2 bytes").arg(m_progress.bytesOnDisk).arg(total));
        return;
    }
    if (total <= 0)
        m_progress.totalBytes = m_progress.bytesOnDisk;
    syncToDisk();
    finish({});
}

void FileTransfer::fail(ErrorKind kind, const QString &message, int status)
{
    if (m_finished)
        return;
    Error error{kind, message, m_label, status};
    if (m_reply) {
        QNetworkReply *reply = m_reply.data();
        m_reply.clear();
        reply->disconnect(this);
        // Not aborted here: this may run inside one of the reply's own signals, where QNAM allows no abort.
        QMetaObject::invokeMethod(reply, [reply] {
            reply->abort();
            reply->deleteLater();
        }, Qt::QueuedConnection);
    }
    finish(std::move(error));
}

void FileTransfer::finish(Error error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_stall.stop();
    m_pace.stop();
    if (m_file.isOpen())
        m_file.close();
    if (m_reply) {
        QNetworkReply *reply = m_reply.data();
        m_reply.clear();
        reply->disconnect(this);
        reply->deleteLater();
    }
    if (error.isError() && error.kind != ErrorKind::Cancelled)
        qCInfo(lcBackend).noquote() << "transfer ended:" << error.toString() << "with" << m_progress.bytesOnDisk
                                    << "bytes on disk";
    FileTransferOutcome outcome;
    outcome.error = std::move(error);
    outcome.progress = m_progress;
    outcome.status = m_status;
    if (auto done = std::exchange(m_done, {}))
        done(outcome);
    Q_EMIT finished();
}

} // namespace marquee
