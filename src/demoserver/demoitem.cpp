// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoserver/demoitem.h"

namespace marquee {

QString demoItemKindName(DemoItemKind kind)
{
    switch (kind) {
    case DemoItemKind::CollectionFolder: return QStringLiteral("CollectionFolder");
    case DemoItemKind::Movie: return QStringLiteral("Movie");
    case DemoItemKind::Series: return QStringLiteral("Series");
    case DemoItemKind::Season: return QStringLiteral("Season");
    case DemoItemKind::Episode: return QStringLiteral("Episode");
    }
    return {};
}

std::optional<DemoItemKind> demoItemKindFromName(QStringView name)
{
    for (const auto kind : {DemoItemKind::CollectionFolder, DemoItemKind::Movie, DemoItemKind::Series,
                            DemoItemKind::Season, DemoItemKind::Episode}) {
        if (name.compare(demoItemKindName(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

} // namespace marquee
