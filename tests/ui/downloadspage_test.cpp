// SPDX-License-Identifier: GPL-3.0-or-later
// The download UI over a real queue in the state database: the Downloads page (roll-up per series, actions, what a
// job waits for), the Download button of a details page in each state, the sidebar entry, poster badges and the
// library's Downloaded filter. With MARQUEE_SCREENSHOT_DIR set it writes downloads.png and movie-download.png.
#include "app/translations.h"
#include "backend/filedownloader.h"
#include "services/databasewriter.h"
#include "services/downloadservice.h"
#include "services/mediaprobe.h"
#include "storage/downloadrepository.h"
#include "support/cachefixture.h"
#include "ui/dialogs/downloadruledialog.h"
#include "ui/mainwindow.h"
#include "ui/models/downloadsmodel.h"
#include "ui/models/itemroles.h"
#include "ui/models/librarygridmodel.h"
#include "ui/pages/downloadspage.h"
#include "ui/pages/itemcontextmenu.h"
#include "ui/pages/librarypage.h"
#include "ui/pages/moviedetailspage.h"
#include "ui/pages/showdetailspage.h"
#include "ui/widgets/downloadbutton.h"
#include "ui/widgets/libraryviewbar.h"
#include "ui/widgets/navigationsidebar.h"
#include "ui/widgets/plainlabel.h"
#include "dialogscreenshot.h"
#include "uirepositories.h"

#include <QCheckBox>
#include <QDir>
#include <QListView>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <gtest/gtest.h>

using namespace marquee;
using namespace marquee::test;

