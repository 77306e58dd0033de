// SPDX-License-Identifier: GPL-3.0-or-later
#include "processruns.h"

#include <QFile>
#include <QTemporaryFile>

#include <algorithm>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <vector>

extern char **environ;

namespace marquee::bench {

ProcessRuns::ProcessRuns(QString program, QStringList arguments, QStringList environment)
    : m_program(std::move(program))
    , m_arguments(std::move(arguments))
    , m_environment(std::move(environment))
{
}

ProcessRuns::Run ProcessRuns::runOnce() const
{
    Run run;
    QTemporaryFile output;
    if (!output.open())
        return run;

    // posix_spawn rather than QProcess: nothing of Qt's event loop between the spawn and the exit we time.
    QByteArrayList storage{QFile::encodeName(m_program)};
    for (const QString &argument : m_arguments)
        storage << argument.toLocal8Bit();
    const qsizetype argumentCount = storage.size();
    // getenv() takes the first match, so an inherited variable we set must not come first.
    QByteArrayList overridden;
    for (const QString &variable : m_environment)
        overridden << variable.section(QLatin1Char('='), 0, 0).toLocal8Bit() + '=';
    for (char **variable = environ; *variable; ++variable) {
        const QByteArray inherited(*variable);
        if (std::none_of(overridden.cbegin(), overridden.cend(), [&](const QByteArray &name) { return inherited.startsWith(name); }))
            storage << inherited;
    }
    for (const QString &variable : m_environment)
        storage << variable.toLocal8Bit();
    std::vector<char *> argv;
    std::vector<char *> envp;
    for (qsizetype i = 0; i < storage.size(); ++i)
        (i < argumentCount ? argv : envp).push_back(storage[i].data());
    argv.push_back(nullptr);
    envp.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, output.handle(), STDOUT_FILENO);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return run;
    int status = 0;
    if (waitpid(pid, &status, 0) != pid)
        return run;
    run.wallMs = msSince(timer);
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    output.seek(0);
    run.output = output.readAll();
    return run;
}

QList<ProcessRuns::Run> ProcessRuns::run(int count, QString *error) const
{
    QList<Run> runs;
    for (int i = 0; i <= count; ++i) {
        const Run run = runOnce();
        if (run.exitCode != 0) {
            *error = QStringLiteral("%1 exited with %2: %3").arg(m_program).arg(run.exitCode).arg(QString::fromLocal8Bit(run.output));
            return {};
        }
        if (i > 0)
            runs.append(run);
    }
    return runs;
}

} // namespace marquee::bench
