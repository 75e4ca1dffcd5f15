CREATE TABLE contacts (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL
);
