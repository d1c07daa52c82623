-- A warm-up, cool-down or strength session, guided or logged afterwards.
CREATE TABLE exercise_sessions (
    id         INTEGER PRIMARY KEY,
    day        TEXT    NOT NULL,
    routine    TEXT    NOT NULL CHECK (routine IN ('warmup', 'cooldown', 'strength')),
    pain       INTEGER CHECK (pain BETWEEN 0 AND 10),
    rpe        INTEGER CHECK (rpe BETWEEN 0 AND 10),
    duration_s REAL    CHECK (duration_s >= 0),
    guided     INTEGER NOT NULL DEFAULT 0 CHECK (guided IN (0, 1)),
    created_at INTEGER NOT NULL
);
CREATE INDEX sessions_by_day ON exercise_sessions (day);

-- What was done in a session, set by set: the target and what was done (reps or seconds).
CREATE TABLE session_sets (
    session_id INTEGER NOT NULL REFERENCES exercise_sessions (id) ON DELETE CASCADE,
    movement   TEXT    NOT NULL,
    level      INTEGER NOT NULL CHECK (level >= 1),
    side       TEXT    NOT NULL CHECK (side IN ('left', 'right', 'both')),
    set_no     INTEGER NOT NULL CHECK (set_no >= 1),
    target     INTEGER NOT NULL CHECK (target >= 0),
    done       INTEGER NOT NULL CHECK (done >= 0),
    PRIMARY KEY (session_id, movement, side, set_no)
);

-- Each movement's current level on its dosage ladder (PROG-2). A movement with no row is at 1.
CREATE TABLE movement_levels (
    movement   TEXT    PRIMARY KEY,
    level      INTEGER NOT NULL CHECK (level >= 1),
    changed_on TEXT    NOT NULL,
    reason     TEXT    NOT NULL
);
