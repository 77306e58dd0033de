// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostileproxy.h"

#include <QTcpSocket>

namespace marquee::test {

namespace {
constexpr int UpstreamTimeoutMs = 30'000;

/// True once the headers and the announced body are in (upstream may keep the connection open).
bool isComplete(const QByteArray &raw)
{
    const qsizetype headerEnd = raw.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return false;
    const QByteArray head = raw.left(headerEnd).toLower();
    const qsizetype at = head.indexOf("\ncontent-length:");
    if (at < 0)
        return head.contains("transfer-encoding: chunked") && raw.endsWith("0\r\n\r\n");
    const qsizetype lineEnd = head.indexOf('\r', at + 1);
    const qint64 length = head.mid(at + 16, lineEnd < 0 ? -1 : lineEnd - at - 16).trimmed().toLongLong();
    return raw.size() - headerEnd - 4 >= length;
}

/// Splits "HTTP/1.1 200 OK\r\nName: value…\r\n\r\nbody" into a FakeResponse; false when it is not one.
bool parseResponse(const QByteArray &raw, FakeResponse &response)
{
    const qsizetype headerEnd = raw.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return false;
    const QList<QByteArray> lines = raw.left(headerEnd).split('\n');
    response.status = lines.value(0).split(' ').value(1).toInt();
    response.contentType.clear();
    bool chunked = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = lines[i].left(colon).trimmed().toLower();
        const QByteArray value = lines[i].mid(colon + 1).trimmed();
        if (name == "content-type")
            response.contentType = value;
        else if (name == "transfer-encoding")
            chunked = value.toLower().contains("chunked");
        else if (name != "content-length" && name != "connection")
            response.headers.append({lines[i].left(colon).trimmed(), value});
    }
    QByteArray body = raw.mid(headerEnd + 4);
    if (chunked) {
        QByteArray decoded;
        qsizetype at = 0;
        for (;;) {
            const qsizetype lineEnd = body.indexOf("\r\n", at);
            if (lineEnd < 0)
                break;
            const qsizetype size = body.mid(at, lineEnd - at).trimmed().toLongLong(nullptr, 16);
            if (size <= 0)
                break;
            decoded += body.mid(lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
        body = decoded;
    }
    response.body = body;
    return response.status > 0;
}
} // namespace

HostileProxy::HostileProxy(QUrl upstream)
    : m_upstream(std::move(upstream))
{
    m_server.setHandler([this](const FakeRequest &request) {
        // One request per connection: a WebSocket (live notifications) cannot pass; the app copes without it.
        if (request.headers.contains("upgrade"))
            return FakeResponse::withStatus(404);
        FakeResponse response = forward(request);
        Tamper tamper;
        {
            QMutexLocker locker(&m_mutex);
            tamper = m_tamper;
        }
        if (tamper)
            tamper(request, response);
        return response;
    });
}

void HostileProxy::setTamper(Tamper tamper)
{
    QMutexLocker locker(&m_mutex);
    m_tamper = std::move(tamper);
}

FakeResponse HostileProxy::forward(const FakeRequest &request) const
{
    FakeResponse unreachable;
    unreachable.mode = FakeResponse::Mode::HangUp;

    QTcpSocket socket;
    socket.connectToHost(m_upstream.host(), quint16(m_upstream.port()));
    if (!socket.waitForConnected(UpstreamTimeoutMs))
        return unreachable;
    QByteArray head = request.method + ' ' + request.target + " HTTP/1.1\r\n";
    head += "Host: " + m_upstream.authority().toLatin1() + "\r\n";
    for (auto it = request.headers.cbegin(); it != request.headers.cend(); ++it) {
        // Plain bodies only, one exchange per connection: the tamper functions edit bytes.
        if (it.key() != "host" && it.key() != "connection" && it.key() != "accept-encoding"
            && it.key() != "content-length")
            head += it.key() + ": " + it.value() + "\r\n";
    }
    head += "Content-Length: " + QByteArray::number(request.body.size()) + "\r\nConnection: close\r\n\r\n";
    socket.write(head + request.body);
    QByteArray raw;
    while (!isComplete(raw) && socket.state() == QAbstractSocket::ConnectedState
           && socket.waitForReadyRead(UpstreamTimeoutMs))
        raw += socket.readAll();
    raw += socket.readAll();
    FakeResponse response;
    return parseResponse(raw, response) ? response : unreachable;
}

} // namespace marquee::test
