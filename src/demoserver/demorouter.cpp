// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoserver/demorouter.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

namespace marquee {

DemoReply DemoReply::json(const QJsonObject &object, int status)
{
    DemoReply r;
    r.status = status;
    r.contentType = "application/json; charset=utf-8";
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

DemoReply DemoReply::json(const QJsonArray &array, int status)
{
    DemoReply r;
    r.status = status;
    r.contentType = "application/json; charset=utf-8";
    r.body = QJsonDocument(array).toJson(QJsonDocument::Compact);
    return r;
}

DemoReply DemoReply::noContent()
{
    DemoReply r;
    r.status = 204;
    return r;
}

DemoReply DemoReply::unauthorized()
{
    DemoReply r;
    r.status = 401;
    return r;
}

DemoReply DemoReply::notFound(const QString &detail)
{
    QJsonObject problem{{QStringLiteral("type"), QStringLiteral("https://tools.ietf.org/html/rfc9110#section-15.5.5")},
                        {QStringLiteral("title"), QStringLiteral("Not Found")},
                        {QStringLiteral("status"), 404}};
    if (!detail.isEmpty())
        problem.insert(QStringLiteral("detail"), detail);
    DemoReply r = json(problem, 404);
    r.contentType = "application/problem+json; charset=utf-8";
    return r;
}

DemoReply DemoReply::badRequest(const QString &detail)
{
    DemoReply r = json(QJsonObject{{QStringLiteral("type"), QStringLiteral("https://tools.ietf.org/html/rfc9110#section-15.5.1")},
                                   {QStringLiteral("title"), QStringLiteral("Bad Request")},
                                   {QStringLiteral("status"), 400},
                                   {QStringLiteral("detail"), detail}},
                       400);
    r.contentType = "application/problem+json; charset=utf-8";
    return r;
}

DemoReply DemoReply::serverError(int status)
{
    DemoReply r;
    r.status = status;
    r.contentType = "text/plain; charset=utf-8";
    if (status == 503) {
        r.body = "Service Unavailable (demo server fault injection)";
        r.addHeader("Retry-After", "1");
        r.addHeader("Message", "Demo server is simulating an outage");
    } else {
        r.body = "Internal Server Error (demo server fault injection)";
    }
    return r;
}

QByteArray DemoRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QJsonValue jsonProperty(const QJsonObject &object, QLatin1String name)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return QJsonValue(QJsonValue::Undefined);
}

QJsonObject DemoRequest::jsonBody() const
{
    return QJsonDocument::fromJson(body).object();
}

void DemoRouter::add(DemoRoute route)
{
    m_routes.append(std::move(route));
}

namespace {
/// A segment that mixes text and placeholders ("{segmentId}.{container}", "Stream.{routeFormat}"): matched as a
/// pattern, each placeholder taking the shortest text that lets the rest match.
bool matchMixedSegment(const QString &pattern, const QString &part, QStringList *captured)
{
    QString expression = QStringLiteral("^");
    qsizetype at = 0;
    while (at < pattern.size()) {
        const qsizetype open = pattern.indexOf(QLatin1Char('{'), at);
        const qsizetype close = open < 0 ? -1 : pattern.indexOf(QLatin1Char('}'), open);
        if (open < 0 || close < 0) {
            expression += QRegularExpression::escape(pattern.mid(at));
            break;
        }
        expression += QRegularExpression::escape(pattern.mid(at, open - at)) + QStringLiteral("(.+?)");
        at = close + 1;
    }
    const QRegularExpression regex(expression + QLatin1Char('$'), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = regex.match(part);
    if (!match.hasMatch())
        return false;
    for (int group = 1; group <= match.lastCapturedIndex(); ++group)
        captured->append(match.captured(group));
    return true;
}

/// Score of a match: -1 none; otherwise more literal segments score higher.
int matchScore(const DemoRoute &route, const QStringList &parts, QStringList *args)
{
    const QStringList segments = route.pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (segments.size() != parts.size())
        return -1;
    int score = 0;
    QStringList captured;
    for (int i = 0; i < parts.size(); ++i) {
        const QString &seg = segments.at(i);
        const bool placeholderOnly = seg.startsWith(QLatin1Char('{')) && seg.endsWith(QLatin1Char('}'))
            && seg.count(QLatin1Char('{')) == 1;
        if (placeholderOnly) {
            captured.append(parts.at(i));
        } else if (seg.contains(QLatin1Char('{'))) {
            if (!matchMixedSegment(seg, parts.at(i), &captured))
                return -1;
        } else if (seg.compare(parts.at(i), Qt::CaseInsensitive) == 0) {
            ++score;
        } else {
            return -1;
        }
    }
    if (args)
        *args = captured;
    return score;
}
} // namespace

const DemoRoute *DemoRouter::match(const QByteArray &method, const QString &path, QStringList *args) const
{
    QStringList parts;
    for (const QString &p : path.split(QLatin1Char('/'), Qt::SkipEmptyParts))
        parts.append(QUrl::fromPercentEncoding(p.toUtf8()));
    const DemoRoute *best = nullptr;
    int bestScore = -1;
    for (const DemoRoute &route : m_routes) {
        if (route.method != method)
            continue;
        QStringList captured;
        const int score = matchScore(route, parts, &captured);
        if (score > bestScore) {
            bestScore = score;
            best = &route;
            if (args)
                *args = captured;
        }
    }
    return best;
}

bool DemoRouter::hasPath(const QString &path) const
{
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const DemoRoute &route : m_routes) {
        if (matchScore(route, parts, nullptr) >= 0)
            return true;
    }
    return false;
}

} // namespace marquee
