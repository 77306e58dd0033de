// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/playbackinfo.h"

namespace marquee {

QString playMethodName(PlayMethod method)
{
    switch (method) {
    case PlayMethod::DirectPlay: return QStringLiteral("DirectPlay");
    case PlayMethod::DirectStream: return QStringLiteral("DirectStream");
    case PlayMethod::Transcode: return QStringLiteral("Transcode");
    }
    return QStringLiteral("DirectPlay");
}

const PlaybackStream *PlaybackSource::stream(int index) const
{
    for (const PlaybackStream &candidate : streams) {
        if (candidate.index == index)
            return &candidate;
    }
    return nullptr;
}

} // namespace marquee
