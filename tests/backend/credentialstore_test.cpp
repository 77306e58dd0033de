// SPDX-License-Identifier: GPL-3.0-or-later
#include "awaitfuture.h"
#include "support/testdirectory.h"

#include "backend/clientidentity.h"
#include "backend/credentialstore.h"

#include <QFile>
#include <QFileInfo>
#include <gtest/gtest.h>

using namespace marquee;
using namespace marquee::test;

namespace {

const QString Secret = QStringLiteral("s3cr3t-token-value");

/// Captures every log line while alive, to check that no token is ever printed.
class LogCapture
{
public:
    LogCapture() { s_lines.clear(); m_previous = qInstallMessageHandler(&LogCapture::handler); }
    ~LogCapture() { qInstallMessageHandler(m_previous); }
    [[nodiscard]] QString all() const { return s_lines.join(QLatin1Char('\n')); }

private:
    static void handler(QtMsgType, const QMessageLogContext &, const QString &message) { s_lines.append(message); }
    static inline QStringList s_lines;
    QtMessageHandler m_previous = nullptr;
};

bool isOwnerOnly(const QString &path)
{
    const QFileDevice::Permissions permissions = QFileInfo(path).permissions();
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    return (permissions & QFileDevice::ReadOwner) && (permissions & QFileDevice::WriteOwner) && !(permissions & others);
}

} // namespace

TEST(CredentialStore, memoryOnlyKeepsTokensForThisStoreAndWritesNothing)
{
    TestDirectory dir;
    CredentialStore store(dir.filePath(QStringLiteral("data")), CredentialStore::Mode::MemoryOnly);
    EXPECT_EQ(store.activeStore(), QStringLiteral("memory"));
    ASSERT_TRUE(awaitResult(store.writeToken(QStringLiteral("demo/plex/s1/u1"), Secret)).ok());
    EXPECT_EQ(awaitResult(store.readToken(QStringLiteral("demo/plex/s1/u1"))).value(), Secret);
    EXPECT_FALSE(QFile::exists(store.filePath())) << "a token for this run only reached the disk";

    // The next run (another store) knows nothing of it; a removed one is gone at once.
    CredentialStore nextRun(dir.filePath(QStringLiteral("data")), CredentialStore::Mode::MemoryOnly);
    EXPECT_EQ(awaitResult(nextRun.readToken(QStringLiteral("demo/plex/s1/u1"))).value(), QString());
    ASSERT_TRUE(awaitResult(store.deleteToken(QStringLiteral("demo/plex/s1/u1"))).ok());
    EXPECT_EQ(awaitResult(store.readToken(QStringLiteral("demo/plex/s1/u1"))).value(), QString());
}

TEST(CredentialStore, fileFallbackRoundTripIsOwnerOnly)
{
    TestDirectory dir;
    LogCapture log;
    CredentialStore store(dir.filePath(QStringLiteral("data")), CredentialStore::Mode::FileOnly);
    EXPECT_EQ(store.activeStore(), QStringLiteral("file"));

    EXPECT_EQ(awaitResult(store.readToken(QStringLiteral("jellyfin/s1/u1"))).value(), QString());
    ASSERT_TRUE(awaitResult(store.writeToken(QStringLiteral("jellyfin/s1/u1"), Secret)).ok());
    ASSERT_TRUE(awaitResult(store.writeToken(QStringLiteral("jellyfin/s2/u9"), QStringLiteral("other"))).ok());
    ASSERT_TRUE(QFile::exists(store.filePath()));
    EXPECT_TRUE(isOwnerOnly(store.filePath()));
    EXPECT_EQ(awaitResult(store.readToken(QStringLiteral("jellyfin/s1/u1"))).value(), Secret);

    // A second store over the same folder (the next start of the app) reads the same token.
    CredentialStore again(dir.filePath(QStringLiteral("data")), CredentialStore::Mode::FileOnly);
    EXPECT_EQ(awaitResult(again.readToken(QStringLiteral("jellyfin/s1/u1"))).value(), Secret);

    ASSERT_TRUE(awaitResult(store.deleteToken(QStringLiteral("jellyfin/s1/u1"))).ok());
    EXPECT_EQ(awaitResult(store.readToken(QStringLiteral("jellyfin/s1/u1"))).value(), QString());
    EXPECT_EQ(awaitResult(store.readToken(QStringLiteral("jellyfin/s2/u9"))).value(), QStringLiteral("other"));
    EXPECT_TRUE(isOwnerOnly(store.filePath()));
    EXPECT_TRUE(awaitResult(store.deleteToken(QStringLiteral("never-stored"))).ok());

    EXPECT_TRUE(log.all().contains(QStringLiteral("owner-only file")));
    EXPECT_FALSE(log.all().contains(Secret));
}

TEST(CredentialStore, keychainFirstFallsBackOrUsesTheKeychain)
{
    // Without a secret service (this test machine, CI) the store must fall back to the file by itself;
    // with one, the keychain must round-trip. Either way the token comes back and is never logged.
    TestDirectory dir;
    LogCapture log;
    CredentialStore store(dir.filePath(QStringLiteral("data")));
    const QString key = QStringLiteral("marquee-test/%1").arg(QCoreApplication::applicationPid());
    ASSERT_TRUE(awaitResult(store.writeToken(key, Secret), 20000).ok());
    EXPECT_EQ(awaitResult(store.readToken(key), 20000).value(), Secret);
    if (store.activeStore() == QLatin1String("file")) {
        EXPECT_TRUE(isOwnerOnly(store.filePath()));
        EXPECT_TRUE(log.all().contains(QStringLiteral("no usable keychain")));
    }
    ASSERT_TRUE(awaitResult(store.deleteToken(key), 20000).ok());
    EXPECT_EQ(awaitResult(store.readToken(key), 20000).value(), QString());
    EXPECT_FALSE(log.all().contains(Secret));
}

TEST(ClientIdentity, deviceIdIsStable)
{
    TestDirectory dir;
    const QString first = ClientIdentity::loadOrCreateDeviceId(dir.path());
    const QString second = ClientIdentity::loadOrCreateDeviceId(dir.path());
    EXPECT_EQ(first.size(), 32);
    EXPECT_EQ(first, second);
    EXPECT_TRUE(isOwnerOnly(dir.filePath(QStringLiteral("device-id"))));
    EXPECT_NE(ClientIdentity::forThisDevice(first).device, QString());
}
