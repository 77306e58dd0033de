// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demoserver/demorouter.h"

namespace marquee {

class DemoState;
struct DemoItem;

/// @brief An item's media file (DemoMediaFiles) as ASP.NET's PhysicalFile serves it with range processing on:
/// `Accept-Ranges`, `Last-Modified` from the file, 206 for one byte range, 416 beyond the end, and `If-Range`
/// honoured (a date that is not the file's own serves the whole file). The body is streamed, never held; 500 when
/// the sample clip could not be read.
namespace MediaFileReply {

[[nodiscard]] DemoReply make(const DemoState &state, const DemoItem &item, const DemoRequest &request);

} // namespace MediaFileReply

} // namespace marquee
