// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoserver/mediafilereply.h"

#include "demoserver/demoformat.h"
#include "demoserver/demostate.h"
#include "demoserver/rangerequest.h"

namespace marquee {

DemoReply MediaFileReply::make(DemoState &state, const DemoItem &item, const DemoRequest &request)
{
    const DemoMediaFile file = state.mediaFiles.file(item.id);
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
    qint64 first = 0;
    qint64 length = file.size;
    switch (range.kind) {
    case RangeRequest::Kind::Whole: break;
    case RangeRequest::Kind::Partial:
        reply.status = 206;
        reply.addHeader("Content-Range", range.contentRange(file.size));
        first = range.first;
        length = range.length();
        break;
    case RangeRequest::Kind::Unsatisfiable:
        reply.status = 416;
        reply.contentType.clear();
        reply.addHeader("Content-Range", range.contentRange(file.size));
        return reply;
    }
    auto body = std::make_shared<DemoStreamBody>();
    body->length = length;
    const DemoMediaFiles *files = &state.mediaFiles;
    body->fill = [files, id = item.id, file, first](qint64 offset, char *out, qint64 n) {
        files->read(id, file, first + offset, out, n);
    };
    reply.stream = std::move(body);
    return reply;
}

} // namespace marquee
