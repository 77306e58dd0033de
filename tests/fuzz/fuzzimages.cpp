// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzzentry.h"

#include "services/imagedecoder.h"

#include <QSize>

namespace marquee::fuzz {

QString checkImageBytes(const QByteArray &bytes)
{
    // A poster cell and a backdrop band, as the views ask for them.
    for (const QSize size : {QSize(150, 225), QSize(640, 360)}) {
        const Result<QImage> decoded = ImageDecoder::decode(bytes, size);
        if (!decoded) {
            const ErrorKind kind = decoded.error().kind;
            if (kind != ErrorKind::BadResponse && kind != ErrorKind::TooLarge)
                return QStringLiteral("error of kind %1, not BadResponse or TooLarge").arg(errorKindName(kind));
            if (decoded.error().message.isEmpty())
                return QStringLiteral("an error without a message");
            continue;
        }
        const QImage &image = decoded.value();
        if (image.isNull())
            return QStringLiteral("success with a null image");
        if (image.width() > size.width() || image.height() > size.height())
            return QStringLiteral("%1 × %2 decoded for a %3 × %4 place")
                .arg(image.width()).arg(image.height()).arg(size.width()).arg(size.height());
    }
    return {};
}

} // namespace marquee::fuzz
