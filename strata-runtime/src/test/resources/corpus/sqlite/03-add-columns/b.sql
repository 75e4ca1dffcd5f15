CREATE TABLE tasks (
    id       INTEGER PRIMARY KEY,
    title    TEXT NOT NULL,
    done     INTEGER NOT NULL DEFAULT 0,
    due      TEXT,
    priority INTEGER DEFAULT 2,
    estimate REAL,
    notes    TEXT COLLATE NOCASE
);
