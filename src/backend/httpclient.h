// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/httpexchange.h"
#include "backend/httprequest.h"

#include <QObject>
#include <QSet>

class QNetworkAccessManager;

namespace marquee {

/**
 * @brief The one place that talks HTTP: owns the QNetworkAccessManager and the exchanges in flight.
 *
 * Lives on the network thread (see NetworkThread); every member must be called there.
 * Callbacks run on the network thread too, so whatever parses a body does so off the GUI thread.
 */
class HttpClient : public QObject
{
    Q_OBJECT

public:
    explicit HttpClient(const HttpOptions &options = {}, QObject *parent = nullptr);
    ~HttpClient() override;

    /// Starts @p request; @p callback runs exactly once with the response or a typed error.
    void send(HttpRequest request, HttpExchange::Callback callback);
    /// Ends every exchange in flight with ErrorKind::Cancelled (used on shutdown).
    void abortAll();

    [[nodiscard]] const HttpOptions &options() const { return m_options; }
    void setOptions(const HttpOptions &options) { m_options = options; }
    [[nodiscard]] int pendingCount() const { return int(m_exchanges.size()); }
    /// The manager every request of this client goes through (FileTransfer streams through it too).
    QNetworkAccessManager *network();

private:
    HttpOptions m_options;
    QNetworkAccessManager *m_network = nullptr;
    QSet<HttpExchange *> m_exchanges;
};

} // namespace marquee