namespace {

/// Nothing here is verified: the jobs are seeded in their states.
class NoProbe final : public MediaProbe
{
public:
    [[nodiscard]] Result<double> durationSeconds(const QString &) const override { return 1.0; }
};

constexpr qint64 MB = 1'000'000;

class DownloadsUi : public ::testing::Test
{
protected:
    DownloadsUi()
    {
        cache.addLibrary(QStringLiteral("lib-movies"), QStringLiteral("Movies"), QStringLiteral("movies"));
        cache.addLibrary(QStringLiteral("lib-shows"), QStringLiteral("Shows"), QStringLiteral("tvshows"), 1);
        QList<MediaItem> films;
        const QStringList names{QStringLiteral("The Cartographer's Daughter"), QStringLiteral("Paper Harbor"),
                                QStringLiteral("Silent Orchard"), QStringLiteral("<img src=x> & \"quotes\""),
                                QStringLiteral("Northern Signal"), QStringLiteral("Glass Kingdom")};
        for (int i = 0; i < names.size(); ++i) {
            MediaItem film = namedMovie(QStringLiteral("lib-movies"), i, names.at(i));
            film.canDownload = i != 5; // the server does not let this one be downloaded
            films.append(film);
        }
        cache.write(films);
        for (const MediaItem &film : films)
            movieIds.append(film.id);
        show = cache.addSeries(QStringLiteral("lib-shows"), QStringLiteral("Night Shift"), 2, 4);

        const auto add = [this](const QString &itemId, const QString &title, DownloadState state, qint64 size,
                                 qint64 done, DownloadReason reason = DownloadReason::None, const QString &series = {}) {
            return addJob(CacheFixture::ServerId, itemId, title, state, size, done, reason, series);
        };
        readyMovie = add(movieIds.at(1), names.at(1), DownloadState::Ready, 1'843 * MB, 1'843 * MB);
        transferringMovie = add(movieIds.at(0), names.at(0), DownloadState::Transferring, 2'120 * MB, 890 * MB);
        add(movieIds.at(3), names.at(3), DownloadState::Failed, 960 * MB, 0, DownloadReason::Forbidden);
        add(show.id + QStringLiteral("-s1e1"), QStringLiteral("Episode 1"), DownloadState::Ready, 412 * MB, 412 * MB,
            DownloadReason::None, show.name);
        waitingEpisode = add(show.id + QStringLiteral("-s1e2"), QStringLiteral("Episode 2"), DownloadState::Waiting,
                             398 * MB, 120 * MB, DownloadReason::Offline, show.name);
        add(show.id + QStringLiteral("-s1e3"), QStringLiteral("Episode 3"), DownloadState::Queued, 405 * MB, 0,
            DownloadReason::None, show.name);
        add(movieIds.at(2), names.at(2), DownloadState::Paused, 1'200 * MB, 300 * MB);

        service.setServerId(CacheFixture::ServerId);
        DownloadSettings settings;
        settings.folder = folder.path();
        service.applySettings(settings);
        QFuture<void> started = service.start(false); // shown as recorded; nothing transfers in this test
        EXPECT_TRUE(waitUntil([&] { return started.isFinished(); }));
        QCoreApplication::processEvents();
    }

    /// A job of @p serverId seeded in @p state, as the queue left it.
    qint64 addJob(const QString &serverId, const QString &itemId, const QString &title, DownloadState state,
                  qint64 size, qint64 done, DownloadReason reason = DownloadReason::None, const QString &series = {})
    {
        DownloadRepository jobs(cache.connection());
        DownloadJob job;
        job.serverId = serverId;
        job.itemId = itemId;
        job.itemType = series.isEmpty() ? ItemType::Movie : ItemType::Episode;
        job.seriesId = series.isEmpty() ? QString() : show.id;
        job.seriesName = series;
        job.title = title;
        job.rootPath = folder.path();
        job.relativePath = QStringLiteral("Movies/%1/%1.mp4").arg(itemId);
        job.state = state;
        job.reason = reason;
        job.sizeBytes = size;
        job.bytesDone = done;
        job.lastError = reason == DownloadReason::Forbidden
            ? QStringLiteral("Request refused: GET http://server:8096/Items/%1/Download (HTTP 403)").arg(itemId)
            : reason == DownloadReason::Offline
            ? QStringLiteral("Server unreachable: GET http://server:8096/Items/%1/PlaybackInfo (connection refused)").arg(itemId)
            : QString();
        const Result<DownloadJob> added = jobs.add(job);
        EXPECT_TRUE(added.ok());
        DownloadJob saved = added.value();
        saved.state = state;
        saved.reason = reason;
        saved.bytesDone = done;
        saved.sizeBytes = size;
        saved.lastError = job.lastError;
        EXPECT_TRUE(jobs.save(saved));
        return saved.id;
    }

    void capture(QWidget &window, const QString &name)
    {
        QTest::qWait(50);
        const QImage image = window.grab().toImage();
        ASSERT_FALSE(image.isNull());
        const QString dir = qEnvironmentVariable("MARQUEE_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        ASSERT_TRUE(image.save(QDir(dir).filePath(name + QStringLiteral(".png"))));
    }

    /// The grid row of @p id in @p library, -1 when it is not shown.
    static int rowOf(LibraryPage *library, const QString &id)
    {
        for (int row = 0; row < library->model()->rowCount(); ++row) {
            if (library->model()->index(row).data(ItemRoles::IdRole).toString() == id)
                return row;
        }
        return -1;
    }

    CacheFixture cache;
    UiRepositories repos{cache};
    TestDirectory folder;
    DatabaseWriter writer{cache.database()};
    FileDownloader downloader;
    NoProbe probe;
    DownloadService service{DownloadService::Dependencies{writer, downloader, probe, cache.clock()}};
    QStringList movieIds;
    MediaItem show;
    qint64 readyMovie = 0;
    qint64 transferringMovie = 0;
    qint64 waitingEpisode = 0;
};

} // namespace

TEST_F(DownloadsUi, TheDownloadsPageRollsUpSeriesAndSaysWhatEachWaitsFor)
{
    MainWindow window(repos.context());
    window.setDownloads(&service);
    window.resize(1280, 800);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));

    // The sidebar's last entry opens the page.
    NavigationSidebar *sidebar = window.sidebar();
    sidebar->setCurrentRow(sidebar->count() - 1);
    DownloadsPage *page = window.downloadsPage();
    ASSERT_EQ(window.currentPage(), page);

