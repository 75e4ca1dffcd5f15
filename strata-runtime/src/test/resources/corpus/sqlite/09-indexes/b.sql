CREATE TABLE people (
    id        INTEGER PRIMARY KEY,
    email     TEXT NOT NULL,
    last_name TEXT NOT NULL,
    city      TEXT,
    deleted   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX people_last_name_idx ON people (last_name COLLATE NOCASE DESC, city);
CREATE UNIQUE INDEX people_live_email_key ON people (email) WHERE deleted = 0;
CREATE INDEX people_email_domain_idx ON people (substr(email, instr(email, '@') + 1));
