<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>DamagedStateBox</name>
    <message>
        <source>Marquee cannot go on</source>
        <translation>Marquee kann nicht fortfahren</translation>
    </message>
    <message>
        <source>Marquee&apos;s state file is damaged.</source>
        <translation>Die Zustandsdatei von Marquee ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>SQLite reported it damaged during the last run</source>
        <translation>SQLite ihn beim letzten Lauf als beschädigt gemeldet hat</translation>
    </message>
    <message>
        <source>SQLite&apos;s check at start found damaged pages in it</source>
        <translation>die Prüfung von SQLite beim Start beschädigte Seiten darin gefunden hat</translation>
    </message>
    <message>
        <source>SQLite reported it damaged while Marquee was running</source>
        <translation>SQLite ihn während des Laufs von Marquee als beschädigt gemeldet hat</translation>
    </message>
    <message>
        <source>cannot create the folder of %1</source>
        <translation>der Ordner von %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>The folder %1 is read-only; Marquee needs to write its cache and state there. Nothing was changed.</source>
        <translation>Der Ordner %1 ist schreibgeschützt; Marquee muss dort seinen Zwischenspeicher und seinen Zustand schreiben. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Marquee could not make a copy of it, so do not delete it.</source>
        <translation>Marquee konnte keine Kopie davon anlegen, löschen Sie sie daher nicht.</translation>
    </message>
    <message>
        <source>A copy was kept as %1.</source>
        <translation>Eine Kopie wurde als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>Marquee&apos;s state file %1 is damaged. It holds your played state, favourites and the changes not yet sent to the server, so Marquee stopped without writing to it. %2 To save everything that can still be read into a fresh file, close Marquee and run: marquee-cli state --recover</source>
        <translation>Die Zustandsdatei %1 von Marquee ist beschädigt. Sie enthält Ihren Wiedergabestand, Ihre Favoriten und die noch nicht an den Server gesendeten Änderungen, deshalb hat Marquee angehalten, ohne in sie zu schreiben. %2 Um alles, was sich noch lesen lässt, in eine neue Datei zu retten, schließen Sie Marquee und führen Sie aus: marquee-cli state --recover</translation>
    </message>
    <message>
        <source>The state database %1 was written by a newer version of Marquee (schema %2). Please update Marquee; the file was not changed.</source>
        <translation>Die Zustandsdatenbank %1 wurde von einer neueren Version von Marquee geschrieben (Schema %2). Bitte aktualisieren Sie Marquee; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>it is not a database file</source>
        <translation>er keine Datenbankdatei ist</translation>
    </message>
    <message>
        <source>it is truncated</source>
        <translation>er abgeschnitten ist</translation>
    </message>
    <message>
        <source>it was written by a newer version of Marquee</source>
        <translation>er von einer neueren Version von Marquee geschrieben wurde</translation>
    </message>
    <message>
        <source>it could not be read (%1)</source>
        <translation>er nicht gelesen werden konnte (%1)</translation>
    </message>
    <message>
        <source>The cache %1 is unusable (%2) and could not be moved aside.</source>
        <translation>Der Zwischenspeicher %1 ist unbrauchbar (%2) und konnte nicht beiseitegelegt werden.</translation>
    </message>
    <message>
        <source>The metadata cache was rebuilt because %1; the old file was kept as %2.</source>
        <translation>Der Metadaten-Zwischenspeicher wurde neu aufgebaut, weil %1; die alte Datei wurde als %2 aufbewahrt.</translation>
    </message>
    <message>
        <source>The metadata cache %1 is damaged. Marquee will move it aside and build a new one the next time it starts; your played state, favourites and the changes waiting for the server are kept.</source>
        <translation>Der Metadaten-Zwischenspeicher %1 ist beschädigt. Marquee legt ihn beim nächsten Start beiseite und baut einen neuen auf; Ihr Wiedergabestand, Ihre Favoriten und die Änderungen, die auf den Server warten, bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>DetailsText</name>
    <message>
        <source>Critics %1%</source>
        <translation>Kritiker %1 %</translation>
    </message>
    <message>
        <source>Not played</source>
        <translation>Nicht gesehen</translation>
    </message>
    <message>
        <source>Played</source>
        <translation>Gesehen</translation>
    </message>
    <message>
        <source>Stopped at %1 min</source>
        <translation>Angehalten bei %1 Min.</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Regie</translation>
    </message>
    <message>
        <source>Writer</source>
        <translation>Drehbuch</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Composer</source>
        <translation>Musik</translation>
    </message>
    <message>
        <source>Guest star</source>
        <translation>Gaststar</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Schnitt</translation>
    </message>
    <message>
        <source>Cinematographer</source>
        <translation>Kamera</translation>
    </message>
</context>
<context>
    <name>DownloadStatusText</name>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>abgemeldet</translation>
    </message>
    <message>
        <source>disk full</source>
        <translation>Festplatte voll</translation>
    </message>
    <message>
        <source>over the size limit</source>
        <translation>über der Größengrenze</translation>
    </message>
    <message>
        <source>location unavailable</source>
        <translation>Ort nicht verfügbar</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>nicht erlaubt</translation>
    </message>
    <message>
        <source>not on the server</source>
        <translation>nicht auf dem Server</translation>
    </message>
    <message>
        <source>file not playable</source>
        <translation>Datei nicht abspielbar</translation>
    </message>
    <message>
        <source>cannot write the file</source>
        <translation>Datei nicht schreibbar</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Wird geprüft</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation>Wartet: %1</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Heruntergeladen</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Paused. Resume it to go on from where it stopped.</source>
        <translation>Angehalten. Setzen Sie den Download fort, um dort weiterzumachen, wo er stehen blieb.</translation>
    </message>
    <message>
        <source>The server does not answer. The download goes on by itself when it does.</source>
        <translation>Der Server antwortet nicht. Der Download geht von selbst weiter, sobald er antwortet.</translation>
    </message>
    <message>
        <source>The server no longer accepts your sign-in. Sign in again and the download goes on.</source>
        <translation>Der Server akzeptiert Ihre Anmeldung nicht mehr. Melden Sie sich erneut an, dann geht der Download weiter.</translation>
    </message>
    <message>
        <source>The disk is full, so the downloads are paused. Free some space or delete downloads; they go on by themselves.</source>
        <translation>Die Festplatte ist voll, daher sind die Downloads angehalten. Geben Sie Speicherplatz frei oder löschen Sie Downloads; sie gehen dann von selbst weiter.</translation>
    </message>
    <message>
        <source>The downloads would take more space than you allowed them. Delete some, or raise the limit in Edit → Preferences.</source>
        <translation>Die Downloads würden mehr Platz belegen, als Sie ihnen erlaubt haben. Löschen Sie einige oder erhöhen Sie die Grenze unter Bearbeiten → Einstellungen.</translation>
    </message>
    <message>
        <source>The download folder is not available. Plug in its drive, or choose another folder in Edit → Preferences.</source>
        <translation>Der Download-Ordner ist nicht verfügbar. Schließen Sie sein Laufwerk an oder wählen Sie unter Bearbeiten → Einstellungen einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The server does not allow you to download this. Ask its administrator for the download permission.</source>
        <translation>Der Server erlaubt Ihnen nicht, dies herunterzuladen. Bitten Sie seinen Administrator um die Download-Berechtigung.</translation>
    </message>
    <message>
        <source>The server no longer has this item.</source>
        <translation>Der Server hat diesen Titel nicht mehr.</translation>
    </message>
    <message>
        <source>The file that came could not be played, so it was not kept. Try again later.</source>
        <translation>Die empfangene Datei ließ sich nicht abspielen und wurde daher nicht behalten. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The file could not be written. Check that the download folder can be written to.</source>
        <translation>Die Datei konnte nicht geschrieben werden. Prüfen Sie, ob in den Download-Ordner geschrieben werden kann.</translation>
    </message>
    <message>
        <source>The server kept failing. Try again later.</source>
        <translation>Der Server ist wiederholt gescheitert. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>A newer version is on the server. Keep this one, or replace it.</source>
        <translation>Auf dem Server gibt es eine neuere Version. Behalten Sie diese oder ersetzen Sie sie.</translation>
    </message>
    <message>
        <source>The server no longer has this item. Keep the file, or delete it.</source>
        <translation>Der Server hat diesen Titel nicht mehr. Behalten Sie die Datei oder löschen Sie sie.</translation>
    </message>
