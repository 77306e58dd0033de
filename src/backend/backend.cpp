// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend/backend.h"

namespace marquee {

QFuture<Status> Backend::ping(CancelToken cancel)
{
    return serverInfo(std::move(cancel)).then([](const Result<ServerInfo> &info) {
        return info ? success() : Status(info.error());
    });
}

} // namespace marquee
