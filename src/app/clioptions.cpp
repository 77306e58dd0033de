// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/clioptions.h"

#include "app/commandline.h"

#include <QCommandLineParser>

#include <utility>

namespace marquee {

namespace {

const QString Description = QStringLiteral(
    "Marquee's command line: keeps the offline cache of a Jellyfin server, for scripts and for computers "
    "without a display.\n\n"
    "Commands:\n"
    "  sync         Refresh the libraries and their items (--library NAME, --full).\n"
    "  stats        What the cache holds, how fresh it is, how big it is. Needs no server.\n"
    "  clear        Delete the cached metadata and images. --include-pending also drops playback\n"
    "               progress the server has not received yet.\n"
    "  export FILE  Write a portable copy of the cache to FILE, images included (--no-images: metadata only).\n"
    "  import FILE  Replace the cache with the copy in FILE (--force: even another server's).\n"
    "  warm         Fetch every item's details and images so the library works offline (--library NAME,\n"
    "               --concurrency N). Resumable: run it again after Ctrl-C or a failure.\n"
    "  settings [KEY [VALUE]]  List the settings, print one, or change one: VALUE as stored (seconds,\n"
    "               bytes), or default to restore the default. Needs no server.\n"
    "  state        Check the state file (played state, favourites, changes not yet sent). --recover copies\n"
    "               what a damaged one still holds into a fresh file and keeps the damaged one beside it.\n"
    "  download ID…  Download movies, episodes, seasons or whole series for offline playback, into the\n"
    "               download folder. Resumable: run it again after Ctrl-C. With --keep-unwatched N\n"
    "               (and --remove-watched-after DAYS) it sets a series' rule instead.\n"
    "  downloads    The download queue as a table; --pause ID, --resume ID or --remove ID first.\n"
    "  servers      The servers signed in to on this computer, with what the cache holds of each.\n\n"
    "Sign in once with --server URL --user NAME --password PW (or MARQUEE_PASSWORD), or to a Plex Media Server "
    "with --server URL --plex-token TOKEN (or MARQUEE_PLEX_TOKEN); later runs use the saved sign-in of the server "
    "used last. --server NAME alone picks another saved server, by its name or address (sync, warm, stats and clear: "
    "that server only; without it, every saved server). --demo uses a generated library served on this "
    "computer instead.\n"
    "Exit status: 0 success, 1 failure, 2 wrong arguments, 130 interrupted.");

struct CommandName
{
    const char *name;
    CliOptions::Command command;
};
constexpr CommandName Commands[] = {
    {"sync", CliOptions::Command::Sync},     {"stats", CliOptions::Command::Stats},
    {"clear", CliOptions::Command::Clear},   {"export", CliOptions::Command::Export},
    {"import", CliOptions::Command::Import}, {"warm", CliOptions::Command::Warm},
    {"settings", CliOptions::Command::Settings},
    {"state", CliOptions::Command::State},
    {"download", CliOptions::Command::Download}, {"downloads", CliOptions::Command::Downloads},
    {"servers", CliOptions::Command::Servers},
};

/// A whole number from @p text at least @p minimum; nullopt otherwise.
std::optional<qint64> numberAtLeast(const QString &text, qint64 minimum)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok && value >= minimum ? std::optional<qint64>(value) : std::nullopt;
}

} // namespace