    DownloadsModel *model = page->model();
    ASSERT_EQ(model->rowCount(), 5); // 4 movies and one series
    QModelIndex series;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (!model->index(row, 0).data(DownloadsModel::SeriesIdRole).toString().isEmpty())
            series = model->index(row, 0);
    }
    ASSERT_TRUE(series.isValid());
    EXPECT_EQ(series.data().toString(), show.name);
    EXPECT_EQ(model->index(series.row(), DownloadsModel::StatusColumn).data().toString(),
              QStringLiteral("1 of 3 episodes downloaded"));
    EXPECT_EQ(model->rowCount(series), 3);
    const QModelIndex transferring = model->indexOfJob(transferringMovie);
    EXPECT_EQ(transferring.siblingAtColumn(DownloadsModel::StatusColumn).data().toString(), QStringLiteral("41 %"));
    // Markup in a title stays characters.
    bool hostileShown = false;
    for (int row = 0; row < model->rowCount(); ++row)
        hostileShown = hostileShown || model->index(row, 0).data().toString() == QStringLiteral("<img src=x> & \"quotes\"");
    EXPECT_TRUE(hostileShown);
    const QString summary = page->findChild<PlainLabel *>(QStringLiteral("downloadsSummary"))->text();
    EXPECT_TRUE(summary.startsWith(QStringLiteral("7 downloads · "))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral(" free in "))) << summary.toStdString();

    // A waiting episode: why, in words; the technical detail only behind Details.
    page->selectJob(waitingEpisode);
    auto *explanation = page->findChild<PlainLabel *>(QStringLiteral("downloadExplanation"));
    EXPECT_TRUE(explanation->text().contains(QStringLiteral("does not answer"))) << explanation->text().toStdString();
    EXPECT_FALSE(explanation->text().contains(QStringLiteral("http")));
    auto *details = page->findChild<PlainLabel *>(QStringLiteral("downloadDetails"));
    auto *toggle = page->findChild<QToolButton *>(QStringLiteral("downloadDetailsToggle"));
    EXPECT_FALSE(details->isVisible());
    toggle->click();
    EXPECT_TRUE(details->isVisible());
    EXPECT_TRUE(details->text().contains(QStringLiteral("connection refused")));
    capture(window, QStringLiteral("downloads"));

    // Pause, resume and the order of the queue.
    page->selectJob(transferringMovie);
    auto *pause = page->findChild<QPushButton *>(QStringLiteral("pauseDownload"));
    ASSERT_TRUE(pause->isEnabled());
    pause->click();
    EXPECT_EQ(service.job(transferringMovie)->state, DownloadState::Paused);
    auto *up = page->findChild<QPushButton *>(QStringLiteral("moveDownloadUp"));
    page->selectJob(transferringMovie);
    up->click();
    EXPECT_EQ(service.jobs().first().id, transferringMovie);
    EXPECT_EQ(DownloadRepository(cache.connection()).all().size(), 7);
    page->selectJob(readyMovie);
    EXPECT_EQ(page->findChild<QPushButton *>(QStringLiteral("removeDownload"))->text(), QStringLiteral("Delete"));
}

TEST_F(DownloadsUi, TheDetailsPageButtonShowsEachState)
{
    MainWindow window(repos.context());
    window.setDownloads(&service);
    window.resize(1280, 800);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    DownloadButton *button = window.movieDetailsPage()->downloadButton();

    window.openItem(movieIds.at(4), ItemType::Movie);
    EXPECT_TRUE(button->isVisible());
    EXPECT_EQ(button->text(), QStringLiteral("Download"));
    window.openItem(movieIds.at(5), ItemType::Movie);
    EXPECT_FALSE(button->isVisible()) << "the server does not allow it: not offered";
    window.openItem(movieIds.at(1), ItemType::Movie);
    EXPECT_EQ(button->text(), QStringLiteral("Downloaded"));
    window.openItem(movieIds.at(3), ItemType::Movie);
    EXPECT_EQ(button->text(), QStringLiteral("Failed: not allowed"));
    EXPECT_TRUE(button->toolTip().contains(QStringLiteral("Ask its administrator")));
    window.openItem(movieIds.at(2), ItemType::Movie);
    EXPECT_EQ(button->text(), QStringLiteral("Paused"));
    window.openItem(movieIds.at(0), ItemType::Movie);
    EXPECT_EQ(button->text(), QStringLiteral("41 %"));
    capture(window, QStringLiteral("movie-download"));
}

