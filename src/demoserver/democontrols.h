// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

#include <atomic>
#include <random>

namespace marquee {

/**
 * @brief The demo server's fault-injection knobs and traffic counters. Thread-safe: tests and the
 * app set them from their own thread while the server thread reads them per request.
 */
class DemoControls
{
public:
    explicit DemoControls(quint64 seed = 1);

    void setLatencyMs(int ms) { m_latencyMs.store(qMax(0, ms)); }
    [[nodiscard]] int latencyMs() const { return m_latencyMs.load(); }

    /// Fraction of API requests (0..1) answered with 500 or 503 instead of their real answer.
    void setErrorRate(double rate);
    [[nodiscard]] double errorRate() const { return m_errorRate.load(); }
    /// Decides, from a seeded generator, whether this request fails: 0 = no, else 500 or 503.
    [[nodiscard]] int rollError();

    /// The next @p count responses send their headers and half their body, then the connection
    /// closes. -1: every response until set to 0.
    void setDropMidBody(int count) { m_dropCount.store(count); }
    [[nodiscard]] int dropMidBody() const { return m_dropCount.load(); }
    [[nodiscard]] bool takeDrop();

    void setOffline(bool offline) { m_offline.store(offline); }
    [[nodiscard]] bool isOffline() const { return m_offline.load(); }

    /// The demo user's permission to download media (Jellyfin's EnableContentDownloading); on by default.
    void setDownloadsAllowed(bool allowed) { m_downloadsAllowed.store(allowed); }
    [[nodiscard]] bool downloadsAllowed() const { return m_downloadsAllowed.load(); }
    /// Bytes per second per media response (downloads and streams); 0: as fast as the client reads.
    void setBandwidthLimit(qint64 bytesPerSecond) { m_bandwidth.store(qMax<qint64>(0, bytesPerSecond)); }
    [[nodiscard]] qint64 bandwidthLimit() const { return m_bandwidth.load(); }

    void countRequest(const QString &route);
    void addBytesSent(qint64 bytes) { m_bytesSent.fetch_add(bytes); }
    /// Body bytes of media files (downloads and streams) sent, headers excluded.
    void addMediaBytesSent(qint64 bytes) { m_mediaBytesSent.fetch_add(bytes); }
    [[nodiscard]] qint64 mediaBytesSent() const { return m_mediaBytesSent.load(); }
    [[nodiscard]] QHash<QString, qint64> requestCounts() const;
    [[nodiscard]] qint64 totalRequests() const;
    [[nodiscard]] qint64 bytesSent() const { return m_bytesSent.load(); }
    void resetCounters();

private:
    std::atomic<int> m_latencyMs{0};
    std::atomic<double> m_errorRate{0.0};
    std::atomic<int> m_dropCount{0};
    std::atomic<bool> m_offline{false};
    std::atomic<bool> m_downloadsAllowed{true};
    std::atomic<qint64> m_bandwidth{0};
    std::atomic<qint64> m_bytesSent{0};
    std::atomic<qint64> m_mediaBytesSent{0};
    mutable QMutex m_mutex;
    QHash<QString, qint64> m_counts;
    std::mt19937_64 m_rng;
};

} // namespace marquee
