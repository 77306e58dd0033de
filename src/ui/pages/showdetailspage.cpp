// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/showdetailspage.h"

#include "services/downloadservice.h"
#include "services/itemdetailssource.h"
#include "storage/homerepository.h"
#include "storage/itemreader.h"
#include "ui/models/itemlistmodel.h"
#include "ui/models/itemroles.h"
#include "ui/pages/nextuppanel.h"
#include "ui/pages/playbackactions.h"
#include "ui/dialogs/downloadruledialog.h"
#include "ui/widgets/downloadbutton.h"
#include "ui/widgets/episodedelegate.h"
#include "ui/widgets/plainlabel.h"
#include "ui/widgets/posterwidget.h"
#include "ui/widgets/secondarytext.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QListView>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QVBoxLayout>

namespace marquee {

namespace {
QString seriesFacts(const MediaItem &series, int seasonCount)
{
    QStringList parts;
    if (series.productionYear)
        parts << QString::number(*series.productionYear);
    if (seasonCount > 0)
        parts << QCoreApplication::translate("marquee::ShowDetailsPage", "%Ln season(s)", nullptr, seasonCount);
    if (!series.officialRating.isEmpty())
        parts << series.officialRating;
    if (!series.genres.isEmpty())
        parts << series.genres.join(QStringLiteral(", "));
    return parts.join(QStringLiteral(" · "));
}

/// Makes a list exactly as tall as its rows, so the page scrolls rather than the list.
void fitHeightToRows(QListView *view)
{
    const int rows = view->model()->rowCount();
    const int rowHeight = rows > 0 ? view->sizeHintForRow(0) : 0;
    view->setFixedHeight(view->spacing() + rows * (rowHeight + view->spacing()) + 2 * view->frameWidth());
}

QListView *documentList(const QString &objectName, ItemListModel *model, QWidget *parent)
{
    auto *view = new QListView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setUniformItemSizes(true);
    view->setFrameShape(QFrame::NoFrame);
    view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return view;
}

PlainLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new PlainLabel(text, parent);
    label->setScaledFont(1.25, true);
    return label;
}
} // namespace

