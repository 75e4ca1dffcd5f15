CREATE TABLE contacts (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL,
    fax     TEXT,
    pager   TEXT DEFAULT 'none',
    email   TEXT
);
CREATE UNIQUE INDEX contacts_email_key ON contacts (email);