TEST_F(DownloadsUi, BadgesAndTheDownloadedFilterFollowTheQueue)
{
    MainWindow window(repos.context());
    window.setDownloads(&service);
    window.resize(1280, 800);
    window.show();
    window.showLibrary(QStringLiteral("lib-movies"));
    auto *library = qobject_cast<LibraryPage *>(window.currentPage());
    ASSERT_NE(library, nullptr);
    const auto downloadedIds = [&] {
        QStringList ids;
        for (int row = 0; row < library->model()->rowCount(); ++row) {
            const QModelIndex index = library->model()->index(row);
            if (index.data(ItemRoles::DownloadedRole).toBool())
                ids.append(index.data(ItemRoles::IdRole).toString());
        }
        return ids;
    };
    ASSERT_TRUE(waitUntil([&] { return library->model()->rowCount() == 6; }));
    EXPECT_EQ(downloadedIds(), (QStringList{movieIds.at(1)})) << "a badge on the ready one only";

    library->viewBar()->findChild<QToolButton *>(QStringLiteral("downloadedFilter"))->click();
    ASSERT_TRUE(waitUntil([&] { return library->model()->rowCount() == 1; }));
    EXPECT_EQ(library->model()->index(0).data(ItemRoles::IdRole).toString(), movieIds.at(1));

    // The series shows in its library's filter once one episode is ready.
    window.showLibrary(QStringLiteral("lib-shows"));
    auto *shows = qobject_cast<LibraryPage *>(window.currentPage());
    ASSERT_NE(shows, nullptr);
    ASSERT_TRUE(waitUntil([&] { return shows->model()->rowCount() == 1; }));
    EXPECT_TRUE(shows->model()->index(0).data(ItemRoles::DownloadedRole).toBool());

    // Deleting the download takes the badge away (the page re-reads by itself).
    window.showLibrary(QStringLiteral("lib-movies"));
    service.remove(readyMovie);
    ASSERT_TRUE(waitUntil([&] { return library->model()->rowCount() == 0; }, 5000));
}

TEST_F(DownloadsUi, TheShowPageCountsASeasonsAndASeriesDownloads)
{
    MainWindow window(repos.context());
    window.setDownloads(&service);
    window.resize(1280, 800);
    window.show();
    window.openItem(show.id, ItemType::Series);
    ShowDetailsPage *page = window.showDetailsPage();
    page->selectSeason(show.id + QStringLiteral("-s1"));
    EXPECT_EQ(page->seasonDownloadButton()->text(), QStringLiteral("Waiting: offline (1 of 3)"));
    EXPECT_EQ(page->seriesDownloadButton()->text(), QStringLiteral("Waiting: offline (1 of 3)"));
    page->selectSeason(show.id + QStringLiteral("-s2"));
    EXPECT_EQ(page->seasonDownloadButton()->text(), QStringLiteral("Download season"));
    EXPECT_TRUE(page->seasonDownloadButton()->isVisible());
}

