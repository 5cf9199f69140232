-- Items now name several sources (seeds and clinical sources) and may have other names (aliases) that search
-- finds as names. The library tables hold only the built-in pack, so they are rebuilt empty and the pack is
-- installed again on the next start (the fingerprint is forgotten). Nothing of the person's points into them.
DROP TABLE library_search;
DROP TABLE library_link;
DROP TABLE library_item;
DROP TABLE library_source;
DELETE FROM meta WHERE key = 'content_fingerprint';

CREATE TABLE library_source (
    id    TEXT PRIMARY KEY,
    kind  TEXT NOT NULL CHECK (kind IN ('seed', 'clinical')),
    title TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE library_item (
    kind     TEXT    NOT NULL CHECK (kind IN ('cause', 'muscle', 'technique', 'exercise', 'routine')),
    slug     TEXT    NOT NULL CHECK (slug <> ''),
    position INTEGER NOT NULL,
    name     TEXT    NOT NULL CHECK (name <> ''),
    summary  TEXT    NOT NULL,
    body     TEXT    NOT NULL CHECK (json_valid(body)),
    PRIMARY KEY (kind, slug)
) WITHOUT ROWID;

-- Which sources each item draws on, in the order written.
CREATE TABLE library_item_source (
    kind      TEXT    NOT NULL,
    slug      TEXT    NOT NULL,
    source_id TEXT    NOT NULL REFERENCES library_source (id) DEFERRABLE INITIALLY DEFERRED,
    position  INTEGER NOT NULL,
    PRIMARY KEY (kind, slug, source_id),
    FOREIGN KEY (kind, slug) REFERENCES library_item (kind, slug) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
) WITHOUT ROWID;

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

-- Aliases sit in their own column, weighted like the name, so "scapula push-ups" finds the item by name.
CREATE VIRTUAL TABLE library_search USING fts5 (
    name, aliases, summary, body, kind UNINDEXED, slug UNINDEXED,
    tokenize = 'porter unicode61 remove_diacritics 2'
);

-- The safety check is versioned: each check keeps the version of the red-flag list it was answered under, so a
-- later list asks only its new questions. Checks answered before versions existed count as version 1.
ALTER TABLE red_flag_check ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