ShowDetailsPage::ShowDetailsPage(ItemReader &reader, HomeRepository &home, ItemDetailsSource &details,
                                 ImageCache &images, QWidget *parent)
    : Page(parent)
    , m_reader(reader)
    , m_home(home)
    , m_details(details)
    , m_seasons(new ItemListModel(this))
    , m_episodes(new ItemListModel(this))
{
    setObjectName(QStringLiteral("showDetailsPage"));
    setAccessibleName(tr("Show"));
    QWidget *content = makeScrollingContent();
    m_poster = new PosterWidget(images, 160, content);
    m_title = new PlainLabel(content);
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setScaledFont(2.0, true);
    m_title->setWordWrap(true);
    m_facts = new PlainLabel(content);
    m_facts->setObjectName(QStringLiteral("facts"));
    m_facts->setWordWrap(true);
    m_overview = new PlainLabel(content);
    m_overview->setObjectName(QStringLiteral("overview"));
    m_overview->setWordWrap(true);
    m_overview->setMaximumWidth(760);
    m_overview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_seriesActions = new PlaybackActions(PlaybackActions::FavoriteButton, content);
    m_seriesActions->setObjectName(QStringLiteral("seriesActions"));
    forwardRequests(m_seriesActions);
    m_seriesDownload = new DownloadButton(content);
    m_seriesDownload->setObjectName(QStringLiteral("seriesDownload"));
    m_seriesRule = new QPushButton(tr("Keep episodes downloaded…"), content);
    m_seriesRule->setObjectName(QStringLiteral("seriesDownloadRule"));
    m_seriesRule->setToolTip(tr("Keep the next unwatched episodes downloaded, and delete watched ones after a while"));
    m_seriesRule->hide();
    connect(m_seriesRule, &QPushButton::clicked, this, [this] {
        DownloadRuleDialog::edit(this, downloadService(), m_seriesId, m_title->text());
    });
    m_seasonDownload = new DownloadButton(content);
    m_seasonDownload->setObjectName(QStringLiteral("seasonDownload"));
    m_nextUp = new NextUpPanel(content);
    forwardRequests(m_nextUp->actions());
    m_seasonsHeading = heading(tr("Seasons"), content);
    m_episodesHeading = heading(tr("Episodes"), content);
    m_noEpisodes = new PlainLabel(tr("No episodes cached yet"), content);
    m_noEpisodes->setObjectName(QStringLiteral("noEpisodes"));
    SecondaryText::apply(m_noEpisodes);

    m_seasonList = documentList(QStringLiteral("seasons"), m_seasons, content);
    m_seasonList->setAccessibleName(tr("Seasons"));
    m_seasonList->setFixedWidth(190);
    m_seasonList->setSpacing(2);
    m_seasonList->setStyleSheet(QStringLiteral(
        "QListView::item { padding: 7px 10px; border-radius: 4px; }"
        "QListView::item:selected { background: palette(highlight); color: palette(highlighted-text); }"));
    m_episodeList = documentList(QStringLiteral("episodes"), m_episodes, content);
    m_episodeList->setAccessibleName(tr("Episodes"));
    m_episodeList->setItemDelegate(new EpisodeDelegate(images, m_episodeList));
    m_episodeList->setMouseTracking(true);
    m_episodeList->viewport()->setAttribute(Qt::WA_Hover);
    m_episodeList->setContextMenuPolicy(Qt::CustomContextMenu);
    m_episodeList->setToolTip(tr("Enter or double-click plays an episode; right-click for more"));

    auto *text = new QVBoxLayout;
    text->setSpacing(8);
    text->addWidget(m_title);
    text->addWidget(m_facts);
    text->addWidget(m_overview);
    text->addSpacing(4);
    auto *seriesRow = new QHBoxLayout;
    seriesRow->setSpacing(12);
    seriesRow->addWidget(m_seriesActions);
    seriesRow->addWidget(m_seriesDownload);
    seriesRow->addWidget(m_seriesRule);
    seriesRow->addStretch(1);
    text->addLayout(seriesRow);
    text->addStretch(1);
    auto *header = new QHBoxLayout;
    header->setSpacing(24);
    header->addWidget(m_poster, 0, Qt::AlignTop);
    header->addLayout(text, 1);

    auto *seasonsColumn = new QVBoxLayout;
    seasonsColumn->addWidget(m_seasonsHeading);
    seasonsColumn->addWidget(m_seasonList);
    seasonsColumn->addStretch(1);
    auto *episodesColumn = new QVBoxLayout;
    auto *episodesHeadingRow = new QHBoxLayout;
    episodesHeadingRow->addWidget(m_episodesHeading);
    episodesHeadingRow->addStretch(1);
    episodesHeadingRow->addWidget(m_seasonDownload);
    episodesColumn->addLayout(episodesHeadingRow);
    episodesColumn->addWidget(m_noEpisodes);
    episodesColumn->addWidget(m_episodeList);
    episodesColumn->addStretch(1);
    auto *lists = new QHBoxLayout;
    lists->setSpacing(20);
    lists->addLayout(seasonsColumn);
    lists->addLayout(episodesColumn, 1);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(18);
    layout->addLayout(header);
    layout->addWidget(m_nextUp);
    layout->addLayout(lists);
    layout->addStretch(1);

    connect(m_seasonList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid() && m_seasons->itemAt(current.row()).id != m_seasonId)
                    selectSeason(m_seasons->itemAt(current.row()).id);
            });
    connect(m_episodeList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                m_episodeId = current.isValid() ? m_episodes->itemAt(current.row()).id : QString();
                // The list does not scroll itself (the page does), so arrow keys must move the page along.
                if (current.isValid() && !m_restoringSelection)
                    scrollToShow(m_episodeList->viewport(), m_episodeList->visualRect(current));
            });
    connect(m_episodeList, &QListView::activated, this, &ShowDetailsPage::playEpisode);
    connect(m_episodeList, &QWidget::customContextMenuRequested, this, &ShowDetailsPage::showEpisodeMenu);
}

QString ShowDetailsPage::scope() const
{
    return m_seriesId.isEmpty() ? QString() : QStringLiteral("series:") + m_seriesId;
}