TEST_F(DownloadsUi, SeveralSelectedPostersAreDownloadedFromOneMenu)
{
    installTranslations(QLocale(QLocale::English)); // English plurals, as the app has them
    MainWindow window(repos.context());
    window.setDownloads(&service);
    window.resize(1280, 800);
    window.show();
    window.showLibrary(QStringLiteral("lib-movies"));
    auto *library = qobject_cast<LibraryPage *>(window.currentPage());
    ASSERT_NE(library, nullptr);
    ASSERT_TRUE(waitUntil([&] { return library->model()->rowCount() == 6; }));
    // Ctrl-click three posters: one the server lets us download, one it does not, one already downloaded.
    auto *grid = library->findChild<QListView *>();
    ASSERT_NE(grid, nullptr);
    EXPECT_EQ(grid->selectionMode(), QAbstractItemView::ExtendedSelection);
    QList<ItemSummary> selected;
    for (const int i : {4, 5, 1}) {
        const QModelIndex index = library->model()->index(rowOf(library, movieIds.at(i)));
        grid->selectionModel()->select(index, QItemSelectionModel::Select);
        selected.append(library->model()->itemAt(index.row()));
    }
    ASSERT_EQ(grid->selectionModel()->selectedIndexes().size(), 3);

    ItemContextMenu menu(selected, library, &service);
    EXPECT_EQ(menu.actionTexts(), (QStringList{QStringLiteral("Mark 3 items played"), QStringLiteral("Download 1 item")}))
        << menu.actionTexts().join(QStringLiteral(" | ")).toStdString();
    menu.actionNamed(QStringLiteral("Download 1 item"))->trigger();
    ASSERT_TRUE(waitUntil([&] { return service.jobForItem(movieIds.at(4)).has_value(); }));
    EXPECT_FALSE(service.jobForItem(movieIds.at(5))) << "the server does not allow that one";
    EXPECT_EQ(service.jobs().size(), 8);
}

TEST_F(DownloadsUi, ASeriesRuleIsSetFromTheShowPage)
{
    MainWindow window(repos.context());
    window.setDownloads(&service);
    window.resize(1280, 800);
    window.show();
    window.openItem(show.id, ItemType::Series);
    ShowDetailsPage *page = window.showDetailsPage();
    ASSERT_TRUE(page->seriesRuleButton()->isVisible());
    ItemContextMenu seriesMenu(ItemSummary{show.id, ItemType::Series, show.name}, page, &service);
    EXPECT_TRUE(seriesMenu.actionNamed(QStringLiteral("Keep episodes downloaded…"))) << "also in a poster's menu";

    page->seriesRuleButton()->click();
    DownloadRuleDialog *dialog = nullptr;
    ASSERT_TRUE(waitUntil([&] { return (dialog = page->findChild<DownloadRuleDialog *>()) != nullptr; }));
    auto *keep = dialog->findChild<QCheckBox *>(QStringLiteral("keepUnwatched"));
    auto *count = dialog->findChild<QSpinBox *>(QStringLiteral("keepUnwatchedCount"));
    auto *remove = dialog->findChild<QCheckBox *>(QStringLiteral("removeWatched"));
    auto *days = dialog->findChild<QSpinBox *>(QStringLiteral("removeWatchedDays"));
    EXPECT_FALSE(keep->isChecked()) << "no rule yet";
    EXPECT_FALSE(count->isEnabled());
    keep->setChecked(true);
    count->setValue(2);
    remove->setChecked(true);
    days->setValue(5);
    saveScreenshotIfAsked(dialog, QStringLiteral("download-rule"));
    dialog->accept();

    const auto savedRule = [&]() -> std::optional<DownloadRule> {
        QFuture<QList<DownloadRule>> rules = service.rules();
        if (!waitUntil([&] { return rules.isFinished(); }))
            return std::nullopt;
        for (const DownloadRule &rule : rules.result())
            if (rule.seriesId == show.id)
                return rule;
        return std::nullopt;
    };
    ASSERT_TRUE(waitUntil([&] { return savedRule().has_value(); }));
    EXPECT_EQ(savedRule()->keepUnwatched, 2);
    EXPECT_EQ(savedRule()->removeWatchedAfterDays, 5);

    // Opened again, the dialog shows the rule as saved.
    page->seriesRuleButton()->click();
    ASSERT_TRUE(waitUntil([&] {
        const QList<DownloadRuleDialog *> open = page->findChildren<DownloadRuleDialog *>();
        return !open.isEmpty() && open.last() != dialog && open.last()->rule().keepUnwatched == 2;
    }));
}

