-- Metadata cache: everything here can be re-fetched from the server, so this file may be deleted at any time.
-- Times are UTC milliseconds since the epoch.

CREATE TABLE cache_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE libraries (
    id              TEXT PRIMARY KEY,
    name            TEXT NOT NULL,
    collection_type TEXT NOT NULL DEFAULT '',
    sort_index      INTEGER NOT NULL DEFAULT 0,
    primary_image_tag TEXT,
    fetched_at      INTEGER NOT NULL,
    expires_at      INTEGER NOT NULL
) WITHOUT ROWID;

-- An explicit integer key keeps rowids stable across VACUUM, which the external-content FTS index relies on.
CREATE TABLE items (
    row_id              INTEGER PRIMARY KEY,
    id                  TEXT NOT NULL UNIQUE,
    library_id          TEXT NOT NULL REFERENCES libraries(id) ON DELETE CASCADE,
    parent_id           TEXT,
    series_id           TEXT,
    season_id           TEXT,
    type                TEXT NOT NULL,
    name                TEXT NOT NULL,
    sort_name           TEXT NOT NULL,
    original_title      TEXT,
    series_name         TEXT,
    production_year     INTEGER,
    index_number        INTEGER,
    parent_index_number INTEGER,
    run_time_ticks      INTEGER NOT NULL DEFAULT 0,
    community_rating    REAL,
    critic_rating       REAL,
    official_rating     TEXT,
    premiere_date       TEXT,
    date_created        TEXT,
    overview            TEXT,
    tagline             TEXT,
    genres              TEXT,  -- JSON array of strings
    studios             TEXT,  -- JSON array of strings
    people              TEXT,  -- JSON array of {Id, Name, Role, Type, PrimaryImageTag}
    primary_image_tag   TEXT,
    backdrop_image_tag  TEXT,
    thumb_image_tag     TEXT,
    child_count         INTEGER,
    etag                TEXT,
    detail_level        INTEGER NOT NULL DEFAULT 0,  -- 0 summary, 1 full
    fetched_at          INTEGER NOT NULL,
    expires_at          INTEGER NOT NULL,
    last_used_at        INTEGER
);

-- Library grid, sorted by name: keyset paging on (sort_name, id); covering, so paging never reads the wide rows.
CREATE INDEX items_library_by_name
    ON items(library_id, type, sort_name, id, name, production_year, primary_image_tag, run_time_ticks,
             series_name, index_number, parent_index_number);
-- Show page: seasons of a series, episodes of a season, in order.
CREATE INDEX items_parent_order ON items(parent_id, index_number, sort_name);
-- Next Up: the episodes of a series in airing order.
CREATE INDEX items_series_order ON items(series_id, parent_index_number, index_number);
-- Home "Latest" per library.
CREATE INDEX items_library_by_added ON items(library_id, type, date_created, id);
-- Refresh lane: what is about to expire.
CREATE INDEX items_expiry ON items(library_id, expires_at);

-- Offline search over titles.
CREATE VIRTUAL TABLE items_fts USING fts5(
    name, original_title, series_name,
    content = 'items', content_rowid = 'row_id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER items_fts_insert AFTER INSERT ON items BEGIN
    INSERT INTO items_fts(rowid, name, original_title, series_name)
    VALUES (new.row_id, new.name, new.original_title, new.series_name);
END;

CREATE TRIGGER items_fts_delete AFTER DELETE ON items BEGIN
    INSERT INTO items_fts(items_fts, rowid, name, original_title, series_name)
    VALUES ('delete', old.row_id, old.name, old.original_title, old.series_name);
END;

-- Only a change of the indexed columns touches the FTS index, so etag-only refreshes stay cheap.
CREATE TRIGGER items_fts_update AFTER UPDATE OF name, original_title, series_name ON items BEGIN
    INSERT INTO items_fts(items_fts, rowid, name, original_title, series_name)
    VALUES ('delete', old.row_id, old.name, old.original_title, old.series_name);
    INSERT INTO items_fts(rowid, name, original_title, series_name)
    VALUES (new.row_id, new.name, new.original_title, new.series_name);
END;

-- One row per refresh scope ("libraries", "library:<id>", "series:<id>", "item:<id>", "home").
CREATE TABLE sync_state (
    scope           TEXT PRIMARY KEY,
    last_success_at INTEGER,
    last_attempt_at INTEGER,
    expires_at      INTEGER,  -- last success + the scope's TTL with jitter
    watermark       TEXT,
    failure_count   INTEGER NOT NULL DEFAULT 0,
    next_retry_at   INTEGER,
    last_error      TEXT,
    total_count     INTEGER
) WITHOUT ROWID;

CREATE TABLE sync_runs (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    scope       TEXT NOT NULL,
    kind        TEXT NOT NULL,  -- full, incremental, manual …
    started_at  INTEGER NOT NULL,
    finished_at INTEGER,
    status      TEXT NOT NULL,  -- running, succeeded, failed, cancelled
    fetched     INTEGER NOT NULL DEFAULT 0,
    written     INTEGER NOT NULL DEFAULT 0,
    deleted     INTEGER NOT NULL DEFAULT 0,
    error       TEXT
);
CREATE INDEX sync_runs_recent ON sync_runs(started_at);
