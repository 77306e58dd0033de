// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QObject>

namespace marquee {

/**
 * @brief One Marquee per data folder. The first instance holds a lock file there and listens on a local socket; a
 * second one, started at the same moment or later, asks the first to raise its window and steps aside.
 *
 * The lock decides who wins (two instances would write one state file and drain one playback queue twice); the
 * socket only carries the "raise" request. A lock left by a crashed instance is taken over, as its process is gone.
 */
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    enum class Role {
        Primary,   ///< this process runs the app
        Secondary, ///< another instance runs it and was asked to show itself: exit 0
        Failed,    ///< the folder cannot hold a lock (read-only, missing): errorText() says why
    };

    /// @p dataFolder: where the state database lives.
    explicit SingleInstance(const QString &dataFolder, QObject *parent = nullptr);
    ~SingleInstance() override;

    Role claim();
    [[nodiscard]] QString errorText() const { return m_error; }
    /// The folder of the state database for a `--data-dir` value (empty: the standard one).
    [[nodiscard]] static QString folderFor(const QString &dataDirOption);
    /// The local socket's name: one per data folder, so a test or a portable install runs beside the usual one.
    [[nodiscard]] static QString socketName(const QString &dataFolder);

Q_SIGNALS:
    /// A second instance was started: show the window.
    void activationRequested();

private:
    bool askPrimaryToRaise() const;
    void onNewConnection();
    void readRequest(QLocalSocket *socket);

    QString m_folder;
    QLockFile m_lock;
    QLocalServer m_server;
    QString m_error;
};

} // namespace marquee