TEST_F(DownloadsUi, TheItemMenuAndTheDownloadsPageSpeakGerman)
{
    ASSERT_TRUE(
            installTranslations(QLocale(QLocale::German, QLocale::Germany)).contains(QStringLiteral("marquee_de_DE")));
    const auto backToEnglish
            = qScopeGuard([] { installTranslations(QLocale(QLocale::English, QLocale::UnitedStates)); });
    MainWindow window(repos.context());
    window.setDownloads(&service);
    window.resize(1280, 800);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_EQ(window.sidebar()->item(0)->text(), QStringLiteral("Startseite"));

    // A poster's menu: one movie not downloaded yet, one whose download is paused.
    window.showLibrary(QStringLiteral("lib-movies"));
    auto *library = qobject_cast<LibraryPage *>(window.currentPage());
    ASSERT_NE(library, nullptr);
    ASSERT_TRUE(waitUntil([&] { return library->model()->rowCount() == 6; }));
    const auto unwatched = [&](const QString &id) {
        ItemSummary item = library->model()->itemAt(rowOf(library, id));
        item.played = false;
        item.isFavorite = false;
        item.positionTicks = 0;
        return item;
    };
    ItemContextMenu fresh(unwatched(movieIds.at(4)), library, &service);
    EXPECT_EQ(fresh.actionTexts(),
              (QStringList {QStringLiteral("Abspielen"), QStringLiteral("Als gesehen markieren"),
                            QStringLiteral("Zu den Favoriten hinzufügen"), QStringLiteral("Herunterladen")}))
            << fresh.actionTexts().join(QStringLiteral(" | ")).toStdString();
    ItemContextMenu paused(unwatched(movieIds.at(2)), library, &service);
    EXPECT_EQ(paused.actionTexts(),
              (QStringList {QStringLiteral("Abspielen"), QStringLiteral("Als gesehen markieren"),
                            QStringLiteral("Zu den Favoriten hinzufügen"), QStringLiteral("Download: Angehalten"),
                            QStringLiteral("Download fortsetzen"), QStringLiteral("Download abbrechen")}))
            << paused.actionTexts().join(QStringLiteral(" | ")).toStdString();
    paused.popup(library->mapToGlobal(library->rect().center()));
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&paused));
    capture(paused, QStringLiteral("context-menu-de"));
    paused.close();

    // The Downloads page: its buttons, the table, the summary with German numbers, why a job waits.
    window.sidebar()->setCurrentRow(window.sidebar()->count() - 1);
    DownloadsPage *page = window.downloadsPage();
    ASSERT_EQ(window.currentPage(), page);
    DownloadsModel *model = page->model();
    EXPECT_EQ(model->headerData(DownloadsModel::TitleColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
              QStringLiteral("Titel"));
    EXPECT_EQ(model->headerData(DownloadsModel::SizeColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
              QStringLiteral("Größe"));
    QStringList statuses;
    for (int row = 0; row < model->rowCount(); ++row)
        statuses << model->index(row, DownloadsModel::StatusColumn).data().toString();
    EXPECT_TRUE(statuses.contains(QStringLiteral("1 von 3 Folgen heruntergeladen")))
            << statuses.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(statuses.contains(QStringLiteral("Fehlgeschlagen: nicht erlaubt")))
            << statuses.join(QLatin1Char('|')).toStdString();
    const QString summary = page->findChild<PlainLabel *>(QStringLiteral("downloadsSummary"))->text();
    EXPECT_TRUE(summary.startsWith(QStringLiteral("7 Downloads · "))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral(" auf der Festplatte · "))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral(" frei in "))) << summary.toStdString();
    page->selectJob(waitingEpisode);
    EXPECT_TRUE(page->findChild<PlainLabel *>(QStringLiteral("downloadExplanation"))
                        ->text()
                        .startsWith(QStringLiteral("Der Server antwortet nicht.")));
    page->selectJob(transferringMovie);
    EXPECT_EQ(page->findChild<QPushButton *>(QStringLiteral("pauseDownload"))->text(), QStringLiteral("Anhalten"));
    EXPECT_EQ(page->findChild<QPushButton *>(QStringLiteral("moveDownloadUp"))->text(), QStringLiteral("Nach oben"));
    EXPECT_EQ(page->findChild<QPushButton *>(QStringLiteral("removeDownload"))->text(), QStringLiteral("Abbrechen"));
    page->selectJob(readyMovie);
    EXPECT_EQ(page->findChild<QPushButton *>(QStringLiteral("removeDownload"))->text(), QStringLiteral("Löschen"));
    // The longer German words still fit their buttons.
    for (const QPushButton *button : page->findChildren<QPushButton *>()) {
        if (button->isVisibleTo(page))
            EXPECT_GE(button->width(), button->sizeHint().width()) << button->text().toStdString() << " is cut off";
    }
    capture(window, QStringLiteral("downloads-de"));
}

