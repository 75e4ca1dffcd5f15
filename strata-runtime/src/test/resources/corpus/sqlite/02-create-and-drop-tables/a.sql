CREATE TABLE accounts (
    id    INTEGER PRIMARY KEY,
    email TEXT NOT NULL
);

CREATE TABLE old_sessions (
    token   TEXT PRIMARY KEY,
    expires INTEGER NOT NULL
);