</context>
<context>
    <name>ErrorKind</name>
    <message>
        <source>No error</source>
        <translation>Kein Fehler</translation>
    </message>
    <message>
        <source>Server unreachable</source>
        <translation>Server nicht erreichbar</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>Request refused</source>
        <translation>Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>Bad response</source>
        <translation>Ungültige Antwort</translation>
    </message>
    <message>
        <source>Response too large</source>
        <translation>Antwort zu groß</translation>
    </message>
    <message>
        <source>Contradictory listing</source>
        <translation>Widersprüchliche Liste</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>Disk full</source>
        <translation>Festplatte voll</translation>
    </message>
    <message>
        <source>Damaged database file</source>
        <translation>Beschädigte Datenbankdatei</translation>
    </message>
    <message>
        <source>Database error</source>
        <translation>Datenbankfehler</translation>
    </message>
</context>
<context>
    <name>FooterStatusPresenter</name>
    <message>
        <source>The last sync failed. Marquee tries again by itself; press Retry to try now.</source>
        <translation>Die letzte Synchronisierung ist fehlgeschlagen. Marquee versucht es von selbst erneut; klicken Sie auf „Erneut versuchen“, um es jetzt zu versuchen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting to sync</source>
        <translation>
            <numerusform>%Ln Änderung wartet auf die Synchronisierung</numerusform>
            <numerusform>%Ln Änderungen warten auf die Synchronisierung</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync error: %1</source>
        <translation>Letzter Synchronisierungsfehler: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>%1 could not be synced. %2</source>
        <translation>%1 konnte nicht synchronisiert werden. %2</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>abgemeldet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>, %Ln change(s) waiting</source>
        <translation>
            <numerusform>, %Ln Änderung wartet</numerusform>
            <numerusform>, %Ln Änderungen warten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemRoles</name>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
</context>
<context>
    <name>MediaTrack</name>
    <message>
        <source>Track %1</source>
        <translation>Spur %1</translation>
    </message>
</context>
<context>
    <name>MpvMediaProbe</name>
    <message>
        <source>not playable: %1</source>
        <translation>nicht abspielbar: %1</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation>die Datei fehlt</translation>
    </message>
    <message>
        <source>libmpv could not be created</source>
        <translation>libmpv konnte nicht erzeugt werden</translation>
    </message>
    <message>
        <source>libmpv could not start</source>
        <translation>libmpv konnte nicht starten</translation>
    </message>
    <message>
        <source>libmpv refused the file</source>
        <translation>libmpv hat die Datei abgelehnt</translation>
    </message>
    <message>
        <source>no duration</source>
        <translation>keine Dauer</translation>
    </message>
    <message>
        <source>opening took longer than %1 s</source>
        <translation>das Öffnen dauerte länger als %1 s</translation>
    </message>
</context>
<context>
    <name>PlaybackProblem</name>
    <message>
        <source>The server cannot be reached; this item is not downloaded. Check the connection and try again.</source>
        <translation>Der Server ist nicht erreichbar, und dieser Titel ist nicht heruntergeladen. Prüfen Sie die Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server no longer has this video. Refresh the library and try again.</source>
        <translation>Der Server hat dieses Video nicht mehr. Aktualisieren Sie die Bibliothek und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server refused to play this video. Sign in again, or ask the server&apos;s administrator for access.</source>
        <translation>Der Server hat die Wiedergabe dieses Videos abgelehnt. Melden Sie sich erneut an oder bitten Sie den Administrator des Servers um Zugriff.</translation>
    </message>
    <message>
        <source>The server offers no version of this video that Marquee can play.</source>
        <translation>Der Server bietet keine Version dieses Videos an, die Marquee abspielen kann.</translation>
    </message>
    <message>
        <source>The server could not convert this video to a lower quality. Play it in the original quality instead.</source>
        <translation>Der Server konnte dieses Video nicht in eine niedrigere Qualität umwandeln. Spielen Sie es stattdessen in Originalqualität ab.</translation>
    </message>
    <message>
        <source>This video could not be played: the server gave an address Marquee will not use.</source>
        <translation>Dieses Video konnte nicht abgespielt werden: Der Server hat eine Adresse genannt, die Marquee nicht verwendet.</translation>
    </message>
    <message>
        <source>The video player could not start on this computer. Check that libmpv is installed.</source>
        <translation>Der Videoplayer konnte auf diesem Computer nicht starten. Prüfen Sie, ob libmpv installiert ist.</translation>
    </message>
    <message>
        <source>This video could not be played. The file may be damaged or in a format Marquee cannot play.</source>
        <translation>Dieses Video konnte nicht abgespielt werden. Die Datei ist vielleicht beschädigt oder in einem Format, das Marquee nicht abspielen kann.</translation>
    </message>
</context>
<context>
    <name>PlaybackQuality</name>
    <message>
        <source>the server requires it</source>
        <translation>vom Server verlangt</translation>
    </message>
    <message>
        <source>bitrate above the %1 cap</source>
        <translation>Bitrate über der Grenze von %1</translation>
    </message>
    <message>
        <source>bitrate above the server&apos;s limit</source>
        <translation>Bitrate über der Grenze des Servers</translation>
    </message>
    <message>
        <source>the container (%1) is not supported</source>
        <translation>Container (%1) nicht unterstützt</translation>
    </message>
    <message>
        <source>the video codec (%1) is not supported</source>
        <translation>Video-Codec (%1) nicht unterstützt</translation>
    </message>
    <message>
        <source>the audio codec (%1) is not supported</source>
        <translation>Audio-Codec (%1) nicht unterstützt</translation>
    </message>
    <message>
        <source>the subtitles are drawn into the picture</source>
        <translation>Untertitel werden ins Bild gezeichnet</translation>
    </message>
    <message>
        <source>the video&apos;s format is not supported</source>
        <translation>Videoformat nicht unterstützt</translation>
    </message>
    <message>
        <source>the sound&apos;s format is not supported</source>
        <translation>Tonformat nicht unterstützt</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>%1 Mbps</source>
        <translation>%1 Mbit/s</translation>
    </message>
    <message>
        <source>%1 kbps</source>
        <translation>%1 kbit/s</translation>
    </message>
    <message>
        <source>Direct play</source>
        <translation>Direkte Wiedergabe</translation>
    </message>
    <message>
        <source>Direct stream: the container (%1) is repackaged, picture and sound are not converted</source>
        <translation>Direktes Streaming: Container (%1) wird neu verpackt, Bild und Ton werden nicht umgewandelt</translation>
    </message>
    <message>
        <source>Transcoding: %1</source>
        <extracomment>%1: why the server converts, one or more reasons separated by semicolons</extracomment>
        <translation>Umwandlung: %1</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s) ago</source>
        <translation>
            <numerusform>vor %Ln Minute</numerusform>
            <numerusform>vor %Ln Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s) ago</source>
        <translation>
            <numerusform>vor %Ln Stunde</numerusform>
            <numerusform>vor %Ln Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>vor %Ln Tag</numerusform>
            <numerusform>vor %Ln Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerIdentity</name>
    <message>
        <source>The server at this address is a different server now. Its cached library was cleared and is being fetched again; your unsent playback progress is kept.</source>
        <translation>Unter dieser Adresse antwortet jetzt ein anderer Server. Die zwischengespeicherte Bibliothek wurde geleert und wird neu geladen; Ihr noch nicht gesendeter Wiedergabefortschritt bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>ServerTracks</name>
    <message>
        <source>Track %1</source>
        <translation>Spur %1</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>forced</source>
        <translation>erzwungen</translation>
    </message>
    <message>
        <source>drawn in by the server</source>
        <translation>vom Server ins Bild gezeichnet</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