TEST_F(DownloadsUi, AnotherServersDownloadsSayWhichServerTheyAreOfAndOpenThere)
{
    // A friend's server with the same ids (two copies of one library): a film downloaded there, an episode queued.
    const QString friends = QStringLiteral("fedcba9876543210fedcba9876543210");
    const qint64 theirFilm =
        addJob(friends, movieIds.at(1), QStringLiteral("Paper Harbor"), DownloadState::Ready, 700 * MB, 700 * MB);
    const qint64 theirEpisode = addJob(friends, show.id + QStringLiteral("-s1e1"), QStringLiteral("Episode 1"),
                                       DownloadState::Queued, 400 * MB, 0, DownloadReason::None, show.name);
    DownloadService both{DownloadService::Dependencies{writer, downloader, probe, cache.clock()}};
    both.setServerId(CacheFixture::ServerId);
    DownloadSettings settings;
    settings.folder = folder.path();
    both.applySettings(settings);
    QFuture<void> started = both.start(false);
    ASSERT_TRUE(waitUntil([&] { return started.isFinished(); }));
    QCoreApplication::processEvents();

    DownloadsPage page(both);
    DownloadsModel *model = page.model();
    model->setServerNames({{friends, QStringLiteral("Friend's server")}});
    ASSERT_EQ(model->rowCount(), 5 + 2) << "the friend's series is a row of its own, though its id is the same";
    const QModelIndex film = model->indexOfJob(theirFilm);
    EXPECT_EQ(film.data().toString(), QStringLiteral("Paper Harbor · Friend's server"));
    EXPECT_EQ(model->indexOfJob(readyMovie).data().toString(), QStringLiteral("Paper Harbor"));
    const QModelIndex episode = model->indexOfJob(theirEpisode);
    EXPECT_EQ(episode.parent().data().toString(), show.name + QStringLiteral(" · Friend's server"));
    EXPECT_EQ(model->rowCount(episode.parent()), 1);
    EXPECT_EQ(episode.siblingAtColumn(DownloadsModel::StatusColumn).data().toString(),
              QStringLiteral("Queued · goes on while Friend's server is in use"));

    // Opened, the friend's film goes to its server first: playing its id here would play this server's film.
    QSignalSpy opened(&page, &Page::otherServerItemActivated);
    QSignalSpy played(&page, &Page::playRequested);
    Q_EMIT page.findChild<QTreeView *>()->activated(film);
    ASSERT_EQ(opened.size(), 1);
    EXPECT_EQ(opened.first().at(0).toString(), friends);
    EXPECT_EQ(opened.first().at(1).toString(), movieIds.at(1));
    EXPECT_TRUE(played.isEmpty());
    Q_EMIT page.findChild<QTreeView *>()->activated(model->indexOfJob(readyMovie));
    EXPECT_EQ(played.size(), 1) << "this server's own download plays";
}
