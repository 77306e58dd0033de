// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/itemimagetagreader.h"

#include "storage/serverscope.h"

namespace marquee {

namespace {
enum Column { Id, Type, PrimaryTag, BackdropTag, ThumbTag };
} // namespace

ItemImageTagReader::ItemImageTagReader(QSqlDatabase db, ServerScope scope)
    : m_ofLibrary(db, QStringLiteral("SELECT id, type, primary_image_tag, backdrop_image_tag, thumb_image_tag FROM items "
                                     "WHERE server_key = %1 AND library_id = :library_id "
                                     "AND (primary_image_tag IS NOT NULL "
                                     "OR backdrop_image_tag IS NOT NULL OR thumb_image_tag IS NOT NULL) "
                                     "ORDER BY type = 'Episode', sort_name, id")
                          .arg(ServerScope::serverKeySql()))
{
    scope.bindTo({&m_ofLibrary});
}

QList<ItemImageTags> ItemImageTagReader::ofLibrary(const QString &libraryId)
{
    QList<ItemImageTags> items;
    m_ofLibrary.bind(QStringLiteral(":library_id"), libraryId);
    if (!m_ofLibrary.exec())
        return items;
    while (m_ofLibrary.next()) {
        items.append({m_ofLibrary.value(Id).toString(), itemTypeFromName(m_ofLibrary.value(Type).toString()),
                      m_ofLibrary.value(PrimaryTag).toString(), m_ofLibrary.value(BackdropTag).toString(),
                      m_ofLibrary.value(ThumbTag).toString()});
    }
    return items;
}

} // namespace marquee
