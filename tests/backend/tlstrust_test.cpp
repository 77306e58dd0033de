// SPDX-License-Identifier: GPL-3.0-or-later
// HTTPS is verified by default; a self-signed server is refused with its certificate's fingerprint, and once the
// user trusts that fingerprint for the server, that certificate and no other is accepted.
#include "awaitfuture.h"
#include "backend/jellyfinbackend.h"
#include "backend/networkthread.h"
#include "storage/serverrepository.h"
#include "support/cachefixture.h"
#include "support/testdirectory.h"

#include <QFile>
#include <QProcess>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <gtest/gtest.h>

using namespace marquee;
using namespace marquee::test;

namespace {

struct SelfSigned
{
    QSslCertificate certificate;
    QSslKey key;
    [[nodiscard]] QByteArray sha256() const { return certificate.digest(QCryptographicHash::Sha256).toHex(); }
};

/// A fresh self-signed certificate for 127.0.0.1, made by the openssl command.
SelfSigned makeCertificate(const TestDirectory &directory, const QString &name)
{
    const QString keyFile = directory.filePath(name + QStringLiteral(".key"));
    const QString certificateFile = directory.filePath(name + QStringLiteral(".pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                   QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                   QStringLiteral("-keyout"), keyFile, QStringLiteral("-out"), certificateFile});
    EXPECT_TRUE(openssl.waitForFinished(60'000)) << "openssl did not finish";
    EXPECT_EQ(openssl.exitCode(), 0) << openssl.readAllStandardError().constData();
    QFile key(keyFile);
    QFile certificate(certificateFile);
    EXPECT_TRUE(key.open(QIODevice::ReadOnly) && certificate.open(QIODevice::ReadOnly));
    return {QSslCertificate(certificate.readAll()), QSslKey(key.readAll(), QSsl::Rsa)};
}

/// An HTTPS server on 127.0.0.1 that answers every request with a Jellyfin PublicSystemInfo. Lives on the test's
/// thread; the backend's requests run on the network thread while the test waits in an event loop.
class TlsServer
{
public:
    explicit TlsServer(const SelfSigned &identity)
    {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(identity.certificate);
        configuration.setPrivateKey(identity.key);
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server.setSslConfiguration(configuration);
        QObject::connect(&m_server, &QTcpServer::pendingConnectionAvailable, &m_server, [this] {
            while (auto *socket = qobject_cast<QSslSocket *>(m_server.nextPendingConnection())) {
                QObject::connect(socket, &QSslSocket::readyRead, socket, [socket] {
                    if (!socket->readAll().contains("\r\n\r\n"))
                        return;
                    const QByteArray body = R"({"Id":"0123456789abcdef0123456789abcdef","ServerName":"nas","Version":"10.11.0"})";
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
                                  + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                    socket->disconnectFromHost();
                });
                QObject::connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        EXPECT_TRUE(m_server.listen(QHostAddress::LocalHost, 0));
    }

    [[nodiscard]] QUrl url() const { return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_server.serverPort())); }

private:
    QSslServer m_server;
};

class TlsTrust : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
            GTEST_SKIP() << "the openssl command makes the test certificates; packaging/dev.sh installs it";
        ASSERT_TRUE(QSslSocket::supportsSsl());
        served = makeCertificate(directory, QStringLiteral("served"));
        other = makeCertificate(directory, QStringLiteral("other"));
        server = std::make_unique<TlsServer>(served);
    }

    Result<ServerInfo> serverInfoTrusting(const QByteArray &certificate)
    {
        JellyfinBackend backend(&network, server->url(), ClientIdentity::forThisDevice(QStringLiteral("dev-1")));
        backend.setTrustedCertificate(certificate);
        return awaitResult(backend.serverInfo(), 20'000);
    }

    TestDirectory directory;
    SelfSigned served;
    SelfSigned other;
    std::unique_ptr<TlsServer> server;
    NetworkThread network;
};

} // namespace

TEST_F(TlsTrust, ASelfSignedServerIsRefusedWithItsFingerprint)
{
    const Result<ServerInfo> info = serverInfoTrusting({});
    ASSERT_FALSE(info.ok());
    EXPECT_EQ(info.error().kind, ErrorKind::UntrustedCertificate) << info.error().toString().toStdString();
    EXPECT_EQ(info.error().certificateSha256.toLatin1(), served.sha256());
    EXPECT_TRUE(info.error().message.contains(info.error().certificateFingerprint()))
        << info.error().message.toStdString();
}

TEST_F(TlsTrust, TheTrustedCertificateIsAcceptedAndNoOther)
{
    const Result<ServerInfo> trusted = serverInfoTrusting(served.sha256());
    ASSERT_TRUE(trusted.ok()) << trusted.error().toString().toStdString();
    EXPECT_EQ(trusted.value().id, QStringLiteral("0123456789abcdef0123456789abcdef"));

    const Result<ServerInfo> pinnedElsewhere = serverInfoTrusting(other.sha256());
    ASSERT_FALSE(pinnedElsewhere.ok());
    EXPECT_EQ(pinnedElsewhere.error().kind, ErrorKind::UntrustedCertificate);
    EXPECT_EQ(pinnedElsewhere.error().certificateSha256.toLatin1(), served.sha256());
}

TEST(TlsTrustStorage, TheTrustedCertificateIsKeptWithTheServer)
{
    CacheFixture cache;
    ServerRecord record;
    record.url = QStringLiteral("https://nas.local:8920");
    record.serverId = QStringLiteral("s1");
    record.trustedCertificateSha256 = QStringLiteral("ab").repeated(32);
    ASSERT_GT(ServerRepository(cache.connection()).saveActive(record, 1), 0);
    EXPECT_EQ(ServerRepository(cache.connection()).active()->trustedCertificateSha256, record.trustedCertificateSha256);
    record.trustedCertificateSha256.clear();
    ServerRepository(cache.connection()).saveActive(record, 2);
    EXPECT_TRUE(ServerRepository(cache.connection()).active()->trustedCertificateSha256.isEmpty())
        << "signing in again without trusting it forgets the certificate";
}
