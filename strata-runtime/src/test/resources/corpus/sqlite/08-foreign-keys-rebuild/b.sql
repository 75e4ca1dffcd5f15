-- SQLite cannot add or change a foreign key on an existing table: the table is rebuilt.
CREATE TABLE authors (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL
);

CREATE TABLE books (
    id        INTEGER PRIMARY KEY,
    author_id INTEGER REFERENCES authors (id) ON DELETE RESTRICT ON UPDATE CASCADE,
    editor_id INTEGER REFERENCES authors (id) ON DELETE SET NULL,
    title     TEXT NOT NULL
);
