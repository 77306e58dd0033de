// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend/itemlimits.h"

#include "backend/jsonfields.h"
#include "core/logging.h"

#include <QSet>

namespace marquee {

namespace {

/// The name of the first text field longer than MaxTextChars, empty when there is none.
QString oversizedField(const MediaItem &item)
{
    const std::pair<const char *, const QString *> fields[] = {
        {"Name", &item.name},           {"SortName", &item.sortName}, {"OriginalTitle", &item.originalTitle},
        {"SeriesName", &item.seriesName}, {"Overview", &item.overview}, {"Tagline", &item.tagline},
        {"OfficialRating", &item.officialRating}, {"Etag", &item.etag}, {"Id", &item.id},
        {"image tag", &item.primaryImageTag}, {"backdrop image tag", &item.backdropImageTag},
    };
    for (const auto &[name, text] : fields) {
        if (text->size() > ItemLimits::MaxTextChars)
            return QString::fromLatin1(name);
    }
    for (const QStringList *list : {&item.genres, &item.studios}) {
        for (const QString &text : *list) {
            if (text.size() > ItemLimits::MaxTextChars)
                return QStringLiteral("Genres/Studios");
        }
    }
    for (const Person &person : item.people) {
        if (person.name.size() > ItemLimits::MaxTextChars || person.role.size() > ItemLimits::MaxTextChars)
            return QStringLiteral("People");
    }
    return {};
}

} // namespace

Error ItemLimits::oversizedText(const MediaItem &item)
{
    const QString field = oversizedField(item);
    if (field.isEmpty())
        return {};
    return JsonFields::badResponse(
        QStringLiteral("item %1 has a %2 longer than %3 characters").arg(item.id.left(64), field).arg(MaxTextChars));
}

Result<QList<MediaItem>> ItemLimits::collect(const QJsonArray &entries,
                                             const std::function<std::optional<MediaItem>(const QJsonValue &)> &parse,
                                             int *skipped)
{
    QList<MediaItem> items;
    items.reserve(entries.size());
    QSet<QString> ids;
    ids.reserve(entries.size());
    for (const QJsonValue &value : entries) {
        std::optional<MediaItem> item = parse(value);
        if (!item) {
            ++*skipped;
            continue;
        }
        if (Error error = oversizedText(*item); error.isError())
            return error;
        if (ids.contains(item->id))
            return listedTwice(item->id);
        ids.insert(item->id);
        items.append(std::move(*item));
    }
    if (*skipped > 0)
        qCInfo(lcBackend) << "skipped" << *skipped << "malformed items of" << entries.size();
    return items;
}

Error ItemLimits::listedTwice(const QString &id)
{
    return JsonFields::badResponse(QStringLiteral("item %1 is listed twice").arg(id.left(64)));
}

} // namespace marquee
