-- One pending position per item: a newer position replaces the older one and moves to the tail of the queue, so
-- it is sent after every played/unplayed/favourite change the user made before it.
DELETE FROM playback_queue
WHERE kind = 'progress'
  AND seq NOT IN (SELECT max(seq) FROM playback_queue WHERE kind = 'progress' GROUP BY server_id, item_id);
CREATE UNIQUE INDEX playback_queue_one_progress ON playback_queue(server_id, item_id) WHERE kind = 'progress';

-- A played change from a live session whose start report the server accepted: the server already counted that
-- play, so it is sent without a date (PlayCount is not bumped a second time).
ALTER TABLE playback_queue ADD COLUMN play_counted INTEGER NOT NULL DEFAULT 0;
