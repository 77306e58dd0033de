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
    /// A refresh runs, or one is about to (setConnecting()).
    [[nodiscard]] bool isAnyRunning() const { return m_connecting || !m_running.isEmpty(); }
    [[nodiscard]] Progress progress(const QString &scope) const { return m_running.value(scope); }
    /// Every running library refresh together, e.g. 1,200 of 2,613 items; the total is 0 until one is known.
    [[nodiscard]] Progress libraryProgress() const;
    /// The app is connecting to the server and its first refreshes are about to start: the footer says "Syncing…"
    /// from the first frame rather than "Not synced" for the second before the jobs begin.
    void setConnecting(bool connecting);

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
    bool m_connecting = false;
};

} // namespace marquee
