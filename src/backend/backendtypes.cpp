// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend/backendtypes.h"

namespace marquee {

QString imageTypeName(ImageType type)
{
    switch (type) {
    case ImageType::Primary: return QStringLiteral("Primary");
    case ImageType::Backdrop: return QStringLiteral("Backdrop");
    case ImageType::Thumb: return QStringLiteral("Thumb");
    case ImageType::Logo: return QStringLiteral("Logo");
    case ImageType::Banner: return QStringLiteral("Banner");
    }
    return QStringLiteral("Primary");
}

} // namespace marquee
