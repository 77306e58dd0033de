-- Library grid: sorting by year, date added and rating, and filtering by genre, all keyset-paged.

-- One row per genre of an item, kept by the triggers below from the JSON array in items.genres, so that a genre
-- filter probes a small table instead of parsing the JSON of every wide row (json_each over 100,000 rows reads
-- the whole table). library_id and type are copied so that a library's genre list and a genre's count read one
-- covering index.
CREATE TABLE item_genres (
    item_row_id INTEGER NOT NULL,
    genre       TEXT NOT NULL,
    library_id  TEXT NOT NULL,
    type        TEXT NOT NULL,
    PRIMARY KEY (item_row_id, genre)
) WITHOUT ROWID;
CREATE INDEX item_genres_by_library ON item_genres(library_id, type, genre, item_row_id);

INSERT INTO item_genres (item_row_id, genre, library_id, type)
SELECT DISTINCT i.row_id, g.value, i.library_id, i.type
FROM items i, json_each(i.genres) g
WHERE json_valid(i.genres) AND g.type = 'text' AND g.value <> '';

-- json_valid guards the write: a malformed genres value skips the genre rows rather than failing the item. A genre
-- listed twice is written once through DISTINCT, not INSERT OR IGNORE: the items upsert's own ON CONFLICT clause
-- overrides a trigger's conflict policy, and a duplicate would fail the whole batch.
CREATE TRIGGER item_genres_insert AFTER INSERT ON items WHEN json_valid(new.genres) BEGIN
    INSERT INTO item_genres (item_row_id, genre, library_id, type)
    SELECT DISTINCT new.row_id, g.value, new.library_id, new.type FROM json_each(new.genres) g
    WHERE g.type = 'text' AND g.value <> '';
END;

CREATE TRIGGER item_genres_delete AFTER DELETE ON items BEGIN
    DELETE FROM item_genres WHERE item_row_id = old.row_id;
END;

CREATE TRIGGER item_genres_update AFTER UPDATE OF genres, library_id, type ON items BEGIN
    DELETE FROM item_genres WHERE item_row_id = old.row_id;
    INSERT INTO item_genres (item_row_id, genre, library_id, type)
    SELECT DISTINCT new.row_id, g.value, new.library_id, new.type FROM json_each(new.genres) g
    WHERE json_valid(new.genres) AND g.type = 'text' AND g.value <> '';
END;

-- Keyset paging for the other sort orders: (key, sort_name, id), scanned forwards for one direction and backwards
-- for the other. Missing values sort as the lowest, through coalesce, because a NULL key cannot be compared with a
-- cursor; the queries use these exact expressions so that SQLite picks the indexes.
CREATE INDEX items_library_by_year ON items(library_id, type, coalesce(production_year, -1), sort_name, id);
CREATE INDEX items_library_by_date_added ON items(library_id, type, coalesce(date_created, ''), sort_name, id);
CREATE INDEX items_library_by_rating ON items(library_id, type, coalesce(community_rating, -1), sort_name, id);
