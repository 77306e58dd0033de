// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "ui/widgets/footerstatus.h"

#include <QHash>
#include <QObject>

namespace marquee {

class MessageBroker;

/// @brief What the refresh lane is doing right now, as the footer shows it: which scopes run and how far they
/// got, and whether the server answers. The cache knows when a scope last synced; only the broker knows this.
class RefreshActivity : public QObject
{
    Q_OBJECT

public:
    struct Progress
    {
        int current = 0;
        int total = 0;
    };

    explicit RefreshActivity(MessageBroker &broker, QObject *parent = nullptr);

    [[nodiscard]] bool isOnline() const { return m_online; }
    [[nodiscard]] bool isRunning(const QString &scope) const { return m_running.contains(scope); }
    [[nodiscard]] bool isAnyRunning() const { return !m_running.isEmpty(); }
    [[nodiscard]] Progress progress(const QString &scope) const { return m_running.value(scope); }

    /// Lays the live state over what the cache says about @p scope ("library:<id>", or empty for all libraries).
    [[nodiscard]] FooterStatus overlay(FooterStatus fromCache, const QString &scope) const;

Q_SIGNALS:
    /// A scope started or finished, or the server came or went: what the cache says may have changed too.
    void changed();
    /// Only a running scope's progress moved on.
    void progressed();

private:
    QHash<QString, Progress> m_running;
    bool m_online = true;
};

} // namespace marquee
