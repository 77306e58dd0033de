// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/imagedecoder.h"

#include <QBuffer>
#include <QFile>
#include <QImageReader>
#include <QtEndian>

#include <optional>

namespace marquee::ImageDecoder {

namespace {

Error failure(ErrorKind kind, const QString &message)
{
    return Error{kind, message, {}, 0};
}

/// libpng allocates and clears what a chunk declares before reading it, outside the reader's allocation limit: a
/// 258-byte poster that declared a 2 GB text chunk after its pixels cost 2 GB and seconds. A chunk longer than the
/// rest of the file is a broken file, refused before libpng sees it.
std::optional<Error> pngChunkOverrun(const QByteArray &bytes)
{
    static const QByteArray signature = QByteArrayLiteral("\x89PNG\r\n\x1a\n");
    if (!bytes.startsWith(signature))
        return std::nullopt;
    constexpr qsizetype ChunkOverhead = 12; // length, type, CRC
    qsizetype at = signature.size();
    while (at + ChunkOverhead <= bytes.size()) {
        const quint32 length = qFromBigEndian<quint32>(bytes.constData() + at);
        const qsizetype left = bytes.size() - at - ChunkOverhead;
        if (qint64(length) > left) {
            return failure(ErrorKind::BadResponse, QStringLiteral("a PNG chunk declares %1 bytes where %2 are left")
                                                       .arg(length)
                                                       .arg(left));
        }
        if (bytes.mid(at + 4, 4) == "IEND")
            break;
        at += ChunkOverhead + qsizetype(length);
    }
    return std::nullopt;
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
    if (const std::optional<Error> overrun = pngChunkOverrun(bytes))
        return *overrun;
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
    // Images on disk are what a server sent (under the response size cap): read whole, they get the same checks.
    return decode(file.readAll(), size);
}

} // namespace marquee::ImageDecoder
