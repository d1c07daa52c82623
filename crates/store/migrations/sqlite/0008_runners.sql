-- Every row belongs to a runner (issue 16). A local file has exactly one runner, id 1, and
-- everything already in it is that runner's. SQLite cannot add a primary key, a unique
-- constraint or a foreign key to a table in place, so each table is rebuilt: the new one is
-- made beside the old, filled from it, the old one dropped (children before their parents, so
-- that no drop cascades into a row being copied) and the new one renamed, which also renames
-- the references to it. Ids are kept, so links between rows survive unchanged.
CREATE TABLE runners (
    id         INTEGER PRIMARY KEY,
    name       TEXT,
    created_at INTEGER NOT NULL
);
INSERT INTO runners (id, name, created_at)
    VALUES (1, NULL, COALESCE((SELECT created_at FROM profile), CAST(strftime('%s', 'now') AS INTEGER)));

CREATE TABLE new_profile (
    runner_id       INTEGER PRIMARY KEY REFERENCES runners (id) ON DELETE CASCADE,
    time_zone       TEXT    NOT NULL,
    run_days        TEXT    NOT NULL,
    strength_days   TEXT    NOT NULL,
    hr_rest         INTEGER CHECK (hr_rest BETWEEN 20 AND 250),
    hr_max          INTEGER CHECK (hr_max BETWEEN 20 AND 250),
    sex             TEXT    CHECK (sex IN ('female', 'male')),
    shoe_inspect_km REAL    NOT NULL DEFAULT 480 CHECK (shoe_inspect_km > 0),
    shoe_replace_km REAL    NOT NULL DEFAULT 800 CHECK (shoe_replace_km >= shoe_inspect_km),
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL
);
INSERT INTO new_profile SELECT 1, time_zone, run_days, strength_days, hr_rest, hr_max, sex,
    shoe_inspect_km, shoe_replace_km, created_at, updated_at FROM profile;
DROP TABLE profile;
ALTER TABLE new_profile RENAME TO profile;

CREATE TABLE new_settings (
    runner_id INTEGER NOT NULL REFERENCES runners (id) ON DELETE CASCADE,
    key       TEXT    NOT NULL,
    value     TEXT    NOT NULL,
    PRIMARY KEY (runner_id, key)
);
INSERT INTO new_settings SELECT 1, key, value FROM settings;
DROP TABLE settings;
ALTER TABLE new_settings RENAME TO settings;

