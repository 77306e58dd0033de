<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>SettingsCatalog</name>
    <message>
        <source>Library refresh</source>
        <translation>Aktualisierung der Bibliothek</translation>
    </message>
    <message>
        <source>Library list</source>
        <translation>Liste der Bibliotheken</translation>
    </message>
    <message>
        <source>How long the list of libraries counts as fresh.</source>
        <translation>Wie lange die Liste der Bibliotheken als aktuell gilt.</translation>
    </message>
    <message>
        <source>Movies</source>
        <translation>Filme</translation>
    </message>
    <message>
        <source>How long a library&apos;s movies count as fresh before a refresh.</source>
        <translation>Wie lange die Filme einer Bibliothek als aktuell gelten, bevor sie neu geladen werden.</translation>
    </message>
    <message>
        <source>Shows</source>
        <translation>Serien</translation>
    </message>
    <message>
        <source>How long a library&apos;s shows count as fresh before a refresh.</source>
        <translation>Wie lange die Serien einer Bibliothek als aktuell gelten, bevor sie neu geladen werden.</translation>
    </message>
    <message>
        <source>Seasons</source>
        <translation>Staffeln</translation>
    </message>
    <message>
        <source>How long a show&apos;s seasons count as fresh.</source>
        <translation>Wie lange die Staffeln einer Serie als aktuell gelten.</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>How long a season&apos;s episodes count as fresh.</source>
        <translation>Wie lange die Folgen einer Staffel als aktuell gelten.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>How long an item&apos;s cast, crew and media details count as fresh.</source>
        <translation>Wie lange Besetzung, Stab und Mediendetails eines Titels als aktuell gelten.</translation>
    </message>
    <message>
        <source>Expiry spread</source>
        <translation>Streuung des Ablaufs</translation>
    </message>
    <message>
        <source>Spreads expiry times so that items cached together do not all expire together.</source>
        <translation>Streut die Ablaufzeiten, damit zusammen gespeicherte Titel nicht alle zugleich ablaufen.</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Stapelgröße</translation>
    </message>
    <message>
        <source>Items asked for in one request and written in one transaction.</source>
        <translation>Titel pro Anfrage an den Server und pro Schreibvorgang in die Datenbank.</translation>
    </message>
    <message>
        <source>Refreshes at once</source>
        <translation>Gleichzeitige Aktualisierungen</translation>
    </message>
    <message>
        <source>How many refreshes may run at the same time.</source>
        <translation>Wie viele Aktualisierungen gleichzeitig laufen dürfen.</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Disk cache</source>
        <translation>Zwischenspeicher auf der Festplatte</translation>
    </message>
    <message>
        <source>Posters and backdrops kept on disk; the least recently used go first.</source>
        <translation>Poster und Hintergründe auf der Festplatte; die am längsten ungenutzten werden zuerst gelöscht.</translation>
    </message>
    <message>
        <source>Memory cache</source>
        <translation>Zwischenspeicher im Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Decoded images kept in memory for smooth scrolling; at least a screen of posters.</source>
        <translation>Dekodierte Bilder im Arbeitsspeicher für flüssiges Blättern; mindestens ein Bildschirm voller Poster.</translation>
    </message>
    <message>
        <source>Keep unused images</source>
        <translation>Ungenutzte Bilder behalten</translation>
    </message>
    <message>
        <source>An image not shown for this long is deleted from the disk cache.</source>
        <translation>Ein Bild, das so lange nicht angezeigt wurde, wird von der Festplatte gelöscht.</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <source>Played after</source>
        <translation>Gesehen nach</translation>
    </message>
    <message>
        <source>Past this share of its running time an item counts as played and leaves Continue Watching.</source>
        <translation>Ab diesem Anteil der Laufzeit gilt ein Titel als gesehen und verlässt „Weiterschauen“.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>System follows the desktop&apos;s light or dark colours; Light and Dark override it.</source>
        <translation>System folgt den hellen oder dunklen Farben der Arbeitsumgebung; Hell und Dunkel legen sie fest.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>“%1” must be one of: %2.</source>
        <translation>„%1“ muss einer dieser Werte sein: %2.</translation>
    </message>
    <message>
        <source>“%1” must be a whole number.</source>
        <translation>„%1“ muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>“%1” must be a number.</source>
        <translation>„%1“ muss eine Zahl sein.</translation>
    </message>
    <message>
        <source>“%1” must be between %2 and %3.</source>
        <translation>„%1“ muss zwischen %2 und %3 liegen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln Stunde</numerusform>
            <numerusform>%Ln Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>%</source>
        <translation> %</translation>
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
        <translation>Über Marquee</translation>
    </message>
    <message>
        <source>Marquee&apos;s icon</source>
        <translation>Symbol von Marquee</translation>
    </message>
    <message>
        <source>Marquee %1</source>
        <translation>Marquee %1</translation>
    </message>
    <message>
        <source>An offline-first client for Jellyfin media servers.</source>
        <translation>Ein Client für Jellyfin-Medienserver, der auch ohne Netz funktioniert.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later).</source>
        <translation>Freie Software unter der GNU General Public License, Version 3 oder neuer (GPL-3.0-or-later).</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Bibliotheken</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Server versions seen</source>
        <translation>Gesehene Serverversionen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>None yet: the version shows after the first refresh.</source>
        <translation>Noch keine: die Version erscheint nach der ersten Aktualisierung.</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Erstellt mit</translation>
    </message>
