// SPDX-License-Identifier: GPL-3.0-or-later
#include "player/playbackproblempanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace marquee {

PlaybackProblemPanel::PlaybackProblemPanel(QWidget *parent)
    : QWidget(parent)
    , m_message(new QLabel(this))
    , m_detailsToggle(new QToolButton(this))
    , m_details(new QLabel(this))
    , m_back(new QPushButton(tr("Back"), this))
    , m_retry(new QPushButton(tr("Try again"), this))
    , m_original(new QPushButton(tr("Play in original quality"), this))
{
    setObjectName(QStringLiteral("playbackProblem"));
    setAttribute(Qt::WA_StyledBackground);
    m_message->setObjectName(QStringLiteral("playbackProblemMessage"));
    m_details->setObjectName(QStringLiteral("playbackProblemDetails"));
    m_back->setObjectName(QStringLiteral("playbackProblemBack"));
    m_retry->setObjectName(QStringLiteral("playbackProblemRetry"));
    m_original->setObjectName(QStringLiteral("playbackProblemOriginal"));
    // Server and mpv texts are never markup.
    for (QLabel *label : {m_message, m_details}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setAlignment(Qt::AlignCenter);
    }
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->hide();
    m_detailsToggle->setObjectName(QStringLiteral("playbackProblemDetailsToggle"));
    m_detailsToggle->setText(tr("Details"));
    m_detailsToggle->setCheckable(true);
    m_detailsToggle->setAutoRaise(true);
    m_detailsToggle->setArrowType(Qt::RightArrow);
    m_detailsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_detailsToggle, &QToolButton::toggled, this, [this](bool open) {
        m_details->setVisible(open);
        m_detailsToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        Q_EMIT detailsToggled();
    });

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    for (QPushButton *button : {m_back, m_retry, m_original}) {
        button->setFocusPolicy(Qt::NoFocus); // Space and the arrows stay with the player
        buttons->addWidget(button);
    }
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    layout->addWidget(m_detailsToggle, 0, Qt::AlignHCenter);
    layout->addWidget(m_details);

    connect(m_back, &QPushButton::clicked, this, &PlaybackProblemPanel::backClicked);
    connect(m_retry, &QPushButton::clicked, this, &PlaybackProblemPanel::retryClicked);
    connect(m_original, &QPushButton::clicked, this, &PlaybackProblemPanel::originalQualityClicked);
}

void PlaybackProblemPanel::setProblem(const PlaybackProblem &problem)
{
    m_problem = problem;
    m_message->setText(problem.message());
    m_details->setText(problem.details);
    m_detailsToggle->setChecked(false);
    m_detailsToggle->setVisible(!problem.details.isEmpty());
    using Kind = PlaybackProblem::Kind;
    m_retry->setVisible(problem.kind == Kind::Unreachable);
    m_original->setVisible(problem.kind == Kind::ConversionFailed);
}

QString PlaybackProblemPanel::message() const
{
    return m_message->text();
}

} // namespace marquee
