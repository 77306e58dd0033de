-- What a refresh removed and why, beside the counts: a mass removal and the second look that agreed with it, or a
-- watermark that was set aside because it was ahead of the server's clock. Shown in Sync activity.
ALTER TABLE sync_runs ADD COLUMN note TEXT;
