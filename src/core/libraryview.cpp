// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/libraryview.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace marquee {

namespace {
struct SortName
{
    LibrarySort sort;
    QLatin1StringView name;
};

constexpr SortName SortNames[] = {
    {LibrarySort::Name, QLatin1StringView("name")},
    {LibrarySort::Year, QLatin1StringView("year")},
    {LibrarySort::DateAdded, QLatin1StringView("date-added")},
    {LibrarySort::CommunityRating, QLatin1StringView("rating")},
};

Error badView(const QString &why)
{
    return {ErrorKind::BadResponse, QStringLiteral("unreadable library view setting: ") + why, {}, 0};
}
} // namespace

QString encodeLibraryView(const LibraryView &view)
{
    QJsonObject object;
    for (const SortName &entry : SortNames) {
        if (entry.sort == view.sort)
            object.insert(QStringLiteral("sort"), QString(entry.name));
    }
    object.insert(QStringLiteral("descending"), view.order == Qt::DescendingOrder);
    object.insert(QStringLiteral("unplayed"), view.unplayedOnly);
    object.insert(QStringLiteral("favourites"), view.favouritesOnly);
    object.insert(QStringLiteral("genre"), view.genre);
    if (view.downloadedOnly)
        object.insert(QStringLiteral("downloaded"), true);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Result<LibraryView> decodeLibraryView(const QString &text)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (!document.isObject())
        return badView(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                    : QStringLiteral("not an object"));
    const QJsonObject object = document.object();
    LibraryView view;
    const QString sort = object.value(QStringLiteral("sort")).toString();
    bool knownSort = false;
    for (const SortName &entry : SortNames) {
        if (entry.name == sort) {
            view.sort = entry.sort;
            knownSort = true;
        }
    }
    if (!knownSort)
        return badView(QStringLiteral("unknown sort \"%1\"").arg(sort));
    view.order = object.value(QStringLiteral("descending")).toBool() ? Qt::DescendingOrder : Qt::AscendingOrder;
    view.unplayedOnly = object.value(QStringLiteral("unplayed")).toBool();
    view.favouritesOnly = object.value(QStringLiteral("favourites")).toBool();
    view.genre = object.value(QStringLiteral("genre")).toString();
    view.downloadedOnly = object.value(QStringLiteral("downloaded")).toBool();
    return view;
}

} // namespace marquee
