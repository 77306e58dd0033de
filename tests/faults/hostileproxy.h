// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakehttpserver.h"

#include <QMutex>
#include <QUrl>
#include <functional>

namespace marquee::test {

/**
 * @brief A hostile stand-in for a real server: forwards every request to an upstream (the demo server) and lets a
 * test rewrite the answer on its way back (a body cut short, a status, a trickle, a hostile JSON body).
 *
 * When the upstream cannot be reached the client sees its connection closed without an answer.
 */
class HostileProxy
{
public:
    /// Gets the upstream answer and may change anything in it. Runs on the proxy's thread.
    using Tamper = std::function<void(const FakeRequest &request, FakeResponse &response)>;

    explicit HostileProxy(QUrl upstream);

    void setTamper(Tamper tamper);
    void clearTamper() { setTamper({}); }
    [[nodiscard]] QUrl url() const { return m_server.url(); }
    [[nodiscard]] int requestCount(const QString &path = {}) const { return m_server.requestCount(path); }

private:
    FakeResponse forward(const FakeRequest &request) const;

    QUrl m_upstream;
    mutable QMutex m_mutex;
    Tamper m_tamper;
    FakeHttpServer m_server;
};

} // namespace marquee::test
