-- Home "Next Up": the played items, most recently played first, without reading or sorting the whole table
-- (HomeRepository walks them only until it has enough series).
CREATE INDEX user_data_played_recency ON user_data(server_id, last_played_at) WHERE played = 1;
