// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/clicontext.h"

#include "app/appservices.h"
#include "core/logging.h"
#include "core/usermessage.h"
#include "services/metadatarefreshservice.h"

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
    , m_services(std::make_unique<AppServices>(AppServices::Options{m_options.dataDir, m_options.fileCredentials}))
{
}

CliContext::~CliContext()
{
    m_out.flush();
    m_err.flush();
}

bool CliContext::openStorage()
{
    const Database::OpenReport report = m_services->openStorage();
    for (const QString &notice : report.notices)
        warn(notice);
    if (!report.ok) {
        fail(QStringLiteral("cannot open the cache: ") + explain(report.error));
        return false;
    }
    return true;
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
        const Result<Session> session = await(m_services->signIn(m_options.server, m_options.user, m_options.password));
        if (!session) {
            fail(QStringLiteral("sign-in failed: ") + explain(session.error()),
                 m_interrupted ? CliExit::Interrupted : CliExit::Failure);
            return false;
        }
    } else {
        const Result<bool> restored = await(m_services->restoreSession());
        if (!restored) {
            fail(QStringLiteral("cannot read the saved sign-in: ") + explain(restored.error()),
                 m_interrupted ? CliExit::Interrupted : CliExit::Failure);
            return false;
        }
        if (!restored.value()) {
            fail(QStringLiteral("not signed in: pass --server URL --user NAME --password PW once (or use --demo)"));
            return false;
        }
    }
    // The CLI says exactly what to refresh; the GUI's periodic look at visible scopes has nothing to do here.
    m_services->refreshService()->setAutomaticEvaluation(false);
    return true;
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
