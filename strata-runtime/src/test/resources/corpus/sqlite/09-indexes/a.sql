CREATE TABLE people (
    id        INTEGER PRIMARY KEY,
    email     TEXT NOT NULL,
    last_name TEXT NOT NULL,
    city      TEXT,
    deleted   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX people_last_name_idx ON people (last_name);
CREATE INDEX people_city_idx ON people (city);