</context>
<context>
    <name>marquee::DesktopMenus</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Report a Problem…</source>
        <translation>&amp;Problem melden …</translation>
    </message>
    <message>
        <source>&amp;About Marquee</source>
        <translation>Ü&amp;ber Marquee</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Report a Problem</source>
        <translation>Problem melden</translation>
    </message>
    <message>
        <source>A summary for your problem report is on the clipboard. Paste it into the report along with what you did and what went wrong.</source>
        <translation>Eine Zusammenfassung für Ihre Problemmeldung liegt in der Zwischenablage. Fügen Sie sie in die Meldung ein, zusammen mit dem, was Sie getan haben und was schiefging.</translation>
    </message>
    <message>
        <source>It holds versions, folders, cache sizes and the last sync errors; never a password or a sign-in token. Show Details to read it.</source>
        <translation>Sie enthält Versionen, Ordner, Speichergrößen und die letzten Synchronisationsfehler, niemals ein Passwort oder einen Anmeldeschlüssel. Unter „Details“ können Sie sie lesen.</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>Player</translation>
    </message>
</context>
<context>
    <name>marquee::DownloadRuleDialog</name>
    <message>
        <source>Keep the next</source>
        <translation>Die nächsten</translation>
    </message>
    <message>
        <source>Delete an episode</source>
        <translation>Eine Folge löschen</translation>
    </message>
    <message>
        <source>Keep episodes downloaded</source>
        <translation>Folgen heruntergeladen halten</translation>
    </message>
    <message>
        <source>%1: checked after each sync of what you watched and whenever the server answers again.</source>
        <translation>%1: geprüft nach jedem Abgleich des Gesehenen und sobald der Server wieder antwortet.</translation>
    </message>
    <message>
        <source> unwatched episodes downloaded</source>
        <translation> ungesehenen Folgen heruntergeladen halten</translation>
    </message>
    <message>
        <source> days after it is watched</source>
        <translation> Tage nachdem sie gesehen wurde</translation>
    </message>
    <message>
        <source>The rule was not saved.</source>
        <translation>Die Regel wurde nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>marquee::ItemContextMenu</name>
    <message numerus="yes">
        <source>Mark %n item(s) played</source>
        <translation>
            <numerusform>%n Titel als gesehen markieren</numerusform>
            <numerusform>%n Titel als gesehen markieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n item(s) not played</source>
        <translation>
            <numerusform>%n Titel als nicht gesehen markieren</numerusform>
            <numerusform>%n Titel als nicht gesehen markieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Download %n item(s)</source>
        <translation>
            <numerusform>%n Titel herunterladen</numerusform>
            <numerusform>%n Titel herunterladen</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep episodes downloaded…</source>
        <translation>Folgen heruntergeladen halten…</translation>
    </message>
</context>
<context>
    <name>marquee::LibraryPage</name>
    <message>
        <source>Search the library</source>
        <translation>Bibliothek durchsuchen</translation>
    </message>
</context>
<context>
    <name>marquee::MainWindow</name>
    <message>
        <source>Go back</source>
        <translation type="vanished">Zurück</translation>
    </message>
    <message>
        <source>Refresh what is on screen</source>
        <translation>Angezeigtes aktualisieren</translation>
    </message>
</context>
<context>
    <name>marquee::PlayerView</name>
    <message>
        <source>Play or pause</source>
        <translation>Wiedergabe oder Pause</translation>
    </message>
    <message>
        <source>Back 10 seconds</source>
        <translation>10 Sekunden zurück</translation>
    </message>
    <message>
        <source>Forward 10 seconds</source>
        <translation>10 Sekunden vor</translation>
    </message>
    <message>
        <source>Full screen on or off</source>
        <translation>Vollbild ein oder aus</translation>
    </message>
    <message>
        <source>Leave full screen, then the player</source>
        <translation>Vollbild verlassen, dann den Player</translation>
    </message>
</context>
<context>
    <name>marquee::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>Some settings could not be reset. Check that the disk is not full, then try again.</source>
        <translation>Einige Einstellungen konnten nicht zurückgesetzt werden. Prüfen Sie, ob die Festplatte voll ist, und versuchen Sie es erneut.</translation>
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
        <translation>Es gibt keine Einstellung namens „%1“.</translation>
    </message>
    <message>
        <source>The setting could not be saved. Check that the disk is not full, then try again.</source>
        <translation>Die Einstellung konnte nicht gespeichert werden. Prüfen Sie, ob die Festplatte voll ist, und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>marquee::ShortcutsDialog</name>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>marquee::ShowDetailsPage</name>
    <message>
        <source>Keep episodes downloaded…</source>
        <translation>Folgen heruntergeladen halten…</translation>
    </message>
    <message>
        <source>Keep the next unwatched episodes downloaded, and delete watched ones after a while</source>
        <translation>Die nächsten ungesehenen Folgen heruntergeladen halten und gesehene nach einer Weile löschen</translation>
    </message>
</context>
</TS>
