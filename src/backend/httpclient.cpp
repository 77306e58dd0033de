// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend/httpclient.h"

#include <QNetworkAccessManager>

namespace marquee {

HttpClient::HttpClient(const HttpOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
}

HttpClient::~HttpClient()
{
    abortAll();
}

QNetworkAccessManager *HttpClient::network()
{
    // Created on first use, so that it is born on the network thread.
    if (!m_network) {
        m_network = new QNetworkAccessManager(this);
        m_network->setAutoDeleteReplies(false);
    }
    return m_network;
}

void HttpClient::send(HttpRequest request, HttpExchange::Callback callback)
{
    auto *exchange = new HttpExchange(network(), std::move(request), m_options, std::move(callback), this);
    m_exchanges.insert(exchange);
    connect(exchange, &HttpExchange::done, this, [this, exchange] {
        m_exchanges.remove(exchange);
        exchange->deleteLater();
    });
    exchange->start();
}

void HttpClient::abortAll()
{
    const auto exchanges = m_exchanges;
    for (HttpExchange *exchange : exchanges)
        exchange->abort(ErrorKind::Cancelled, QStringLiteral("shut down"));
}

} // namespace marquee
