// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demoserver/demoserver.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

#include <gtest/gtest.h>

namespace marquee::test {

/// What came back over loopback.
struct HttpResult
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-cased names
    qint64 elapsedMs = 0;

    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    [[nodiscard]] QJsonArray jsonArray() const { return QJsonDocument::fromJson(body).array(); }
    [[nodiscard]] QJsonArray items() const { return json().value(QStringLiteral("Items")).toArray(); }
};

/// A blocking HTTP client for tests: runs a local event loop with a hard timeout per request.
class DemoTestClient
{
public:
    explicit DemoTestClient(QUrl base) : m_base(std::move(base)) {}

    void setToken(const QString &token) { m_token = token; }

    HttpResult request(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body = {},
                       QList<QPair<QByteArray, QByteArray>> headers = {}, int timeoutMs = 10000)
    {
        QNetworkRequest req(QUrl(m_base.toString() + pathAndQuery));
        req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        if (!m_token.isEmpty()) {
            req.setRawHeader("Authorization", QByteArray("MediaBrowser Client=\"Marquee%20Tests\", Device=\"gtest\", "
                                                         "DeviceId=\"dev-1\", Version=\"0.1.0\", Token=\"")
                                                  + m_token.toLatin1() + '"');
        }
        if (!body.isEmpty())
            req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        for (const auto &h : headers)
            req.setRawHeader(h.first, h.second);
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *reply = m_nam.sendCustomRequest(req, verb, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
        HttpResult result;
        result.elapsedMs = timer.elapsed();
        if (!reply->isFinished()) {
            reply->abort();
            result.error = QNetworkReply::TimeoutError;
        } else {
            result.error = reply->error();
        }
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        for (const auto &pair : reply->rawHeaderPairs())
            result.headers.insert(pair.first.toLower(), pair.second);
        delete reply;
        return result;
    }

    HttpResult get(const QString &pathAndQuery) { return request("GET", pathAndQuery); }
    HttpResult post(const QString &pathAndQuery, const QJsonObject &body = {})
    {
        return request("POST", pathAndQuery, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    QString signIn()
    {
        const HttpResult r = request("POST", QStringLiteral("/Users/AuthenticateByName"),
                                     QJsonDocument(QJsonObject{{QStringLiteral("Username"), QStringLiteral("demo")},
                                                               {QStringLiteral("Pw"), QStringLiteral("demo")}})
                                         .toJson(QJsonDocument::Compact),
                                     {{"Authorization", "MediaBrowser Client=\"Marquee\", Device=\"gtest\", DeviceId=\"dev-1\", Version=\"0.1.0\""}});
        m_token = r.json().value(QStringLiteral("AccessToken")).toString();
        return m_token;
    }

    QNetworkAccessManager &nam() { return m_nam; }

private:
    QUrl m_base;
    QString m_token;
    QNetworkAccessManager m_nam;
};

/// A small demo server on 127.0.0.1 per test, signed in.
class DemoServerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        DemoServerOptions options;
        options.seed = 7;
        options.movies = 60;
        options.series = 6;
        server = std::make_unique<DemoServer>(options);
        QString error;
        ASSERT_TRUE(server->start(&error)) << error.toStdString();
        client = std::make_unique<DemoTestClient>(server->baseUrl());
        ASSERT_FALSE(client->signIn().isEmpty());
    }
    void TearDown() override
    {
        client.reset();
        server.reset();
    }

    QStringList ids(const QJsonArray &items)
    {
        QStringList out;
        for (const auto &v : items)
            out.append(v.toObject().value(QStringLiteral("Id")).toString());
        return out;
    }

    std::unique_ptr<DemoServer> server;
    std::unique_ptr<DemoTestClient> client;
};

} // namespace marquee::test
