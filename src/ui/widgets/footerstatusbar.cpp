// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/footerstatusbar.h"

#include "core/clock.h"
#include "ui/widgets/plainlabel.h"
#include "ui/widgets/relativetime.h"
#include "ui/widgets/spinner.h"

#include <QHBoxLayout>
#include <QLocale>
#include <QTextDocument>
#include <QToolButton>

namespace marquee {

namespace {
const QString Separator = QStringLiteral(" · ");
}

FooterStatusBar::FooterStatusBar(const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_spinner(new Spinner(this))
    , m_label(new PlainLabel(this))
    , m_button(new QToolButton(this))
    , m_otherServers(new PlainLabel(this))
    , m_upload(new PlainLabel(this))
{
    setObjectName(QStringLiteral("footerStatusBar"));
    m_label->setObjectName(QStringLiteral("footerText"));
    m_button->setObjectName(QStringLiteral("footerAction"));
    m_button->setAutoRaise(true);
    m_button->setCursor(Qt::PointingHandCursor);
    QFont buttonFont = m_button->font();
    buttonFont.setBold(true);
    m_button->setFont(buttonFont);
    // Reads as a link in the footer, in the palette's own link colour.
    QPalette linkPalette = m_button->palette();
    linkPalette.setColor(QPalette::ButtonText, linkPalette.color(QPalette::Link));
    m_button->setPalette(linkPalette);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->setSpacing(6);
    layout->addWidget(m_spinner);
    layout->addWidget(m_label);
    layout->addWidget(m_button);
    layout->addStretch(1);
    m_otherServers->setObjectName(QStringLiteral("footerOtherServers"));
    m_otherServers->setForegroundRole(QPalette::PlaceholderText);
    m_otherServers->hide();
    layout->addWidget(m_otherServers);
    m_upload->setObjectName(QStringLiteral("footerUpload"));
    m_upload->hide();
    layout->addWidget(m_upload);

    connect(m_button, &QToolButton::clicked, this, &FooterStatusBar::refreshRequested);
    m_tick.setInterval(30'000);
    connect(&m_tick, &QTimer::timeout, this, &FooterStatusBar::refreshText);
    m_tick.start();
    setStatus(m_status);
}

void FooterStatusBar::setStatus(const FooterStatus &status)
{
    m_status = status;
    refreshText();
}

void FooterStatusBar::refreshText()
{
    using State = FooterStatus::State;
    m_spinner->setSpinning(m_status.state == State::Syncing);
    m_label->setText(statusText());
    QString tip;
    if (m_status.state == State::Failed || m_status.state == State::Offline) {
        tip = m_status.errorText;
        if (!m_status.errorDetails.isEmpty())
            tip += QStringLiteral("\n\n") + tr("Details: %1").arg(m_status.errorDetails);
    }
    // Plain text made explicit: a tooltip guesses at rich text, and the details quote the server.
    m_label->setToolTip(tip.isEmpty() ? QString() : Qt::convertFromPlainText(tip, Qt::WhiteSpaceNormal));
    QString action;
    switch (m_status.state) {
    case State::Idle: action = tr("Refresh"); break;
    case State::Syncing: break;
    case State::NeverSynced: action = tr("Sync now"); break;
    case State::Failed:
    case State::Offline: action = tr("Retry"); break;
    }
    m_button->setText(action);
    m_button->setVisible(!action.isEmpty());
    m_button->setToolTip(action.isEmpty() ? QString() : action + QStringLiteral(" (F5)"));
}

void FooterStatusBar::setUploadText(const QString &text, const QString &details)
{
    m_upload->setText(text);
    m_upload->setToolTip(details.isEmpty() ? QString() : Qt::convertFromPlainText(details, Qt::WhiteSpaceNormal));
    m_upload->setVisible(!text.isEmpty());
}

QString FooterStatusBar::uploadText() const
{
    return m_upload->isHidden() ? QString() : m_upload->text();
}

void FooterStatusBar::setOtherServersText(const QString &text)
{
    m_otherServers->setText(text);
    m_otherServers->setVisible(!text.isEmpty());
}

QString FooterStatusBar::otherServersText() const
{
    return m_otherServers->isHidden() ? QString() : m_otherServers->text();
}

QString FooterStatusBar::text() const
{
    return m_label->text();
}

QString FooterStatusBar::actionText() const
{
    return m_button->isHidden() ? QString() : m_button->text();
}

bool FooterStatusBar::isSpinning() const
{
    return m_spinner->isSpinning();
}

QString FooterStatusBar::countText() const
{
    return tr("Library: %Ln item(s)", nullptr, int(m_status.itemCount));
}

QString FooterStatusBar::statusText() const
{
    using State = FooterStatus::State;
    const QLocale locale;
    const QString prefix = m_status.itemCount > 0 ? countText() + Separator : QString();
    switch (m_status.state) {
    case State::Idle: {
        const QString when = m_status.lastSyncedAtMs ? relativeTimeText(*m_status.lastSyncedAtMs, m_clock.nowMs())
                                                     : relativeTimeText(m_clock.nowMs(), m_clock.nowMs());
        return countText() + Separator + tr("Synced %1").arg(when);
    }
    case State::Syncing:
        if (m_status.total > 0) {
            return prefix
                    + tr("Syncing… %1 / %2").arg(locale.toString(m_status.progress), locale.toString(m_status.total));
        }
        return prefix + tr("Syncing…");
    case State::NeverSynced: return prefix + tr("Not synced");
    case State::Failed: return prefix + tr("Sync failed");
    case State::Offline: return tr("Offline · showing cached items");
    }
    return {};
}

} // namespace marquee
