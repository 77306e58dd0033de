<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>SettingsCatalog</name>
    <message>
        <source>Library refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the list of libraries counts as fresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a library&apos;s movies count as fresh before a refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a library&apos;s shows count as fresh before a refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a show&apos;s seasons count as fresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a season&apos;s episodes count as fresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long an item&apos;s cast, crew and media details count as fresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreads expiry times so that items cached together do not all expire together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items asked for in one request and written in one transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshes at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many refreshes may run at the same time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posters and backdrops kept on disk; the least recently used go first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoded images kept in memory for smooth scrolling; at least a screen of posters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep unused images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image not shown for this long is deleted from the disk cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Played after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past this share of its running time an item counts as played and leaves Continue Watching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System follows the desktop&apos;s light or dark colours; Light and Dark override it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be between %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln hour</numerusform>
            <numerusform>%Ln hours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original (no conversion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>20 Mbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8 Mbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 Mbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1.5 Mbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>720 kbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality at home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the local network: the file as it is, or a cap above which the server converts the video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same when the server is not on the local network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At an episode&apos;s credits, offer the next one and play it after a countdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up next countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds before the next episode plays; 0 plays it at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip intros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip intros and recaps without asking, where the server knows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where downloaded movies and episodes go: any folder, a removable drive included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many movies or episodes download at the same time; the rest wait in line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most all downloads together may take of the connection, so that streaming and browsing stay smooth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most disk space all downloads together may take; a download that would pass it waits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a full path, such as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MB/s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marquee::AboutDialog</name>
    <message>
        <source>About Marquee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marquee&apos;s icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marquee %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An offline-first client for Jellyfin media servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server versions seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet: the version shows after the first refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marquee::DesktopMenus</name>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report a Problem…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Marquee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report a Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A summary for your problem report is on the clipboard. Paste it into the report along with what you did and what went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It holds versions, folders, cache sizes and the last sync errors; never a password or a sign-in token. Show Details to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Player</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marquee::DownloadRuleDialog</name>
    <message>
        <source>Keep the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete an episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep episodes downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: checked after each sync of what you watched and whenever the server answers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> unwatched episodes downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days after it is watched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marquee::ItemContextMenu</name>
    <message numerus="yes">
        <source>Mark %n item(s) played</source>
        <translation>
            <numerusform>Mark %n item played</numerusform>
            <numerusform>Mark %n items played</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n item(s) not played</source>
        <translation>
            <numerusform>Mark %n item not played</numerusform>
            <numerusform>Mark %n items not played</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Download %n item(s)</source>
        <translation>
            <numerusform>Download %n item</numerusform>
            <numerusform>Download %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep episodes downloaded…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marquee::LibraryPage</name>
    <message>
        <source>Search the library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marquee::MainWindow</name>
    <message>
        <source>Refresh what is on screen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marquee::PlayerView</name>
    <message>
        <source>Play or pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back 10 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward 10 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave full screen, then the player</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marquee::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some settings could not be reset. Check that the disk is not full, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marquee::SettingsStore</name>
    <message>
        <source>There is no setting called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting could not be saved. Check that the disk is not full, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marquee::ShortcutsDialog</name>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marquee::ShowDetailsPage</name>
    <message>
        <source>Keep episodes downloaded…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the next unwatched episodes downloaded, and delete watched ones after a while</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
