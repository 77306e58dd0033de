// SPDX-License-Identifier: GPL-3.0-or-later
// Builds the main window over a realistic cache and grabs each page, in a light and a dark palette. With
// MARQUEE_SCREENSHOT_DIR set it writes home.png, library.png, movie.png and show.png there, and the same with
// "-dark" (docs/screenshots/ in the README); without, it only checks that every page paints.
#include "core/usermessage.h"
#include "demoserver/imagerenderer.h"
#include "services/messagebroker.h"
#include "storage/syncstaterepository.h"
#include "support/cachefixture.h"
#include "support/fakebackend.h"
#include "ui/dialogs/messagebox.h"
#include "ui/mainwindow.h"
#include "ui/refreshactivity.h"
#include "ui/widgets/footerstatusbar.h"
#include "ui/models/librarygridmodel.h"
#include "ui/pages/homepage.h"
#include "ui/pages/homesection.h"
#include "ui/pages/librarypage.h"
#include "ui/widgets/posterrow.h"
#include "testpalettes.h"
#include "uirepositories.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QListView>
#include <QLocale>
#include <QTest>
#include <gtest/gtest.h>

using namespace marquee;
using marquee::test::CacheFixture;
using marquee::test::UiRepositories;

namespace {

constexpr qint64 Minute = 60'000;
constexpr qint64 TicksPerMinute = qint64(60) * 10'000'000;

const QStringList Adjectives = {QStringLiteral("Silent"), QStringLiteral("Midnight"), QStringLiteral("Crimson"),
                                QStringLiteral("Paper"), QStringLiteral("Hollow"), QStringLiteral("Northern"),
                                QStringLiteral("Glass"), QStringLiteral("Last"), QStringLiteral("Golden"),
                                QStringLiteral("Distant")};
const QStringList Nouns = {QStringLiteral("Harbor"), QStringLiteral("Orchard"), QStringLiteral("Signal"),
                           QStringLiteral("Kingdom"), QStringLiteral("River"), QStringLiteral("Engine"),
                           QStringLiteral("Winter"), QStringLiteral("Archive")};
const QStringList Special = {
    QStringLiteral("Amélie's Garden"), QStringLiteral("Сталкер в степи"), QStringLiteral("Ζ: The Letter"),
    QStringLiteral("Der Himmel über Köln"), QStringLiteral("Y tu abuela también"),
    QStringLiteral("<img src=x> & \"quotes\""), QStringLiteral("Ödipus Rex 2049"),
    QStringLiteral("A Very, Very, Very Long Title That Will Not Fit Under One Poster")};
const QStringList Genres = {QStringLiteral("Drama"), QStringLiteral("Comedy"), QStringLiteral("Thriller"),
                            QStringLiteral("Science Fiction"), QStringLiteral("Animation"), QStringLiteral("Romance")};

MediaItem movie(int index, const QString &name)
{
    MediaItem item = CacheFixture::movie(QStringLiteral("lib-movies"), index, QStringLiteral("Film"));
    item.name = name;
    item.sortName = name.startsWith(QLatin1String("The ")) ? name.mid(4).toLower() : name.toLower();
    item.productionYear = 1962 + (index * 7) % 62;
    item.runTimeTicks = (84 + (index * 13) % 70) * TicksPerMinute;
    item.communityRating = 5.5 + (index * 3 % 40) / 10.0;
    item.officialRating = QStringList{QStringLiteral("PG"), QStringLiteral("PG-13"), QStringLiteral("R")}.at(index % 3);
    item.genres = {Genres.at(index % Genres.size()), Genres.at((index + 2) % Genres.size())};
    item.overview = QStringLiteral("When the lights of %1 go out, a reluctant caretaker has one night to find out "
                                   "who has been rewriting the town's history, and why every version ends with "
                                   "her name.")
                        .arg(name);
    return item;
}

QList<MediaItem> movies()
{
    QList<MediaItem> items;
    int index = 0;
    for (const QString &adjective : Adjectives) {
        for (int n = 0; n < 5; ++n)
            items << movie(index++, QStringLiteral("The %1 %2").arg(adjective, Nouns.at((index * 3) % Nouns.size())));
    }
    for (const QString &name : Special)
        items << movie(index++, name);
    MediaItem &featured = items[7];
    featured.name = QStringLiteral("The Cartographer's Daughter");
    featured.sortName = QStringLiteral("cartographer's daughter");
    featured.tagline = QStringLiteral("Every map hides a way home.");
    featured.backdropImageTag = QStringLiteral("backdrop");
    featured.studios = {QStringLiteral("Northlight Pictures"), QStringLiteral("Kestrel & Finch")};
    featured.overview = QStringLiteral(
        "Ines Navarro inherits her father's unfinished atlas of a coastline that no longer exists. Following his "
        "pencil notes from village to village, she finds the people he charted still waiting for the maps he "
        "promised them — and a last page drawn in a hand that is not his.");
    const QList<std::pair<QString, QString>> cast = {
        {QStringLiteral("Lucía Ferrer"), QStringLiteral("Ines Navarro")},
        {QStringLiteral("Tomasz Wieczorek"), QStringLiteral("Aurelio Navarro")},
        {QStringLiteral("Grace Okafor"), QStringLiteral("Harbourmaster Adaeze")},
        {QStringLiteral("Jonas Lindqvist"), QStringLiteral("Pieter")},
        {QStringLiteral("Mei Tanaka"), QStringLiteral("The Archivist")},
        {QStringLiteral("Samuel Adeyemi"), QStringLiteral("Ferryman")}};
    for (const auto &[name, role] : cast)
        featured.people << Person{name.toLower().remove(QLatin1Char(' ')), name, role, QStringLiteral("Actor"), {}};
    featured.people << Person{QStringLiteral("dir"), QStringLiteral("Hanna Oduya"), {}, QStringLiteral("Director"), {}}
                    << Person{QStringLiteral("wri"), QStringLiteral("Paul Marchetti"), {}, QStringLiteral("Writer"), {}};
    return items;
}

QString seriesIdOf(const QString &name)
{
    return QStringLiteral("series-") + name.toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
}

QList<MediaItem> series(const QString &name, int seasons, int episodes, int year, const QStringList &titles)
{
    const QString id = seriesIdOf(name);
    MediaItem show;
    show.id = id;
    show.libraryId = QStringLiteral("lib-shows");
    show.parentId = show.libraryId;
    show.type = ItemType::Series;
    show.name = name;
    show.sortName = name.toLower();
    show.productionYear = year;
    show.officialRating = QStringLiteral("TV-14");
    show.genres = {QStringLiteral("Drama"), QStringLiteral("Mystery")};
    show.overview = QStringLiteral("In a port town where the ferries stopped running years ago, the night-shift "
                                   "staff of a small hospital keep finding patients who remember a different town. "
                                   "Each season follows one winter, one ward and one secret.");
    show.dateCreated = QStringLiteral("2024-0%1-01T00:00:00Z").arg(1 + year % 9);
    show.primaryImageTag = QStringLiteral("poster");
    QList<MediaItem> items{show};
    for (int s = 1; s <= seasons; ++s) {
        MediaItem season;
        season.id = QStringLiteral("%1-s%2").arg(id).arg(s);
        season.libraryId = show.libraryId;
        season.parentId = id;
        season.seriesId = id;
        season.seriesName = name;
        season.type = ItemType::Season;
        season.name = QStringLiteral("Season %1").arg(s);
        season.sortName = season.name.toLower();
        season.indexNumber = s;
        items << season;
        for (int e = 1; e <= episodes; ++e) {
            MediaItem episode;
            episode.id = QStringLiteral("%1-s%2e%3").arg(id).arg(s).arg(e);
            episode.libraryId = show.libraryId;
            episode.parentId = season.id;
            episode.seasonId = season.id;
            episode.seriesId = id;
            episode.seriesName = name;
            episode.type = ItemType::Episode;
            episode.name = titles.at((s * 7 + e) % titles.size());
            episode.sortName = episode.name.toLower();
            episode.indexNumber = e;
            episode.parentIndexNumber = s;
            episode.runTimeTicks = (41 + (e * 5) % 17) * TicksPerMinute;
            episode.primaryImageTag = QStringLiteral("still");
            items << episode;
        }
    }
    return items;
}

class Screenshots : public ::testing::Test
{
protected:
    Screenshots()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        cache.addLibrary(QStringLiteral("lib-movies"), QStringLiteral("Movies"), QStringLiteral("movies"), 0);
        cache.addLibrary(QStringLiteral("lib-shows"), QStringLiteral("Shows"), QStringLiteral("tvshows"), 1);
        cache.addLibrary(QStringLiteral("lib-docs"), QStringLiteral("Documentaries"), QStringLiteral("movies"), 2);
        const QList<MediaItem> films = movies();
        cache.write(films);
        m_featured = films.at(7).id;
        serveImages(films);
        serveImages(cache.addMovies(QStringLiteral("lib-docs"), 9, QStringLiteral("Field Notes")));
        const QStringList titles = {QStringLiteral("Pilot"), QStringLiteral("The Long Night"),
                                    QStringLiteral("Low Tide"), QStringLiteral("Ward Seven"),
                                    QStringLiteral("What the Ferryman Saw"), QStringLiteral("Static"),
                                    QStringLiteral("Lanterns"), QStringLiteral("The Quiet Floor"),
                                    QStringLiteral("Inventory"), QStringLiteral("Salt"), QStringLiteral("Homecoming")};
        for (const QList<MediaItem> &show : {series(QStringLiteral("Night Shift"), 3, 8, 2019, titles),
                                             series(QStringLiteral("Harbor Lights"), 2, 6, 2021, titles),
                                             series(QStringLiteral("Ølstue"), 1, 5, 2023, titles),
                                             series(QStringLiteral("The Cartographers"), 4, 10, 2016, titles)}) {
            cache.write(show);
            serveImages(show);
        }
        // Posters drawn as the demo server draws them, served as a server would: the pages show real images.
        repos.images.setBackend(&images);

