-- The library grid shows on each series' poster how many of its episodes are not played yet. Counting them for a
-- page of series walks this index alone (the type and id of every episode of those series), where
-- items_series_order would read each episode's wide row for its type.
CREATE INDEX items_series_episodes ON items(series_id, type, id);
