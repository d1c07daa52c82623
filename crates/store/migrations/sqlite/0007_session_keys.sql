-- The key a front end gives a session record (the phone's offline queue does), so that the
-- same record posted twice (sent again after a lost reply) is stored once. Sessions from
-- before, and those the CLI stores, have none.
ALTER TABLE exercise_sessions ADD COLUMN record_key TEXT;
CREATE UNIQUE INDEX sessions_by_record_key ON exercise_sessions (record_key)
    WHERE record_key IS NOT NULL;
