// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QObject>
#include <QString>
#include <QStringList>

namespace marquee {

/**
 * @brief The one place pages listen to. Lives on the GUI thread; producers forward their signals here where the
 * composition root builds them. Signals carry scope keys and ids only: listeners re-read the cache.
 */
class MessageBroker : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

Q_SIGNALS:
    void refreshStarted(const QString &scope);
    /// `current` of `total` items are in the cache; total is 0 when unknown.
    void refreshProgress(const QString &scope, int current, int total);
    /// New rows of the scope are in the cache: re-read what is shown.
    void scopeUpdated(const QString &scope);
    /// The run ended; `error.kind` is ErrorKind::None on success.
    void refreshFinished(const QString &scope, const marquee::Error &error);
    void connectivityChanged(bool online);
    /// The server refused our token; the cache stays browsable.
    void signedOut(const marquee::Error &error);
    /// Something the user should read once, e.g. a cache rebuilt or a server replaced.
    void notice(const QString &text);
};

} // namespace marquee
