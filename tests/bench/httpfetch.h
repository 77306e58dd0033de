// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/httprequest.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace marquee::bench {

/// GETs @p request as the client would send it and waits; the body, empty on an error.
inline QByteArray fetch(QNetworkAccessManager &nam, const HttpRequest &request)
{
    QNetworkRequest req(request.url);
    for (const auto &[name, value] : request.headers)
        req.setRawHeader(name, value);
    QNetworkReply *reply = nam.get(req);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray body = reply->error() == QNetworkReply::NoError ? reply->readAll() : QByteArray();
    delete reply;
    return body;
}

} // namespace marquee::bench
