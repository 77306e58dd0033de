// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoserver/demodigests.h"

#include <QCryptographicHash>

#include <algorithm>

namespace marquee::DemoDigests {

namespace {

QByteArray imageTagInput(const DemoItem &item, QLatin1String imageType)
{
    return item.id.toLatin1() + ':' + QByteArray(imageType.data(), imageType.size()) + ':'
        + QByteArray::number(item.imageVersion);
}

QByteArray etagInput(const DemoItem &item)
{
    // DateTime ticks since 0001-01-01 of DateLastSaved, as the real server hashes them.
    const qint64 ticks = item.dateLastSavedMs * 10'000 + 621'355'968'000'000'000LL;
    return QByteArray::number(ticks);
}

/// One hasher reused for a whole refresh: QCryptographicHash::hash() allocates a context per call.
void hashInto(QCryptographicHash &md5, const QByteArray &input, DemoHexDigest &out)
{
    md5.reset();
    md5.addData(input);
    const QByteArray hex = md5.result().toHex();
    std::copy_n(hex.constData(), out.size(), out.begin());
}

} // namespace

QByteArray imageTag(const DemoItem &item, QLatin1String imageType)
{
    return QCryptographicHash::hash(imageTagInput(item, imageType), QCryptographicHash::Md5).toHex();
}

QByteArray etag(const DemoItem &item)
{
    return QCryptographicHash::hash(etagInput(item), QCryptographicHash::Md5).toHex();
}

void refresh(DemoItem &item)
{
    static thread_local QCryptographicHash md5(QCryptographicHash::Md5);
    hashInto(md5, imageTagInput(item, QLatin1String("Primary")), item.digests.primary);
    hashInto(md5, imageTagInput(item, QLatin1String("Thumb")), item.digests.thumb);
    hashInto(md5, imageTagInput(item, QLatin1String("Backdrop")), item.digests.backdrop);
    hashInto(md5, etagInput(item), item.digests.etag);
}

} // namespace marquee::DemoDigests