</context>
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
        <translation>Original (keine Umwandlung)</translation>
    </message>
    <message>
        <source>20 Mbit/s</source>
        <translation>20 Mbit/s</translation>
    </message>
    <message>
        <source>8 Mbit/s</source>
        <translation>8 Mbit/s</translation>
    </message>
    <message>
        <source>4 Mbit/s</source>
        <translation>4 Mbit/s</translation>
    </message>
    <message>
        <source>1.5 Mbit/s</source>
        <translation>1,5 Mbit/s</translation>
    </message>
    <message>
        <source>720 kbit/s</source>
        <translation>720 kbit/s</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Quality at home</source>
        <translation>Qualität zu Hause</translation>
    </message>
    <message>
        <source>On the local network: the file as it is, or a cap above which the server converts the video.</source>
        <translation>Im lokalen Netz: die Datei, wie sie ist, oder eine Grenze, oberhalb der der Server das Video umwandelt.</translation>
    </message>
    <message>
        <source>Quality away</source>
        <translation>Qualität unterwegs</translation>
    </message>
    <message>
        <source>The same when the server is not on the local network.</source>
        <translation>Dasselbe, wenn der Server nicht im lokalen Netz ist.</translation>
    </message>
    <message>
        <source>Up next</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <source>At an episode&apos;s credits, offer the next one and play it after a countdown.</source>
        <translation>Beim Abspann einer Folge die nächste anbieten und nach einem Countdown abspielen.</translation>
    </message>
    <message>
        <source>Up next countdown</source>
        <translation>Countdown für „Als Nächstes“</translation>
    </message>
    <message>
        <source>Seconds before the next episode plays; 0 plays it at once.</source>
        <translation>Sekunden, bevor die nächste Folge startet; 0 startet sie sofort.</translation>
    </message>
    <message>
        <source>Skip intros</source>
        <translation>Intros überspringen</translation>
    </message>
    <message>
        <source>Skip intros and recaps without asking, where the server knows them.</source>
        <translation>Intros und Rückblicke ohne Nachfrage überspringen, wo der Server sie kennt.</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>Download folder</source>
        <translation>Download-Ordner</translation>
    </message>
    <message>
        <source>Where downloaded movies and episodes go: any folder, a removable drive included.</source>
        <translation>Wohin heruntergeladene Filme und Folgen kommen: jeder Ordner, auch auf einem Wechseldatenträger.</translation>
    </message>
    <message>
        <source>Items at once</source>
        <translation>Titel gleichzeitig</translation>
    </message>
    <message>
        <source>How many movies or episodes download at the same time; the rest wait in line.</source>
        <translation>Wie viele Filme oder Folgen gleichzeitig heruntergeladen werden; der Rest wartet in der Warteschlange.</translation>
    </message>
    <message>
        <source>Speed limit</source>
        <translation>Geschwindigkeitsgrenze</translation>
    </message>
    <message>
        <source>The most all downloads together may take of the connection, so that streaming and browsing stay smooth.</source>
        <translation>Wie viel der Verbindung alle Downloads zusammen höchstens nutzen dürfen, damit Streaming und Stöbern flüssig bleiben.</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <source>Size limit</source>
        <translation>Größengrenze</translation>
    </message>
    <message>
        <source>The most disk space all downloads together may take; a download that would pass it waits.</source>
        <translation>Wie viel Speicherplatz alle Downloads zusammen höchstens belegen dürfen; ein Download, der ihn überschreiten würde, wartet.</translation>
    </message>
    <message>
        <source>“%1” must be a full path, such as %2.</source>
        <translation>„%1“ muss ein vollständiger Pfad sein, etwa %2.</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 MB/s</source>
        <translation>%1 MB/s</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>MB/s</source>
        <translation>MB/s</translation>
    </message>
    <message>
        <source>Plex</source>
        <translation>Plex</translation>
    </message>
    <message>
        <source>plex.tv address</source>
        <translation>plex.tv-Adresse</translation>
    </message>
    <message>
        <source>Where signing in to Plex asks for a code and for your account&apos;s servers. Change it only if you know you need to.</source>
        <translation>Wo die Anmeldung bei Plex einen Code und die Server Ihres Kontos erfragt. Ändern Sie sie nur, wenn Sie wissen, dass Sie es brauchen.</translation>
    </message>
    <message>
        <source>“%1” must be an http:// or https:// address, such as %2.</source>
        <translation>„%1“ muss eine http://- oder https://-Adresse sein, etwa %2.</translation>
    </message>
</context>
<context>
    <name>SyncNoteText</name>
    <message>
        <source>The last refresh&apos;s mark was ahead of the server&apos;s clock, so every item was listed again instead of only the changes.</source>
        <translation>Die Marke der letzten Aktualisierung war der Uhr des Servers voraus, deshalb wurden alle Titel neu aufgelistet statt nur der Änderungen.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %1 of the %Ln item(s) in the cache: the server&apos;s listing and a second look (%2) agree that the server no longer has them.</source>
        <translation>
            <numerusform>%1 von %Ln Titel im Zwischenspeicher entfernt: Die Liste des Servers und ein zweiter Blick (%2) stimmen überein, dass der Server ihn nicht mehr hat.</numerusform>
            <numerusform>%1 von %Ln Titeln im Zwischenspeicher entfernt: Die Liste des Servers und ein zweiter Blick (%2) stimmen überein, dass der Server sie nicht mehr hat.</numerusform>
        </translation>
    </message>
    <message>
        <source>a separate list of %1 ids</source>
        <translation>eine eigene Liste mit %1 IDs</translation>
    </message>
    <message>
        <source>a separate count of %1</source>
        <translation>eine eigene Zählung mit %1</translation>
    </message>
    <message>
        <source>the server has no items left in the libraries that went</source>
        <translation>der Server hat in den weggefallenen Bibliotheken keine Titel mehr</translation>
    </message>
    <message>
        <source>a separate list of ids has %1</source>
        <translation>eine eigene Liste der IDs hat %1</translation>
    </message>
    <message>
        <source>a separate count says %1</source>
        <translation>eine eigene Zählung ergibt %1</translation>
    </message>
    <message>
        <source>the server still has %1 items in “%2”</source>
        <translation>der Server hat noch %1 Titel in „%2“</translation>
    </message>
    <message>
        <source>Nothing was removed from the cache. Marquee tries again at the next refresh; if this keeps happening, the server&apos;s library may need a scan.</source>
        <translation>Nichts wurde aus dem Zwischenspeicher entfernt. Marquee versucht es bei der nächsten Aktualisierung erneut; wenn das immer wieder passiert, muss die Bibliothek des Servers vielleicht neu eingelesen werden.</translation>
    </message>
    <message>
        <source>The server&apos;s list of %1 contradicted itself: %2.</source>
        <translation>Die Liste des Servers für %1 hat sich selbst widersprochen: %2.</translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s list of %1 leaves out %2 of the %Ln item(s) in the cache, and a second look does not agree (%3).</source>
        <translation>
            <numerusform>Die Liste des Servers für %1 lässt %2 des %Ln Titels im Zwischenspeicher aus, und ein zweiter Blick stimmt nicht zu (%3).</numerusform>
            <numerusform>Die Liste des Servers für %1 lässt %2 der %Ln Titel im Zwischenspeicher aus, und ein zweiter Blick stimmt nicht zu (%3).</numerusform>
        </translation>
    </message>
    <message>
        <source>libraries</source>
        <translation>die Bibliotheken</translation>
    </message>
    <message>
        <source>the seasons and episodes of “%1”</source>
        <translation>die Staffeln und Folgen von „%1“</translation>
    </message>
    <message>
        <source>it listed the same item twice (%1)</source>
        <translation>sie führte denselben Titel zweimal auf (%1)</translation>
    </message>
    <message>
        <source>its count fell from %1 to %2 while it was read</source>
        <translation>ihre Anzahl fiel beim Lesen von %1 auf %2</translation>
    </message>
    <message numerus="yes">
        <source>it announced %Ln item(s) but sent %1</source>
        <translation>
            <numerusform>sie kündigte %Ln Titel an, sendete aber %1</numerusform>
            <numerusform>sie kündigte %Ln Titel an, sendete aber %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it sent %Ln item(s) but a separate count says %1</source>
        <translation>
            <numerusform>sie sendete %Ln Titel, aber eine eigene Zählung ergibt %1</numerusform>
            <numerusform>sie sendete %Ln Titel, aber eine eigene Zählung ergibt %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrackLanguage</name>
    <message>
        <source>Arabic</source>
        <translation>Arabisch</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>Bulgarisch</translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation>Katalanisch</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinesisch</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>Kroatisch</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>Tschechisch</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dänisch</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Niederländisch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>Estnisch</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finnisch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Griechisch</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Hebräisch</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>Ungarisch</translation>
    </message>
    <message>
        <source>Icelandic</source>
        <translation>Isländisch</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>Indonesisch</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italienisch</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japanisch</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Koreanisch</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>Lettisch</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>Litauisch</translation>
    </message>
    <message>
        <source>Norwegian Bokmal</source>
        <translation>Norwegisch</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polnisch</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugiesisch</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Rumänisch</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russisch</translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation>Serbisch</translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation>Slowakisch</translation>
    </message>
    <message>
        <source>Slovenian</source>
        <translation>Slowenisch</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Schwedisch</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>Thailändisch</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Türkisch</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ukrainisch</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamesisch</translation>
    </message>
