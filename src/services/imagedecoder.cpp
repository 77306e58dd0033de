// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/imagedecoder.h"

#include <QBuffer>
#include <QFile>
#include <QImageReader>

namespace marquee::ImageDecoder {

namespace {

Error failure(ErrorKind kind, const QString &message)
{
    return Error{kind, message, {}, 0};
}

Result<QImage> decodeFrom(QIODevice *device, QSize size)
{
    if (size.isEmpty())
        return failure(ErrorKind::BadResponse, QStringLiteral("no size to decode to"));
    QImageReader reader(device);
    reader.setDecideFormatFromContent(true);
    reader.setAllocationLimit(AllocationLimitMb);
    const QSize source = reader.size();
    if (!source.isValid() || source.isEmpty())
        return failure(ErrorKind::BadResponse, QStringLiteral("not a readable image"));
    if (qint64(source.width()) * source.height() * 4 > qint64(AllocationLimitMb) << 20) {
        return failure(ErrorKind::TooLarge, QStringLiteral("the image declares %1 × %2 pixels")
                                                .arg(source.width())
                                                .arg(source.height()));
    }

    QSize scaled = source.scaled(size, Qt::KeepAspectRatioByExpanding);
    QRect crop(QPoint(0, 0), size);
    if (scaled.width() > source.width()) {
        // Smaller than asked: keep every pixel there is and crop to the asked shape.
        scaled = source;
        crop.setSize(size.scaled(source, Qt::KeepAspectRatio));
    }
    crop.moveCenter(QRect(QPoint(0, 0), scaled).center());
    reader.setScaledSize(scaled);
    reader.setScaledClipRect(crop);

    QImage image;
    if (!reader.read(&image))
        return failure(ErrorKind::BadResponse, QStringLiteral("undecodable image: ") + reader.errorString());
    // The formats the raster painter draws without converting on every paint.
    const QImage::Format paintable = image.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32;
    if (image.format() != paintable)
        image.convertTo(paintable);
    return image;
}

} // namespace

Result<QImage> decode(const QByteArray &bytes, QSize size)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return decodeFrom(&buffer, size);
}

Result<QImage> decodeFile(const QString &path, QSize size)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(ErrorKind::Storage, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    return decodeFrom(&file, size);
}

} // namespace marquee::ImageDecoder
