-- The runner's profile: one row. Days are stored as "mon,wed,sat"; the time zone as its IANA name.
CREATE TABLE profile (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
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

-- Free-form settings that do not deserve a column yet (e.g. the recent longest run asked for by
-- SPIKE-1 when history is short).
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE shoes (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    brand       TEXT,
    model       TEXT,
    start_km    REAL    NOT NULL DEFAULT 0 CHECK (start_km >= 0),
    inspect_km  REAL    CHECK (inspect_km > 0),
    replace_km  REAL    CHECK (replace_km > 0),
    is_default  INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
    retired_on  TEXT,
    created_at  INTEGER NOT NULL
);

-- A run, manual or imported. Instants are UTC epoch seconds; the local day is derived with the
-- profile's time zone (or the file's own offset) when it is needed, never stored twice.
CREATE TABLE runs (
    id              INTEGER PRIMARY KEY,
    start_utc       INTEGER NOT NULL,
    utc_offset_s    INTEGER,
    sport           TEXT    NOT NULL,
    distance_m      REAL    NOT NULL CHECK (distance_m >= 0),
    moving_s        REAL    CHECK (moving_s >= 0),
    elapsed_s       REAL    NOT NULL CHECK (elapsed_s >= 0),
    ascent_m        REAL,
    descent_m       REAL,
    avg_hr          INTEGER,
    max_hr          INTEGER,
    avg_cadence_spm REAL,
    rpe             INTEGER CHECK (rpe BETWEEN 0 AND 10),
    surface         TEXT    CHECK (surface IN ('road', 'track', 'grass', 'trail', 'treadmill', 'mixed')),
    shoe_id         INTEGER REFERENCES shoes (id) ON DELETE SET NULL,
    gear_name       TEXT,
    note            TEXT,
    device          TEXT,
    source          TEXT    NOT NULL,
    content_hash    TEXT,
    partial         INTEGER NOT NULL DEFAULT 0 CHECK (partial IN (0, 1)),
    created_at      INTEGER NOT NULL
);
CREATE INDEX runs_by_start ON runs (start_utc);

-- Per-second samples of a run, one compact blob per run (STACK.md: not one row per sample).
CREATE TABLE run_streams (
    run_id  INTEGER PRIMARY KEY REFERENCES runs (id) ON DELETE CASCADE,
    format  INTEGER NOT NULL,
    data    BLOB    NOT NULL
);

-- The pain diary. `day` is the runner's local calendar day, YYYY-MM-DD.
CREATE TABLE pain_entries (
    id                INTEGER PRIMARY KEY,
    day               TEXT    NOT NULL,
    moment            TEXT    NOT NULL CHECK (moment IN ('during', 'after', 'morning', 'daily', 'night')),
    score             INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),
    side              TEXT    CHECK (side IN ('left', 'right', 'both')),
    region            TEXT    CHECK (region IN ('outer', 'groin', 'buttock', 'deep')),
    character         TEXT    CHECK (character IN ('sharp', 'dull', 'burning', 'stiff')),
    limits_daily_life INTEGER NOT NULL DEFAULT 0 CHECK (limits_daily_life IN (0, 1)),
    run_id            INTEGER REFERENCES runs (id) ON DELETE SET NULL,
    note              TEXT,
    created_at        INTEGER NOT NULL
);
CREATE INDEX pain_by_day ON pain_entries (day);

-- Answers to the triage questions, kept with the day they were given: a newer answer replaces
-- an older one for the same question.
CREATE TABLE triage_answers (
    id         INTEGER PRIMARY KEY,
    day        TEXT    NOT NULL,
    question   TEXT    NOT NULL,
    answer     INTEGER NOT NULL CHECK (answer IN (0, 1)),
    created_at INTEGER NOT NULL
);
CREATE INDEX triage_by_question ON triage_answers (question, day);
