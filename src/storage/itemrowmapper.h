// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mediaitem.h"

#include <QString>

namespace marquee {

class SqlStatement;

/// @brief The column lists of item SELECTs and the code that turns a result row into a value, kept side by side
/// so that a column added to one cannot be forgotten in the other.
class ItemRowMapper
{
public:
    /// "i.id, i.type, …" for an ItemSummary, followed by the user's played state and favourite from the joined "u";
    /// the downloaded column names the statement's server (ServerScope: bind :server_key).
    [[nodiscard]] static QString summaryColumns();
    /// How many columns summaryColumns() selects: a query may add its own after them.
    [[nodiscard]] static int summaryColumnCount();
    [[nodiscard]] static ItemSummary summaryFrom(const SqlStatement &row);
    /// Runs a statement that selects summaryColumns() and reads every row.
    [[nodiscard]] static QList<ItemSummary> readSummaries(SqlStatement &statement);

    /// Every column of a MediaItem, followed by the joined user data.
    [[nodiscard]] static QString fullColumns();
    /// 1 when the item's download (a series: one of its episodes') is ready on this device.
    [[nodiscard]] static QString downloadedColumn();
    [[nodiscard]] static MediaItem itemFrom(const SqlStatement &row);

    /// LEFT JOIN of the user's state for the statement's server (ServerScope: bind :server_key).
    [[nodiscard]] static QString userDataJoin();

    [[nodiscard]] static QString encodeStrings(const QStringList &values);
    [[nodiscard]] static QStringList decodeStrings(const QString &json);
    [[nodiscard]] static QString encodePeople(const QList<Person> &people);
    [[nodiscard]] static QList<Person> decodePeople(const QString &json);
};

} // namespace marquee
