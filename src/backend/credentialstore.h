// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QString>

namespace marquee {

/**
 * @brief Keeps access tokens: in the system keychain (QtKeychain) when one runs, otherwise in a file
 * that only the user can read (mode 0600) in the data folder. The log says which, never the token.
 *
 * Keychain jobs are asynchronous and need an event loop: create and call this on the GUI thread (or any
 * thread with an event loop). The futures finish on that thread; watch them, do not block on them there.
 * A key names one sign-in, e.g. "jellyfin/<serverId>/<userId>".
 */
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    enum class Mode {
        KeychainFirst, ///< the keychain; the file only if no keychain service answers
        FileOnly,      ///< never touch the keychain (tests, --portable, or a user's choice)
        MemoryOnly,    ///< for this run only, nowhere on disk: sign-ins that are worth nothing after it (the demo's)
    };

    explicit CredentialStore(const QString &dataDir, Mode mode = Mode::KeychainFirst, QObject *parent = nullptr);

    /// The token, or an empty string when none is stored.
    QFuture<Result<QString>> readToken(const QString &key);
    QFuture<Status> writeToken(const QString &key, const QString &token);
    /// Removes the token wherever it is (keychain and file); removing a missing one is not an error.
    QFuture<Status> deleteToken(const QString &key);

    /// "keychain", "file" or "memory": where the last operation went.
    [[nodiscard]] QString activeStore() const;
    [[nodiscard]] QString filePath() const;

private:
    void useFileFallback(const QString &reason);
    [[nodiscard]] bool keychainFailed(int error) const;
    [[nodiscard]] Result<QString> readFile(const QString &key) const;
    [[nodiscard]] Status writeFile(const QString &key, const QString &token) const;
    [[nodiscard]] Status removeFromFile(const QString &key) const;

    QString m_dataDir;
    Mode m_mode;
    QHash<QString, QString> m_memory; ///< MemoryOnly: key → token
    bool m_keychainUnavailable = false;
};

} // namespace marquee
