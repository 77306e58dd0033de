// SPDX-License-Identifier: GPL-3.0-or-later
#include "player/upnextcard.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace marquee {

UpNextCard::UpNextCard(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(tr("Up next"), this))
    , m_title(new QLabel(this))
    , m_countdown(new QLabel(this))
    , m_playNow(new QPushButton(tr("Play now"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("upNextCard"));
    setAttribute(Qt::WA_StyledBackground);
    m_heading->setObjectName(QStringLiteral("upNextHeading"));
    m_title->setObjectName(QStringLiteral("upNextTitle"));
    m_countdown->setObjectName(QStringLiteral("upNextCountdown"));
    m_playNow->setObjectName(QStringLiteral("upNextPlayNow"));
    m_cancel->setObjectName(QStringLiteral("upNextCancel"));
    for (QLabel *label : {m_heading, m_title, m_countdown})
        label->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    for (QPushButton *button : {m_playNow, m_cancel})
        button->setFocusPolicy(Qt::NoFocus);
    m_playNow->setDefault(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_playNow);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(6);
    layout->addWidget(m_heading);
    layout->addWidget(m_title);
    layout->addWidget(m_countdown);
    layout->addLayout(buttons);
    setFixedWidth(340);

    connect(m_playNow, &QPushButton::clicked, this, &UpNextCard::playNowClicked);
    connect(m_cancel, &QPushButton::clicked, this, &UpNextCard::cancelClicked);
}

void UpNextCard::setNext(const QString &title)
{
    m_title->setText(title);
    adjustSize();
}

void UpNextCard::setSecondsLeft(int seconds)
{
    m_countdown->setText(tr("Starts in %n second(s)", nullptr, seconds));
}

QString UpNextCard::titleText() const
{
    return m_title->text();
}

QString UpNextCard::countdownText() const
{
    return m_countdown->text();
}

} // namespace marquee
