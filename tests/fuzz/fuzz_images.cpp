// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as an image from the server (see fuzzentry.h).
#include "fuzzentry.h"
#include "fuzzmain.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return marquee::fuzz::runOne(data, size, &marquee::fuzz::checkImageBytes);
}
