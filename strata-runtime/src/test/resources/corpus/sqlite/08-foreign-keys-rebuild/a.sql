-- SQLite cannot add or change a foreign key on an existing table: the table is rebuilt.
CREATE TABLE authors (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL
);

CREATE TABLE books (
    id        INTEGER PRIMARY KEY,
    author_id INTEGER,
    editor_id INTEGER REFERENCES authors (id) ON DELETE CASCADE,
    title     TEXT NOT NULL
);
