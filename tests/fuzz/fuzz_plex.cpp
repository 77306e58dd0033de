// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as the body of a Plex answer — a MediaContainer listing, a hub, one item, the sections,
// identity, a timeline reply — of plex.tv's PIN, resources and account, or a part's BIF index (see fuzzentry.h).
#include "fuzzentry.h"
#include "fuzzmain.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return marquee::fuzz::runOne(data, size, &marquee::fuzz::checkPlexBodies);
}
