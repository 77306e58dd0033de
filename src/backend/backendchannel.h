// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/backendtypes.h"
#include "backend/httprequest.h"
#include "backend/resultpromise.h"
#include "core/result.h"

#include <functional>
#include <memory>

namespace marquee {

class Backend;
class NetworkThread;

/**
 * @brief What a Backend shares with its requests in flight: the session and the way to the network thread.
 *
 * A 401 to a request that carried the current token forgets that token and emits Backend::unauthorized; installing
 * a session emits Backend::sessionChanged. Both signals are posted to the backend's thread, and never after the
 * backend is gone: the state outlives the backend while requests run, the backend pointer does not (the backend
 * calls detach() when it goes). Copies share one state, so a request chain may keep one. Every member is thread-safe.
 */
class BackendChannel
{
public:
    enum class Auth { Required, None };
    using Callback = std::function<void(Result<HttpResponse>)>;

    /// A future and the network-thread callback that parses the response into it.
    template <typename T>
    struct Parsed
    {
        QFuture<Result<T>> future;
        Callback callback;
    };

    BackendChannel(NetworkThread *network, Backend *owner);
    /// The backend is going: nothing is signalled to it any more.
    void detach() const;

    [[nodiscard]] Session session() const;
    [[nodiscard]] QString token() const;
    /// Makes @p session current and tells the backend (sessionChanged).
    void install(const Session &session) const;
    void forgetToken() const;

    /// Hands @p request, built with @p token, to the network thread; @p callback runs there (or here, with
    /// Cancelled, when the network has stopped). With Auth::Required, a 401 forgets @p token if it is still current.
    void dispatch(HttpRequest request, const QString &token, Auth auth, Callback callback) const;

    /// An image's bytes from an answer: anything but an `image/*` body is BadResponse.
    [[nodiscard]] static Result<QByteArray> imageBytes(Result<HttpResponse> response);

    /// The error for a request that needs a sign-in when there is none.
    [[nodiscard]] static Error notSignedIn(HttpMethod method, const QUrl &url);

    /// A callback that parses a successful response with @p parse and hands the result to @p sink; a parse failure
    /// gets the request's address and status and is logged.
    template <typename T>
    [[nodiscard]] static Callback parsing(HttpMethod method, std::function<Result<T>(const HttpResponse &)> parse,
                                          std::function<void(Result<T>)> sink)
    {
        const QString verb = QString::fromLatin1(httpMethodName(method));
        return [parse = std::move(parse), sink = std::move(sink), verb](Result<HttpResponse> response) {
            if (!response.ok()) {
                sink(response.error());
                return;
            }
            Result<T> result = parse(response.value());
            sink(result.ok() ? std::move(result) : Result<T>(annotated(result.error(), verb, response.value())));
        };
    }

    /// The same, fulfilling a future.
    template <typename T>
    [[nodiscard]] static Parsed<T> parsed(HttpMethod method, std::function<Result<T>(const HttpResponse &)> parse)
    {
        auto promise = std::make_shared<ResultPromise<T>>();
        QFuture<Result<T>> future = promise->future();
        return {future, parsing<T>(method, std::move(parse),
                                   [promise](Result<T> result) { promise->fulfil(std::move(result)); })};
    }

private:
    /// @p error with the request's address and status filled in, logged.
    static Error annotated(Error error, const QString &verb, const HttpResponse &response);

    struct Shared;
    NetworkThread *m_network;
    std::shared_ptr<Shared> m_shared;
};

} // namespace marquee
