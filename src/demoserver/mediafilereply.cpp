// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoserver/mediafilereply.h"

#include "demoserver/demoformat.h"
#include "demoserver/demostate.h"
#include "demoserver/rangerequest.h"

namespace marquee {

DemoReply MediaFileReply::make(const DemoState &state, const DemoItem &item, const DemoRequest &request)
{
    const DemoMediaFile file = state.mediaFiles.file(item);
    const DemoMediaFiles::Reader read = state.mediaFiles.reader(item);
    if (!read)
        return DemoReply::serverError(500);
    const QByteArray lastModified = DemoFormat::httpDate(file.modifiedMs);
    DemoReply reply;
    reply.contentType = "video/mp4";
    reply.addHeader("Accept-Ranges", "bytes");
    reply.addHeader("Last-Modified", lastModified);

    QByteArray rangeHeader = request.header("Range");
    const QByteArray ifRange = request.header("If-Range").trimmed();
    // RFC 9110 §13.1.5: a validator that no longer matches means "send me the whole new file".
    if (!ifRange.isEmpty() && ifRange != lastModified)
        rangeHeader.clear();
    const RangeRequest range = RangeRequest::parse(rangeHeader, file.size);
    switch (range.kind) {
    case RangeRequest::Kind::Whole:
        reply.bodyReader = read;
        reply.bodySize = file.size;
        break;
    case RangeRequest::Kind::Partial:
        reply.status = 206;
        reply.addHeader("Content-Range", range.contentRange(file.size));
        reply.bodyReader = [read, first = range.first](qint64 offset, qint64 length) { return read(first + offset, length); };
        reply.bodySize = range.length();
        break;
    case RangeRequest::Kind::Unsatisfiable:
        reply.status = 416;
        reply.contentType.clear();
        reply.addHeader("Content-Range", range.contentRange(file.size));
        break;
    }
    return reply;
}

} // namespace marquee
