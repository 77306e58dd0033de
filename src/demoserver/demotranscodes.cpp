// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoserver/demotranscodes.h"

#include <QFile>

namespace marquee {

const QList<QByteArray> &DemoTranscodes::segments()
{
    static const QList<QByteArray> prepared = [] {
        QList<QByteArray> list;
        for (int i = 0;; ++i) {
            QFile file(QStringLiteral(":/demoserver/hls/segment%1.ts").arg(i));
            if (!file.open(QIODevice::ReadOnly))
                break;
            list.append(file.readAll());
        }
        return list;
    }();
    return prepared;
}

} // namespace marquee
