// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend/httprequest.h"

namespace marquee {

QByteArray httpMethodName(HttpMethod method)
{
    switch (method) {
    case HttpMethod::Get: return QByteArrayLiteral("GET");
    case HttpMethod::Post: return QByteArrayLiteral("POST");
    case HttpMethod::Delete: return QByteArrayLiteral("DELETE");
    }
    return QByteArrayLiteral("GET");
}

} // namespace marquee
