-- The person's session journal. Records keep the slugs and the names shown at the time and never point into
-- library_* with foreign keys, so they survive any content update. Times are UTC, 'yyyy-MM-ddTHH:mm:ss.zzzZ',
-- which sorts as text in time order.
CREATE TABLE session (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT    NOT NULL UNIQUE CHECK (uuid <> ''),
    routine_slug TEXT,  -- NULL for a single exercise or a custom heat/cold timer
    routine_name TEXT    NOT NULL,
    kind         TEXT    NOT NULL CHECK (kind IN ('routine', 'exercise', 'thermal')),
    started_at   TEXT    NOT NULL,
    ended_at     TEXT,
    status       TEXT    NOT NULL CHECK (status IN ('running', 'completed', 'ended_early')),
    self_paced   INTEGER NOT NULL CHECK (self_paced IN (0, 1)),
    plan         TEXT    NOT NULL CHECK (json_valid(plan)), -- what is needed to rebuild the plan on resume
    CHECK ((status = 'running') = (ended_at IS NULL))
);
CREATE INDEX session_started_at ON session (started_at);

-- One row per visit to a plan step: going back to a step appends another row for the same position.
CREATE TABLE session_step (
    id            INTEGER PRIMARY KEY,
    session_id    INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL CHECK (position >= 0),
    exercise_slug TEXT,
    title         TEXT    NOT NULL,
    planned_reps  INTEGER NOT NULL CHECK (planned_reps >= 0),
    actual_reps   INTEGER NOT NULL CHECK (actual_reps >= 0),
    planned_ms    INTEGER NOT NULL CHECK (planned_ms >= 0),
    actual_ms     INTEGER NOT NULL CHECK (actual_ms >= 0),
    skipped       INTEGER NOT NULL CHECK (skipped IN (0, 1)),
    ended_at      TEXT    NOT NULL
);
CREATE INDEX session_step_session ON session_step (session_id, id);
