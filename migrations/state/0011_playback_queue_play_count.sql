-- A played change carries the play count it leaves behind, and is sent as that absolute value: when its answer is
-- lost and it is sent again, the server still counts one play, not two. Rows queued before this version take the
-- count the item has here now (at least one, as a played item has).
ALTER TABLE playback_queue ADD COLUMN play_count INTEGER;
UPDATE playback_queue
SET play_count = coalesce((SELECT max(u.play_count, 1) FROM user_data u
                           WHERE u.server_id = playback_queue.server_id AND u.item_id = playback_queue.item_id), 1)
WHERE kind = 'played';
