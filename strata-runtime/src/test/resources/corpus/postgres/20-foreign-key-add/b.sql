CREATE TABLE authors (
    id   integer PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE books (
    id        integer PRIMARY KEY,
    author_id integer REFERENCES authors (id) ON DELETE CASCADE ON UPDATE CASCADE,
    editor_id integer,
    title     text NOT NULL,
    CONSTRAINT books_editor_fk FOREIGN KEY (editor_id) REFERENCES authors ON DELETE SET NULL
);
CREATE INDEX books_author_id_idx ON books (author_id);
