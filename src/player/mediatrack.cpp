// SPDX-License-Identifier: GPL-3.0-or-later
#include "player/mediatrack.h"

#include "player/tracklanguage.h"

#include <QCoreApplication>
#include <QStringList>

namespace marquee {

QString MediaTrack::label() const
{
    QStringList details;
    if (!language.isEmpty())
        details.append(TrackLanguage::name(language));
    if (!codec.isEmpty())
        details.append(codec);
    const QString name = title.isEmpty() ? QCoreApplication::translate("MediaTrack", "Track %1").arg(id) : title;
    return details.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, details.join(QStringLiteral(", ")));
}

} // namespace marquee
