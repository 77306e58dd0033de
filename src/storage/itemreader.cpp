// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/itemreader.h"

#include "storage/itemrowmapper.h"

#include <QRegularExpression>

namespace marquee {

namespace {
/// Turns what the user typed into an FTS5 query of quoted prefix terms, so that no input is read as syntax.
QString ftsQuery(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    QStringList terms;
    const QStringList words = text.split(separators, Qt::SkipEmptyParts);
    for (const QString &word : words)
        terms << QLatin1Char('"') + word + QStringLiteral("\"*");
    return terms.join(QLatin1Char(' '));
}
} // namespace

ItemReader::ItemReader(QSqlDatabase db)
    : m_firstPage(db, QStringLiteral("SELECT %1 FROM items i %2 WHERE i.library_id = :library_id AND i.type = :type "
                                     "ORDER BY i.sort_name, i.id LIMIT :limit")
                          .arg(ItemRowMapper::summaryColumns(), ItemRowMapper::userDataJoin()))
    , m_nextPage(db, QStringLiteral("SELECT %1 FROM items i %2 WHERE i.library_id = :library_id AND i.type = :type "
                                    "AND (i.sort_name, i.id) > (:sort_name, :id) ORDER BY i.sort_name, i.id "
                                    "LIMIT :limit")
                         .arg(ItemRowMapper::summaryColumns(), ItemRowMapper::userDataJoin()))
    , m_count(db, QStringLiteral("SELECT count(*) FROM items WHERE library_id = :library_id AND type = :type"))
    , m_item(db, QStringLiteral("SELECT %1 FROM items i %2 WHERE i.id = :id")
                     .arg(ItemRowMapper::fullColumns(), ItemRowMapper::userDataJoin()))
    , m_children(db, QStringLiteral("SELECT %1 FROM items i %2 WHERE i.parent_id = :parent_id "
                                    "ORDER BY i.index_number IS NULL, i.index_number, i.sort_name")
                         .arg(ItemRowMapper::fullColumns(), ItemRowMapper::userDataJoin()))
    , m_search(db, QStringLiteral("SELECT %1 FROM items_fts f JOIN items i ON i.row_id = f.rowid %2 "
                                  "WHERE items_fts MATCH :query ORDER BY f.rank LIMIT :limit")
                       .arg(ItemRowMapper::summaryColumns(), ItemRowMapper::userDataJoin()))
{
}

QList<ItemSummary> ItemReader::libraryPage(const LibraryPageRequest &request)
{
    SqlStatement &statement = request.after ? m_nextPage : m_firstPage;
    statement.bind(QStringLiteral(":library_id"), request.libraryId)
        .bind(QStringLiteral(":type"), itemTypeName(request.type))
        .bind(QStringLiteral(":limit"), request.limit);
    if (request.after) {
        statement.bind(QStringLiteral(":sort_name"), request.after->sortName)
            .bind(QStringLiteral(":id"), request.after->id);
    }
    return ItemRowMapper::readSummaries(statement);
}

int ItemReader::countInLibrary(const QString &libraryId, ItemType type)
{
    m_count.bind(QStringLiteral(":library_id"), libraryId).bind(QStringLiteral(":type"), itemTypeName(type));
    if (!m_count.exec() || !m_count.next())
        return 0;
    const int count = m_count.value(0).toInt();
    m_count.finish();
    return count;
}

std::optional<MediaItem> ItemReader::item(const QString &id)
{
    m_item.bind(QStringLiteral(":id"), id);
    if (!m_item.exec() || !m_item.next())
        return std::nullopt;
    MediaItem item = ItemRowMapper::itemFrom(m_item);
    m_item.finish();
    return item;
}

QList<MediaItem> ItemReader::children(const QString &parentId)
{
    QList<MediaItem> rows;
    m_children.bind(QStringLiteral(":parent_id"), parentId);
    if (!m_children.exec())
        return rows;
    while (m_children.next())
        rows.append(ItemRowMapper::itemFrom(m_children));
    return rows;
}

QList<ItemSummary> ItemReader::search(const QString &text, int limit)
{
    const QString query = ftsQuery(text);
    if (query.isEmpty())
        return {};
    m_search.bind(QStringLiteral(":query"), query).bind(QStringLiteral(":limit"), limit);
    return ItemRowMapper::readSummaries(m_search);
}

} // namespace marquee
