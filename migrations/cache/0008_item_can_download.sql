-- Whether the server lets this user download an item's file (Fields=CanDownload). NULL: not asked yet.
ALTER TABLE items ADD COLUMN can_download INTEGER;
-- Items cached before the column came have no answer: the next refresh of each library lists it in full, once.
UPDATE sync_state SET watermark = NULL WHERE scope LIKE 'library:%';
