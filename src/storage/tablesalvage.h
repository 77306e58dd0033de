// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>

namespace marquee {

/**
 * @brief Reads every row of one table that a damaged database file still gives up.
 *
 * A scan stops at the first damaged page, so the table is read from both ends; then every key that one of its
 * (whole, not partial) indexes still holds, and every candidate key the caller knows of (the items of the cache, for
 * user data), is looked up on its own, so a row between two damaged pages is found too. A key an index holds whose
 * row cannot be read, or a candidate whose lookup meets a damaged page, is reported as unreadable; a row on a
 * damaged page that neither knows of cannot be known, let alone counted.
 *
 * Reads only, through whatever connection it is given (a read-only one for a damaged file). Table, column and
 * index names come from the file's own schema, never from input.
 */
class TableSalvage
{
public:
    struct Outcome
    {
        QStringList columns;            ///< of each row, in order; the key columns first
        QList<QVariantList> rows;       ///< every row read
        QList<QVariantMap> unreadable;  ///< rows an index knows of but that could not be read: what the indexes hold
        bool schemaReadable = true;     ///< false: not even the table's columns could be read
    };

    /// @p wantedColumns: the columns to copy (others are not read); the key columns are always read.
    TableSalvage(QSqlDatabase damaged, QString table, QStringList wantedColumns);

    /// @p candidates: keys that may have a row (each maps the key columns, and any others worth reporting, to values).
    [[nodiscard]] Outcome run(const QList<QVariantMap> &candidates = {});

private:
    struct Key
    {
        QStringList columns; ///< "rowid" for a rowid table without an alias
        bool isRowid = false;
    };

    [[nodiscard]] bool readKey();
    [[nodiscard]] QString selectList() const;
    void scan(bool descending);
    void collectIndexKeys();
    enum class Lookup { Found, Absent, Unreadable };
    Lookup lookUp(const QVariantList &key);
    [[nodiscard]] QVariantList keyOf(const QVariantMap &known) const;
    void keep(const QVariantList &row);
    [[nodiscard]] static QString keyText(const QVariantList &key);

    QSqlDatabase m_db;
    QString m_table;
    QStringList m_wanted;
    Key m_key;
    QStringList m_columns;
    QHash<QString, QVariantList> m_rows;
    QHash<QString, QVariantMap> m_indexed; ///< by key: the key and every column an index holds of the row
};

} // namespace marquee
