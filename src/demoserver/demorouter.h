// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demoserver/queryparams.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace marquee {

struct DemoSession;

/// @brief An HTTP answer before it is written (status, headers, body).
struct DemoReply
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    /// A body too big to hold (a media file), read piece by piece as the socket drains (DemoStreamWriter); bodySize long.
    std::function<QByteArray(qint64 offset, qint64 length)> bodyReader;
    qint64 bodySize = 0;
    QList<QPair<QByteArray, QByteArray>> headers;

    [[nodiscard]] qint64 contentLength() const { return bodyReader ? bodySize : body.size(); }

    void addHeader(const QByteArray &name, const QByteArray &value) { headers.append(qMakePair(name, value)); }
    [[nodiscard]] static DemoReply json(const QJsonObject &object, int status = 200);
    [[nodiscard]] static DemoReply json(const QJsonArray &array, int status = 200);
    [[nodiscard]] static DemoReply noContent();
    [[nodiscard]] static DemoReply unauthorized();
    /// 404 with a ProblemDetails body, as ASP.NET writes it.
    [[nodiscard]] static DemoReply notFound(const QString &detail = {});
    [[nodiscard]] static DemoReply badRequest(const QString &detail);
    /// 500, or 503 with `Retry-After` and `Message` as the real server sends while starting.
    [[nodiscard]] static DemoReply serverError(int status);
};

/// A property of a JSON body by its name in any case, as ASP.NET binds bodies; undefined when absent.
[[nodiscard]] QJsonValue jsonProperty(const QJsonObject &object, QLatin1String name);

/// @brief A request as a route handler sees it.
struct DemoRequest
{
    QByteArray method;             ///< "GET", "POST", "DELETE", "HEAD"
    QString path;
    QUrl url;
    QStringList args;              ///< values of the `{…}` segments, in order
    QueryParams query;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    const DemoSession *session = nullptr;

    [[nodiscard]] QByteArray header(const QByteArray &name) const;
    [[nodiscard]] QJsonObject jsonBody() const;
};

/// @brief One route: method, path pattern with `{name}` segments, auth, and the query names it reads.
struct DemoRoute
{
    QByteArray method;
    QString pattern;
    bool requiresAuth = true;
    QStringList queryParams;
    std::function<DemoReply(DemoRequest &)> handler;
};

/**
 * @brief Matches request paths to routes. Literal segments match case-insensitively (ASP.NET
 * routing does), and a literal route wins over a `{placeholder}` one (`/Items/Latest` before
 * `/Items/{itemId}`).
 */
class DemoRouter
{
public:
    void add(DemoRoute route);
    /// The best route for @p method and @p path, with its arguments; nullptr if none.
    [[nodiscard]] const DemoRoute *match(const QByteArray &method, const QString &path, QStringList *args) const;
    /// Whether any method matches @p path (to answer 405 rather than 404).
    [[nodiscard]] bool hasPath(const QString &path) const;
    [[nodiscard]] const QList<DemoRoute> &routes() const { return m_routes; }

private:
    QList<DemoRoute> m_routes;
};

} // namespace marquee