-- The children of runs, shoes and sessions first.
CREATE TABLE new_shoes (
    id          INTEGER PRIMARY KEY,
    runner_id   INTEGER NOT NULL REFERENCES runners (id) ON DELETE CASCADE,
    name        TEXT    NOT NULL COLLATE NOCASE,
    brand       TEXT,
    model       TEXT,
    start_km    REAL    NOT NULL DEFAULT 0 CHECK (start_km >= 0),
    inspect_km  REAL    CHECK (inspect_km > 0),
    replace_km  REAL    CHECK (replace_km > 0),
    is_default  INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
    retired_on  TEXT,
    created_at  INTEGER NOT NULL,
    UNIQUE (runner_id, name)
);
CREATE TABLE new_runs (
    id                 INTEGER PRIMARY KEY,
    runner_id          INTEGER NOT NULL REFERENCES runners (id) ON DELETE CASCADE,
    start_utc          INTEGER NOT NULL,
    utc_offset_s       INTEGER,
    sport              TEXT    NOT NULL,
    distance_m         REAL    NOT NULL CHECK (distance_m >= 0),
    moving_s           REAL    CHECK (moving_s >= 0),
    elapsed_s          REAL    NOT NULL CHECK (elapsed_s >= 0),
    ascent_m           REAL,
    descent_m          REAL,
    avg_hr             INTEGER,
    max_hr             INTEGER,
    avg_cadence_spm    REAL,
    rpe                INTEGER CHECK (rpe BETWEEN 0 AND 10),
    surface            TEXT    CHECK (surface IN ('road', 'track', 'grass', 'trail', 'treadmill', 'mixed')),
    shoe_id            INTEGER REFERENCES new_shoes (id) ON DELETE SET NULL,
    gear_name          TEXT,
    note               TEXT,
    device             TEXT,
    source             TEXT    NOT NULL,
    content_hash       TEXT,
    partial            INTEGER NOT NULL DEFAULT 0 CHECK (partial IN (0, 1)),
    created_at         INTEGER NOT NULL,
    cadence_median_spm REAL,
    title              TEXT
);
CREATE TABLE new_run_streams (
    run_id    INTEGER PRIMARY KEY REFERENCES new_runs (id) ON DELETE CASCADE,
    runner_id INTEGER NOT NULL REFERENCES runners (id) ON DELETE CASCADE,
    format    INTEGER NOT NULL,
    data      BLOB    NOT NULL
);
CREATE TABLE new_pain_entries (
    id                INTEGER PRIMARY KEY,
    runner_id         INTEGER NOT NULL REFERENCES runners (id) ON DELETE CASCADE,
    day               TEXT    NOT NULL,
    moment            TEXT    NOT NULL CHECK (moment IN ('during', 'after', 'morning', 'daily', 'night')),
    score             INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),
    side              TEXT    CHECK (side IN ('left', 'right', 'both')),
    region            TEXT    CHECK (region IN ('outer', 'groin', 'buttock', 'deep')),
    character         TEXT    CHECK (character IN ('sharp', 'dull', 'burning', 'stiff')),
    limits_daily_life INTEGER NOT NULL DEFAULT 0 CHECK (limits_daily_life IN (0, 1)),
    run_id            INTEGER REFERENCES new_runs (id) ON DELETE SET NULL,
    note              TEXT,
    created_at        INTEGER NOT NULL
);
CREATE TABLE new_exercise_sessions (
    id         INTEGER PRIMARY KEY,
    runner_id  INTEGER NOT NULL REFERENCES runners (id) ON DELETE CASCADE,
    day        TEXT    NOT NULL,
    routine    TEXT    NOT NULL CHECK (routine IN ('warmup', 'cooldown', 'strength')),
    pain       INTEGER CHECK (pain BETWEEN 0 AND 10),
    rpe        INTEGER CHECK (rpe BETWEEN 0 AND 10),
    duration_s REAL    CHECK (duration_s >= 0),
    guided     INTEGER NOT NULL DEFAULT 0 CHECK (guided IN (0, 1)),
    created_at INTEGER NOT NULL,
    record_key TEXT
);
CREATE TABLE new_session_sets (
    session_id INTEGER NOT NULL REFERENCES new_exercise_sessions (id) ON DELETE CASCADE,
    runner_id  INTEGER NOT NULL REFERENCES runners (id) ON DELETE CASCADE,
    movement   TEXT    NOT NULL,
    level      INTEGER NOT NULL CHECK (level >= 1),
    side       TEXT    NOT NULL CHECK (side IN ('left', 'right', 'both')),
    set_no     INTEGER NOT NULL CHECK (set_no >= 1),
    target     INTEGER NOT NULL CHECK (target >= 0),
    done       INTEGER NOT NULL CHECK (done >= 0),
    PRIMARY KEY (session_id, movement, side, set_no)
);

INSERT INTO new_shoes SELECT id, 1, name, brand, model, start_km, inspect_km, replace_km,
    is_default, retired_on, created_at FROM shoes;
INSERT INTO new_runs SELECT id, 1, start_utc, utc_offset_s, sport, distance_m, moving_s,
    elapsed_s, ascent_m, descent_m, avg_hr, max_hr, avg_cadence_spm, rpe, surface, shoe_id,
    gear_name, note, device, source, content_hash, partial, created_at, cadence_median_spm, title
    FROM runs;
INSERT INTO new_run_streams SELECT run_id, 1, format, data FROM run_streams;
INSERT INTO new_pain_entries SELECT id, 1, day, moment, score, side, region, character,
    limits_daily_life, run_id, note, created_at FROM pain_entries;
INSERT INTO new_exercise_sessions SELECT id, 1, day, routine, pain, rpe, duration_s, guided,
    created_at, record_key FROM exercise_sessions;
