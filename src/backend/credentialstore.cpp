// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend/credentialstore.h"

#include "backend/resultpromise.h"
#include "core/logging.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <qt6keychain/keychain.h>

namespace marquee {

namespace {

const QString ServiceName = QStringLiteral("Marquee");
constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

Error storageError(const QString &message)
{
    return Error{ErrorKind::Storage, message, {}, 0};
}

} // namespace

CredentialStore::CredentialStore(const QString &dataDir, Mode mode, QObject *parent)
    : QObject(parent)
    , m_dataDir(dataDir)
    , m_mode(mode)
{
    if (m_mode == Mode::FileOnly)
        qCInfo(lcBackend).noquote() << "sign-in tokens are kept in" << filePath() << "(owner-only file)";
}

QString CredentialStore::filePath() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("credentials.json"));
}

QString CredentialStore::activeStore() const
{
    if (m_mode == Mode::MemoryOnly)
        return QStringLiteral("memory");
    return (m_mode == Mode::FileOnly || m_keychainUnavailable) ? QStringLiteral("file") : QStringLiteral("keychain");
}

bool CredentialStore::keychainFailed(int error) const
{
    // No secret service (headless, CI, no D-Bus session): these come back at once, so falling back is cheap.
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented
        || error == QKeychain::OtherError;
}

void CredentialStore::useFileFallback(const QString &reason)
{
    if (m_keychainUnavailable)
        return;
    m_keychainUnavailable = true;
    qCInfo(lcBackend).noquote() << QStringLiteral("no usable keychain (%1); sign-in tokens are kept in").arg(reason) << filePath()
                                << "(owner-only file)";
}

QFuture<Result<QString>> CredentialStore::readToken(const QString &key)
{
    if (m_mode == Mode::MemoryOnly)
        return finishedFuture<QString>(m_memory.value(key));
    if (m_mode == Mode::FileOnly || m_keychainUnavailable)
        return finishedFuture(readFile(key));
    auto promise = std::make_shared<ResultPromise<QString>>();
    auto *job = new QKeychain::ReadPasswordJob(ServiceName, this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, promise, key](QKeychain::Job *finished) {
        const auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
        if (finished->error() == QKeychain::NoError) {
            promise->fulfil(read->textData());
        } else if (finished->error() == QKeychain::EntryNotFound) {
            promise->fulfil(readFile(key)); // written while the keychain was away, perhaps
        } else if (keychainFailed(finished->error())) {
            useFileFallback(finished->errorString());
            promise->fulfil(readFile(key));
        } else {
            promise->fulfil(storageError(QStringLiteral("keychain: ") + finished->errorString()));
        }
    });
    job->start();
    return promise->future();
}

QFuture<Status> CredentialStore::writeToken(const QString &key, const QString &token)
{
    if (m_mode == Mode::MemoryOnly) {
        m_memory.insert(key, token);
        return finishedFuture<std::monostate>(success());
    }
    if (m_mode == Mode::FileOnly || m_keychainUnavailable)
        return finishedFuture(writeFile(key, token));
    auto promise = std::make_shared<ResultPromise<std::monostate>>();
    auto *job = new QKeychain::WritePasswordJob(ServiceName, this);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, this, [this, promise, key, token](QKeychain::Job *finished) {
        if (finished->error() == QKeychain::NoError) {
            qCInfo(lcBackend) << "sign-in token saved in the system keychain";
            promise->fulfil(removeFromFile(key)); // no stale copy left behind in the file
        } else if (keychainFailed(finished->error())) {
            useFileFallback(finished->errorString());
            promise->fulfil(writeFile(key, token));
        } else {
            promise->fulfil(storageError(QStringLiteral("keychain: ") + finished->errorString()));
        }
    });
    job->start();
    return promise->future();
}

QFuture<Status> CredentialStore::deleteToken(const QString &key)
{
    if (m_mode == Mode::MemoryOnly) {
        m_memory.remove(key);
        return finishedFuture<std::monostate>(success());
    }
    const Status fileStatus = removeFromFile(key);
    if (m_mode == Mode::FileOnly || m_keychainUnavailable)
        return finishedFuture(fileStatus);
    auto promise = std::make_shared<ResultPromise<std::monostate>>();
    auto *job = new QKeychain::DeletePasswordJob(ServiceName, this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, promise, fileStatus](QKeychain::Job *finished) {
        if (finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound) {
            promise->fulfil(fileStatus);
        } else if (keychainFailed(finished->error())) {
            useFileFallback(finished->errorString());
            promise->fulfil(fileStatus);
        } else {
            promise->fulfil(storageError(QStringLiteral("keychain: ") + finished->errorString()));
        }
    });
    job->start();
    return promise->future();
}

Result<QString> CredentialStore::readFile(const QString &key) const
{
    QFile file(filePath());
    if (!file.exists())
        return QString();
    if (!file.open(QIODevice::ReadOnly))
        return storageError(QStringLiteral("cannot read ") + filePath());
    const QJsonObject tokens = QJsonDocument::fromJson(file.readAll()).object();
    return tokens.value(key).toString();
}

Status CredentialStore::writeFile(const QString &key, const QString &token) const
{
    QJsonObject tokens;
    {
        QFile existing(filePath());
        if (existing.open(QIODevice::ReadOnly))
            tokens = QJsonDocument::fromJson(existing.readAll()).object();
    }
    if (token.isEmpty())
        tokens.remove(key);
    else
        tokens.insert(key, token);
    if (!QDir().mkpath(m_dataDir))
        return storageError(QStringLiteral("cannot create ") + m_dataDir);
    QSaveFile file(filePath());
    if (!file.open(QIODevice::WriteOnly))
        return storageError(QStringLiteral("cannot write ") + filePath());
    // Restrict the temporary file before the secret is in it; the rename keeps the mode.
    file.setPermissions(OwnerOnly);
    file.write(QJsonDocument(tokens).toJson(QJsonDocument::Compact));
    if (!file.commit())
        return storageError(QStringLiteral("cannot write ") + filePath());
    if (!QFile::setPermissions(filePath(), OwnerOnly))
        return storageError(QStringLiteral("cannot restrict ") + filePath());
    return success();
}

Status CredentialStore::removeFromFile(const QString &key) const
{
    QFile file(filePath());
    if (!file.exists())
        return success();
    if (!file.open(QIODevice::ReadOnly))
        return storageError(QStringLiteral("cannot read ") + filePath());
    const QJsonObject tokens = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    if (!tokens.contains(key))
        return success();
    return writeFile(key, QString());
}

} // namespace marquee
