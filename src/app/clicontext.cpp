// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/clicontext.h"

#include "app/appservices.h"
#include "core/logging.h"
#include "core/usermessage.h"
#include "services/metadatarefreshservice.h"
#include "services/playbacksyncworker.h"
#include "storage/cacheserverrepository.h"
#include "storage/serverdirectory.h"
#include "storage/serverrepository.h"

#include <QEventLoop>
#include <QLocale>
#include <QTimer>

namespace marquee {

namespace {
// How often the wait loop looks at the interrupt flag and at futures finished on other threads.
constexpr int PollIntervalMs = 20;
} // namespace

CliContext::CliContext(CliOptions options, QTextStream &out, QTextStream &err, InterruptCheck interruptCheck,
                       QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_out(out)
    , m_err(err)
    , m_interruptCheck(std::move(interruptCheck))
    , m_services(makeServices())
{
}

std::unique_ptr<AppServices> CliContext::makeServices() const
{
    AppServices::Options options;
    options.dataDir = m_options.dataDir;
    options.fileCredentials = m_options.fileCredentials;
    return std::make_unique<AppServices>(options);
}

CliContext::~CliContext()
{
    m_out.flush();
    m_err.flush();
}

DatabasePaths CliContext::paths() const
{
    return m_options.dataDir.isEmpty() ? DatabasePaths::standard() : DatabasePaths::inDirectory(m_options.dataDir);
}

bool CliContext::openStorage()
{
    const Database::OpenReport report = m_services->openStorage();
    for (const QString &notice : report.notices)
        warn(notice);
    if (!report.ok) {
        // A damaged state file: the message names it and the way out; anything else names the cache.
        fail(report.error.kind == ErrorKind::StorageCorrupt ? report.error.message
                                                            : QStringLiteral("cannot open the cache: ") + explain(report.error));
        return false;
    }
    // SQLite's check of the whole cache runs beside the start (the app paints meanwhile); a command waits for it, so
    // that a damaged cache is rebuilt before the command works on it, and this run says so.
    const std::optional<Database::DamageReport> damage = m_services->database().waitForDamageCheck();
    if (damage && damage->stateDamaged) {
        fail(damage->message);
        return false;
    }
    return !damage || rebuildDamagedCache();
}

bool CliContext::rebuildDamagedCache()
{
    // Everything lets go of the damaged file first; opening again moves it aside and builds a new one.
    m_services.reset();
    m_services = makeServices();
    const Database::OpenReport report = m_services->openStorage();
    for (const QString &notice : report.notices)
        warn(notice);
    if (!report.ok) {
        fail(QStringLiteral("cannot rebuild the damaged cache: ") + explain(report.error));
        return false;
    }
    return true;
}

int CliContext::finish(int code)
{
    Database *database = m_services->openedDatabase();
    if (!database)
        return code;
    // Never leave with a change on its way: the server may apply it and the answer be lost with the process.
    if (PlaybackSyncWorker *worker = m_services->syncWorker(); worker && worker->isDraining())
        runUntil([worker] { return !worker->isDraining(); });
    const std::optional<Database::DamageReport> damage = database->waitForDamageCheck();
    if (!damage)
        return code;
    if (damage->stateDamaged)
        return fail(damage->message);
    if (!rebuildDamagedCache())
        return exitCode();
    return fail(QStringLiteral("the cache was damaged while this command ran and has been rebuilt; run marquee-cli "
                               "sync to fill it again"));
}

bool CliContext::connectServer()
{
    if (m_options.demo) {
        const Result<Session> session = await(m_services->startDemo());
        if (!session) {
            fail(QStringLiteral("the demo server did not start: ") + explain(session.error()),
                 m_interrupted ? CliExit::Interrupted : CliExit::Failure);
            return false;
        }
    } else if (!m_options.server.isEmpty()) {
        const Result<Session> session =
            await(m_options.plexToken.isEmpty() ? m_services->signIn(m_options.server, m_options.user, m_options.password)
                                                : m_services->signInToPlex(m_options.server, m_options.plexToken));
        if (!session) {
            fail(QStringLiteral("sign-in failed: ") + explain(session.error()),
                 m_interrupted ? CliExit::Interrupted : CliExit::Failure);
            return false;
        }
    } else if (!m_options.savedServer.isEmpty()) {
        const std::optional<ServerRecord> named = namedServer();
        return named && connectTo(*named);
    } else {
        return restoreSignIn(
            QStringLiteral("not signed in: pass --server URL --user NAME --password PW once (or use --demo)"));
    }
    stopAutomaticRefreshes();
    return true;
}

bool CliContext::connectTo(const ServerRecord &server)
{
    if (!ServerRepository(m_services->database().connection()).activate(server.id)) {
        fail(QStringLiteral("cannot pick the server %1").arg(server.url));
        return false;
    }
    return restoreSignIn(QStringLiteral("%1 has no saved sign-in any more: sign in with --server %2 --user NAME")
                             .arg(ServerDirectory::displayName(server), server.url));
}

bool CliContext::restoreSignIn(const QString &whenNoneIsSaved)
{
    const Result<bool> restored = await(m_services->restoreSession());
    if (!restored) {
        fail(QStringLiteral("cannot read the saved sign-in: ") + explain(restored.error()),
             m_interrupted ? CliExit::Interrupted : CliExit::Failure);
        return false;
    }
    if (!restored.value()) {
        fail(whenNoneIsSaved);
        return false;
    }
    stopAutomaticRefreshes();
    return true;
}

void CliContext::stopAutomaticRefreshes()
{
    // The CLI says exactly what to refresh; the GUI's periodic look at visible scopes has nothing to do here.
    m_services->refreshService()->setAutomaticEvaluation(false);
}

std::optional<ServerRecord> CliContext::namedServer()
{
    if (m_options.savedServer.isEmpty())
        return std::nullopt;
    const QList<ServerRecord> servers = ServerRepository(m_services->database().connection()).all();
    const QString wanted = m_options.savedServer;
    const QUrl wantedUrl = QUrl::fromUserInput(wanted);
    for (const ServerRecord &server : servers) {
        const QUrl url(server.url);
        if (server.serverName.compare(wanted, Qt::CaseInsensitive) == 0
            || (!server.label.isEmpty() && server.label.compare(wanted, Qt::CaseInsensitive) == 0) || server.url == wanted
            || ServerDirectory::hostAndPort(server).compare(wanted, Qt::CaseInsensitive) == 0
            || (wanted.contains(QLatin1String("://")) && url.matches(wantedUrl, QUrl::StripTrailingSlash)))
            return server;
    }
    QStringList names;
    for (const ServerRecord &server : servers)
        names << QStringLiteral("\"%1\" at %2").arg(ServerDirectory::displayName(server), server.url);
    fail(names.isEmpty()
             ? QStringLiteral("no server is saved on this computer; sign in with --server URL --user NAME once")
             : QStringLiteral("no saved server is called \"%1\" (there are %2); to sign in to a new one, add --user "
                              "NAME or --plex-token TOKEN")
                   .arg(wanted, names.join(QStringLiteral(", "))),
         CliExit::Usage);
    return std::nullopt;
}

int CliContext::onEachServer(const std::function<int()> &step)
{
    QList<ServerRecord> saved = ServerRepository(m_services->database().connection()).all();
    if (m_options.demo || !m_options.server.isEmpty() || !m_options.savedServer.isEmpty() || saved.size() < 2)
        return connectServer() ? step() : exitCode();
    std::stable_sort(saved.begin(), saved.end(),
                     [](const ServerRecord &a, const ServerRecord &b) { return !a.isActive && b.isActive; });
    int code = CliExit::Ok;
    for (const ServerRecord &server : std::as_const(saved)) {
        if (wasInterrupted())
            return CliExit::Interrupted;
        m_out << ServerDirectory::displayName(server) << " (" << server.url << "):\n";
        const int serverCode = connectTo(server) ? step() : exitCode();
        if (serverCode != CliExit::Ok && code == CliExit::Ok)
            code = serverCode;
    }
    return code;
}

ServerScope CliContext::scopeOf(const ServerRecord &server)
{
    // Keys start at 1 (INTEGER PRIMARY KEY): no row is under key 0.
    return ServerScope::of(CacheServerRepository(m_services->database().connection()).keyOf(server.serverId).value_or(0));
}

int CliContext::fail(const QString &reason, int code)
{
    // One line, whatever the error text held: scripts read the last line of stderr.
    QString line = reason;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    m_err << "marquee-cli: " << line << Qt::endl;
    m_exitCode = code;
    return code;
}

QString CliContext::explain(const Error &error)
{
    const UserMessage message = UserMessage::from(error);
    if (!message.details.isEmpty())
        qCWarning(lcServices).noquote() << message.details;
    // The reason is one line: the words, lower-cased at the start to follow "… failed: ".
    QString text = message.text;
    if (!text.isEmpty())
        text[0] = text.at(0).toLower();
    return text;
}

void CliContext::warn(const QString &text)
{
    m_err << "marquee-cli: " << text << Qt::endl;
}

void CliContext::progress(const QString &line)
{
    if (!m_options.quiet)
        m_err << line << Qt::endl;
}

void CliContext::pollInterrupt()
{
    if (m_interrupted || !m_interruptCheck || !m_interruptCheck())
        return;
    m_interrupted = true;
    Q_EMIT interrupted();
}

void CliContext::runUntil(const std::function<bool()> &done)
{
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(PollIntervalMs);
    connect(&poll, &QTimer::timeout, this, &CliContext::pollInterrupt);
    poll.start();
    pollInterrupt();
    // WaitForMoreEvents sleeps until an event or the poll timer: waiting costs no CPU.
    while (!done())
        loop.processEvents(QEventLoop::WaitForMoreEvents);
}

QString CliContext::number(qint64 value)
{
    return QLocale(QLocale::English).toString(value);
}

QString CliContext::duration(qint64 ms)
{
    if (ms < 60'000)
        return QStringLiteral("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
    return QStringLiteral("%1 min %2 s").arg(ms / 60'000).arg((ms % 60'000) / 1000);
}

QString CliContext::bytes(qint64 size)
{
    return QLocale(QLocale::English).formattedDataSize(size, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace marquee
