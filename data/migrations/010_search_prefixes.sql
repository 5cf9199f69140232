-- The search index keeps lists for the first one and two letters of every word, so the first keystrokes of a search
-- read one list instead of merging the lists of every word they begin. Rebuilt empty here: clearing the library's
-- fingerprint makes the next start install the built-in library again, which indexes it and the person's own items.
DROP TABLE library_search;
CREATE VIRTUAL TABLE library_search USING fts5 (
    name, aliases, summary, body, kind UNINDEXED, slug UNINDEXED,
    tokenize = 'porter unicode61 remove_diacritics 2',
    prefix = '1 2'
);
DELETE FROM meta WHERE key = 'content_fingerprint';
