// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/showdetailspage.h"

#include "services/itemdetailssource.h"
#include "storage/itemreader.h"
#include "ui/models/itemlistmodel.h"
#include "ui/models/itemroles.h"
#include "ui/widgets/episodedelegate.h"
#include "ui/widgets/plainlabel.h"
#include "ui/widgets/posterwidget.h"

#include <QHBoxLayout>
#include <QListView>
#include <QVBoxLayout>

namespace marquee {

namespace {
QString seriesFacts(const MediaItem &series, int seasonCount)
{
    QStringList parts;
    if (series.productionYear)
        parts << QString::number(*series.productionYear);
    if (seasonCount > 0)
        parts << (seasonCount == 1 ? QStringLiteral("1 season") : QStringLiteral("%1 seasons").arg(seasonCount));
    if (!series.officialRating.isEmpty())
        parts << series.officialRating;
    if (!series.genres.isEmpty())
        parts << series.genres.join(QStringLiteral(", "));
    return parts.join(QStringLiteral(" · "));
}
} // namespace

ShowDetailsPage::ShowDetailsPage(ItemReader &reader, ItemDetailsSource &details, ImageCache &images, QWidget *parent)
    : Page(parent)
    , m_reader(reader)
    , m_details(details)
    , m_seasons(new ItemListModel(this))
    , m_episodes(new ItemListModel(this))
    , m_poster(new PosterWidget(images, 160, this))
    , m_title(new PlainLabel(this))
    , m_facts(new PlainLabel(this))
    , m_overview(new PlainLabel(this))
    , m_episodesHeading(new PlainLabel(QStringLiteral("Episodes"), this))
    , m_seasonList(new QListView(this))
    , m_episodeList(new QListView(this))
{
    setObjectName(QStringLiteral("showDetailsPage"));
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setScaledFont(2.0, true);
    m_title->setWordWrap(true);
    m_facts->setObjectName(QStringLiteral("facts"));
    m_overview->setObjectName(QStringLiteral("overview"));
    m_overview->setWordWrap(true);
    m_overview->setMaximumWidth(760);
    m_overview->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_episodesHeading->setScaledFont(1.25, true);

    m_seasonList->setObjectName(QStringLiteral("seasons"));
    m_seasonList->setModel(m_seasons);
    m_seasonList->setFixedWidth(190);
    m_seasonList->setUniformItemSizes(true);
    m_seasonList->setFrameShape(QFrame::NoFrame);
    m_seasonList->viewport()->setBackgroundRole(QPalette::AlternateBase);
    m_seasonList->setSpacing(4);
    m_episodeList->setObjectName(QStringLiteral("episodes"));
    m_episodeList->setModel(m_episodes);
    m_episodeList->setItemDelegate(new EpisodeDelegate(images, m_episodeList));
    m_episodeList->setUniformItemSizes(true);
    m_episodeList->setFrameShape(QFrame::NoFrame);
    m_episodeList->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_episodeList->setMouseTracking(true);
    m_episodeList->viewport()->setAttribute(Qt::WA_Hover);

    auto *text = new QVBoxLayout;
    text->setSpacing(8);
    text->addWidget(m_title);
    text->addWidget(m_facts);
    text->addWidget(m_overview);
    text->addStretch(1);
    auto *header = new QHBoxLayout;
    header->setSpacing(24);
    header->addWidget(m_poster, 0, Qt::AlignTop);
    header->addLayout(text, 1);

    auto *seasonsColumn = new QVBoxLayout;
    auto *seasonsHeading = new PlainLabel(QStringLiteral("Seasons"), this);
    seasonsHeading->setScaledFont(1.25, true);
    seasonsColumn->addWidget(seasonsHeading);
    seasonsColumn->addWidget(m_seasonList, 1);
    auto *episodesColumn = new QVBoxLayout;
    episodesColumn->addWidget(m_episodesHeading);
    episodesColumn->addWidget(m_episodeList, 1);
    auto *lists = new QHBoxLayout;
    lists->setSpacing(16);
    lists->addLayout(seasonsColumn);
    lists->addLayout(episodesColumn, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 12);
    layout->setSpacing(18);
    layout->addLayout(header);
    layout->addLayout(lists, 1);

    connect(m_seasonList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid() && m_seasons->itemAt(current.row()).id != m_seasonId)
                    selectSeason(m_seasons->itemAt(current.row()).id);
            });
}

QString ShowDetailsPage::scope() const
{
    return m_seriesId.isEmpty() ? QString() : QStringLiteral("series:") + m_seriesId;
}

void ShowDetailsPage::showSeries(const QString &seriesId, const QString &seasonId)
{
    m_seriesId = seriesId;
    fill(seasonId);
    Q_EMIT visibleScopeChanged(scope());
}

void ShowDetailsPage::reload()
{
    if (!m_seriesId.isEmpty())
        fill(m_seasonId);
}

void ShowDetailsPage::fill(const QString &seasonId)
{
    const std::optional<MediaItem> series = m_details.item(m_seriesId);
    QList<ItemSummary> seasons;
    QList<ItemSummary> looseEpisodes;
    for (const MediaItem &child : m_reader.children(m_seriesId)) {
        if (child.type == ItemType::Season)
            seasons.append(ItemRoles::summaryOf(child));
        else if (child.type == ItemType::Episode)
            looseEpisodes.append(ItemRoles::summaryOf(child));
    }
    m_title->setText(series ? series->name : QStringLiteral("Not in the cache yet"));
    m_facts->setText(series ? seriesFacts(*series, int(seasons.size())) : QString());
    m_overview->setText(series ? series->overview : QString());
    m_poster->setPoster({m_seriesId, series ? series->name : QString(), false, 0.0,
                         series ? series->primaryImageTag : QString()});
    m_seasons->setItems(seasons);
    m_seasonId.clear();
    if (seasons.isEmpty()) {
        m_episodes->setItems(looseEpisodes);
        m_episodesHeading->setText(QStringLiteral("Episodes"));
        return;
    }
    selectSeason(m_seasons->rowOf(seasonId) >= 0 ? seasonId : defaultSeasonId());
}

QString ShowDetailsPage::defaultSeasonId() const
{
    for (const ItemSummary &season : m_seasons->items()) {
        if (season.indexNumber.value_or(0) >= 1)
            return season.id;
    }
    return m_seasons->items().isEmpty() ? QString() : m_seasons->items().constFirst().id;
}

void ShowDetailsPage::selectSeason(const QString &seasonId)
{
    const int row = m_seasons->rowOf(seasonId);
    if (row < 0)
        return;
    m_seasonId = seasonId;
    m_seasonList->setCurrentIndex(m_seasons->index(row));
    QList<ItemSummary> episodes;
    for (const MediaItem &child : m_reader.children(seasonId)) {
        if (child.type == ItemType::Episode)
            episodes.append(ItemRoles::summaryOf(child));
    }
    m_episodes->setItems(episodes);
    m_episodesHeading->setText(m_seasons->itemAt(row).name);
}

} // namespace marquee
