-- User state: the one database that must never be lost. Clearing the cache never touches it.
-- Times are UTC milliseconds since the epoch.

CREATE TABLE servers (
    id             INTEGER PRIMARY KEY,
    url            TEXT NOT NULL UNIQUE,
    server_id      TEXT,             -- Jellyfin's Id from /System/Info/Public
    server_name    TEXT,
    user_id        TEXT,
    user_name      TEXT,
    credential_key TEXT,             -- where the token is kept (keychain entry name), never the token
    is_active      INTEGER NOT NULL DEFAULT 0,
    added_at       INTEGER NOT NULL
);

-- Keyed by server too: Jellyfin derives item ids from paths, so two servers can share an id.
CREATE TABLE user_data (
    server_id         TEXT NOT NULL,
    item_id           TEXT NOT NULL,
    played            INTEGER NOT NULL DEFAULT 0,
    play_count        INTEGER NOT NULL DEFAULT 0,
    position_ticks    INTEGER NOT NULL DEFAULT 0,
    is_favorite       INTEGER NOT NULL DEFAULT 0,
    last_played_at    INTEGER,
    server_updated_at INTEGER,
    local_updated_at  INTEGER,
    PRIMARY KEY (server_id, item_id)
) WITHOUT ROWID;

-- Home "Continue Watching".
CREATE INDEX user_data_resume ON user_data(server_id, last_played_at)
    WHERE position_ticks > 0 AND played = 0;

CREATE TABLE playback_queue (
    seq             INTEGER PRIMARY KEY AUTOINCREMENT,
    server_id       TEXT NOT NULL,
    item_id         TEXT NOT NULL,
    kind            TEXT NOT NULL,   -- progress, played, unplayed, favorite, unfavorite
    position_ticks  INTEGER NOT NULL DEFAULT 0,
    occurred_at     INTEGER NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT
);
CREATE INDEX playback_queue_item ON playback_queue(server_id, item_id);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
