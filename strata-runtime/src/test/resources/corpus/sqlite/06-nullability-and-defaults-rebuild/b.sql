-- Nullability and defaults can only change by rebuilding the table.
CREATE TABLE profiles (
    id       INTEGER PRIMARY KEY,
    nickname TEXT NOT NULL DEFAULT 'anonymous',
    bio      TEXT,
    theme    TEXT DEFAULT 'it''s dark',
    visits   INTEGER NOT NULL DEFAULT 1
);
