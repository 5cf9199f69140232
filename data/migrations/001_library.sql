-- The built-in library, replaced as a whole whenever the content pack changes.
-- A person's own records never point into these tables with foreign keys: they keep slugs and names.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE library_source (
    file  TEXT PRIMARY KEY,
    title TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE library_item (
    kind     TEXT    NOT NULL CHECK (kind IN ('cause', 'muscle', 'technique', 'exercise', 'routine')),
    slug     TEXT    NOT NULL CHECK (slug <> ''),
    position INTEGER NOT NULL,
    name     TEXT    NOT NULL CHECK (name <> ''),
    summary  TEXT    NOT NULL,
    source   TEXT    NOT NULL REFERENCES library_source (file),
    body     TEXT    NOT NULL CHECK (json_valid(body)),
    PRIMARY KEY (kind, slug)
) WITHOUT ROWID;

-- Every cross-link and routine step; deferred so a whole pack can be inserted in any order.
CREATE TABLE library_link (
    from_kind TEXT    NOT NULL,
    from_slug TEXT    NOT NULL,
    relation  TEXT    NOT NULL CHECK (relation IN ('muscle', 'technique', 'exercise', 'step')),
    to_kind   TEXT    NOT NULL,
    to_slug   TEXT    NOT NULL,
    position  INTEGER NOT NULL,
    FOREIGN KEY (from_kind, from_slug) REFERENCES library_item (kind, slug) ON DELETE CASCADE
        DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (to_kind, to_slug) REFERENCES library_item (kind, slug) ON DELETE CASCADE
        DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX library_link_from ON library_link (from_kind, from_slug);
CREATE INDEX library_link_to ON library_link (to_kind, to_slug);

CREATE TABLE library_safety (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    body TEXT NOT NULL CHECK (json_valid(body))
);

CREATE VIRTUAL TABLE library_search USING fts5 (
    name, summary, body, kind UNINDEXED, slug UNINDEXED,
    tokenize = 'porter unicode61 remove_diacritics 2'
);
