<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DamagedStateBox</name>
    <message>
        <source>Marquee cannot go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marquee&apos;s state file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>SQLite reported it damaged during the last run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite&apos;s check at start found damaged pages in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite reported it damaged while Marquee was running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is read-only; Marquee needs to write its cache and state there. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marquee could not make a copy of it, so do not delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marquee&apos;s state file %1 is damaged. It holds your played state, favourites and the changes not yet sent to the server, so Marquee stopped without writing to it. %2 To save everything that can still be read into a fresh file, close Marquee and run: marquee-cli state --recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state database %1 was written by a newer version of Marquee (schema %2). Please update Marquee; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written by a newer version of Marquee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache %1 is unusable (%2) and could not be moved aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metadata cache was rebuilt because %1; the old file was kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metadata cache %1 is damaged. Marquee will move it aside and build a new one the next time it starts; your played state, favourites and the changes waiting for the server are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsText</name>
    <message>
        <source>Critics %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not played</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Played</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped at %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Producer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest star</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cinematographer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DownloadStatusText</name>
    <message>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disk full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over the size limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file not playable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused. Resume it to go on from where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not answer. The download goes on by itself when it does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server no longer accepts your sign-in. Sign in again and the download goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so the downloads are paused. Free some space or delete downloads; they go on by themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The downloads would take more space than you allowed them. Delete some, or raise the limit in Edit → Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download folder is not available. Plug in its drive, or choose another folder in Edit → Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not allow you to download this. Ask its administrator for the download permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server no longer has this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file that came could not be played, so it was not kept. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written. Check that the download folder can be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server kept failing. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A newer version is on the server. Keep this one, or replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server no longer has this item. Keep the file, or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorKind</name>
    <message>
        <source>No error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contradictory listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FooterStatusPresenter</name>
    <message>
        <source>The last sync failed. Marquee tries again by itself; press Retry to try now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting to sync</source>
        <translation>
            <numerusform>%Ln change waiting to sync</numerusform>
            <numerusform>%Ln changes waiting to sync</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be synced. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %Ln change(s) waiting</source>
        <translation>
            <numerusform>, %Ln change waiting</numerusform>
            <numerusform>, %Ln changes waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemRoles</name>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaTrack</name>
    <message>
        <source>Track %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MpvMediaProbe</name>
    <message>
        <source>not playable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libmpv could not be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libmpv could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libmpv refused the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening took longer than %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaybackProblem</name>
    <message>
        <source>The server cannot be reached; this item is not downloaded. Check the connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server no longer has this video. Refresh the library and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused to play this video. Sign in again, or ask the server&apos;s administrator for access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server offers no version of this video that Marquee can play.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not convert this video to a lower quality. Play it in the original quality instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This video could not be played: the server gave an address Marquee will not use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video player could not start on this computer. Check that libmpv is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This video could not be played. The file may be damaged or in a format Marquee cannot play.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaybackQuality</name>
    <message>
        <source>the server requires it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bitrate above the %1 cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bitrate above the server&apos;s limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the container (%1) is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the video codec (%1) is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audio codec (%1) is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the subtitles are drawn into the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the video&apos;s format is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sound&apos;s format is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Mbps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kbps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct stream: the container (%1) is repackaged, picture and sound are not converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcoding: %1</source>
        <extracomment>%1: why the server converts, one or more reasons separated by semicolons</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s) ago</source>
        <translation>
            <numerusform>%Ln minute ago</numerusform>
            <numerusform>%Ln minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s) ago</source>
        <translation>
            <numerusform>%Ln hour ago</numerusform>
            <numerusform>%Ln hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>%Ln day ago</numerusform>
            <numerusform>%Ln days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerIdentity</name>
    <message>
        <source>The server at this address is a different server now. Its cached library was cleared and is being fetched again; your unsent playback progress is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerTracks</name>
    <message>
        <source>Track %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drawn in by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>Plex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plex.tv address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where signing in to Plex asks for a code and for your account&apos;s servers. Change it only if you know you need to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be an http:// or https:// address, such as %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncNoteText</name>
    <message>
        <source>The last refresh&apos;s mark was ahead of the server&apos;s clock, so every item was listed again instead of only the changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %1 of the %Ln item(s) in the cache: the server&apos;s listing and a second look (%2) agree that the server no longer has them.</source>
        <translation>
            <numerusform>Removed %1 of the %Ln item in the cache: the server&apos;s listing and a second look (%2) agree that the server no longer has them.</numerusform>
            <numerusform>Removed %1 of the %Ln items in the cache: the server&apos;s listing and a second look (%2) agree that the server no longer has them.</numerusform>
        </translation>
    </message>
    <message>
        <source>a separate list of %1 ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a separate count of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server has no items left in the libraries that went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a separate list of ids has %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a separate count says %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server still has %1 items in “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was removed from the cache. Marquee tries again at the next refresh; if this keeps happening, the server&apos;s library may need a scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s list of %1 contradicted itself: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s list of %1 leaves out %2 of the %Ln item(s) in the cache, and a second look does not agree (%3).</source>
        <translation>
            <numerusform>The server&apos;s list of %1 leaves out %2 of the %Ln item in the cache, and a second look does not agree (%3).</numerusform>
            <numerusform>The server&apos;s list of %1 leaves out %2 of the %Ln items in the cache, and a second look does not agree (%3).</numerusform>
        </translation>
    </message>
    <message>
        <source>libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the seasons and episodes of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it listed the same item twice (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its count fell from %1 to %2 while it was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>it announced %Ln item(s) but sent %1</source>
        <translation>
            <numerusform>it announced %Ln item but sent %1</numerusform>
            <numerusform>it announced %Ln items but sent %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it sent %Ln item(s) but a separate count says %1</source>
        <translation>
            <numerusform>it sent %Ln item but a separate count says %1</numerusform>
            <numerusform>it sent %Ln items but a separate count says %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrackLanguage</name>
    <message>
        <source>Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Czech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Icelandic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norwegian Bokmal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slovenian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserMessage</name>
    <message>
        <source>The server cannot be reached. Check that it is running and that this computer is online; Marquee tries again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server took too long to answer. It may be busy; Marquee tries again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server no longer accepts your sign-in. Sign in again from the Server menu; the cached library stays available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server ran into a problem. Try again later; if it keeps happening, look at the server&apos;s log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request; what was asked for may have been removed. Refresh and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an answer Marquee cannot read. Try again later; if it keeps happening, the server may need an update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent more than Marquee accepts in one answer. Try again later; if it keeps happening, the server may need an update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s list contradicted itself. Nothing was removed from the cache; Marquee tries again at the next refresh. If this keeps happening, the server&apos;s library may need a scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not one this computer trusts. Sign in again and compare its fingerprint with the one your server shows before you trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; what is cached stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache file is damaged. Restart Marquee to rebuild it; your unsent playback progress is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marquee could not read or write its files. Check the disk and try again.</source>
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
    <name>marquee::Application</name>
    <message>
        <source>Marquee could not open its database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your change could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marquee could not start its built-in demo server on this computer. Restart Marquee to try again, or sign in to your own server from the Server menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your saved sign-in could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again from the Server menu; the cached library stays available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in from the Server menu to sync again; the cached library stays available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to &amp;Plex…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in again…</source>
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
    <name>marquee::DownloadButton</name>
    <message>
        <source>Downloaded (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a copy on this computer to play without a connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing could be downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the rest of the season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the rest of the series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with the newer version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the download</source>
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
    <name>marquee::DownloadService</name>
    <message>
        <source>Nothing to download: no movie or episode was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not allow downloading %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this server offers no downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused playback info (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server lists no file for this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes needed, %2 free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes would pass the quota of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file name leaves the download folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes on disk, %2 sent, %3 announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot rename %1 into place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marquee::DownloadsModel</name>
    <message>
        <source>newer version on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown series</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln episode(s) downloaded</source>
        <translation>
            <numerusform>%1 of %Ln episode downloaded</numerusform>
            <numerusform>%1 of %Ln episodes downloaded</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a download, then the server it is of</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goes on while %1 is in use</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marquee::DownloadsPage</name>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with the newer one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is downloaded yet. Use Download on a movie, an episode, a season or a series to keep it on this computer and play it without a connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln download(s)</source>
        <translation>
            <numerusform>%Ln download</numerusform>
            <numerusform>%Ln downloads</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 free in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the download folder %1 is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marquee::FileTransfer</name>
    <message>
        <source>no data for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP 401: the server no longer accepts the sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent another range than the one asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot cut %1 to %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot seek in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection closed after %1 of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marquee::FirstSyncDialog</name>
    <message>
        <source>You can browse what has arrived while the rest loads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue in background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing your library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is already in the cache stays available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marquee::FooterStatusBar</name>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Library: %Ln item(s)</source>
        <translation>
            <numerusform>Library: %Ln item</numerusform>
            <numerusform>Library: %Ln items</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing… %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline · showing cached items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marquee::HomePage</name>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue Watching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing your library… what arrives shows here at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing cached yet — press Refresh or F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest in %1 · %2</source>
        <comment>library, then the server it is on</comment>
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
    <message>
        <source>Mark not played</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark played</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing could be downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play next episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marquee::LibraryPage</name>
    <message>
        <source>Search the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline · showing what is cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in this library matches — change the filters or the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching this library from the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing cached in this library yet — press Refresh or F5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marquee::LibraryViewBar</name>
    <message>
        <source>Unplayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All genres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search this library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search this library (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name A–Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name Z–A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year, oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added longest ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating, highest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating, lowest first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marquee::MainWindow</name>
    <message>
        <source>Refresh what is on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently visited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No places yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A library no longer on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item no longer in the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search every server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search every server&apos;s library by title (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marquee::MovieDetailsPage</name>
    <message>
        <source>Movie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cast &amp; crew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the cache yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cast, crew and studios are not cached yet: Marquee fetches them when it can reach the server. To have them on hand offline, run “marquee-cli warm” while connected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marquee::MpvEngine</name>
    <message>
        <source>The video player (libmpv) could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video player (libmpv) could not start: %1.</source>
        <extracomment>%1: libmpv&apos;s own reason, in English</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request header has a line break in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an absolute address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video player (libmpv) refused the request headers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marquee::NavigationSidebar</name>
    <message>
        <source>Libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2: choose to switch to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marquee::NextUpPanel</name>
    <message>
        <source>Next Up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marquee::PlaybackActions</name>
    <message>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Played</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark played</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as not played</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as played</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to favourites</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marquee::PlaybackMenus</name>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streaming quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version of this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to a chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback speed, audio and subtitle delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original (direct play)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this quality from now on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio delay: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio earlier (−0.1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio later (+0.1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset audio delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtitle delay: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtitles earlier (−0.1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtitles later (+0.1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset subtitle delay</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marquee::PlaybackProblemPanel</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play in original quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marquee::PlayerControlBar</name>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back 10 seconds (Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward 10 seconds (Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtitles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marquee::PlayerSession</name>
    <message>
        <source>Asking the server how to play…</source>
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
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to where you were (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marquee::PlexSignInDialog</name>
    <message>
        <source>&amp;Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the server to use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a &amp;new code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Plex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to your Plex Media Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a plex.tv &amp;account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a server address and &amp;token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ways to sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the link page in a browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Plex servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marquee never sees your plex.tv password: you sign in on plex.tv, in a browser on any device, and approve this computer with the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a server without a plex.tv account. Its token is in the server&apos;s Preferences.xml (PlexOnlineToken), or in the address of any item&apos;s XML view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;oken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking plex.tv for a code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On any device, go to %1 and enter this code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the code to be entered…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code expired before it was entered. Get a new code and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding your servers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your plex.tv account has no Plex Media Server that Marquee can use. Sign in with a server address and token instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the addresses of %1 answered. Check that the server is running and reachable from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept this token (401). Check that you copied all of it and that it belongs to this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach plex.tv at %1. Check the internet connection, or sign in with a server address and token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plex.tv did not accept the sign-in. Get a new code and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this server</source>
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
    <name>marquee::SavedServers</name>
    <message>
        <source>That server&apos;s saved sign-in could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to it again from the Server menu; its cached library stays available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed out of that server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to it again from the Server menu; the server in use stays in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in the sidebar (empty: the server&apos;s own name):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new name could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its cached library and its saved sign-in go from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln downloaded item(s) of it will be deleted.</source>
        <translation>
            <numerusform>%Ln downloaded item of it will be deleted.</numerusform>
            <numerusform>%Ln downloaded items of it will be deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) you made (played marks, positions, favourites) never reached it and will be lost.</source>
        <translation>
            <numerusform>%Ln change you made (played marks, positions, favourites) never reached it and will be lost.</numerusform>
            <numerusform>%Ln changes you made (played marks, positions, favourites) never reached it and will be lost.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1 from Marquee?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marquee switches to %1 first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marquee::SearchPage</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a title to search every server&apos;s library, offline too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing cached on any server matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marquee::SegmentSkipper</name>
    <message>
        <source>Skip intro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip recap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip commercial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
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
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No episodes cached yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double-click plays an episode; right-click for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the cache yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln season(s)</source>
        <translation>
            <numerusform>%Ln season</numerusform>
            <numerusform>%Ln seasons</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>marquee::SignInDialog</name>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to your Jellyfin server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marquee keeps a copy of your library on this computer, so it stays browsable offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address of your server, for example http://localhost:8096.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a server address. Try something like http://localhost:8096.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the user name and password out of the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the server at %1. Check the address and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is not signed by an authority this computer trusts. Its SHA-256 fingerprint is
%2
Trust it only if it is the fingerprint your server shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marquee::SyncActivityDialog</name>
    <message>
        <source>Nothing has been synced yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshes, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this refresh; what it already wrote stays in the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marquee::SyncActivityModel</name>
    <message>
        <source>Library list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Played state in “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Played state in a library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Played state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marquee::UpNextCard</name>
    <message>
        <source>Up next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Starts in %n second(s)</source>
        <translation>
            <numerusform>Starts in %n second</numerusform>
            <numerusform>Starts in %n seconds</numerusform>
        </translation>
    </message>
</context>
</TS>
