-- What each server said it was, whenever the library list was refreshed: Help → About and Report a problem name
-- the versions Marquee has talked to. A row per server and version, so an upgrade of the server shows as a new row.
CREATE TABLE server_versions (
    server_id     TEXT NOT NULL,
    server_name   TEXT NOT NULL DEFAULT '',
    product       TEXT NOT NULL DEFAULT '',
    version       TEXT NOT NULL,
    first_seen_at INTEGER NOT NULL,
    last_seen_at  INTEGER NOT NULL,
    PRIMARY KEY (server_id, product, version)
) WITHOUT ROWID;
