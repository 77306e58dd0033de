// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace marquee {

/// Exit codes of marquee-cli; scripts rely on them.
namespace CliExit {
constexpr int Ok = 0;
constexpr int Failure = 1;     ///< the command ran and failed (server unreachable, storage …)
constexpr int Usage = 2;       ///< wrong arguments, or a --library name the server does not have
constexpr int Interrupted = 130; ///< Ctrl-C, as shells report SIGINT
} // namespace CliExit

/// What a marquee-cli command line asked for. Parsing needs no QCoreApplication.
struct CliOptions
{
    enum class Command { None, Sync, Stats, Clear, Export, Import, Warm, Settings, State, Download, Downloads, Servers };
    enum class JobAction { None, Pause, Resume, Remove };

    Command command = Command::None;
    bool showHelp = false;
    bool showVersion = false;

    // Where and who.
    QString dataDir;
    bool demo = false;
    bool fileCredentials = false;
    QUrl server;
    QString user;
    QString password;
    QString plexToken; ///< with server: a Plex Media Server, signed in with this token
    QString savedServer; ///< --server NAME without credentials: a server signed in to before, by name or address

    // Per command.
    QString library;      ///< sync, warm: one library by name (case-insensitive)
    bool full = false;    ///< sync: list everything again instead of what changed
    bool includePending = false; ///< clear: also the playback changes not yet sent
    bool force = false;   ///< import: even another server's export
    bool withImages = true; ///< export: carry the image files too (--no-images leaves them out)
    int concurrency = 4;  ///< warm: detail and image requests in flight
    bool quiet = false;   ///< no progress on stderr
    bool verbose = false; ///< log lines (requests, retries, timings) on stderr too; without it there are none
    QString file;         ///< export, import
    QStringList items;    ///< download: movie, episode, season or series ids
    std::optional<int> keepUnwatched;          ///< download: a series rule instead of the whole series
    std::optional<int> removeWatchedAfterDays; ///< download: a series rule
    JobAction jobAction = JobAction::None;     ///< downloads --pause|--resume|--remove ID
    qint64 jobId = 0;
    QStringList settingArguments; ///< settings: none, KEY, or KEY VALUE
    bool recover = false; ///< state: copy what a damaged state file still holds into a fresh one

    QString error; ///< not empty when the arguments were wrong (exit CliExit::Usage)
    QString helpText;

    /// @p arguments includes the program name first, as QCoreApplication::arguments() does.
    /// @p environmentPassword is MARQUEE_PASSWORD and @p environmentPlexToken MARQUEE_PLEX_TOKEN, so that neither
    /// need show in `ps`.
    [[nodiscard]] static CliOptions parse(const QStringList &arguments, const QString &environmentPassword = {},
                                          const QString &environmentPlexToken = {});
    [[nodiscard]] static QString commandName(Command command);
};

} // namespace marquee
