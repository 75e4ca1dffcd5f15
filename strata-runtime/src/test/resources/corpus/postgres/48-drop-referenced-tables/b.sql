CREATE TABLE venues (
    id   integer PRIMARY KEY,
    name text NOT NULL
);
