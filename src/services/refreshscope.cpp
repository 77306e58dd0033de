// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/refreshscope.h"

namespace marquee {

namespace {
struct KindName
{
    RefreshScope::Kind kind;
    QLatin1String name;
};
constexpr KindName KindNames[] = {{RefreshScope::Kind::Library, QLatin1String("library")},
                                  {RefreshScope::Kind::Series, QLatin1String("series")},
                                  {RefreshScope::Kind::Item, QLatin1String("item")},
                                  {RefreshScope::Kind::UserData, QLatin1String("userdata")}};
} // namespace

std::optional<RefreshScope> RefreshScope::parse(const QString &key)
{
    if (key == QLatin1String("libraries"))
        return libraries();
    if (key == QLatin1String("home"))
        return home();
    const qsizetype colon = key.indexOf(QLatin1Char(':'));
    if (colon <= 0 || colon == key.size() - 1)
        return std::nullopt;
    const QStringView prefix = QStringView(key).left(colon);
    for (const KindName &entry : KindNames) {
        if (prefix == entry.name)
            return RefreshScope{entry.kind, key.mid(colon + 1)};
    }
    return std::nullopt;
}

QStringList RefreshScope::keysShowing(const QString &id, const QString &libraryId, const QString &seriesId,
                                      ItemType type)
{
    QStringList scopes{item(id).key()};
    const QString seriesOfItem = type == ItemType::Series ? id : seriesId;
    if (!seriesOfItem.isEmpty())
        scopes.append(series(seriesOfItem).key());
    if (!libraryId.isEmpty())
        scopes.append(library(libraryId).key());
    return scopes;
}

QString RefreshScope::key() const
{
    switch (kind) {
    case Kind::Libraries: return QStringLiteral("libraries");
    case Kind::Home: return QStringLiteral("home");
    case Kind::Library:
    case Kind::Series:
    case Kind::Item:
    case Kind::UserData: break;
    }
    for (const KindName &entry : KindNames) {
        if (entry.kind == kind)
            return entry.name + QLatin1Char(':') + id;
    }
    return {};
}

ContentKind RefreshScope::contentKind() const
{
    switch (kind) {
    case Kind::Libraries:
    case Kind::Home: return ContentKind::Libraries;
    case Kind::Library: return ContentKind::Movies;
    case Kind::Series: return ContentKind::Seasons;
    case Kind::Item: return ContentKind::FullMetadata;
    case Kind::UserData: return ContentKind::Movies;
    }
    return ContentKind::Movies;
}

} // namespace marquee
