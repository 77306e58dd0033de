// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoserver/demotrickplay.h"

#include "demoserver/demomedia.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QtEndian>

namespace marquee {

namespace {

using M = DemoMedia;

/// Thumbnail @p thumbnail in @p cell: the colour of its moment in the sample's bars, with its time written on it.
void drawThumbnail(QPainter &painter, const QRect &cell, int thumbnail)
{
    painter.fillRect(cell, QColor::fromHsv((thumbnail * 37) % 360, 160, 200));
    painter.setPen(Qt::white);
    const int seconds = thumbnail * M::TrickplayIntervalMs / 1000;
    painter.drawText(cell, Qt::AlignCenter, QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0')));
}

QImage canvas(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::black);
    return image;
}

void useFont(QPainter &painter)
{
    QFont font = painter.font();
    font.setPixelSize(28);
    font.setBold(true);
    painter.setFont(font);
}

QByteArray jpeg(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 80);
    return bytes;
}

void appendWord(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

} // namespace

QByteArray DemoTrickplay::tile(int tileIndex, int thumbnails)
{
    const int perTile = M::TrickplayTileColumns * M::TrickplayTileRows;
    QImage tile = canvas(M::TrickplayWidth * M::TrickplayTileColumns, M::TrickplayHeight * M::TrickplayTileRows);
    QPainter painter(&tile);
    useFont(painter);
    for (int i = 0; i < perTile; ++i) {
        const int thumbnail = tileIndex * perTile + i;
        if (thumbnail >= thumbnails)
            break;
        drawThumbnail(painter,
                      QRect((i % M::TrickplayTileColumns) * M::TrickplayWidth, (i / M::TrickplayTileColumns) * M::TrickplayHeight,
                            M::TrickplayWidth, M::TrickplayHeight),
                      thumbnail);
    }
    painter.end();
    return jpeg(tile);
}

QByteArray DemoTrickplay::bif(int thumbnails)
{
    QList<QByteArray> pictures;
    for (int i = 0; i < thumbnails; ++i) {
        QImage picture = canvas(M::TrickplayWidth, M::TrickplayHeight);
        QPainter painter(&picture);
        useFont(painter);
        drawThumbnail(painter, picture.rect(), i);
        painter.end();
        pictures.append(jpeg(picture));
    }
    QByteArray out("\x89" "BIF\r\n\x1a\n", 8);
    appendWord(out, 0); // version
    appendWord(out, quint32(thumbnails));
    appendWord(out, quint32(M::TrickplayIntervalMs)); // the time unit: entries are numbered 0, 1, 2 … as Plex's are
    out.append(64 - out.size(), '\0');
    quint32 offset = quint32(64 + 8 * (thumbnails + 1));
    for (int i = 0; i < thumbnails; ++i) {
        appendWord(out, quint32(i));
        appendWord(out, offset);
        offset += quint32(pictures.at(i).size());
    }
    appendWord(out, 0xffffffffu);
    appendWord(out, offset);
    for (const QByteArray &picture : std::as_const(pictures))
        out.append(picture);
    return out;
}

} // namespace marquee
