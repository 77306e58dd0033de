-- A conversion (transcode) Marquee asked a server for and has not stopped yet. Written before the player opens the
-- converted stream, deleted once the server has been told to stop it: a row a crash left behind is stopped at the
-- next start, so no server keeps converting for a player that is gone.
CREATE TABLE active_transcodes (
    play_session_id TEXT PRIMARY KEY NOT NULL,
    server_id TEXT NOT NULL,
    item_id TEXT NOT NULL,
    started_at INTEGER NOT NULL
);

-- The audio and subtitle languages last chosen while watching a series, so that its next episode starts with them.
-- NULL: no choice made (the server's default); an empty subtitle_language: subtitles off.
CREATE TABLE series_track_preferences (
    server_id TEXT NOT NULL,
    series_id TEXT NOT NULL,
    audio_language TEXT,
    subtitle_language TEXT,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (server_id, series_id)
) WITHOUT ROWID;
