CREATE TABLE members (
    id       INTEGER PRIMARY KEY,
    email    TEXT NOT NULL,
    username TEXT NOT NULL UNIQUE,
    team     INTEGER,
    seat     INTEGER
);