</context>
<context>
    <name>UserMessage</name>
    <message>
        <source>The server cannot be reached. Check that it is running and that this computer is online; Marquee tries again by itself.</source>
        <translation>Der Server ist nicht erreichbar. Prüfen Sie, ob er läuft und dieser Computer online ist; Marquee versucht es von selbst erneut.</translation>
    </message>
    <message>
        <source>The server took too long to answer. It may be busy; Marquee tries again by itself.</source>
        <translation>Der Server hat zu lange für die Antwort gebraucht. Vielleicht ist er ausgelastet; Marquee versucht es von selbst erneut.</translation>
    </message>
    <message>
        <source>The server no longer accepts your sign-in. Sign in again from the Server menu; the cached library stays available.</source>
        <translation>Der Server akzeptiert Ihre Anmeldung nicht mehr. Melden Sie sich über das Menü „Server“ erneut an; die zwischengespeicherte Bibliothek bleibt verfügbar.</translation>
    </message>
    <message>
        <source>The server ran into a problem. Try again later; if it keeps happening, look at the server&apos;s log.</source>
        <translation>Auf dem Server ist ein Problem aufgetreten. Versuchen Sie es später erneut; wenn es immer wieder passiert, sehen Sie im Protokoll des Servers nach.</translation>
    </message>
    <message>
        <source>The server refused the request; what was asked for may have been removed. Refresh and try again.</source>
        <translation>Der Server hat die Anfrage abgelehnt; das Angefragte wurde vielleicht entfernt. Aktualisieren Sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server sent an answer Marquee cannot read. Try again later; if it keeps happening, the server may need an update.</source>
        <translation>Der Server hat eine Antwort geschickt, die Marquee nicht lesen kann. Versuchen Sie es später erneut; wenn es immer wieder passiert, braucht der Server vielleicht ein Update.</translation>
    </message>
    <message>
        <source>The server sent more than Marquee accepts in one answer. Try again later; if it keeps happening, the server may need an update.</source>
        <translation>Der Server hat mehr geschickt, als Marquee in einer Antwort annimmt. Versuchen Sie es später erneut; wenn es immer wieder passiert, braucht der Server vielleicht ein Update.</translation>
    </message>
    <message>
        <source>The server&apos;s list contradicted itself. Nothing was removed from the cache; Marquee tries again at the next refresh. If this keeps happening, the server&apos;s library may need a scan.</source>
        <translation>Die Liste des Servers hat sich selbst widersprochen. Nichts wurde aus dem Zwischenspeicher entfernt; Marquee versucht es bei der nächsten Aktualisierung erneut. Wenn das immer wieder passiert, muss die Bibliothek des Servers vielleicht neu eingelesen werden.</translation>
    </message>
    <message>
        <source>Cancelled by you.</source>
        <translation>Von Ihnen abgebrochen.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not one this computer trusts. Sign in again and compare its fingerprint with the one your server shows before you trust it.</source>
        <translation>Diesem Zertifikat des Servers vertraut dieser Computer nicht. Melden Sie sich erneut an und vergleichen Sie seinen Fingerabdruck mit dem, den Ihr Server anzeigt, bevor Sie ihm vertrauen.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; what is cached stays as it was.</source>
        <translation>Die Festplatte ist voll. Geben Sie Speicherplatz frei und versuchen Sie es erneut; der Zwischenspeicher bleibt, wie er war.</translation>
    </message>
    <message>
        <source>The cache file is damaged. Restart Marquee to rebuild it; your unsent playback progress is kept.</source>
        <translation>Die Datei des Zwischenspeichers ist beschädigt. Starten Sie Marquee neu, um sie neu aufzubauen; Ihr noch nicht gesendeter Wiedergabefortschritt bleibt erhalten.</translation>
    </message>
    <message>
        <source>Marquee could not read or write its files. Check the disk and try again.</source>
        <translation>Marquee konnte seine Dateien nicht lesen oder schreiben. Prüfen Sie die Festplatte und versuchen Sie es erneut.</translation>
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
    <name>marquee::Application</name>
    <message>
        <source>Marquee could not open its database.</source>
        <translation>Marquee konnte seine Datenbank nicht öffnen.</translation>
    </message>
    <message>
        <source>You were signed out.</source>
        <translation>Sie wurden abgemeldet.</translation>
    </message>
    <message>
        <source>Your change could not be saved.</source>
        <translation>Ihre Änderung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The demo library could not start.</source>
        <translation>Die Demo-Bibliothek konnte nicht starten.</translation>
    </message>
    <message>
        <source>Marquee could not start its built-in demo server on this computer. Restart Marquee to try again, or sign in to your own server from the Server menu.</source>
        <translation>Marquee konnte seinen eingebauten Demo-Server auf diesem Computer nicht starten. Starten Sie Marquee neu, um es erneut zu versuchen, oder melden Sie sich über das Menü „Server“ bei Ihrem eigenen Server an.</translation>
    </message>
    <message>
        <source>Your saved sign-in could not be read.</source>
        <translation>Ihre gespeicherte Anmeldung konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Sign in again from the Server menu; the cached library stays available.</source>
        <translation>Melden Sie sich über das Menü „Server“ erneut an; die zwischengespeicherte Bibliothek bleibt verfügbar.</translation>
    </message>
    <message>
        <source>You are signed out.</source>
        <translation>Sie sind abgemeldet.</translation>
    </message>
    <message>
        <source>Sign in from the Server menu to sync again; the cached library stays available.</source>
        <translation>Melden Sie sich über das Menü „Server“ an, um wieder zu synchronisieren; die zwischengespeicherte Bibliothek bleibt verfügbar.</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Sync &amp;activity…</source>
        <translation>Synchronisierungs&amp;verlauf …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Sign in to &amp;Plex…</source>
        <translation>Bei &amp;Plex anmelden …</translation>
    </message>
    <message>
        <source>&amp;Add a server…</source>
        <translation>Server &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Sign in again…</source>
        <translation>Erneut an&amp;melden …</translation>
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
    <name>marquee::DownloadButton</name>
    <message>
        <source>Downloaded (%1)</source>
        <translation>Heruntergeladen (%1)</translation>
    </message>
    <message>
        <source>Downloading: %1 of %2</source>
        <translation>Wird heruntergeladen: %1 von %2</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>Download season</source>
        <translation>Staffel herunterladen</translation>
    </message>
    <message>
        <source>Download series</source>
        <translation>Serie herunterladen</translation>
    </message>
    <message>
        <source>Keep a copy on this computer to play without a connection</source>
        <translation>Eine Kopie auf diesem Computer behalten, um ohne Verbindung abzuspielen</translation>
    </message>
    <message>
        <source>check</source>
        <translation>prüfen</translation>
    </message>
    <message>
        <source>Nothing could be downloaded.</source>
        <translation>Nichts konnte heruntergeladen werden.</translation>
    </message>
    <message>
        <source>Download the rest of the season</source>
        <translation>Den Rest der Staffel herunterladen</translation>
    </message>
    <message>
        <source>Download the rest of the series</source>
        <translation>Den Rest der Serie herunterladen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Replace with the newer version</source>
        <translation>Durch die neuere Version ersetzen</translation>
    </message>
    <message>
        <source>Keep this version</source>
        <translation>Diese Version behalten</translation>
    </message>
    <message>
        <source>Keep the file</source>
        <translation>Die Datei behalten</translation>
    </message>
    <message>
        <source>Delete the download</source>
        <translation>Download löschen</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>Download abbrechen</translation>
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
    <name>marquee::DownloadService</name>
    <message>
        <source>Nothing to download: no movie or episode was found.</source>
        <translation>Nichts herunterzuladen: Es wurde kein Film und keine Folge gefunden.</translation>
    </message>
    <message>
        <source>The server does not allow downloading %1.</source>
        <translation>Der Server erlaubt nicht, %1 herunterzuladen.</translation>
    </message>
    <message>
        <source>this server offers no downloads</source>
        <translation>dieser Server bietet keine Downloads an</translation>
    </message>
    <message>
        <source>the server refused playback info (%1)</source>
        <translation>der Server hat die Wiedergabeinformationen verweigert (%1)</translation>
    </message>
    <message>
        <source>the server lists no file for this item</source>
        <translation>der Server führt keine Datei für diesen Titel</translation>
    </message>
    <message>
        <source>%1 bytes needed, %2 free</source>
        <translation>%1 Bytes nötig, %2 frei</translation>
    </message>
    <message>
        <source>%1 bytes would pass the quota of %2</source>
        <translation>%1 Bytes würden die Grenze von %2 überschreiten</translation>
    </message>
    <message>
        <source>the file name leaves the download folder</source>
        <translation>der Dateiname führt aus dem Download-Ordner hinaus</translation>
    </message>
    <message>
        <source>cannot create the folder of %1</source>
        <translation>der Ordner von %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 bytes on disk, %2 sent, %3 announced</source>
        <translation>%1 Bytes auf der Festplatte, %2 gesendet, %3 angekündigt</translation>
    </message>
    <message>
        <source>cannot rename %1 into place</source>
        <translation>%1 kann nicht an seinen Platz umbenannt werden</translation>
    </message>
