// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/metatypes.h"

#include "core/error.h"
#include "core/library.h"
#include "core/mediaitem.h"
#include "core/playbackevent.h"
#include "core/userdata.h"

namespace marquee {

void registerMetaTypes()
{
    qRegisterMetaType<MediaItem>();
    qRegisterMetaType<QList<MediaItem>>();
    qRegisterMetaType<ItemSummary>();
    qRegisterMetaType<QList<ItemSummary>>();
    qRegisterMetaType<Library>();
    qRegisterMetaType<QList<Library>>();
    qRegisterMetaType<UserData>();
    qRegisterMetaType<PlaybackEvent>();
    qRegisterMetaType<Error>();
}

} // namespace marquee
