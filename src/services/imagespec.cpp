// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/imagespec.h"

#include <array>

namespace marquee {

namespace {
// From a grid poster on a normal screen (150 px) to a backdrop on a 4K one.
constexpr std::array<int, 9> StoredWidths{160, 240, 320, 480, 720, 960, 1280, 1920, 2560};
} // namespace

QString ImageSpec::key() const
{
    const QString key = itemId + QLatin1Char('/') + imageTypeName(type) + QLatin1Char('/') + tag + QLatin1Char('/')
        + QString::number(size.width()) + QLatin1Char('x') + QString::number(size.height());
    return serverId.isEmpty() ? key : serverId + QLatin1Char('/') + key;
}

int ImageSpec::storedWidth() const
{
    for (const int width : StoredWidths) {
        if (width >= size.width())
            return width;
    }
    return StoredWidths.back();
}

ImageRequest ImageSpec::request() const
{
    ImageRequest request;
    request.itemId = itemId;
    request.type = type;
    request.tag = tag;
    request.maxWidth = storedWidth();
    return request;
}

QSize devicePixelSize(const QSizeF &logical, qreal devicePixelRatio)
{
    return (logical * devicePixelRatio).toSize();
}

} // namespace marquee
