// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/nextuppanel.h"

#include "ui/models/itemroles.h"
#include "ui/pages/detailstext.h"
#include "ui/pages/playbackactions.h"
#include "ui/widgets/plainlabel.h"
#include "ui/widgets/secondarytext.h"

#include <QProgressBar>
#include <QVBoxLayout>

namespace marquee {

namespace {
QString episodeTitle(const MediaItem &episode)
{
    if (!episode.indexNumber)
        return episode.name;
    const QString number = episode.parentIndexNumber
                               ? QStringLiteral("S%1:E%2").arg(*episode.parentIndexNumber).arg(*episode.indexNumber)
                               : QStringLiteral("E%1").arg(*episode.indexNumber);
    return number + QStringLiteral(" · ") + episode.name;
}

QString episodeDetails(const MediaItem &episode)
{
    QStringList parts;
    const QString runtime = ItemRoles::runtimeText(episode.runTimeTicks);
    if (!runtime.isEmpty())
        parts << runtime;
    if (DetailsText::progress(episode) > 0.0)
        parts << DetailsText::playState(episode);
    return parts.join(QStringLiteral(" · "));
}
} // namespace

NextUpPanel::NextUpPanel(QWidget *parent)
    : QFrame(parent)
    , m_title(new PlainLabel(this))
    , m_details(new PlainLabel(this))
    , m_overview(new PlainLabel(this))
    , m_progress(new QProgressBar(this))
    , m_actions(new PlaybackActions(PlaybackActions::PlayButtons | PlaybackActions::PlayedButton, this))
{
    setObjectName(QStringLiteral("nextUp"));
    setBackgroundRole(QPalette::AlternateBase);
    setAutoFillBackground(true);
    auto *heading = new PlainLabel(tr("Next Up"), this);
    heading->setScaledFont(0.9, true);
    SecondaryText::apply(heading);
    m_title->setObjectName(QStringLiteral("nextUpTitle"));
    m_title->setScaledFont(1.25, true);
    m_title->setWordWrap(true);
    m_details->setObjectName(QStringLiteral("nextUpDetails"));
    SecondaryText::apply(m_details);
    m_overview->setObjectName(QStringLiteral("nextUpOverview"));
    m_overview->setWordWrap(true);
    m_overview->setMaximumWidth(760);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMaximumSize(240, 6);
    m_actions->setObjectName(QStringLiteral("nextUpActions"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 16);
    layout->setSpacing(6);
    layout->addWidget(heading);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    layout->addWidget(m_progress);
    layout->addWidget(m_overview);
    layout->addSpacing(4);
    layout->addWidget(m_actions);
    hide();
}

void NextUpPanel::setEpisode(const std::optional<MediaItem> &episode)
{
    setVisible(episode.has_value());
    if (!episode)
        return;
    m_title->setText(episodeTitle(*episode));
    m_details->setText(episodeDetails(*episode));
    m_overview->setText(episode->overview);
    m_overview->setVisible(!episode->overview.isEmpty());
    const double progress = DetailsText::progress(*episode);
    m_progress->setValue(int(progress * 1000));
    m_progress->setVisible(progress > 0.0);
    m_actions->setItem(*episode);
}

QString NextUpPanel::episodeId() const
{
    return isHidden() ? QString() : m_actions->itemId();
}

} // namespace marquee
