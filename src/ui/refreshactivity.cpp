// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/refreshactivity.h"

#include "core/usermessage.h"
#include "services/messagebroker.h"

namespace marquee {

RefreshActivity::RefreshActivity(MessageBroker &broker, QObject *parent)
    : QObject(parent)
{
    connect(&broker, &MessageBroker::refreshStarted, this, [this](const QString &scope) {
        m_running.insert(scope, {});
        Q_EMIT changed();
    });
    connect(&broker, &MessageBroker::refreshProgress, this, [this](const QString &scope, int current, int total) {
        const bool started = !m_running.contains(scope);
        m_running.insert(scope, {current, total});
        if (started)
            Q_EMIT changed();
        else
            Q_EMIT progressed();
    });
    connect(&broker, &MessageBroker::refreshFinished, this, [this](const QString &scope) {
        m_running.remove(scope);
        Q_EMIT changed();
    });
    connect(&broker, &MessageBroker::connectivityChanged, this, [this](bool online) {
        m_online = online;
        Q_EMIT changed();
    });
}

void RefreshActivity::setConnecting(bool connecting)
{
    if (std::exchange(m_connecting, connecting) != connecting)
        Q_EMIT changed();
}

RefreshActivity::Progress RefreshActivity::libraryProgress() const
{
    Progress sum;
    for (auto it = m_running.cbegin(); it != m_running.cend(); ++it) {
        if (!it.key().startsWith(QLatin1String("library:")) || it->total <= 0)
            continue;
        sum.current += it->current;
        sum.total += it->total;
    }
    return sum;
}

FooterStatus RefreshActivity::overlay(FooterStatus fromCache, const QString &scope) const
{
    const bool syncing = scope.isEmpty() ? isAnyRunning() : isRunning(scope);
    if (syncing) {
        const Progress progress = scope.isEmpty() ? libraryProgress() : m_running.value(scope);
        fromCache.state = FooterStatus::State::Syncing;
        fromCache.progress = progress.current;
        fromCache.total = progress.total;
    } else if (!m_online) {
        fromCache.state = FooterStatus::State::Offline;
        fromCache.errorText = UserMessage::describe(ErrorKind::Offline);
        fromCache.errorDetails.clear();
    }
    return fromCache;
}

} // namespace marquee