void ShowDetailsPage::showSeries(const QString &seriesId, const QString &seasonId)
{
    if (seriesId != m_seriesId)
        m_episodeId.clear();
    m_seriesId = seriesId;
    fill(seasonId);
    scrollToTop();
    Q_EMIT visibleScopeChanged(scope());
}

void ShowDetailsPage::reload()
{
    if (!m_seriesId.isEmpty())
        fill(m_seasonId);
}

void ShowDetailsPage::fill(QString seasonId)
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
    m_title->setText(series ? series->name : tr("Not in the cache yet"));
    m_facts->setText(series ? seriesFacts(*series, int(seasons.size())) : QString());
    m_overview->setText(series ? series->overview : QString());
    m_poster->setPoster({m_seriesId, series ? series->name : QString(), false, 0.0,
                         series ? series->primaryImageTag : QString()});
    m_seriesActions->setVisible(series.has_value());
    if (series)
        m_seriesActions->setItem(*series);
    m_seriesDownload->setGroup(m_seriesId, m_seriesId, {}, QStringLiteral("series"));
    m_seriesRule->setVisible(series && downloadService());

    const std::optional<ItemSummary> next = m_home.nextUpInSeries(m_seriesId);
    const std::optional<MediaItem> nextEpisode = next ? m_reader.item(next->id) : std::nullopt;
    m_nextUp->setEpisode(nextEpisode);

    m_seasons->setItems(seasons);
    fitHeightToRows(m_seasonList);
    m_seasonsHeading->setVisible(!seasons.isEmpty());
    m_seasonList->setVisible(!seasons.isEmpty());
    m_seasonId.clear();
    if (seasons.isEmpty()) {
        m_episodesHeading->setText(tr("Episodes"));
        setEpisodes(looseEpisodes);
        m_seasonDownload->clear();
        return;
    }
    selectSeason(m_seasons->rowOf(seasonId) >= 0 ? seasonId : defaultSeasonId(nextEpisode));
}

QString ShowDetailsPage::defaultSeasonId(const std::optional<MediaItem> &nextEpisode) const
{
    // Where the user is in the show: Next Up in season 4 opens season 4, not season 1.
    if (nextEpisode) {
        const QString season = nextEpisode->seasonId.isEmpty() ? nextEpisode->parentId : nextEpisode->seasonId;
        if (m_seasons->rowOf(season) >= 0)
            return season;
    }
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
    m_episodesHeading->setText(m_seasons->itemAt(row).name);
    setEpisodes(episodes);
    QStringList episodeIds;
    for (const ItemSummary &episode : std::as_const(episodes))
        episodeIds.append(episode.id);
    m_seasonDownload->setGroup(seasonId, m_seriesId, episodeIds, QStringLiteral("season"));
}

void ShowDetailsPage::setEpisodes(const QList<ItemSummary> &episodes)
{
    const QString selected = m_episodeId;
    m_episodes->setItems(episodes);
    fitHeightToRows(m_episodeList);
    m_noEpisodes->setVisible(episodes.isEmpty());
    m_episodeList->setVisible(!episodes.isEmpty());
    // A re-read with other rows resets the model; the user's episode stays selected if it is still there.
    const int row = m_episodes->rowOf(selected);
    if (row >= 0 && m_episodeList->currentIndex().row() != row) {
        const QScopedValueRollback restoring(m_restoringSelection, true);
        m_episodeList->setCurrentIndex(m_episodes->index(row));
    }
}

void ShowDetailsPage::playEpisode(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const ItemSummary &episode = m_episodes->itemAt(index.row());
    Q_EMIT playRequested(episode.id, episode.played ? 0 : episode.positionTicks);
}

void ShowDetailsPage::showEpisodeMenu(const QPoint &position)
{
    const QModelIndex index = m_episodeList->indexAt(position);
    if (index.isValid())
        popUpItemMenu(m_episodes->itemAt(index.row()), m_episodeList->viewport()->mapToGlobal(position));
}

void ShowDetailsPage::setDownloads(DownloadService *service)
{
    setDownloadService(service);
    m_seriesDownload->setService(service);
    m_seasonDownload->setService(service);
    m_seriesRule->setVisible(service && !m_seriesId.isEmpty() && m_seriesActions->isVisibleTo(this));
}

} // namespace marquee
