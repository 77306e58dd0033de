-- The kind of a refresh's failure (core/error.h ErrorKind, by its key: offline, timeout, server-error …) beside its
-- technical line. What a person reads about a failure is worded from the kind (core/usermessage.h), and a server
-- that could not be reached is told apart from a sync that failed: the first is the footer's "Offline" while it
-- lasts and nothing once the server answers, the second stays "Sync failed" until that scope syncs again.
-- NULL: no failure, or one recorded before this column (worded from its text alone).
ALTER TABLE sync_state ADD COLUMN last_error_kind TEXT;
ALTER TABLE sync_runs ADD COLUMN error_kind TEXT;
