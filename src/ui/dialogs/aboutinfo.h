// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/serverversionrepository.h"

#include <QList>
#include <QString>

namespace marquee {

/// A library Marquee is built on, as Help → About and the diagnostic report name it.
struct ComponentInfo
{
    QString name;
    QString version; ///< what runs, where the library can say; else what Marquee was built against
    QString licence; ///< an SPDX expression
};

/// What Help → About shows; the app layer gathers it (the versions live in every layer).
struct AboutInfo
{
    QString version;
    QList<ComponentInfo> components;
    QList<ServerVersionSeen> servers;
};

} // namespace marquee
