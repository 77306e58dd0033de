// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoserver/rangerequest.h"

#include <QString>

namespace marquee {

RangeRequest RangeRequest::parse(const QByteArray &header, qint64 size)
{
    RangeRequest whole;
    whole.last = size - 1;
    const QByteArray h = header.trimmed();
    if (!h.toLower().startsWith("bytes="))
        return whole;
    const QByteArray spec = h.mid(6).trimmed();
    if (spec.contains(','))
        return whole;
    const qsizetype dash = spec.indexOf('-');
    if (dash < 0)
        return whole;
    const QByteArray a = spec.left(dash).trimmed();
    const QByteArray b = spec.mid(dash + 1).trimmed();
    bool okA = false;
    bool okB = false;
    RangeRequest r;
    r.kind = Kind::Partial;
    if (a.isEmpty()) { // suffix: the last n bytes
        const qint64 n = b.toLongLong(&okB);
        if (!okB || n < 0)
            return whole;
        if (n == 0 || size == 0) {
            r.kind = Kind::Unsatisfiable;
            return r;
        }
        r.first = qMax<qint64>(0, size - n);
        r.last = size - 1;
        return r;
    }
    r.first = a.toLongLong(&okA);
    if (!okA || r.first < 0)
        return whole;
    if (b.isEmpty()) {
        r.last = size - 1;
    } else {
        r.last = b.toLongLong(&okB);
        if (!okB || r.last < r.first)
            return whole;
        r.last = qMin(r.last, size - 1);
    }
    if (r.first >= size)
        r.kind = Kind::Unsatisfiable;
    return r;
}

QByteArray RangeRequest::contentRange(qint64 size) const
{
    if (kind == Kind::Unsatisfiable)
        return QByteArray("bytes */") + QByteArray::number(size);
    return QByteArray("bytes ") + QByteArray::number(first) + '-' + QByteArray::number(last) + '/' + QByteArray::number(size);
}

} // namespace marquee
