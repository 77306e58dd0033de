// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/appservices.h"
#include "awaitfuture.h"
#include "cachedigest.h"
#include "demoserver/demoserver.h"
#include "hostileproxy.h"
#include "support/testdirectory.h"

#include <gtest/gtest.h>
#include <memory>

namespace marquee {
class MetadataRefreshService;
}

namespace marquee::test {

/**
 * @brief The real app services, signed in to the demo server through a HostileProxy, with every library cached.
 *
 * Small pages (BatchSize items) so that a fault can strike in the middle of a refresh, and short deadlines
 * (fastHttp) so that a trickling server times out in seconds. Tests compare CacheDigest before and after a fault.
 */
class FaultFixture : public ::testing::Test
{
protected:
    static constexpr int BatchSize = 25;
    [[nodiscard]] static HttpOptions fastHttp();

    void SetUp() override;
    void TearDown() override;

    /// Starts app services on the fixture's data folder (the token comes from the file credential store).
    [[nodiscard]] std::unique_ptr<AppServices> makeServices() const;
    /// Runs a manual refresh of @p scope to its end and returns its error (none on success).
    Error refresh(const QString &scope, bool full = true);
    void syncEverything();
    [[nodiscard]] CacheDigest digest() const;
    [[nodiscard]] QString moviesScope() const { return QStringLiteral("library:") + moviesId; }
    [[nodiscard]] QString showsScope() const { return QStringLiteral("library:") + showsId; }

    /// What makeServices() uses: fastHttp() unless a test asks otherwise before SetUp().
    HttpOptions http = fastHttp();
    TestDirectory directory;
    DemoServer demo{DemoServerOptions{.seed = 8, .movies = 120, .series = 3}};
    std::unique_ptr<HostileProxy> proxy;
    std::unique_ptr<AppServices> services;
    MetadataRefreshService *refreshService = nullptr;
    QString moviesId;
    QString showsId;
    CacheDigest before; ///< after the first full sync
};

} // namespace marquee::test
