-- Pain ratings and red-flag checks. Like sessions, they keep the names shown at the time and never point into
-- library_* with foreign keys, so a content update cannot orphan or delete them. Times are UTC text
-- 'yyyy-MM-ddTHH:mm:ss.zzzZ', which sorts as text in time order.
CREATE TABLE pain_entry (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT    NOT NULL UNIQUE CHECK (uuid <> ''),
    recorded_at TEXT    NOT NULL,
    rating      INTEGER NOT NULL CHECK (typeof(rating) = 'integer' AND rating BETWEEN 0 AND 10),
    moment      TEXT    NOT NULL CHECK (moment IN ('before', 'after', 'standalone')),
    -- Set to NULL when the session is deleted: the rating stays, with its moment, as a record of the day.
    session_id  INTEGER REFERENCES session (id) ON DELETE SET NULL,
    note        TEXT    NOT NULL DEFAULT '',
    deleted_at  TEXT    -- soft delete, so a delete can be undone; every query skips these rows
);
-- One live rating before and one after each session.
CREATE UNIQUE INDEX pain_entry_session_moment ON pain_entry (session_id, moment)
    WHERE deleted_at IS NULL AND session_id IS NOT NULL;
-- For the foreign key's ON DELETE SET NULL, which also has to find deleted rows.
CREATE INDEX pain_entry_session ON pain_entry (session_id);
CREATE INDEX pain_entry_recorded_at ON pain_entry (recorded_at);

CREATE TABLE pain_site (
    entry_id  INTEGER NOT NULL REFERENCES pain_entry (id) ON DELETE CASCADE,
    site_kind TEXT    NOT NULL CHECK (site_kind IN ('muscle', 'area')),
    site_slug TEXT    NOT NULL CHECK (site_slug <> ''),
    site_name TEXT    NOT NULL,
    worst     INTEGER NOT NULL DEFAULT 0 CHECK (worst IN (0, 1)),
    PRIMARY KEY (entry_id, site_kind, site_slug)
); -- a rowid table: rowid keeps the order the places were chosen in
CREATE UNIQUE INDEX pain_site_one_worst ON pain_site (entry_id) WHERE worst = 1;
-- For the place filter of History.
CREATE INDEX pain_site_slug ON pain_site (site_slug, entry_id);

CREATE TABLE red_flag_check (
    id          INTEGER PRIMARY KEY,
    answered_at TEXT NOT NULL
);
CREATE INDEX red_flag_check_answered_at ON red_flag_check (answered_at);

CREATE TABLE red_flag_answer (
    check_id  INTEGER NOT NULL REFERENCES red_flag_check (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL CHECK (position >= 0), -- the order the questions were shown in
    flag_id   TEXT    NOT NULL CHECK (flag_id <> ''),
    flag_text TEXT    NOT NULL, -- the question as it was shown
    answer    INTEGER NOT NULL CHECK (answer IN (0, 1)),
    PRIMARY KEY (check_id, flag_id)
) WITHOUT ROWID;
