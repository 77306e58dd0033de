-- Downloads for offline playback: user state (deleting the metadata cache must never forget what is on disk).
-- One row per item and server. Times are UTC milliseconds since the epoch.
CREATE TABLE downloads (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    server_id        TEXT NOT NULL,
    item_id          TEXT NOT NULL,
    item_type        TEXT NOT NULL,            -- Movie, Episode
    series_id        TEXT,                     -- episodes: for the roll-up per series and the rules
    series_name      TEXT,
    title            TEXT NOT NULL,            -- as shown when the cache no longer has the item
    media_source_id  TEXT,                     -- the pinned version
    size_bytes       INTEGER NOT NULL DEFAULT 0,  -- MediaSource.Size of that version
    etag             TEXT,                     -- MediaSource.ETag of that version
    item_etag        TEXT,                     -- the item's Etag then: a refresh that changes it is worth a check
    last_modified    TEXT,                     -- the response's Last-Modified, sent back as If-Range
    root_path        TEXT NOT NULL,            -- the download folder when the job was queued (a drive may go away)
    relative_path    TEXT NOT NULL,            -- readable and sanitised, inside root_path
    state            TEXT NOT NULL,            -- queued, transferring, verifying, paused, waiting, ready, failed
    reason           TEXT,                     -- why it waits or failed: offline, signed-out, disk-full, …
    bytes_done       INTEGER NOT NULL DEFAULT 0,
    synced_bytes     INTEGER NOT NULL DEFAULT 0,  -- of bytes_done, those known to be on stable storage
    boot_id          TEXT,                     -- the boot that wrote bytes_done: after a reboot only synced_bytes count
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  INTEGER NOT NULL DEFAULT 0,
    last_error       TEXT,                     -- technical detail, for the log and the Details disclosure
    priority         INTEGER NOT NULL,         -- queue order; lower goes first
    server_copy      TEXT NOT NULL DEFAULT 'current',  -- current, newer (another version on the server), gone
    kept_etag        TEXT,                     -- the newer version the user chose not to fetch
    added_at         INTEGER NOT NULL,
    completed_at     INTEGER,
    UNIQUE (server_id, item_id)
);
CREATE INDEX downloads_queue ON downloads(priority, id);
CREATE INDEX downloads_series ON downloads(server_id, series_id);

-- Rules per series, checked after each progress sync and on reconnect.
CREATE TABLE download_rules (
    server_id                 TEXT NOT NULL,
    series_id                 TEXT NOT NULL,
    keep_unwatched            INTEGER NOT NULL DEFAULT 0,  -- keep the next N unwatched episodes downloaded; 0: no rule
    remove_watched_after_days INTEGER,                     -- delete an episode N days after it was watched; NULL: never
    PRIMARY KEY (server_id, series_id)
) WITHOUT ROWID;
