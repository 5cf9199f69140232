-- Pictures for the steps that are not exercises (heat, cold, rest), replaced with the rest of the built-in library.
-- An exercise's own figure lives in its body beside its dose.
CREATE TABLE library_figure (
    name TEXT PRIMARY KEY CHECK (name <> ''),
    body TEXT NOT NULL CHECK (json_valid(body))
) WITHOUT ROWID;
