// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QColor>
#include <QImage>
#include <QtEndian>

namespace marquee::test {

/// A PNG of one colour, as a server would send a poster.
inline QByteArray pngOf(const QColor &color, QSize size = QSize(300, 450))
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

namespace detail {
inline quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : data) {
        crc ^= quint8(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

inline QByteArray pngChunk(const QByteArray &type, const QByteArray &data)
{
    QByteArray chunk(4, '\0');
    qToBigEndian(quint32(data.size()), chunk.data());
    const QByteArray body = type + data;
    QByteArray crc(4, '\0');
    qToBigEndian(crc32(body), crc.data());
    return chunk + body + crc;
}
} // namespace detail

/// A well-formed PNG header that declares @p width × @p height pixels over a few bytes of data: a decompression
/// bomb as far as any decoder that believes the header is concerned.
inline QByteArray declaredHugePng(quint32 width = 100000, quint32 height = 100000)
{
    QByteArray header(13, '\0');
    qToBigEndian(width, header.data());
    qToBigEndian(height, header.data() + 4);
    header[8] = 8;  // bit depth
    header[9] = 6;  // RGBA
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + detail::pngChunk("IHDR", header)
        + detail::pngChunk("IDAT", QByteArray::fromHex("789c6300010000050001")) + detail::pngChunk("IEND", {});
}

} // namespace marquee::test