</context>
<context>
    <name>marquee::DownloadsModel</name>
    <message>
        <source>newer version on the server</source>
        <translation>neuere Version auf dem Server</translation>
    </message>
    <message>
        <source>removed from the server</source>
        <translation>vom Server entfernt</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Unknown series</source>
        <translation>Unbekannte Serie</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln episode(s) downloaded</source>
        <translation>
            <numerusform>%1 von %Ln Folge heruntergeladen</numerusform>
            <numerusform>%1 von %Ln Folgen heruntergeladen</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a download, then the server it is of</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>goes on while %1 is in use</source>
        <translation>geht weiter, sobald %1 verwendet wird</translation>
    </message>
</context>
<context>
    <name>marquee::DownloadsPage</name>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Keep this version</source>
        <translation>Diese Version behalten</translation>
    </message>
    <message>
        <source>Replace with the newer one</source>
        <translation>Durch die neuere ersetzen</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>Nothing is downloaded yet. Use Download on a movie, an episode, a season or a series to keep it on this computer and play it without a connection.</source>
        <translation>Noch ist nichts heruntergeladen. Wählen Sie „Herunterladen“ bei einem Film, einer Folge, einer Staffel oder einer Serie, um sie auf diesem Computer zu behalten und ohne Verbindung abzuspielen.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message numerus="yes">
        <source>%Ln download(s)</source>
        <translation>
            <numerusform>%Ln Download</numerusform>
            <numerusform>%Ln Downloads</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on disk</source>
        <translation>%1 auf der Festplatte</translation>
    </message>
    <message>
        <source>%1 free in %2</source>
        <translation>%1 frei in %2</translation>
    </message>
    <message>
        <source>the download folder %1 is not available</source>
        <translation>der Download-Ordner %1 ist nicht verfügbar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>marquee::FileTransfer</name>
    <message>
        <source>no data for %1 s</source>
        <translation>seit %1 s keine Daten</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not trusted</source>
        <translation>dem Zertifikat des Servers wird nicht vertraut</translation>
    </message>
    <message>
        <source>HTTP 401: the server no longer accepts the sign-in</source>
        <translation>HTTP 401: Der Server akzeptiert die Anmeldung nicht mehr</translation>
    </message>
    <message>
        <source>the server sent another range than the one asked for</source>
        <translation>der Server hat einen anderen Bereich gesendet als den angefragten</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot cut %1 to %2 bytes</source>
        <translation>%1 kann nicht auf %2 Bytes gekürzt werden</translation>
    </message>
    <message>
        <source>cannot seek in %1</source>
        <translation>in %1 kann nicht gesprungen werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>no answer (%1)</source>
        <translation>keine Antwort (%1)</translation>
    </message>
    <message>
        <source>connection closed after %1 of %2 bytes</source>
        <translation>Verbindung nach %1 von %2 Bytes geschlossen</translation>
    </message>
</context>
<context>
    <name>marquee::FirstSyncDialog</name>
    <message>
        <source>You can browse what has arrived while the rest loads.</source>
        <translation>Sie können schon stöbern, was angekommen ist, während der Rest lädt.</translation>
    </message>
    <message>
        <source>Continue in background</source>
        <translation>Im Hintergrund fortfahren</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>First sync</source>
        <translation>Erste Synchronisierung</translation>
    </message>
    <message>
        <source>Syncing your library…</source>
        <translation>Ihre Bibliothek wird synchronisiert …</translation>
    </message>
    <message>
        <source>Sync stopped</source>
        <translation>Synchronisierung gestoppt</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Synchronisierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>What is already in the cache stays available.</source>
        <translation>Was schon zwischengespeichert ist, bleibt verfügbar.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
</context>
<context>
    <name>marquee::FooterStatusBar</name>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message numerus="yes">
        <source>Library: %Ln item(s)</source>
        <translation>
            <numerusform>Bibliothek: %Ln Titel</numerusform>
            <numerusform>Bibliothek: %Ln Titel</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synchronisiert %1</translation>
    </message>
    <message>
        <source>Syncing… %1 / %2</source>
        <translation>Synchronisierung … %1 / %2</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisierung …</translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation>Nicht synchronisiert</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Synchronisierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Offline · showing cached items</source>
        <translation>Offline · zwischengespeicherte Titel werden angezeigt</translation>
    </message>
