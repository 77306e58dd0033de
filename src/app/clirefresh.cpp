// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/clirefresh.h"

#include "app/appservices.h"
#include "app/clicontext.h"
#include "services/metadatarefreshservice.h"
#include "services/refreshscope.h"
#include "storage/libraryrepository.h"

namespace marquee {

CliRefresh::CliRefresh(CliContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    m_clock.start();
    MessageBroker *broker = &m_context.services().broker();
    connect(broker, &MessageBroker::refreshProgress, this, &CliRefresh::onProgress);
    connect(broker, &MessageBroker::refreshFinished, this, &CliRefresh::onFinished);
    connect(broker, &MessageBroker::notice, this, [this](const QString &text) { m_context.warn(text); });
}

QString CliRefresh::displayName(const QString &scopeKey) const
{
    return m_names.value(scopeKey, scopeKey);
}

QHash<QString, Error> CliRefresh::run(const QStringList &scopeKeys, bool full)
{
    MetadataRefreshService *service = m_context.services().refreshService();
    m_outcomes.clear();
    m_pending = scopeKeys;
    // Started before waiting: refreshFinished is queued from the pool thread, so none can be missed.
    for (const QString &key : scopeKeys)
        service->refreshNow(key, full);
    const QMetaObject::Connection cancel =
        connect(&m_context, &CliContext::interrupted, service, &MetadataRefreshService::cancelAll);
    m_context.runUntil([this] { return m_pending.isEmpty(); });
    disconnect(cancel);
    return m_outcomes;
}

void CliRefresh::onProgress(const QString &scope, int current, int total)
{
    // An incremental pass that found nothing reports 0 of 0: not worth a line.
    if (!m_pending.contains(scope) || (current == 0 && total == 0))
        return;
    const qint64 now = m_clock.elapsed();
    const auto last = m_lastPrinted.constFind(scope);
    const bool done = total > 0 && current >= total;
    if (!done && last != m_lastPrinted.constEnd() && now - *last < ProgressIntervalMs)
        return;
    m_lastPrinted.insert(scope, now);
    QString line = displayName(scope) + QStringLiteral(": ") + CliContext::number(current);
    if (total > 0)
        line += QStringLiteral(" / ") + CliContext::number(total);
    m_context.progress(line);
}

void CliRefresh::onFinished(const QString &scope, const Error &error)
{
    if (m_pending.removeAll(scope) > 0)
        m_outcomes.insert(scope, error);
}

std::optional<QList<Library>> CliRefresh::refreshLibraries(const QString &command)
{
    const QString librariesKey = RefreshScope::libraries().key();
    const Error error = run({librariesKey}).value(librariesKey);
    if (error.kind == ErrorKind::Cancelled || m_context.wasInterrupted()) {
        m_context.fail(QStringLiteral("interrupted"), CliExit::Interrupted);
        return std::nullopt;
    }
    if (error.isError()) {
        m_context.fail(QStringLiteral("%1 failed: could not list the libraries: %2").arg(command, CliContext::explain(error)));
        return std::nullopt;
    }
    const QList<Library> all =
        LibraryRepository(m_context.services().database().connection(), m_context.services().cacheConfig()).all();
    for (const Library &library : all)
        m_names.insert(RefreshScope::library(library.id).key(), library.name);

    const QString wanted = m_context.options().library;
    if (wanted.isEmpty())
        return all;
    for (const Library &library : all) {
        if (library.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return QList<Library>{library};
    }
    QStringList names;
    for (const Library &library : all)
        names << library.name;
    m_context.fail(QStringLiteral("no library named \"%1\" (the server has: %2)")
                       .arg(wanted, names.isEmpty() ? QStringLiteral("none") : names.join(QStringLiteral(", "))),
                   CliExit::Usage);
    return std::nullopt;
}

} // namespace marquee
