// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCache>
#include <QString>

namespace marquee {

/// @brief What to draw: the image kind, its title, and the size/format the request asked for.
struct DemoImageRequest
{
    QString itemId;
    QString imageType;    ///< "Primary", "Backdrop", "Thumb"
    QString title;
    QString subtitle;
    bool landscape = false; ///< episode stills and thumbs are 16:9; posters are 2:3
    int maxWidth = 0;
    int maxHeight = 0;
    int width = 0;
    int height = 0;
    int quality = 90;
    QString format;       ///< "Jpg" (default) or "Png"
};

/// @brief A drawn image, ready to send.
struct DemoImage
{
    QByteArray data;
    QByteArray contentType;
    QByteArray etag; ///< quoted, derived from everything that changes the bytes
};

/**
 * @brief Draws posters, backdrops and thumbnails on demand: a colour derived from the id and the
 * title in text, scaled to the requested bounds. Keeps a small byte cache of recent results.
 */
class ImageRenderer
{
public:
    explicit ImageRenderer(int cacheBytes = 32 * 1024 * 1024);
    [[nodiscard]] DemoImage render(const DemoImageRequest &request);

private:
    QCache<QString, DemoImage> m_cache;
};

} // namespace marquee