        const qint64 now = cache.clock().nowMs();
        const auto started = [&](const MediaItem &item, double fraction, qint64 agoMs) {
            cache.setUserData({item.id, false, 0, qint64(item.runTimeTicks * fraction), false, now - agoMs, {}, {}});
        };
        const auto played = [&](const QString &id, qint64 agoMs) {
            cache.setUserData({id, true, 1, 0, false, now - agoMs, {}, {}});
        };
        started(films.at(3), 0.35, 30 * Minute);
        started(films.at(12), 0.7, 3 * 60 * Minute);
        started(films.at(21), 0.15, 26 * 60 * Minute);
        // The featured movie's page shows Resume, Start over and a favourite.
        cache.setUserData({m_featured, false, 0, (42 * 60 + 10) * 10'000'000LL, true, now - 20 * 24 * 60 * Minute, {}, {}});
        for (int i : {1, 5, 9, 14, 18, 26, 33, 41})
            played(films.at(i).id, 5 * 24 * 60 * Minute);
        m_nightShift = seriesIdOf(QStringLiteral("Night Shift"));
        const QString harbor = seriesIdOf(QStringLiteral("Harbor Lights"));
        for (int e = 1; e <= 4; ++e)
            played(QStringLiteral("%1-s1e%2").arg(m_nightShift).arg(e), (10 - e) * 60 * Minute);
        const MediaItem inProgress = *repos.items.item(QStringLiteral("%1-s1e5").arg(m_nightShift));
        started(inProgress, 0.4, 45 * Minute);
        played(QStringLiteral("%1-s2e3").arg(harbor), 2 * 24 * 60 * Minute);

