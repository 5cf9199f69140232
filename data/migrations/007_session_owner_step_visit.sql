-- One writer per session. owner names the process that may write a running session (see SessionOwner): it is
-- set when the session begins and taken over only from a process that has ended. NULL for older sessions, which
-- any process may claim.
ALTER TABLE session ADD COLUMN owner TEXT;

-- A step is recorded at most once. visit counts the times a step was left within its session: 1, then 2 after
-- going back to it, and so on. The writer numbers its visits, so a second writer repeating a step is refused
-- here rather than adding a second row. Older rows are numbered in the order they were written.
ALTER TABLE session_step ADD COLUMN visit INTEGER NOT NULL DEFAULT 1 CHECK (visit >= 1);
UPDATE session_step SET visit = (
    SELECT count(*) FROM session_step AS earlier
    WHERE earlier.session_id = session_step.session_id AND earlier.position = session_step.position
      AND earlier.id <= session_step.id);
CREATE UNIQUE INDEX session_step_visit ON session_step (session_id, position, visit);
