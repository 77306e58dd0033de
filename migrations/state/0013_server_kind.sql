-- Which kind of server a row is: the app speaks to it through that kind's Backend. Rows from before were Jellyfin.
ALTER TABLE servers ADD COLUMN kind TEXT NOT NULL DEFAULT 'jellyfin';