        for (const QString &library : {QStringLiteral("lib-movies"), QStringLiteral("lib-shows"), QStringLiteral("lib-docs")})
            EXPECT_TRUE(repos.syncState.recordSuccess(SyncStateRepository::libraryScope(library), now - 2 * 60 * Minute, now + 2 * 60 * Minute, {}, {}));
    }
    ~Screenshots() override { QLocale::setDefault(QLocale::c()); }

    void serveImages(const QList<MediaItem> &items)
    {
        for (const MediaItem &item : items) {
            DemoImageRequest request;
            request.itemId = item.id;
            request.imageType = QStringLiteral("Primary");
            request.title = item.type == ItemType::Episode ? item.seriesName : item.name;
            request.landscape = item.type == ItemType::Episode;
            if (item.type == ItemType::Episode)
                request.subtitle = QStringLiteral("S%1 E%2").arg(*item.parentIndexNumber).arg(*item.indexNumber);
            request.maxWidth = 480;
            images.putImage(item.id, ImageType::Primary, renderer.render(request).data);
            if (!item.backdropImageTag.isEmpty()) {
                request.imageType = QStringLiteral("Backdrop");
                request.landscape = true;
                request.maxWidth = 1280;
                images.putImage(item.id, ImageType::Backdrop, renderer.render(request).data);
            }
        }
    }

