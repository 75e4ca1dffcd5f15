-- Nullability and defaults can only change by rebuilding the table.
CREATE TABLE profiles (
    id       INTEGER PRIMARY KEY,
    nickname TEXT,
    bio      TEXT NOT NULL,
    theme    TEXT DEFAULT 'light',
    visits   INTEGER NOT NULL DEFAULT 0
);
