// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/tablesalvage.h"

#include "core/logging.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace marquee {

namespace {
QString quoted(const QString &identifier)
{
    return QLatin1Char('"') + QString(identifier).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}
} // namespace

TableSalvage::TableSalvage(QSqlDatabase damaged, QString table, QStringList wantedColumns)
    : m_db(std::move(damaged))
    , m_table(std::move(table))
    , m_wanted(std::move(wantedColumns))
{
}

bool TableSalvage::readKey()
{
    QSqlQuery info(m_db);
    // PRAGMA takes no bound values; the name comes from the file's own schema.
    if (!info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(quoted(m_table))))
        return false;
    QList<std::pair<int, QString>> primary;
    QStringList all;
    while (info.next()) {
        all << info.value(1).toString();
        if (const int position = info.value(5).toInt(); position > 0)
            primary.append({position, info.value(1).toString()});
    }
    if (all.isEmpty())
        return false;
    std::sort(primary.begin(), primary.end());
    for (const auto &[position, name] : primary)
        m_key.columns << name;
    // A table without a declared key is keyed by its rowid.
    if (m_key.columns.isEmpty()) {
        m_key.columns << QStringLiteral("rowid");
        m_key.isRowid = true;
    }
    m_columns = m_key.columns;
    for (const QString &column : std::as_const(m_wanted)) {
        if (all.contains(column) && !m_columns.contains(column))
            m_columns << column;
    }
    return true;
}

QString TableSalvage::selectList() const
{
    QStringList parts;
    for (const QString &column : m_columns)
        parts << (m_key.isRowid && column == QLatin1String("rowid") ? column : quoted(column));
    return parts.join(QStringLiteral(", "));
}

QString TableSalvage::keyText(const QVariantList &key)
{
    QStringList parts;
    for (const QVariant &value : key)
        parts << value.toString();
    return parts.join(QChar(0x1f));
}

void TableSalvage::keep(const QVariantList &row)
{
    m_rows.insert(keyText(row.mid(0, m_key.columns.size())), row);
}

void TableSalvage::scan(bool descending)
{
    QStringList order;
    for (const QString &column : std::as_const(m_key.columns))
        order << (m_key.isRowid ? column : quoted(column)) + (descending ? QStringLiteral(" DESC") : QString());
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                        .arg(selectList(), quoted(m_table), order.join(QStringLiteral(", "))))) {
        qCInfo(lcStorage).noquote() << m_table << (descending ? "backward" : "forward")
                                    << "scan stopped at once:" << query.lastError().text();
        return;
    }
    int read = 0;
    while (query.next()) {
        QVariantList row;
        for (int i = 0; i < m_columns.size(); ++i)
            row << query.value(i);
        keep(row);
        ++read;
    }
    if (query.lastError().isValid())
        qCInfo(lcStorage).noquote() << m_table << (descending ? "backward" : "forward") << "scan stopped after"
                                    << read << "rows:" << query.lastError().text();
}

void TableSalvage::collectIndexKeys()
{
    QSqlQuery indexes(m_db);
    indexes.prepare(QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = :table"));
    indexes.bindValue(QStringLiteral(":table"), m_table);
    if (!indexes.exec())
        return;
    QList<std::pair<QString, QString>> found;
    while (indexes.next())
        found.append({indexes.value(0).toString(), indexes.value(1).toString()});
    // sqlite_schema may have no row for an index SQLite made itself for a UNIQUE constraint: ask the table too.
    QSqlQuery list(m_db);
    if (list.exec(QStringLiteral("PRAGMA index_list(%1)").arg(quoted(m_table)))) {
        while (list.next()) {
            const QString name = list.value(1).toString();
            if (std::none_of(found.cbegin(), found.cend(), [&](const auto &index) { return index.first == name; }))
                found.append({name, QString()});
        }
    }
    for (const auto &[name, sql] : std::as_const(found)) {
        // A partial index cannot be read without its condition, which SQLite checks against the table's own pages.
        static const QRegularExpression partial(QStringLiteral("\\sWHERE\\s"), QRegularExpression::CaseInsensitiveOption);
        if (sql.contains(partial))
            continue;
        // The index's own columns too: they say what a row that cannot be read was about (its item, say).
        QStringList columns = m_key.columns;
        QSqlQuery info(m_db);
        if (info.exec(QStringLiteral("PRAGMA index_info(%1)").arg(quoted(name)))) {
            while (info.next()) {
                const QString column = info.value(2).toString();
                if (!column.isEmpty() && !columns.contains(column))
                    columns << column;
            }
        }
        QStringList selected;
        for (const QString &column : std::as_const(columns))
            selected << (m_key.isRowid && column == QLatin1String("rowid") ? column : quoted(column));
        QSqlQuery keys(m_db);
        keys.setForwardOnly(true);
        // Only indexed columns: SQLite answers from the index alone and never touches the table's pages.
        if (!keys.exec(QStringLiteral("SELECT %1 FROM %2 INDEXED BY %3")
                           .arg(selected.join(QStringLiteral(", ")), quoted(m_table), quoted(name))))
            continue;
        while (keys.next()) {
            QVariantList key;
            for (int i = 0; i < m_key.columns.size(); ++i)
                key << keys.value(i);
            QVariantMap &known = m_indexed[keyText(key)];
            for (int i = 0; i < columns.size(); ++i)
                known.insert(columns.at(i), keys.value(i));
        }
    }
}

QVariantList TableSalvage::keyOf(const QVariantMap &known) const
{
    QVariantList key;
    for (const QString &column : m_key.columns)
        key << known.value(column);
    return key;
}

TableSalvage::Lookup TableSalvage::lookUp(const QVariantList &key)
{
    QStringList conditions;
    for (const QString &column : std::as_const(m_key.columns))
        conditions << (m_key.isRowid ? column : quoted(column)) + QStringLiteral(" = ?");
    QSqlQuery row(m_db);
    row.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3")
                    .arg(selectList(), quoted(m_table), conditions.join(QStringLiteral(" AND "))));
    for (const QVariant &value : key)
        row.addBindValue(value);
    if (!row.exec())
        return Lookup::Unreadable;
    if (!row.next())
        return row.lastError().isValid() ? Lookup::Unreadable : Lookup::Absent;
    QVariantList values;
    for (int i = 0; i < m_columns.size(); ++i)
        values << row.value(i);
    keep(values);
    return Lookup::Found;
}

TableSalvage::Outcome TableSalvage::run(const QList<QVariantMap> &candidates)
{
    Outcome outcome;
    if (!readKey()) {
        outcome.schemaReadable = false;
        return outcome;
    }
    outcome.columns = m_columns;
    scan(false);
    scan(true);
    collectIndexKeys();
    QSet<QString> looked;
    // What an index holds existed: a lookup that finds nothing lost it as surely as one that meets a damaged page.
    for (auto it = m_indexed.cbegin(); it != m_indexed.cend(); ++it) {
        looked.insert(it.key());
        if (!m_rows.contains(it.key()) && lookUp(keyOf(it.value())) != Lookup::Found)
            outcome.unreadable << it.value();
    }
    // A candidate may never have had a row; only one whose lookup meets a damaged page is lost.
    for (const QVariantMap &candidate : candidates) {
        const QVariantList key = keyOf(candidate);
        const QString text = keyText(key);
        if (m_rows.contains(text) || looked.contains(text))
            continue;
        looked.insert(text);
        if (lookUp(key) == Lookup::Unreadable)
            outcome.unreadable << candidate;
    }
    for (const QVariantList &row : std::as_const(m_rows))
        outcome.rows << row;
    return outcome;
}

} // namespace marquee
