// SPDX-License-Identifier: GPL-3.0-or-later
#include "player/playbackmenus.h"

#include "core/ticks.h"
#include "player/clocktext.h"
#include "player/playercontrolbar.h"
#include "player/playerengine.h"
#include "player/seekbar.h"

#include <QActionGroup>
#include <QMenu>
#include <QToolButton>

namespace marquee {

namespace {

/// Server and file texts in a menu: an ampersand shows as itself.
QString menuText(const QString &text)
{
    return QString(text).replace(QLatin1Char('&'), QStringLiteral("&&"));
}

QString delayText(double seconds)
{
    return QStringLiteral("%1%2 s").arg(seconds > 0.0005 ? QStringLiteral("+") : QString()).arg(seconds, 0, 'f', 1);
}

QString speedText(double speed)
{
    return QStringLiteral("%1×").arg(QString::number(speed, 'g', 3));
}

} // namespace

PlaybackMenus::PlaybackMenus(PlayerControlBar *bar, PlayerEngine *engine)
    : QObject(bar)
    , m_engine(engine)
    , m_quality(bar->addMenuButton(QStringLiteral("qualityButton"), tr("Quality"), tr("Streaming quality")))
    , m_version(bar->addMenuButton(QStringLiteral("versionButton"), tr("Version"), tr("Version of this item")))
    , m_chapters(bar->addMenuButton(QStringLiteral("chaptersButton"), tr("Chapters"), tr("Go to a chapter")))
    , m_adjust(bar->addMenuButton(QStringLiteral("adjustButton"), QStringLiteral("1×"),
                                  tr("Playback speed, audio and subtitle delay")))
{
    m_version->hide();
    m_chapters->hide();
    rebuildQuality();
    rebuildAdjustments();
    // Queued: the change may come from an action of this very menu, which a rebuild deletes.
    connect(engine, &PlayerEngine::adjustmentsChanged, this, &PlaybackMenus::rebuildAdjustments, Qt::QueuedConnection);
}

void PlaybackMenus::setQuality(std::optional<qint64> cap)
{
    m_cap = cap;
    rebuildQuality();
}

void PlaybackMenus::rebuildQuality()
{
    QMenu *menu = m_quality->menu();
    menu->clear();
    auto *group = new QActionGroup(menu);
    for (const QualityChoice &choice : qualityChoices()) {
        QAction *action = menu->addAction(choice.cap ? choice.label : tr("Original (direct play)"));
        action->setCheckable(true);
        action->setChecked(choice.cap == m_cap);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, cap = choice.cap] { Q_EMIT qualityChosen(cap); });
    }
    menu->addSeparator();
    QAction *makeDefault = menu->addAction(tr("Use this quality from now on"));
    makeDefault->setObjectName(QStringLiteral("qualityMakeDefault"));
    connect(makeDefault, &QAction::triggered, this, [this] { Q_EMIT qualityMadeDefault(m_cap); });
    m_quality->setText(m_cap ? bitrateText(*m_cap) : tr("Original"));
}

void PlaybackMenus::setVersions(const QList<std::pair<QString, QString>> &versions, const QString &currentId)
{
    QMenu *menu = m_version->menu();
    menu->clear();
    auto *group = new QActionGroup(menu);
    for (const auto &[id, name] : versions) {
        QAction *action = menu->addAction(menuText(name.isEmpty() ? id : name));
        action->setCheckable(true);
        action->setChecked(id == currentId);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, id] { Q_EMIT versionChosen(id); });
    }
    m_version->setVisible(versions.size() > 1);
}

void PlaybackMenus::setChapters(const QList<Chapter> &chapters)
{
    QMenu *menu = m_chapters->menu();
    menu->clear();
    for (const Chapter &chapter : chapters) {
        const double seconds = double(chapter.startTicks) / double(TicksPerSecond);
        const QString name = chapter.name.isEmpty() ? tr("Chapter %1").arg(menu->actions().size() + 1) : chapter.name;
        QAction *action = menu->addAction(QStringLiteral("%1\t%2").arg(menuText(name), clockText(seconds)));
        connect(action, &QAction::triggered, this, [this, seconds] { Q_EMIT chapterChosen(seconds); });
    }
    m_chapters->setVisible(!chapters.isEmpty());
}

void PlaybackMenus::rebuildAdjustments()
{
    QMenu *menu = m_adjust->menu();
    menu->clear();
    QMenu *speed = menu->addMenu(tr("Speed: %1").arg(speedText(m_engine->speed())));
    auto *speeds = new QActionGroup(speed);
    for (const double factor : {0.5, 0.75, 1.0, 1.25, 1.5, 2.0}) {
        QAction *action = speed->addAction(speedText(factor));
        action->setCheckable(true);
        action->setChecked(qFuzzyCompare(factor, m_engine->speed()));
        speeds->addAction(action);
        connect(action, &QAction::triggered, this, [this, factor] { m_engine->setSpeed(factor); });
    }
    // Whole sentences per track kind: other languages do not build them from "Audio" and "delay".
    struct DelayTexts
    {
        QString section; ///< "%1" is the delay now
        QString earlier;
        QString later;
        QString reset;
    };
    const auto addDelay = [this, menu](const DelayTexts &texts, double delay, void (PlayerEngine::*set)(double)) {
        menu->addSection(texts.section.arg(delayText(delay)));
        connect(menu->addAction(texts.earlier), &QAction::triggered, this,
                [this, set, delay] { (m_engine->*set)(delay - DelayStepSeconds); });
        connect(menu->addAction(texts.later), &QAction::triggered, this,
                [this, set, delay] { (m_engine->*set)(delay + DelayStepSeconds); });
        QAction *reset = menu->addAction(texts.reset);
        reset->setEnabled(qAbs(delay) > 0.0005);
        connect(reset, &QAction::triggered, this, [this, set] { (m_engine->*set)(0.0); });
    };
    addDelay({tr("Audio delay: %1"), tr("Audio earlier (−0.1 s)"), tr("Audio later (+0.1 s)"), tr("Reset audio delay")},
             m_engine->audioDelay(), &PlayerEngine::setAudioDelay);
    addDelay({tr("Subtitle delay: %1"), tr("Subtitles earlier (−0.1 s)"), tr("Subtitles later (+0.1 s)"),
              tr("Reset subtitle delay")},
             m_engine->subtitleDelay(), &PlayerEngine::setSubtitleDelay);
    m_adjust->setText(speedText(m_engine->speed()));
}

} // namespace marquee
