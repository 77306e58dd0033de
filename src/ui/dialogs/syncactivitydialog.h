// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QTimer>
#include <functional>

class QComboBox;
class QPushButton;
class QTableView;

namespace marquee {

class Clock;
class ItemReader;
class LibraryRepository;
class MessageBroker;
class PlainLabel;
class SyncActivityModel;
class SyncStateRepository;

/**
 * @brief "Sync activity": the recent refresh runs, what each did and why one failed, with a Cancel button on
 * the ones still running. While the pointer is over the list its rows stay where they are.
 *
 * Re-reads the runs when the broker says a refresh started or finished (and on the first progress of a run it
 * has not seen yet: the row is written by the job, a moment after refreshStarted). Cancelling is the caller's
 * function, typically MetadataRefreshService::cancel. With several servers (setServers) a chooser above the list
 * shows one server's runs at a time, each with its own refreshes to cancel. Non-modal; the cache view stays usable
 * behind it.
 */
class SyncActivityDialog : public QDialog
{
    Q_OBJECT

public:
    using CancelFunction = std::function<void(const QString &scope)>;
    using ActivePredicate = std::function<bool(const QString &scope)>;

    /// One saved server's runs and refreshes.
    struct Server
    {
        QString name;
        SyncStateRepository *runs = nullptr;
        LibraryRepository *libraries = nullptr;
        ItemReader *items = nullptr;
        MessageBroker *broker = nullptr; ///< none: nothing of it refreshes now (no sign-in)
        CancelFunction cancel;
        ActivePredicate isActive;
    };

    SyncActivityDialog(SyncStateRepository &runs, const Clock &clock, MessageBroker *broker,
                       QWidget *parent = nullptr);
    ~SyncActivityDialog() override;

    void setNameSources(LibraryRepository *libraries, ItemReader *items);
    void setCancelFunction(CancelFunction cancel);
    /// See SyncActivityModel::setActivePredicate (e.g. MetadataRefreshService::isActive).
    void setActivePredicate(ActivePredicate isActive);
    /// Several servers: a chooser shows one at a time, the first now. The dialog's own repository and broker are
    /// then left alone.
    void setServers(const QList<Server> &servers);
    /// Shows the runs of the server at @p index of setServers().
    void showServer(int index);
    [[nodiscard]] QComboBox *serverChooser() const { return m_servers; }

    [[nodiscard]] SyncActivityModel *model() const { return m_model; }
    [[nodiscard]] QTableView *view() const { return m_view; }

public Q_SLOTS:
    void reload();

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void placeCancelButtons();
    /// The Status cell of a running run: "Running" and a Cancel button.
    QWidget *runningCell(const QString &scope);
    void onProgress(const QString &scope);
    void listenTo(MessageBroker *broker);

    SyncActivityModel *m_model;
    QTableView *m_view;
    PlainLabel *m_empty;
    QPushButton *m_close = nullptr;
    CancelFunction m_cancel;
    QWidget *m_serverRow = nullptr; ///< "Server:" and its chooser, shown with several servers
    QComboBox *m_servers = nullptr;
    QList<Server> m_serverList;
    QList<QMetaObject::Connection> m_brokerConnections;
    QTimer m_tick; ///< moves the running rows' durations on
};

} // namespace marquee
