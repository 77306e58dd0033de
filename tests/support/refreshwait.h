// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/awaitfuture.h"
#include "services/messagebroker.h"
#include "services/metadatarefreshservice.h"

#include <QSignalSpy>
#include <gtest/gtest.h>

namespace marquee::test {

/// Refreshes @p scope now and runs the test thread's events until the service is idle again; the error its
/// refreshFinished carried (none on success).
inline Error refreshAndWait(MetadataRefreshService &service, MessageBroker &broker, const QString &scope,
                            bool full = false)
{
    QSignalSpy finished(&broker, &MessageBroker::refreshFinished);
    service.refreshNow(scope, full);
    EXPECT_TRUE(waitUntil([&] { return service.isIdle() && !finished.isEmpty(); }, 60'000)) << scope.toStdString();
    for (const QList<QVariant> &signal : std::as_const(finished)) {
        if (signal.at(0).toString() == scope)
            return signal.at(1).value<Error>();
    }
    ADD_FAILURE() << "no refreshFinished for " << scope.toStdString();
    return {};
}

} // namespace marquee::test