</context>
<context>
    <name>marquee::HomePage</name>
    <message>
        <source>Home</source>
        <translation>Startseite</translation>
    </message>
    <message>
        <source>Continue Watching</source>
        <translation>Weiterschauen</translation>
    </message>
    <message>
        <source>Next Up</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <source>Syncing your library… what arrives shows here at once</source>
        <translation>Ihre Bibliothek wird synchronisiert … was ankommt, erscheint sofort hier</translation>
    </message>
    <message>
        <source>Nothing cached yet — press Refresh or F5</source>
        <translation>Noch nichts zwischengespeichert – klicken Sie auf „Aktualisieren“ oder drücken Sie F5</translation>
    </message>
    <message>
        <source>Latest in %1</source>
        <translation>Neu in %1</translation>
    </message>
    <message>
        <source>Latest in %1 · %2</source>
        <comment>library, then the server it is on</comment>
        <translation>Neu in %1 · %2</translation>
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
    <message>
        <source>Mark not played</source>
        <translation>Als nicht gesehen markieren</translation>
    </message>
    <message>
        <source>Mark played</source>
        <translation>Als gesehen markieren</translation>
    </message>
    <message>
        <source>Remove from favourites</source>
        <translation>Aus den Favoriten entfernen</translation>
    </message>
    <message>
        <source>Add to favourites</source>
        <translation>Zu den Favoriten hinzufügen</translation>
    </message>
    <message>
        <source>Nothing could be downloaded.</source>
        <translation>Nichts konnte heruntergeladen werden.</translation>
    </message>
    <message>
        <source>Play next episode</source>
        <translation>Nächste Folge abspielen</translation>
    </message>
    <message>
        <source>Resume from %1</source>
        <translation>Fortsetzen ab %1</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Von vorn beginnen</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>Download: %1</source>
        <translation>Download: %1</translation>
    </message>
    <message>
        <source>Resume the download</source>
        <translation>Download fortsetzen</translation>
    </message>
    <message>
        <source>Pause the download</source>
        <translation>Download anhalten</translation>
    </message>
    <message>
        <source>Delete the download</source>
        <translation>Download löschen</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>Download abbrechen</translation>
    </message>
</context>
<context>
    <name>marquee::LibraryPage</name>
    <message>
        <source>Search the library</source>
        <translation>Bibliothek durchsuchen</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert …</translation>
    </message>
    <message>
        <source>Offline · showing what is cached</source>
        <translation>Offline · Zwischengespeichertes wird angezeigt</translation>
    </message>
    <message>
        <source>Nothing in this library matches — change the filters or the search</source>
        <translation>Nichts in dieser Bibliothek passt – ändern Sie die Filter oder die Suche</translation>
    </message>
    <message>
        <source>Fetching this library from the server…</source>
        <translation>Diese Bibliothek wird vom Server geladen …</translation>
    </message>
    <message>
        <source>Nothing cached in this library yet — press Refresh or F5</source>
        <translation>Noch nichts aus dieser Bibliothek zwischengespeichert – klicken Sie auf „Aktualisieren“ oder drücken Sie F5</translation>
    </message>
</context>
<context>
    <name>marquee::LibraryViewBar</name>
    <message>
        <source>Unplayed</source>
        <translation>Ungesehen</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoriten</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Heruntergeladen</translation>
    </message>
    <message>
        <source>All genres</source>
        <translation>Alle Genres</translation>
    </message>
    <message>
        <source>Search this library</source>
        <translation>Diese Bibliothek durchsuchen</translation>
    </message>
    <message>
        <source>Search this library (Ctrl+F)</source>
        <translation>Diese Bibliothek durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Name A–Z</source>
        <translation>Name A–Z</translation>
    </message>
    <message>
        <source>Name Z–A</source>
        <translation>Name Z–A</translation>
    </message>
    <message>
        <source>Year, newest first</source>
        <translation>Jahr, neueste zuerst</translation>
    </message>
    <message>
        <source>Year, oldest first</source>
        <translation>Jahr, älteste zuerst</translation>
    </message>
    <message>
        <source>Recently added</source>
        <translation>Zuletzt hinzugefügt</translation>
    </message>
    <message>
        <source>Added longest ago</source>
        <translation>Zuerst hinzugefügt</translation>
    </message>
    <message>
        <source>Rating, highest first</source>
        <translation>Bewertung, höchste zuerst</translation>
    </message>
    <message>
        <source>Rating, lowest first</source>
        <translation>Bewertung, niedrigste zuerst</translation>
    </message>
</context>
<context>
    <name>marquee::MainWindow</name>
    <message>
        <source>Refresh what is on screen</source>
        <translation>Angezeigtes aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Back (%1)</source>
        <translation>Zurück (%1)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vor</translation>
    </message>
    <message>
        <source>Forward (%1)</source>
        <translation>Vor (%1)</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Recently visited</source>
        <translation>Zuletzt besucht</translation>
    </message>
    <message>
        <source>No places yet</source>
        <translation>Noch keine Orte</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Startseite</translation>
    </message>
    <message>
        <source>A library no longer on the server</source>
        <translation>Eine Bibliothek, die nicht mehr auf dem Server ist</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>An item no longer in the cache</source>
        <translation>Ein Titel, der nicht mehr zwischengespeichert ist</translation>
    </message>
    <message>
        <source>This server</source>
        <translation>Dieser Server</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Search every server</source>
        <translation>Alle Server durchsuchen</translation>
    </message>
    <message>
        <source>Search every server&apos;s library by title (%1)</source>
        <translation>Die Mediatheken aller Server nach Titel durchsuchen (%1)</translation>
    </message>
    <message>
        <source>Search for “%1”</source>
        <translation>Suche nach „%1“</translation>
    </message>
</context>
<context>
    <name>marquee::MovieDetailsPage</name>
    <message>
        <source>Movie</source>
        <translation>Film</translation>
    </message>
    <message>
        <source>Cast &amp; crew</source>
        <translation>Besetzung und Stab</translation>
    </message>
    <message>
        <source>Not in the cache yet</source>
        <translation>Noch nicht zwischengespeichert</translation>
    </message>
    <message>
        <source>Cast, crew and studios are not cached yet: Marquee fetches them when it can reach the server. To have them on hand offline, run “marquee-cli warm” while connected.</source>
        <translation>Besetzung, Stab und Studios sind noch nicht zwischengespeichert: Marquee lädt sie, sobald es den Server erreicht. Um sie auch offline zur Hand zu haben, führen Sie „marquee-cli warm“ aus, während eine Verbindung besteht.</translation>
    </message>
</context>
<context>
    <name>marquee::MpvEngine</name>
    <message>
        <source>The video player (libmpv) could not be created.</source>
        <translation>Der Videoplayer (libmpv) konnte nicht erzeugt werden.</translation>
    </message>
    <message>
        <source>The video player (libmpv) could not start: %1.</source>
        <extracomment>%1: libmpv&apos;s own reason, in English</extracomment>
        <translation>Der Videoplayer (libmpv) konnte nicht starten: %1.</translation>
    </message>
    <message>
        <source>A request header has a line break in it.</source>
        <translation>Ein Anfrage-Header enthält einen Zeilenumbruch.</translation>
    </message>
    <message>
        <source>Not an absolute address: %1</source>
        <translation>Keine absolute Adresse: %1</translation>
    </message>
    <message>
        <source>The video player (libmpv) refused the request headers.</source>
        <translation>Der Videoplayer (libmpv) hat die Anfrage-Header abgelehnt.</translation>
    </message>
</context>
<context>
    <name>marquee::NavigationSidebar</name>
    <message>
        <source>Libraries</source>
        <translation>Bibliotheken</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Startseite</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>The server in use</source>
        <translation>Der verwendete Server</translation>
    </message>
    <message>
        <source>%1 at %2: choose to switch to it</source>
        <translation>%1 unter %2: auswählen, um zu ihm zu wechseln</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen …</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Entfernen …</translation>
    </message>
</context>
<context>
    <name>marquee::NextUpPanel</name>
    <message>
        <source>Next Up</source>
        <translation>Als Nächstes</translation>
    </message>
</context>
<context>
    <name>marquee::PlaybackActions</name>
    <message>
        <source>Start over</source>
        <translation>Von vorn beginnen</translation>
    </message>
    <message>
        <source>Resume from %1</source>
        <translation>Fortsetzen ab %1</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Played</source>
        <translation>Gesehen</translation>
    </message>
    <message>
        <source>Mark played</source>
        <translation>Als gesehen markieren</translation>
    </message>
    <message>
        <source>Mark as not played</source>
        <translation>Als nicht gesehen markieren</translation>
    </message>
    <message>
        <source>Mark as played</source>
        <translation>Als gesehen markieren</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <source>Remove from favourites</source>
        <translation>Aus den Favoriten entfernen</translation>
    </message>
    <message>
        <source>Add to favourites</source>
        <translation>Zu den Favoriten hinzufügen</translation>
    </message>
