// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/clioptions.h"
#include "core/error.h"
#include "core/result.h"
#include "storage/databasepaths.h"
#include "storage/serverrepository.h"
#include "storage/serverscope.h"

#include <QFuture>
#include <QObject>
#include <QTextStream>
#include <functional>
#include <memory>

namespace marquee {

class AppServices;

/**
 * @brief What every marquee-cli command shares: the options, stdout and stderr, the services, and the waiting.
 *
 * Commands run on the main thread and wait for futures and refreshes in runUntil(), an event loop that also
 * polls the interrupt hook (Ctrl-C in the real binary, a lambda in tests); nothing blocks without processing
 * events. Streams are injected so tests capture what a user would read.
 */
class CliContext : public QObject
{
    Q_OBJECT

public:
    /// True once the user asked to stop. Polled, because a signal handler may only set a flag.
    using InterruptCheck = std::function<bool()>;

    CliContext(CliOptions options, QTextStream &out, QTextStream &err, InterruptCheck interruptCheck = {},
               QObject *parent = nullptr);
    ~CliContext() override;

    [[nodiscard]] const CliOptions &options() const { return m_options; }
    [[nodiscard]] QTextStream &out() { return m_out; }
    [[nodiscard]] AppServices &services() { return *m_services; }

    /// Where the cache and state files are (--data-dir or the standard folders).
    [[nodiscard]] DatabasePaths paths() const;
    /// Opens the databases. False after printing why (exitCode() says with what).
    bool openStorage();
    /// After the command: waits for a queued change that is on its way to the server, and for the check that runs
    /// when SQLite reported a damaged file; says what it found (and rebuilds a damaged cache now). Returns the exit
    /// code, @p code unless a damaged file turns it into a failure.
    int finish(int code);
    /// --demo, --server/--user/--password, or a saved sign-in (--server NAME's, else the one used last). False
    /// after printing why.
    bool connectServer();
    /// Makes @p server the one in use and restores its saved sign-in. False after printing why.
    bool connectTo(const ServerRecord &server);
    /// Runs @p step (which returns an exit code) on the server connectServer() picks when one is named (--demo,
    /// --server) or only one is saved; else on every saved server in turn, each under its name, the one used last
    /// going last so that it stays the one in use. One that fails does not keep the others from their turn; the
    /// first failure is the exit code, Ctrl-C between two servers CliExit::Interrupted.
    int onEachServer(const std::function<int()> &step);
    /// --server NAME without credentials: the saved server it names (its name, address, or host[:port]); none after
    /// printing why. Without --server: none, and nothing printed.
    [[nodiscard]] std::optional<ServerRecord> namedServer();
    /// Whose rows of the cache @p server's are (a server with nothing cached gets a scope that holds nothing).
    [[nodiscard]] ServerScope scopeOf(const ServerRecord &server);

    /// Prints "marquee-cli: <reason>" on stderr, one line, and remembers @p code for exitCode().
    int fail(const QString &reason, int code = CliExit::Failure);
    /// @p error in words for a reason line (UserMessage); its technical line (address, HTTP status) goes to the log,
    /// which --verbose shows.
    [[nodiscard]] static QString explain(const Error &error);
    void warn(const QString &text);
    /// A progress line on stderr, unless --quiet.
    void progress(const QString &line);
    [[nodiscard]] int exitCode() const { return m_exitCode; }

    /// Runs the event loop until @p done returns true. On an interrupt it emits interrupted() once and keeps
    /// waiting, so the command can cancel and still write what it has.
    void runUntil(const std::function<bool()> &done);
    [[nodiscard]] bool wasInterrupted() const { return m_interrupted; }
    /// Waits for a backend future; an interrupt ends the wait with ErrorKind::Cancelled.
    template <typename T>
    Result<T> await(QFuture<Result<T>> future)
    {
        runUntil([&] { return future.isFinished() || m_interrupted; });
        if (!future.isFinished())
            return Error{ErrorKind::Cancelled, QStringLiteral("interrupted"), {}, 0};
        return future.result();
    }

    [[nodiscard]] static QString number(qint64 value); ///< 1200 → "1,200"
    [[nodiscard]] static QString duration(qint64 ms);  ///< 1234 → "1.2 s"
    [[nodiscard]] static QString bytes(qint64 size);   ///< 1536 → "1.5 KB"

Q_SIGNALS:
    void interrupted();

private:
    /// The sign-in saved for the server in use; @p whenNoneIsSaved is the reason printed when there is none.
    bool restoreSignIn(const QString &whenNoneIsSaved);
    void stopAutomaticRefreshes();
    [[nodiscard]] std::unique_ptr<AppServices> makeServices() const;
    void pollInterrupt();
    /// Moves a cache that SQLite found damaged aside and builds a new one now, saying so. False after printing why not.
    bool rebuildDamagedCache();

    CliOptions m_options;
    QTextStream &m_out;
    QTextStream &m_err;
    InterruptCheck m_interruptCheck;
    std::unique_ptr<AppServices> m_services;
    bool m_interrupted = false;
    int m_exitCode = CliExit::Ok;
};

} // namespace marquee
