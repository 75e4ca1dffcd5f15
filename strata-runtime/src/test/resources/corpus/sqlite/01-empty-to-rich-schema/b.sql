-- A notes app as a phone would keep it: every kind of object SQLite has.
CREATE TABLE users (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    email      TEXT NOT NULL COLLATE NOCASE,
    name       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT users_email_key UNIQUE (email),
    CONSTRAINT users_email_check CHECK (email LIKE '%_@_%')
);

CREATE TABLE notebooks (
    id      INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    title   TEXT NOT NULL,
    color   TEXT CHECK (color IN ('red', 'green', 'blue'))
);
CREATE INDEX notebooks_user_id_idx ON notebooks (user_id);

CREATE TABLE notes (
    id          INTEGER PRIMARY KEY,
    notebook_id INTEGER NOT NULL,
    title       TEXT NOT NULL,
    body        TEXT NOT NULL DEFAULT '',
    pinned      INTEGER NOT NULL DEFAULT 0,
    words       INTEGER GENERATED ALWAYS AS (length(body) - length(replace(body, ' ', '')) + 1) VIRTUAL,
    updated_at  REAL NOT NULL DEFAULT (julianday('now')),
    CONSTRAINT notes_notebook_fk FOREIGN KEY (notebook_id) REFERENCES notebooks (id)
        ON DELETE CASCADE ON UPDATE CASCADE DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX notes_pinned_idx ON notes (notebook_id, updated_at DESC) WHERE pinned = 1;
CREATE INDEX notes_title_lower_idx ON notes (lower(title));

CREATE TABLE note_tags (
    note_id INTEGER NOT NULL REFERENCES notes (id) ON DELETE CASCADE,
    tag     TEXT NOT NULL,
    PRIMARY KEY (note_id, tag)
) WITHOUT ROWID;

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value ANY
) STRICT;

CREATE VIEW pinned_notes AS
    SELECT n.id, n.title, b.title AS notebook
    FROM notes n JOIN notebooks b ON b.id = n.notebook_id
    WHERE n.pinned = 1;
