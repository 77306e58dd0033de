// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoserver/imagerenderer.h"

#include "demoserver/demoformat.h"

#include <QBuffer>
#include <QColor>
#include <QFont>
#include <QImage>
#include <QPainter>

namespace marquee {

namespace {

QSize baseSize(const DemoImageRequest &r)
{
    if (r.imageType.compare(QLatin1String("Backdrop"), Qt::CaseInsensitive) == 0)
        return {1280, 720};
    if (r.landscape || r.imageType.compare(QLatin1String("Thumb"), Qt::CaseInsensitive) == 0)
        return {640, 360};
    return {400, 600};
}

QSize targetSize(const DemoImageRequest &r)
{
    QSize size = baseSize(r);
    if (r.width > 0 && r.height > 0)
        return {qMin(r.width, 4096), qMin(r.height, 4096)};
    if (r.width > 0)
        return {qMin(r.width, 4096), qMax(1, size.height() * qMin(r.width, 4096) / size.width())};
    if (r.height > 0)
        return {qMax(1, size.width() * qMin(r.height, 4096) / size.height()), qMin(r.height, 4096)};
    // maxWidth/maxHeight only shrink, keeping the aspect ratio.
    double scale = 1.0;
    if (r.maxWidth > 0)
        scale = qMin(scale, double(r.maxWidth) / size.width());
    if (r.maxHeight > 0)
        scale = qMin(scale, double(r.maxHeight) / size.height());
    return {qMax(1, int(size.width() * scale)), qMax(1, int(size.height() * scale))};
}

} // namespace

ImageRenderer::ImageRenderer(int cacheBytes) : m_cache(cacheBytes)
{
}

DemoImage ImageRenderer::render(const DemoImageRequest &r)
{
    const QSize size = targetSize(r);
    const bool png = r.format.compare(QLatin1String("Png"), Qt::CaseInsensitive) == 0;
    const int quality = qBound(1, r.quality, 100);
    const QString key = QStringLiteral("%1|%2|%3|%4x%5|%6|%7")
                            .arg(r.itemId, r.imageType, r.title)
                            .arg(size.width())
                            .arg(size.height())
                            .arg(quality)
                            .arg(png ? 1 : 0);
    if (const DemoImage *hit = m_cache.object(key))
        return *hit;

    QImage image(size, QImage::Format_RGB32);
    const uint hash = qHash(r.itemId, 0x5eed);
    const QColor base = QColor::fromHsv(int(hash % 360), 90 + int((hash >> 9) % 100), 90 + int((hash >> 17) % 80));
    QPainter painter(&image);
    QLinearGradient gradient(0, 0, 0, size.height());
    gradient.setColorAt(0, base.lighter(130));
    gradient.setColorAt(1, base.darker(200));
    painter.fillRect(image.rect(), gradient);
    painter.setRenderHint(QPainter::TextAntialiasing);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(qMax(6, size.width() / 12));
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(Qt::white);
    const int margin = qMax(2, size.width() / 16);
    const QRect textRect = image.rect().adjusted(margin, margin, -margin, -margin);
    painter.drawText(textRect, Qt::AlignHCenter | Qt::AlignVCenter | Qt::TextWordWrap, r.title);
    if (!r.subtitle.isEmpty()) {
        font.setBold(false);
        font.setPixelSize(qMax(5, size.width() / 22));
        painter.setFont(font);
        painter.drawText(textRect, Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap, r.subtitle);
    }
    painter.end();

    DemoImage out;
    QBuffer buffer(&out.data);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, png ? "PNG" : "JPEG", png ? -1 : quality);
    out.contentType = png ? "image/png" : "image/jpeg";
    out.etag = '"' + DemoFormat::md5Hex(key.toUtf8()).toLatin1() + '"';
    m_cache.insert(key, new DemoImage(out), int(out.data.size()));
    return out;
}

} // namespace marquee
