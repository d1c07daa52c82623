-- A run's title: the name an export gives an activity (Strava's "Morning Run"), or the runner's
-- own; shown in lists instead of the note.
ALTER TABLE runs ADD COLUMN title TEXT;

-- Runs the runner deleted that came from a file: the file's content hash and the run's start and
-- distance, so that importing the same export again (or the same run from another export) does
-- not bring them back. `runwell import --include-deleted` restores them and drops their row.
CREATE TABLE deleted_runs (
    id           INTEGER PRIMARY KEY,
    content_hash TEXT    NOT NULL,
    start_utc    INTEGER NOT NULL,
    distance_m   REAL    NOT NULL,
    source       TEXT    NOT NULL,
    deleted_at   INTEGER NOT NULL
);
CREATE INDEX deleted_runs_by_hash ON deleted_runs (content_hash);
CREATE INDEX deleted_runs_by_start ON deleted_runs (start_utc);
