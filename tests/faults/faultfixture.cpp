// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultfixture.h"

#include "services/metadatarefreshservice.h"
#include "storage/settingsrepository.h"

#include <QSignalSpy>

namespace marquee::test {

HttpOptions FaultFixture::fastHttp()
{
    HttpOptions options;
    options.timeoutMs = 1500;
    options.maxAttempts = 2;
    options.backoffBaseMs = 20;
    options.backoffMaxMs = 100;
    return options;
}

std::unique_ptr<AppServices> FaultFixture::makeServices() const
{
    return std::make_unique<AppServices>(AppServices::Options{directory.path(), true, http});
}

void FaultFixture::SetUp()
{
    ASSERT_TRUE(demo.start());
    proxy = std::make_unique<HostileProxy>(demo.baseUrl());
    services = makeServices();
    ASSERT_TRUE(services->openStorage().ok);
    SettingsRepository(services->database().connection())
        .setValue(QStringLiteral("refresh/batch-size"), QString::number(BatchSize));
    QFuture<Result<Session>> signIn = services->signIn(proxy->url(), DemoServer::userName(), DemoServer::password());
    ASSERT_TRUE(waitUntil([&] { return signIn.isFinished(); }, 30'000));
    ASSERT_TRUE(signIn.result().ok()) << signIn.result().error().toString().toStdString();
    refreshService = services->refreshService();
    refreshService->setAutomaticEvaluation(false);
    moviesId = demo.libraryId(QStringLiteral("movies"));
    showsId = demo.libraryId(QStringLiteral("tvshows"));
    syncEverything();
    before = digest();
    ASSERT_GT(before.items, 120) << "every movie, series, season and episode is cached";
}

void FaultFixture::TearDown()
{
    services.reset();
    proxy.reset();
    demo.stop();
}

Error FaultFixture::refresh(const QString &scope, bool full)
{
    QSignalSpy finished(&services->broker(), &MessageBroker::refreshFinished);
    Error error{ErrorKind::Cancelled, QStringLiteral("no refreshFinished for ") + scope, {}, 0};
    refreshService->refreshNow(scope, full);
    const bool ended = waitUntil([&] {
        for (const QList<QVariant> &signal : std::as_const(finished)) {
            if (signal.at(0).toString() == scope) {
                error = signal.at(1).value<Error>();
                return true;
            }
        }
        return false;
    }, 60'000);
    EXPECT_TRUE(ended) << "refresh of " << scope.toStdString() << " did not end";
    waitUntil([&] { return refreshService->isIdle(); }, 30'000);
    return error;
}

void FaultFixture::syncEverything()
{
    for (const QString &scope : {QStringLiteral("libraries"), moviesScope(), showsScope()}) {
        const Error error = refresh(scope);
        ASSERT_FALSE(error.isError()) << scope.toStdString() << ": " << error.toString().toStdString();
    }
}

CacheDigest FaultFixture::digest() const
{
    return CacheDigest::of(services->database().connection());
}

} // namespace marquee::test