</context>
<context>
    <name>marquee::PlaybackMenus</name>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>Streaming quality</source>
        <translation>Streaming-Qualität</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Version of this item</source>
        <translation>Version dieses Titels</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Kapitel</translation>
    </message>
    <message>
        <source>Go to a chapter</source>
        <translation>Zu einem Kapitel springen</translation>
    </message>
    <message>
        <source>Playback speed, audio and subtitle delay</source>
        <translation>Wiedergabegeschwindigkeit, Ton- und Untertitelverzögerung</translation>
    </message>
    <message>
        <source>Original (direct play)</source>
        <translation>Original (direkte Wiedergabe)</translation>
    </message>
    <message>
        <source>Use this quality from now on</source>
        <translation>Diese Qualität ab jetzt verwenden</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Chapter %1</source>
        <translation>Kapitel %1</translation>
    </message>
    <message>
        <source>Speed: %1</source>
        <translation>Geschwindigkeit: %1</translation>
    </message>
    <message>
        <source>Audio delay: %1</source>
        <translation>Tonverzögerung: %1</translation>
    </message>
    <message>
        <source>Audio earlier (−0.1 s)</source>
        <translation>Ton früher (−0,1 s)</translation>
    </message>
    <message>
        <source>Audio later (+0.1 s)</source>
        <translation>Ton später (+0,1 s)</translation>
    </message>
    <message>
        <source>Reset audio delay</source>
        <translation>Tonverzögerung zurücksetzen</translation>
    </message>
    <message>
        <source>Subtitle delay: %1</source>
        <translation>Untertitelverzögerung: %1</translation>
    </message>
    <message>
        <source>Subtitles earlier (−0.1 s)</source>
        <translation>Untertitel früher (−0,1 s)</translation>
    </message>
    <message>
        <source>Subtitles later (+0.1 s)</source>
        <translation>Untertitel später (+0,1 s)</translation>
    </message>
    <message>
        <source>Reset subtitle delay</source>
        <translation>Untertitelverzögerung zurücksetzen</translation>
    </message>
</context>
<context>
    <name>marquee::PlaybackProblemPanel</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Play in original quality</source>
        <translation>In Originalqualität abspielen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>marquee::PlayerControlBar</name>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>Wiedergabe oder Pause (Leertaste)</translation>
    </message>
    <message>
        <source>Back 10 seconds (Left)</source>
        <translation>10 Sekunden zurück (Links)</translation>
    </message>
    <message>
        <source>Forward 10 seconds (Right)</source>
        <translation>10 Sekunden vor (Rechts)</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Stumm schalten</translation>
    </message>
    <message>
        <source>Audio track</source>
        <translation>Tonspur</translation>
    </message>
    <message>
        <source>Subtitles</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <source>Full screen (F)</source>
        <translation>Vollbild (F)</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>Abspielen (Leertaste)</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pause (Leertaste)</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Ton einschalten</translation>
    </message>
</context>
<context>
    <name>marquee::PlayerSession</name>
    <message>
        <source>Asking the server how to play…</source>
        <translation>Der Server wird gefragt, wie abgespielt wird …</translation>
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
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to where you were (Esc)</source>
        <translation>Zurück zur vorherigen Ansicht (Esc)</translation>
    </message>
</context>
<context>
    <name>marquee::PlexSignInDialog</name>
    <message>
        <source>&amp;Open in browser</source>
        <translation>Im Browser ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Choose the server to use:</source>
        <translation>Wählen Sie den Server:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Get a &amp;new code</source>
        <translation>&amp;Neuen Code holen</translation>
    </message>
    <message>
        <source>Sign in to Plex</source>
        <translation>Bei Plex anmelden</translation>
    </message>
    <message>
        <source>Sign in to your Plex Media Server</source>
        <translation>Bei Ihrem Plex Media Server anmelden</translation>
    </message>
    <message>
        <source>With a plex.tv &amp;account</source>
        <translation>Mit einem plex.tv-&amp;Konto</translation>
    </message>
    <message>
        <source>With a server address and &amp;token</source>
        <translation>Mit Serveradresse und &amp;Token</translation>
    </message>
    <message>
        <source>Ways to sign in</source>
        <translation>Anmeldewege</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>Anmeldecode</translation>
    </message>
    <message>
        <source>Open the link page in a browser</source>
        <translation>Die Seite zum Verknüpfen im Browser öffnen</translation>
    </message>
    <message>
        <source>Your Plex servers</source>
        <translation>Ihre Plex-Server</translation>
    </message>
    <message>
        <source>Marquee never sees your plex.tv password: you sign in on plex.tv, in a browser on any device, and approve this computer with the code.</source>
        <translation>Marquee sieht Ihr plex.tv-Passwort nie: Sie melden sich in einem Browser auf einem beliebigen Gerät bei plex.tv an und bestätigen diesen Computer mit dem Code.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>For a server without a plex.tv account. Its token is in the server&apos;s Preferences.xml (PlexOnlineToken), or in the address of any item&apos;s XML view.</source>
        <translation>Für einen Server ohne plex.tv-Konto. Sein Token steht in der Preferences.xml des Servers (PlexOnlineToken) oder in der Adresse der XML-Ansicht eines beliebigen Titels.</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>&amp;Serveradresse:</translation>
    </message>
    <message>
        <source>T&amp;oken:</source>
        <translation>T&amp;oken:</translation>
    </message>
    <message>
        <source>Asking plex.tv for a code…</source>
        <translation>plex.tv wird nach einem Code gefragt …</translation>
    </message>
    <message>
        <source>On any device, go to %1 and enter this code:</source>
        <translation>Gehen Sie auf einem beliebigen Gerät zu %1 und geben Sie diesen Code ein:</translation>
    </message>
    <message>
        <source>Waiting for the code to be entered…</source>
        <translation>Warten, bis der Code eingegeben ist …</translation>
    </message>
    <message>
        <source>The code expired before it was entered. Get a new code and try again.</source>
        <translation>Der Code ist abgelaufen, bevor er eingegeben wurde. Holen Sie einen neuen Code und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Finding your servers…</source>
        <translation>Ihre Server werden gesucht …</translation>
    </message>
    <message>
        <source>Your plex.tv account has no Plex Media Server that Marquee can use. Sign in with a server address and token instead.</source>
        <translation>Ihr plex.tv-Konto hat keinen Plex Media Server, den Marquee nutzen kann. Melden Sie sich stattdessen mit Serveradresse und Token an.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt …</translation>
    </message>
    <message>
        <source>None of the addresses of %1 answered. Check that the server is running and reachable from this computer.</source>
        <translation>Keine der Adressen von %1 hat geantwortet. Prüfen Sie, ob der Server läuft und von diesem Computer aus erreichbar ist.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s token.</source>
        <translation>Geben Sie das Token des Servers ein.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft …</translation>
    </message>
    <message>
        <source>The server did not accept this token (401). Check that you copied all of it and that it belongs to this server.</source>
        <translation>Der Server hat dieses Token nicht angenommen (401). Prüfen Sie, ob Sie es vollständig kopiert haben und ob es zu diesem Server gehört.</translation>
    </message>
    <message>
        <source>Cannot reach plex.tv at %1. Check the internet connection, or sign in with a server address and token.</source>
        <translation>plex.tv ist unter %1 nicht erreichbar. Prüfen Sie die Internetverbindung oder melden Sie sich mit Serveradresse und Token an.</translation>
    </message>
    <message>
        <source>plex.tv did not accept the sign-in. Get a new code and try again.</source>
        <translation>plex.tv hat die Anmeldung nicht angenommen. Holen Sie einen neuen Code und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>Use this server</source>
        <translation>Diesen Server verwenden</translation>
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
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation>%1 auswählen</translation>
    </message>