QString CliOptions::commandName(Command command)
{
    for (const CommandName &entry : Commands) {
        if (entry.command == command)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

CliOptions CliOptions::parse(const QStringList &arguments, const QString &environmentPassword,
                             const QString &environmentPlexToken)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version(QStringLiteral("version"), QStringLiteral("Print the version and exit."));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("Keep the cache and state under <dir>."),
                                     QStringLiteral("dir"));
    const QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("Use the built-in demo server."));
    const QCommandLineOption fileCredentials(QStringLiteral("file-credentials"),
                                             QStringLiteral("Keep the sign-in token in an owner-only file, never "
                                                            "in the system keychain."));
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("Server address, e.g. http://host:8096."),
                                    QStringLiteral("url"));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("User name."), QStringLiteral("name"));
    const QCommandLineOption password(QStringLiteral("password"), QStringLiteral("Password (or MARQUEE_PASSWORD)."),
                                      QStringLiteral("password"));
    const QCommandLineOption plexToken(QStringLiteral("plex-token"),
                                       QStringLiteral("The Plex Media Server's token (or MARQUEE_PLEX_TOKEN)."),
                                       QStringLiteral("token"));
    const QCommandLineOption library(QStringLiteral("library"), QStringLiteral("sync, warm: only this library."),
                                     QStringLiteral("name"));
    const QCommandLineOption full(QStringLiteral("full"), QStringLiteral("sync: list every item again."));
    const QCommandLineOption includePending(QStringLiteral("include-pending"),
                                            QStringLiteral("clear: also drop unsent playback progress."));
    const QCommandLineOption force(QStringLiteral("force"), QStringLiteral("import: accept another server's export."));
    const QCommandLineOption noImages(QStringLiteral("no-images"),
                                      QStringLiteral("export: leave the images out (a smaller file; posters are "
                                                     "fetched again where it is imported)."));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"),
                                         QStringLiteral("warm: requests in flight (1-32, default 4)."), QStringLiteral("n"),
                                         QStringLiteral("4"));
    const QCommandLineOption quiet({QStringLiteral("q"), QStringLiteral("quiet")},
                                   QStringLiteral("No progress on stderr; results and failures only."));
    const QCommandLineOption verbose({QStringLiteral("v"), QStringLiteral("verbose")},
                                     QStringLiteral("Log lines (requests, retries, timings) on stderr as well."));
    const QCommandLineOption recover(QStringLiteral("recover"),
                                     QStringLiteral("state: save what a damaged state file still holds."));
    const QCommandLineOption keepUnwatched(QStringLiteral("keep-unwatched"),
                                           QStringLiteral("download: keep the next N unwatched episodes of the series."),
                                           QStringLiteral("n"));
    const QCommandLineOption removeWatched(QStringLiteral("remove-watched-after"),
                                           QStringLiteral("download: delete an episode DAYS days after it was watched."),
                                           QStringLiteral("days"));
    const QCommandLineOption pauseJob(QStringLiteral("pause"), QStringLiteral("downloads: pause this download."),
                                      QStringLiteral("id"));
    const QCommandLineOption resumeJob(QStringLiteral("resume"), QStringLiteral("downloads: resume this download."),
                                       QStringLiteral("id"));
    const QCommandLineOption removeJob(QStringLiteral("remove"),
                                       QStringLiteral("downloads: cancel or delete this download and its file."),
                                       QStringLiteral("id"));
    parser.addOptions({version, dataDir, demo, fileCredentials, server, user, password, plexToken, library, full, includePending,
                       force, noImages, concurrency, quiet, verbose, recover, keepUnwatched, removeWatched, pauseJob,
                       resumeJob, removeJob});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("sync, stats, clear, export, import, warm, settings, state, download or "
                                                "downloads."));
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("export, import: the file."), QStringLiteral("[file]"));

    CliOptions result;
    result.helpText = CommandLine::helpTextOf(parser, QStringLiteral("marquee-cli"));
    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        return result;
    }
    result.showHelp = parser.isSet(help);
    result.showVersion = parser.isSet(version);
    if (result.showHelp || result.showVersion)
        return result;

    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        result.error = QStringLiteral("no command given (sync, stats, clear, export, import, warm, settings, state, "
                                      "download, downloads; see --help)");
        return result;
    }
    const QString commandText = positional.takeFirst();
    for (const CommandName &entry : Commands) {
        if (commandText == QLatin1String(entry.name))
            result.command = entry.command;
    }
    if (result.command == Command::None) {
        result.error = QStringLiteral("unknown command \"%1\" (see --help)").arg(commandText);
        return result;
    }
    const bool takesFile = result.command == Command::Export || result.command == Command::Import;
    if (takesFile) {
        if (positional.isEmpty()) {
            result.error = QStringLiteral("%1 needs a FILE").arg(commandText);
            return result;
        }
        result.file = positional.takeFirst();
    }
    if (result.command == Command::Download) {
        if (positional.isEmpty()) {
            result.error = QStringLiteral("download needs at least one item id (a movie, episode, season or series)");
            return result;
        }
        result.items = std::exchange(positional, {});
    } else if (result.command == Command::Settings) {
        result.settingArguments = positional.mid(0, 2);
        positional = positional.mid(2);
    }
    if (!positional.isEmpty()) {
        result.error = QStringLiteral("unexpected argument \"%1\"").arg(positional.constFirst());
        return result;
    }

    // An option that the command ignores is a mistake in a script; say so instead of doing something else.
    const auto onlyFor = [&](const QCommandLineOption &option, std::initializer_list<Command> commands) {
        if (!parser.isSet(option) || !result.error.isEmpty())
            return;
        if (std::find(commands.begin(), commands.end(), result.command) == commands.end())
            result.error = QStringLiteral("--%1 does not apply to %2").arg(option.names().constLast(), commandText);
    };
    onlyFor(library, {Command::Sync, Command::Warm});
    onlyFor(full, {Command::Sync});
    onlyFor(includePending, {Command::Clear});
    onlyFor(force, {Command::Import});
    onlyFor(noImages, {Command::Export});
    onlyFor(concurrency, {Command::Warm});
    onlyFor(recover, {Command::State});
    onlyFor(keepUnwatched, {Command::Download});
    onlyFor(removeWatched, {Command::Download});
    for (const QCommandLineOption *job : {&pauseJob, &resumeJob, &removeJob})
        onlyFor(*job, {Command::Downloads});
    if (!result.error.isEmpty())
        return result;

    const std::pair<const QCommandLineOption *, JobAction> jobActions[] = {
        {&pauseJob, JobAction::Pause}, {&resumeJob, JobAction::Resume}, {&removeJob, JobAction::Remove}};
    for (const auto &[option, action] : jobActions) {
        if (!parser.isSet(*option))
            continue;
        const std::optional<qint64> id = numberAtLeast(parser.value(*option), 1);
        if (!id || result.jobAction != JobAction::None) {
            result.error = QStringLiteral("downloads takes one of --pause, --resume, --remove with a download id");
            return result;
        }
        result.jobAction = action;
        result.jobId = *id;
    }
    if (parser.isSet(keepUnwatched)) {
        const std::optional<qint64> n = numberAtLeast(parser.value(keepUnwatched), 0);
        if (!n || *n > 1000) {
            result.error = QStringLiteral("--keep-unwatched wants a number of episodes (0 to 1000)");
            return result;
        }
        result.keepUnwatched = int(*n);
    }
    if (parser.isSet(removeWatched)) {
        const std::optional<qint64> days = numberAtLeast(parser.value(removeWatched), 0);
        if (!days || *days > 3650) {
            result.error = QStringLiteral("--remove-watched-after wants a number of days (0 to 3650)");
            return result;
        }
        result.removeWatchedAfterDays = int(*days);
    }

    result.dataDir = parser.value(dataDir);
    result.demo = parser.isSet(demo);
    result.fileCredentials = parser.isSet(fileCredentials);
    result.user = parser.value(user);
    result.password = parser.isSet(password) ? parser.value(password) : environmentPassword;
    result.plexToken = parser.isSet(plexToken) ? parser.value(plexToken) : environmentPlexToken;
    result.library = parser.value(library);
    result.full = parser.isSet(full);
    result.includePending = parser.isSet(includePending);
    result.force = parser.isSet(force);
    result.withImages = !parser.isSet(noImages);
    result.quiet = parser.isSet(quiet);
    result.verbose = parser.isSet(verbose);
    result.recover = parser.isSet(recover);
    bool numberOk = false;
    result.concurrency = parser.value(concurrency).toInt(&numberOk);
    if (!numberOk || result.concurrency < 1 || result.concurrency > 32) {
        result.error = QStringLiteral("--concurrency wants a number from 1 to 32");
        return result;
    }
    const bool signingIn = parser.isSet(user) || parser.isSet(password) || !result.plexToken.isEmpty();
    if (parser.isSet(server) && !signingIn) {
        result.savedServer = parser.value(server).trimmed();
        if (result.savedServer.isEmpty())
            result.error = QStringLiteral("--server wants a saved server's name or address, or an address to sign in to");
    } else if (parser.isSet(server)) {
        result.server = QUrl::fromUserInput(parser.value(server));
        if (!result.server.isValid() || result.server.host().isEmpty()) {
            result.error = QStringLiteral("--server wants an address such as http://host:8096");
            return result;
        }
        if (!result.plexToken.isEmpty()) {
            if (parser.isSet(user) || parser.isSet(password))
                result.error = QStringLiteral("a Plex server signs in with --plex-token alone, without --user or --password");
            return result;
        }
        if (result.user.isEmpty()) {
            result.error = QStringLiteral("--server needs --user (and --password or MARQUEE_PASSWORD)");
            return result;
        }
    } else if (parser.isSet(user) || parser.isSet(password) || parser.isSet(plexToken)) {
        result.error = QStringLiteral("--user, --password and --plex-token go with --server");
        return result;
    }
    if (result.demo && parser.isSet(server))
        result.error = QStringLiteral("--demo and --server exclude each other");
    return result;
}

} // namespace marquee
