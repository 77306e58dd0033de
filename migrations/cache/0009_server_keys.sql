-- Several servers in one cache (#14): every row of metadata, search and refresh state belongs to one server, and two
-- servers may use the same item id (Jellyfin derives ids from paths, Plex numbers them from 1). The server is a small
-- integer key here, not its 32-character id: the key leads every index of the pages, and a repeated string would
-- widen each of them by the id's length. Removing a server's rows is the code's job (storage/serverremoval.h), not a
-- cascade from cache_servers: an import replaces cache_servers while this device's sync_runs stay.
--
-- An existing cache is carried over whole to the server recorded in cache_meta (the one it was filled from). Rows
-- of a cache that never recorded its server cannot be told apart and are left behind; the next refresh fetches
-- them again. Row ids of items are kept, so the search index (external content, keyed by row id) stays valid and
-- is not rebuilt; its triggers and the genre table's are made again for the new table.

CREATE TABLE cache_servers (
    server_key INTEGER PRIMARY KEY,
    server_id  TEXT NOT NULL UNIQUE  -- the server's own id (/System/Info/Public Id, Plex machine identifier)
);

INSERT INTO cache_servers (server_id)
SELECT value FROM cache_meta WHERE key = 'server_id' AND value <> '';

CREATE TABLE libraries_keyed (
    server_key        INTEGER NOT NULL,
    id                TEXT NOT NULL,
    name              TEXT NOT NULL,
    collection_type   TEXT NOT NULL DEFAULT '',
    sort_index        INTEGER NOT NULL DEFAULT 0,
    primary_image_tag TEXT,
    fetched_at        INTEGER NOT NULL,
    expires_at        INTEGER NOT NULL,
    PRIMARY KEY (server_key, id)
) WITHOUT ROWID;

INSERT INTO libraries_keyed (server_key, id, name, collection_type, sort_index, primary_image_tag, fetched_at,
                             expires_at)
SELECT s.server_key, l.id, l.name, l.collection_type, l.sort_index, l.primary_image_tag, l.fetched_at, l.expires_at
FROM libraries l CROSS JOIN cache_servers s;

CREATE TABLE items_keyed (
    row_id              INTEGER PRIMARY KEY,
    server_key          INTEGER NOT NULL,
    id                  TEXT NOT NULL,
    library_id          TEXT NOT NULL,
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
    last_used_at        INTEGER,
    can_download        INTEGER,
    UNIQUE (server_key, id),
    FOREIGN KEY (server_key, library_id) REFERENCES libraries_keyed(server_key, id) ON DELETE CASCADE
);

INSERT INTO items_keyed (row_id, server_key, id, library_id, parent_id, series_id, season_id, type, name, sort_name,
                         original_title, series_name, production_year, index_number, parent_index_number,
                         run_time_ticks, community_rating, critic_rating, official_rating, premiere_date,
                         date_created, overview, tagline, genres, studios, people, primary_image_tag,
                         backdrop_image_tag, thumb_image_tag, child_count, etag, detail_level, fetched_at, expires_at,
                         last_used_at, can_download)
SELECT i.row_id, s.server_key, i.id, i.library_id, i.parent_id, i.series_id, i.season_id, i.type, i.name, i.sort_name,
       i.original_title, i.series_name, i.production_year, i.index_number, i.parent_index_number, i.run_time_ticks,
       i.community_rating, i.critic_rating, i.official_rating, i.premiere_date, i.date_created, i.overview, i.tagline,
       i.genres, i.studios, i.people, i.primary_image_tag, i.backdrop_image_tag, i.thumb_image_tag, i.child_count,
       i.etag, i.detail_level, i.fetched_at, i.expires_at, i.last_used_at, i.can_download
FROM items i CROSS JOIN cache_servers s;

-- What was left behind (no server recorded) leaves the search index too, before the table it indexes goes.
INSERT INTO items_fts(items_fts, rowid, name, original_title, series_name)
SELECT 'delete', i.row_id, i.name, i.original_title, i.series_name
FROM items i WHERE NOT EXISTS (SELECT 1 FROM cache_servers);

CREATE TABLE item_genres_keyed (
    item_row_id INTEGER NOT NULL,
    genre       TEXT NOT NULL,
    server_key  INTEGER NOT NULL,
    library_id  TEXT NOT NULL,
    type        TEXT NOT NULL,
    PRIMARY KEY (item_row_id, genre)
) WITHOUT ROWID;

INSERT INTO item_genres_keyed (item_row_id, genre, server_key, library_id, type)
SELECT g.item_row_id, g.genre, i.server_key, g.library_id, g.type
FROM item_genres g JOIN items_keyed i ON i.row_id = g.item_row_id;

CREATE TABLE sync_state_keyed (
    server_key      INTEGER NOT NULL,
    scope           TEXT NOT NULL,
    last_success_at INTEGER,
    last_attempt_at INTEGER,
    expires_at      INTEGER,
    watermark       TEXT,
    failure_count   INTEGER NOT NULL DEFAULT 0,
    next_retry_at   INTEGER,
    last_error      TEXT,
    total_count     INTEGER,
    last_error_kind TEXT,
    PRIMARY KEY (server_key, scope)
) WITHOUT ROWID;

INSERT INTO sync_state_keyed (server_key, scope, last_success_at, last_attempt_at, expires_at, watermark,
                              failure_count, next_retry_at, last_error, total_count, last_error_kind)
SELECT s.server_key, t.scope, t.last_success_at, t.last_attempt_at, t.expires_at, t.watermark, t.failure_count,
       t.next_retry_at, t.last_error, t.total_count, t.last_error_kind
FROM sync_state t CROSS JOIN cache_servers s;

CREATE TABLE sync_runs_keyed (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    server_key  INTEGER NOT NULL,
    scope       TEXT NOT NULL,
    kind        TEXT NOT NULL,
    started_at  INTEGER NOT NULL,
    finished_at INTEGER,
    status      TEXT NOT NULL,
    fetched     INTEGER NOT NULL DEFAULT 0,
    written     INTEGER NOT NULL DEFAULT 0,
    deleted     INTEGER NOT NULL DEFAULT 0,
    error       TEXT,
    note        TEXT,
    error_kind  TEXT
);

INSERT INTO sync_runs_keyed (id, server_key, scope, kind, started_at, finished_at, status, fetched, written, deleted,
                             error, note, error_kind)
SELECT r.id, s.server_key, r.scope, r.kind, r.started_at, r.finished_at, r.status, r.fetched, r.written, r.deleted,
       r.error, r.note, r.error_kind
FROM sync_runs r CROSS JOIN cache_servers s;

-- Dropping a table drops its indexes and triggers; children before parents.
DROP TABLE item_genres;
DROP TABLE items;
DROP TABLE libraries;
DROP TABLE sync_state;
DROP TABLE sync_runs;

ALTER TABLE libraries_keyed RENAME TO libraries;
ALTER TABLE items_keyed RENAME TO items;
ALTER TABLE item_genres_keyed RENAME TO item_genres;
ALTER TABLE sync_state_keyed RENAME TO sync_state;
ALTER TABLE sync_runs_keyed RENAME TO sync_runs;

-- The indexes of 0001, 0002 and 0007, each led by the server: a page reads one server's rows of one library.
CREATE INDEX items_library_by_name
    ON items(server_key, library_id, type, sort_name, id, name, production_year, primary_image_tag, run_time_ticks,
             series_name, index_number, parent_index_number);
CREATE INDEX items_parent_order ON items(server_key, parent_id, index_number, sort_name);
CREATE INDEX items_series_order ON items(server_key, series_id, parent_index_number, index_number);
CREATE INDEX items_library_by_added ON items(server_key, library_id, type, date_created, id);
CREATE INDEX items_expiry ON items(server_key, library_id, expires_at);
CREATE INDEX items_library_by_year
    ON items(server_key, library_id, type, coalesce(production_year, -1), sort_name, id);
CREATE INDEX items_library_by_date_added
    ON items(server_key, library_id, type, coalesce(date_created, ''), sort_name, id);
CREATE INDEX items_library_by_rating
    ON items(server_key, library_id, type, coalesce(community_rating, -1), sort_name, id);
CREATE INDEX items_series_episodes ON items(server_key, series_id, type, id);
CREATE INDEX item_genres_by_library ON item_genres(server_key, library_id, type, genre, item_row_id);
CREATE INDEX sync_runs_recent ON sync_runs(server_key, started_at);

CREATE TRIGGER items_fts_insert AFTER INSERT ON items BEGIN
    INSERT INTO items_fts(rowid, name, original_title, series_name)
    VALUES (new.row_id, new.name, new.original_title, new.series_name);
END;

CREATE TRIGGER items_fts_delete AFTER DELETE ON items BEGIN
    INSERT INTO items_fts(items_fts, rowid, name, original_title, series_name)
    VALUES ('delete', old.row_id, old.name, old.original_title, old.series_name);
END;

CREATE TRIGGER items_fts_update AFTER UPDATE OF name, original_title, series_name ON items BEGIN
    INSERT INTO items_fts(items_fts, rowid, name, original_title, series_name)
    VALUES ('delete', old.row_id, old.name, old.original_title, old.series_name);
    INSERT INTO items_fts(rowid, name, original_title, series_name)
    VALUES (new.row_id, new.name, new.original_title, new.series_name);
END;

CREATE TRIGGER item_genres_insert AFTER INSERT ON items WHEN json_valid(new.genres) BEGIN
    INSERT INTO item_genres (item_row_id, genre, server_key, library_id, type)
    SELECT DISTINCT new.row_id, g.value, new.server_key, new.library_id, new.type FROM json_each(new.genres) g
    WHERE g.type = 'text' AND g.value <> '';
END;

CREATE TRIGGER item_genres_delete AFTER DELETE ON items BEGIN
    DELETE FROM item_genres WHERE item_row_id = old.row_id;
END;

CREATE TRIGGER item_genres_update AFTER UPDATE OF genres, library_id, type ON items BEGIN
    DELETE FROM item_genres WHERE item_row_id = old.row_id;
    INSERT INTO item_genres (item_row_id, genre, server_key, library_id, type)
    SELECT DISTINCT new.row_id, g.value, new.server_key, new.library_id, new.type FROM json_each(new.genres) g
    WHERE json_valid(new.genres) AND g.type = 'text' AND g.value <> '';
END;