    /// A dark palette like a desktop's dark theme, for the "-dark" shots; the light ones use the style's own.
    static QPalette darkPalette()
    {
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2e));
        dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xea));
        dark.setColor(QPalette::Base, QColor(0x1f, 0x1f, 0x22));
        dark.setColor(QPalette::AlternateBase, QColor(0x2b, 0x2b, 0x2e));
        dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xea));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x39));
        dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xea));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd6));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::PlaceholderText, QColor(0xa8, 0xa8, 0xae));
        dark.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x39));
        dark.setColor(QPalette::ToolTipText, QColor(0xe8, 0xe8, 0xea));
        dark.setColor(QPalette::Link, QColor(0x7a, 0xb4, 0xff));
        return dark;
    }

    void saveShot(const QImage &image, const QString &name)
    {
        ASSERT_FALSE(image.isNull());
        const QString dir = qEnvironmentVariable("MARQUEE_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        ASSERT_TRUE(image.save(QDir(dir).filePath(name + QStringLiteral(".png"))));
    }

    void capture(MainWindow &window, const QString &name)
    {
        QTest::qWait(30);
        QDeadlineTimer deadline(5000);
        while (repos.images.pendingCount() > 0 && !deadline.hasExpired())
            QTest::qWait(10);
        QTest::qWait(30);
        const QImage image = window.grab().toImage();
        ASSERT_FALSE(image.isNull());
        EXPECT_EQ(image.size(), window.size() * window.devicePixelRatio());
        const QString dir = qEnvironmentVariable("MARQUEE_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        ASSERT_TRUE(image.save(QDir(dir).filePath(name + QStringLiteral(".png"))));
    }

    CacheFixture cache;
    UiRepositories repos{cache};
    ImageRenderer renderer;
    marquee::test::FakeBackend images;
    QString m_nightShift;
    QString m_featured;
};

TEST_F(Screenshots, FourPagesLightAndDark)
{
    for (const bool dark : {false, true}) {
        QApplication::setPalette(dark ? test::darkPalette() : test::lightPalette());
        const QString suffix = dark ? QStringLiteral("-dark") : QString();
        MainWindow window(repos.context());
        window.resize(1280, 800);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        // The keyboard focus on a poster of the first row, as after a Tab or an arrow key.
        window.homePage()->continueWatching()->row()->setFocus(Qt::TabFocusReason);
        capture(window, QStringLiteral("home") + suffix);

        window.showLibrary(QStringLiteral("lib-movies"));
        auto *library = qobject_cast<LibraryPage *>(window.currentPage());
        ASSERT_NE(library, nullptr);
        library->view()->setCurrentIndex(library->model()->index(2));
        capture(window, QStringLiteral("library") + suffix);

        window.openItem(m_featured, ItemType::Movie);
        ASSERT_EQ(window.visibleScope(), QStringLiteral("item:") + m_featured);
        capture(window, QStringLiteral("movie") + suffix);

        window.openItem(m_nightShift, ItemType::Series);
        capture(window, QStringLiteral("show") + suffix);
    }
    QApplication::setPalette(test::lightPalette());
}

TEST_F(Screenshots, OfflineFooterAndAMessageWithDetails)
{
    const QPalette light = qApp->palette();
    for (const bool dark : {false, true}) {
        const QString suffix = dark ? QStringLiteral("-dark") : QString();
        qApp->setPalette(dark ? darkPalette() : light);
        MessageBroker broker;
        RefreshActivity activity(broker);
        MainWindow window(repos.context());
        window.setRefreshActivity(&activity);
        window.resize(1280, 800);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        // The server went away while nothing refreshed; the connectivity monitor said so.
        Q_EMIT broker.connectivityChanged(false);
        window.footer()->setUploadText(QStringLiteral("2 changes waiting to sync"));
        ASSERT_TRUE(window.footer()->text().startsWith(QStringLiteral("Offline")));
        capture(window, QStringLiteral("offline") + suffix);

        // The issue's sign-out box: words first, the request behind Show Details….
        const Error signedOut{ErrorKind::Unauthorized, QStringLiteral("HTTP 401: the server no longer accepts the sign-in"),
                              QStringLiteral("GET http://media-server.home.arpa:8096/Items?ParentId=4f1c2b0a9e8d7c6b5a4f3e2d"
                                             "&Recursive=true&IncludeItemTypes=Movie&StartIndex=0&Limit=500"),
                              401};
        QMessageBox *box = MessageBox::create(&window, QMessageBox::Warning, QStringLiteral("You were signed out."),
                                              UserMessage::from(signedOut));
        box->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(box));
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::ActionRole)
                button->click(); // Show Details…
        }
        QTest::qWait(50);
        saveShot(box->grab().toImage(), QStringLiteral("message-details") + suffix);
        box->close();
    }
    qApp->setPalette(light);
}

} // namespace
