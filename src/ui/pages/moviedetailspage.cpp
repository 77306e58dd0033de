// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/moviedetailspage.h"

#include "services/itemdetailssource.h"
#include "ui/pages/detailstext.h"
#include "ui/pages/playbackactions.h"
#include "ui/widgets/backdropwidget.h"
#include "ui/widgets/downloadbutton.h"
#include "ui/widgets/plainlabel.h"
#include "ui/widgets/posterwidget.h"
#include "ui/widgets/secondarytext.h"

#include <QGridLayout>
#include <QProgressBar>
#include <QVBoxLayout>
#include <utility>

namespace marquee {

namespace {
constexpr int MaxCast = 40;
/// Below this page width (a 1000 px window) the poster shrinks and the cast takes one column, so that nothing
/// needs a sideways scroll.
constexpr int WideLayoutWidth = 900;
constexpr int WidePosterWidth = 240;
constexpr int NarrowPosterWidth = 160;

PlainLabel *wrappingLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new PlainLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

MovieDetailsPage::MovieDetailsPage(ItemDetailsSource &details, ImageCache &images, QWidget *parent)
    : Page(parent)
    , m_details(details)
{
    setObjectName(QStringLiteral("movieDetailsPage"));
    setAccessibleName(tr("Movie"));
    QWidget *content = makeScrollingContent();

    m_backdrop = new BackdropWidget(images, BackdropHeight, content);
    m_backdrop->setObjectName(QStringLiteral("backdrop"));
    m_poster = new PosterWidget(images, WidePosterWidth, content);
    m_title = wrappingLabel(QStringLiteral("title"), content);
    m_title->setScaledFont(2.0, true);
    m_meta = wrappingLabel(QStringLiteral("facts"), content);
    m_genres = wrappingLabel(QStringLiteral("genres"), content);
    m_studios = wrappingLabel(QStringLiteral("studios"), content);
    SecondaryText::apply(m_studios);
    m_tagline = wrappingLabel(QStringLiteral("tagline"), content);
    QFont italic = m_tagline->font();
    italic.setItalic(true);
    m_tagline->setFont(italic);
    m_overview = wrappingLabel(QStringLiteral("overview"), content);
    m_overview->setMaximumWidth(760);
    m_actions = new PlaybackActions(PlaybackActions::AllButtons, content);
    m_actions->setObjectName(QStringLiteral("actions"));
    forwardRequests(m_actions);
    m_download = new DownloadButton(content);
    m_playState = wrappingLabel(QStringLiteral("playState"), content);
    SecondaryText::apply(m_playState);
    m_progress = new QProgressBar(content);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMaximumSize(240, 6);
    m_castHeading = new PlainLabel(tr("Cast & crew"), content);
    m_castHeading->setScaledFont(1.25, true);
    m_detailsMissing = wrappingLabel(QStringLiteral("detailsMissing"), content);
    m_detailsMissing->setText(tr(
        "Cast, crew and studios are not cached yet: Marquee fetches them when it can reach the server. To have "
        "them on hand offline, run “marquee-cli warm” while connected."));
    m_detailsMissing->setMaximumWidth(760);
    SecondaryText::apply(m_detailsMissing);
    m_cast = new QWidget(content);
    m_cast->setObjectName(QStringLiteral("cast"));
    m_castLayout = new QGridLayout(m_cast);
    m_castLayout->setContentsMargins(0, 0, 0, 0);
    m_castLayout->setHorizontalSpacing(24);
    m_castLayout->setVerticalSpacing(4);

    auto *facts = new QVBoxLayout;
    facts->setSpacing(8);
    facts->addWidget(m_title);
    facts->addWidget(m_meta);
    facts->addWidget(m_genres);
    facts->addWidget(m_studios);
    facts->addSpacing(6);
    auto *actionsRow = new QHBoxLayout;
    actionsRow->setSpacing(12);
    actionsRow->addWidget(m_actions);
    actionsRow->addWidget(m_download);
    actionsRow->addStretch(1);
    facts->addLayout(actionsRow);
    facts->addWidget(m_progress);
    facts->addWidget(m_playState);
    facts->addSpacing(8);
    facts->addWidget(m_tagline);
    facts->addWidget(m_overview);
    facts->addSpacing(12);
    facts->addWidget(m_castHeading);
    facts->addWidget(m_detailsMissing);
    facts->addWidget(m_cast);
    facts->addStretch(1);

    auto *columns = new QHBoxLayout;
    columns->setContentsMargins(24, 0, 24, 24);
    columns->setSpacing(28);
    columns->addWidget(m_poster, 0, Qt::AlignTop);
    columns->addLayout(facts, 1);
    auto *page = new QVBoxLayout(content);
    page->setContentsMargins(0, 0, 0, 0);
    page->setSpacing(0);
    page->addWidget(m_backdrop);
    page->addLayout(columns, 1);
}

QString MovieDetailsPage::scope() const
{
    return m_itemId.isEmpty() ? QString() : QStringLiteral("item:") + m_itemId;
}

void MovieDetailsPage::showItem(const QString &itemId)
{
    m_itemId = itemId;
    fill(m_details.item(itemId));
    scrollToTop();
    Q_EMIT visibleScopeChanged(scope());
}

void MovieDetailsPage::reload()
{
    if (!m_itemId.isEmpty())
        fill(m_details.item(m_itemId));
}

void MovieDetailsPage::setDownloads(DownloadService *service)
{
    setDownloadService(service);
    m_download->setService(service);
}

void MovieDetailsPage::fill(const std::optional<MediaItem> &item)
{
    if (!item) {
        m_title->setText(tr("Not in the cache yet"));
        for (PlainLabel *label : {m_meta, m_genres, m_studios, m_tagline, m_overview, m_playState})
            label->clear();
        m_progress->hide();
        m_playState->hide();
        m_actions->hide();
        m_download->clear();
        m_backdrop->setBackdrop({}, {});
        m_poster->setPoster({});
        fillCast({});
        m_detailsMissing->hide();
        return;
    }
    m_poster->setPoster({item->id, item->name, item->userData && item->userData->played,
                         DetailsText::progress(*item), item->primaryImageTag});
    m_backdrop->setBackdrop(item->id, item->backdropImageTag);
    m_title->setText(item->name);
    m_meta->setText(DetailsText::factsLine(*item));
    m_genres->setText(item->genres.join(QStringLiteral(", ")));
    m_genres->setVisible(!item->genres.isEmpty());
    m_studios->setText(item->studios.join(QStringLiteral(", ")));
    m_studios->setVisible(!item->studios.isEmpty());
    m_tagline->setText(item->tagline);
    m_tagline->setVisible(!item->tagline.isEmpty());
    m_overview->setText(item->overview);
    m_actions->setItem(*item);
    m_actions->show();
    m_download->setItem(item->id, item->canDownload);
    m_playState->setText(DetailsText::playState(*item));
    const double progress = DetailsText::progress(*item);
    m_progress->setValue(int(progress * 1000));
    m_progress->setVisible(progress > 0.0);
    // Played and not played are on the buttons; the line is for where the user stopped.
    m_playState->setVisible(progress > 0.0);
    fillCast(item->people);
    // A listing brings the summary only; without the full details an empty cast says nothing about the movie.
    const bool missing = item->detailLevel == DetailLevel::Summary && item->people.isEmpty();
    m_detailsMissing->setVisible(missing);
    m_castHeading->setVisible(!m_castShown.isEmpty() || missing);
}

void MovieDetailsPage::resizeEvent(QResizeEvent *event)
{
    Page::resizeEvent(event);
    const bool wide = width() >= WideLayoutWidth;
    if (wide == m_wide)
        return;
    m_wide = wide;
    const int posterWidth = wide ? WidePosterWidth : NarrowPosterWidth;
    m_poster->setFixedSize(posterWidth, posterWidth * 3 / 2);
    const QList<Person> people = std::exchange(m_castShown, {});
    fillCast(people);
}

void MovieDetailsPage::fillCast(const QList<Person> &people)
{
    // A reload after a user data change brings the same cast: rebuilding its labels would only make it blink.
    if (people == m_castShown && !people.isEmpty())
        return;
    m_castShown = people;
    while (QLayoutItem *child = m_castLayout->takeAt(0)) {
        delete child->widget();
        delete child;
    }
    const int shown = qMin(int(people.size()), MaxCast);
    const int columns = m_wide ? 2 : 1;
    const int rowsPerColumn = (shown + columns - 1) / columns;
    for (int i = 0; i < shown; ++i) {
        const Person &person = people.at(i);
        auto *name = new PlainLabel(person.name, m_cast);
        name->setObjectName(QStringLiteral("castName"));
        QFont bold = name->font();
        bold.setBold(true);
        name->setFont(bold);
        auto *role = new PlainLabel(DetailsText::personRole(person), m_cast);
        role->setObjectName(QStringLiteral("castRole"));
        SecondaryText::apply(role);
        const int column = (i / qMax(1, rowsPerColumn)) * 2;
        m_castLayout->addWidget(name, i % qMax(1, rowsPerColumn), column);
        m_castLayout->addWidget(role, i % qMax(1, rowsPerColumn), column + 1);
    }
    m_castLayout->setColumnStretch(4, 1);
    m_castHeading->setVisible(shown > 0);
    m_cast->setVisible(shown > 0);
}

} // namespace marquee