INSERT INTO new_session_sets SELECT session_id, 1, movement, level, side, set_no, target, done
    FROM session_sets;

DROP TABLE session_sets;
DROP TABLE exercise_sessions;
DROP TABLE pain_entries;
DROP TABLE run_streams;
DROP TABLE runs;
DROP TABLE shoes;
ALTER TABLE new_shoes RENAME TO shoes;
ALTER TABLE new_runs RENAME TO runs;
ALTER TABLE new_run_streams RENAME TO run_streams;
ALTER TABLE new_pain_entries RENAME TO pain_entries;
ALTER TABLE new_exercise_sessions RENAME TO exercise_sessions;
ALTER TABLE new_session_sets RENAME TO session_sets;

CREATE TABLE new_triage_answers (
    id         INTEGER PRIMARY KEY,
    runner_id  INTEGER NOT NULL REFERENCES runners (id) ON DELETE CASCADE,
    day        TEXT    NOT NULL,
    question   TEXT    NOT NULL,
    answer     INTEGER NOT NULL CHECK (answer IN (0, 1)),
    created_at INTEGER NOT NULL
);
INSERT INTO new_triage_answers SELECT id, 1, day, question, answer, created_at FROM triage_answers;
DROP TABLE triage_answers;
ALTER TABLE new_triage_answers RENAME TO triage_answers;

CREATE TABLE new_movement_levels (
    runner_id  INTEGER NOT NULL REFERENCES runners (id) ON DELETE CASCADE,
    movement   TEXT    NOT NULL,
    level      INTEGER NOT NULL CHECK (level >= 1),
    changed_on TEXT    NOT NULL,
    reason     TEXT    NOT NULL,
    PRIMARY KEY (runner_id, movement)
);
INSERT INTO new_movement_levels SELECT 1, movement, level, changed_on, reason FROM movement_levels;
DROP TABLE movement_levels;
ALTER TABLE new_movement_levels RENAME TO movement_levels;

CREATE TABLE new_deleted_runs (
    id           INTEGER PRIMARY KEY,
    runner_id    INTEGER NOT NULL REFERENCES runners (id) ON DELETE CASCADE,
    content_hash TEXT    NOT NULL,
    start_utc    INTEGER NOT NULL,
    distance_m   REAL    NOT NULL,
    source       TEXT    NOT NULL,
    deleted_at   INTEGER NOT NULL
);
INSERT INTO new_deleted_runs SELECT id, 1, content_hash, start_utc, distance_m, source, deleted_at
    FROM deleted_runs;
DROP TABLE deleted_runs;
ALTER TABLE new_deleted_runs RENAME TO deleted_runs;

CREATE TABLE new_file_fingerprints (
    runner_id    INTEGER NOT NULL REFERENCES runners (id) ON DELETE CASCADE,
    fingerprint  TEXT    NOT NULL,
    content_hash TEXT    NOT NULL,
    PRIMARY KEY (runner_id, fingerprint)
);
INSERT INTO new_file_fingerprints SELECT 1, fingerprint, content_hash FROM file_fingerprints;
DROP TABLE file_fingerprints;
ALTER TABLE new_file_fingerprints RENAME TO file_fingerprints;

-- Every index leads with the runner.
CREATE INDEX runs_by_start ON runs (runner_id, start_utc);
CREATE INDEX runs_by_hash ON runs (runner_id, content_hash);
CREATE INDEX run_streams_by_runner ON run_streams (runner_id);
CREATE INDEX pain_by_day ON pain_entries (runner_id, day);
CREATE INDEX triage_by_question ON triage_answers (runner_id, question, day);
CREATE INDEX sessions_by_day ON exercise_sessions (runner_id, day);
CREATE UNIQUE INDEX sessions_by_record_key ON exercise_sessions (runner_id, record_key)
    WHERE record_key IS NOT NULL;
CREATE INDEX session_sets_by_runner ON session_sets (runner_id, session_id);
CREATE INDEX shoes_by_runner ON shoes (runner_id, id);
CREATE INDEX deleted_runs_by_hash ON deleted_runs (runner_id, content_hash);
CREATE INDEX deleted_runs_by_start ON deleted_runs (runner_id, start_utc);