</context>
<context>
    <name>marquee::SavedServers</name>
    <message>
        <source>That server&apos;s saved sign-in could not be read.</source>
        <translation>Die gespeicherte Anmeldung dieses Servers konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Sign in to it again from the Server menu; its cached library stays available.</source>
        <translation>Melden Sie sich im Menü „Server“ erneut an; seine zwischengespeicherte Bibliothek bleibt verfügbar.</translation>
    </message>
    <message>
        <source>You are signed out of that server.</source>
        <translation>Sie sind bei diesem Server abgemeldet.</translation>
    </message>
    <message>
        <source>Sign in to it again from the Server menu; the server in use stays in use.</source>
        <translation>Melden Sie sich im Menü „Server“ erneut an; der verwendete Server bleibt in Gebrauch.</translation>
    </message>
    <message>
        <source>Rename server</source>
        <translation>Server umbenennen</translation>
    </message>
    <message>
        <source>Name in the sidebar (empty: the server&apos;s own name):</source>
        <translation>Name in der Seitenleiste (leer: der eigene Name des Servers):</translation>
    </message>
    <message>
        <source>The new name could not be saved.</source>
        <translation>Der neue Name konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Its cached library and its saved sign-in go from this computer.</source>
        <translation>Seine zwischengespeicherte Bibliothek und seine gespeicherte Anmeldung werden von diesem Computer entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln downloaded item(s) of it will be deleted.</source>
        <translation>
            <numerusform>%Ln heruntergeladener Titel davon wird gelöscht.</numerusform>
            <numerusform>%Ln heruntergeladene Titel davon werden gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) you made (played marks, positions, favourites) never reached it and will be lost.</source>
        <translation>
            <numerusform>%Ln Änderung von Ihnen (Gesehen-Markierungen, Positionen, Favoriten) hat ihn nie erreicht und geht verloren.</numerusform>
            <numerusform>%Ln Änderungen von Ihnen (Gesehen-Markierungen, Positionen, Favoriten) haben ihn nie erreicht und gehen verloren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1 from Marquee?</source>
        <translation>%1 aus Marquee entfernen?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>The server could not be removed.</source>
        <translation>Der Server konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Marquee switches to %1 first.</source>
        <translation>Marquee wechselt vorher zu %1.</translation>
    </message>
</context>
<context>
    <name>marquee::SearchPage</name>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Type a title to search every server&apos;s library, offline too.</source>
        <translation>Einen Titel eingeben, um die Mediatheken aller Server zu durchsuchen, auch offline.</translation>
    </message>
    <message>
        <source>Nothing cached on any server matches “%1”.</source>
        <translation>Auf keinem Server ist etwas zu „%1“ zwischengespeichert.</translation>
    </message>
</context>
<context>
    <name>marquee::SegmentSkipper</name>
    <message>
        <source>Skip intro</source>
        <translation>Intro überspringen</translation>
    </message>
    <message>
        <source>Skip credits</source>
        <translation>Abspann überspringen</translation>
    </message>
    <message>
        <source>Skip recap</source>
        <translation>Rückblick überspringen</translation>
    </message>
    <message>
        <source>Skip preview</source>
        <translation>Vorschau überspringen</translation>
    </message>
    <message>
        <source>Skip commercial</source>
        <translation>Werbung überspringen</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
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
    <message>
        <source>Show</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Seasons</source>
        <translation>Staffeln</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>No episodes cached yet</source>
        <translation>Noch keine Folgen zwischengespeichert</translation>
    </message>
    <message>
        <source>Enter or double-click plays an episode; right-click for more</source>
        <translation>Eingabetaste oder Doppelklick spielt eine Folge ab; Rechtsklick für mehr</translation>
    </message>
    <message>
        <source>Not in the cache yet</source>
        <translation>Noch nicht zwischengespeichert</translation>
    </message>
    <message numerus="yes">
        <source>%Ln season(s)</source>
        <translation>
            <numerusform>%Ln Staffel</numerusform>
            <numerusform>%Ln Staffeln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>marquee::SignInDialog</name>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft …</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Diesem Zertifikat vertrauen</translation>
    </message>
    <message>
        <source>Sign in to your Jellyfin server</source>
        <translation>Bei Ihrem Jellyfin-Server anmelden</translation>
    </message>
    <message>
        <source>Marquee keeps a copy of your library on this computer, so it stays browsable offline.</source>
        <translation>Marquee behält eine Kopie Ihrer Bibliothek auf diesem Computer, damit Sie auch offline darin stöbern können.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Enter the address of your server, for example http://localhost:8096.</source>
        <translation>Geben Sie die Adresse Ihres Servers ein, zum Beispiel http://localhost:8096.</translation>
    </message>
    <message>
        <source>The address must start with http:// or https://.</source>
        <translation>Die Adresse muss mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
        <source>That is not a server address. Try something like http://localhost:8096.</source>
        <translation>Das ist keine Serveradresse. Versuchen Sie etwas wie http://localhost:8096.</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the address.</source>
        <translation>Lassen Sie Benutzername und Passwort aus der Adresse weg.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Falscher Benutzername oder falsches Passwort.</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1. Check the address and that the server is running.</source>
        <translation>Der Server unter %1 ist nicht erreichbar. Prüfen Sie die Adresse und ob der Server läuft.</translation>
    </message>
    <message>
        <source>Signing in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not signed by an authority this computer trusts. Its SHA-256 fingerprint is
%2
Trust it only if it is the fingerprint your server shows.</source>
        <translation>Das Zertifikat von %1 ist nicht von einer Stelle signiert, der dieser Computer vertraut. Sein SHA-256-Fingerabdruck lautet
%2
Vertrauen Sie ihm nur, wenn es der Fingerabdruck ist, den Ihr Server anzeigt.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Geben Sie Ihren Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
</context>
<context>
    <name>marquee::SyncActivityDialog</name>
    <message>
        <source>Nothing has been synced yet.</source>
        <translation>Bisher wurde nichts synchronisiert.</translation>
    </message>
    <message>
        <source>Sync activity</source>
        <translation>Synchronisierungsverlauf</translation>
    </message>
    <message>
        <source>Refreshes, newest first</source>
        <translation>Aktualisierungen, neueste zuerst</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop this refresh; what it already wrote stays in the cache</source>
        <translation>Diese Aktualisierung stoppen; was sie schon geschrieben hat, bleibt im Zwischenspeicher</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
</context>
<context>
    <name>marquee::SyncActivityModel</name>
    <message>
        <source>Library list</source>
        <translation>Liste der Bibliotheken</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Startseite</translation>
    </message>
    <message>
        <source>Library “%1”</source>
        <translation>Bibliothek „%1“</translation>
    </message>
    <message>
        <source>Played state in “%1”</source>
        <translation>Gesehen-Status in „%1“</translation>
    </message>
    <message>
        <source>A library</source>
        <translation>Eine Bibliothek</translation>
    </message>
    <message>
        <source>Played state in a library</source>
        <translation>Gesehen-Status in einer Bibliothek</translation>
    </message>
    <message>
        <source>Show “%1”</source>
        <translation>Serie „%1“</translation>
    </message>
    <message>
        <source>A show</source>
        <translation>Eine Serie</translation>
    </message>
    <message>
        <source>An item</source>
        <translation>Ein Titel</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>bisher %1</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Fetched</source>
        <translation>Geladen</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 Min. %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Bibliotheken</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Played state</source>
        <translation>Wiedergabestand</translation>
    </message>
    <message>
        <source>Preload</source>
        <translation>Vorabladen</translation>
    </message>
</context>
<context>
    <name>marquee::UpNextCard</name>
    <message>
        <source>Up next</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <source>Play now</source>
        <translation>Jetzt abspielen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Starts in %n second(s)</source>
        <translation>
            <numerusform>Beginnt in %n Sekunde</numerusform>
            <numerusform>Beginnt in %n Sekunden</numerusform>
        </translation>
    </message>
</context>
</TS>
