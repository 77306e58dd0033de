// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/syncstaterepository.h"

#include <QAbstractTableModel>
#include <functional>

namespace marquee {

class Clock;
class ItemReader;
class LibraryRepository;

/**
 * @brief The recent refresh runs (sync_runs) as a table for the Sync activity dialog, newest first.
 *
 * Scopes read as a person would say them ("Movies", "Home", "Library list"), looked up in the cache when the
 * repositories are given. Every cell is plain text; the error's tooltip is escaped so markup in a server's
 * message shows as characters. reload() re-reads a bounded number of rows on the GUI thread's connection, and
 * changes only the cells that changed when it can.
 */
class SyncActivityModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /// The dialog puts a Cancel button beside "Running" in the Status cell of a running row.
    enum Column { What, Kind, Started, Duration, Status, Fetched, Written, Deleted, ErrorText, ColumnCount };
    enum Role {
        ScopeRole = Qt::UserRole + 1, ///< the scope key, e.g. "library:<id>"
        RunningRole,                  ///< true while the run is running (and, if known, still active)
        RunIdRole,
    };

    static constexpr int DefaultLimit = 100;

    SyncActivityModel(SyncStateRepository &runs, const Clock &clock, QObject *parent = nullptr);

    /// Shows another server's runs (the Sync activity dialog's server chooser); the names and the predicate are set
    /// again for it.
    void setRepository(SyncStateRepository &runs);
    /// Optional: library and item names for the "What" column.
    void setNameSources(LibraryRepository *libraries, ItemReader *items);
    /// Optional: whether a scope is really being refreshed now. A run left "running" by a crash then reads
    /// "Interrupted" and offers no Cancel.
    void setActivePredicate(std::function<bool(const QString &scope)> isActive);
    void setLimit(int limit) { m_limit = std::max(1, limit); }

    /// Re-reads the runs. While rows are held, the rows shown keep their places and only their cells change; runs
    /// that started meanwhile appear once the hold ends.
    void reload();
    /// Holds the rows in place while the pointer is over them, so a new run never pushes Cancel from under it.
    void setRowsHeld(bool held);
    [[nodiscard]] bool rowsHeld() const { return m_rowsHeld; }
    [[nodiscard]] const SyncRun &run(int row) const { return m_runs.at(row); }
    [[nodiscard]] bool isRunning(int row) const;
    [[nodiscard]] bool hasRunningRun(const QString &scope) const;
    [[nodiscard]] QString scopeLabel(const QString &scope) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// Refreshes the running rows' durations without re-reading the database.
    void tick();

    [[nodiscard]] static QString durationText(qint64 ms);
    [[nodiscard]] static QString kindText(const QString &kind);
    /// What went wrong in words (UserMessage); the technical line is the cell's tooltip.
    [[nodiscard]] static QString errorText(const SyncRun &run);

private:
    /// Puts the new state of the runs shown into their rows; false when @p runs holds a run not shown.
    bool updateInPlace(const QList<SyncRun> &runs);
    [[nodiscard]] QString displayText(const SyncRun &run, int column) const;
    [[nodiscard]] QString statusText(const SyncRun &run) const;
    /// The error of a failed run, and what a run removed and why (SyncRun::note).
    [[nodiscard]] static QString noteText(const SyncRun &run);

    SyncStateRepository *m_repository;
    const Clock &m_clock;
    LibraryRepository *m_libraries = nullptr;
    ItemReader *m_items = nullptr;
    std::function<bool(const QString &)> m_isActive;
    QList<SyncRun> m_runs;
    QHash<QString, QString> m_labels; ///< scope → label, rebuilt on reload
    int m_limit = DefaultLimit;
    bool m_rowsHeld = false;
    bool m_newRunsWaiting = false; ///< runs started while the rows were held
};

} // namespace marquee
