// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoserver/demoitemscope.h"

#include "demoserver/demoitemquery.h"

#include <algorithm>

namespace marquee::DemoItemScope {

namespace {
QString kindsKey(QList<DemoItemKind> kinds)
{
    std::sort(kinds.begin(), kinds.end());
    kinds.erase(std::unique(kinds.begin(), kinds.end()), kinds.end());
    QString key;
    for (const DemoItemKind kind : kinds)
        key += QChar(u'0' + int(kind));
    return key;
}
} // namespace

bool isScoped(const DemoItemFilter &filter)
{
    return filter.ids.isEmpty();
}

QString key(const DemoItemFilter &f)
{
    const QChar folder = !f.isFolder ? u'-' : (*f.isFolder ? u'1' : u'0');
    return f.parentId + QLatin1Char('|') + (f.recursive ? u'r' : u'd') + QLatin1Char('|') + kindsKey(f.includeTypes)
        + QLatin1Char('|') + kindsKey(f.excludeTypes) + QLatin1Char('|') + folder + QLatin1Char('|') + f.seriesId;
}

bool inScope(const DemoItem &item, const DemoItemFilter &f)
{
    if (!f.parentId.isEmpty()) {
        if (f.recursive) {
            if (item.id == f.parentId
                || (item.libraryId != f.parentId && item.seriesId != f.parentId && item.seasonId != f.parentId
                    && item.parentId != f.parentId))
                return false;
        } else if (item.parentId != f.parentId) {
            return false;
        }
    } else if (f.ids.isEmpty()) {
        // No parent: the user's root holds the libraries; recursive means "everything in them".
        if (f.recursive == (item.kind == DemoItemKind::CollectionFolder))
            return false;
    }
    if (!f.includeTypes.isEmpty() && !f.includeTypes.contains(item.kind))
        return false;
    if (f.excludeTypes.contains(item.kind))
        return false;
    if (f.isFolder && *f.isFolder != item.isFolder())
        return false;
    if (!f.seriesId.isEmpty() && item.seriesId != f.seriesId)
        return false;
    return true;
}

bool hasRest(const DemoItemFilter &f)
{
    return !f.ids.isEmpty() || f.isPlayed || f.isFavorite || f.isResumable || f.minDateLastSavedMs
        || !f.searchTerm.isEmpty() || !f.nameStartsWith.isEmpty() || !f.years.isEmpty() || !f.genres.isEmpty();
}

} // namespace marquee::DemoItemScope
