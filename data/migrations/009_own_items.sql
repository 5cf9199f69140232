-- The person's own exercises and routines: made in the editors or imported. They live with the journal, so a new
-- built-in library (which replaces the library_* tables) never touches them. body is the item in the content pack's
-- JSON form with "own": true; ids never repeat a built-in item's. A deleted item is kept until the next start, so
-- the delete can be undone.
CREATE TABLE own_item (
    kind       TEXT NOT NULL CHECK (kind IN ('exercise', 'routine')),
    slug       TEXT NOT NULL CHECK (slug <> ''),
    name       TEXT NOT NULL CHECK (name <> ''),
    summary    TEXT NOT NULL,
    body       TEXT NOT NULL CHECK (json_valid(body)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    PRIMARY KEY (kind, slug)
) WITHOUT ROWID;
