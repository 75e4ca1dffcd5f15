CREATE TABLE tasks (
    id    INTEGER PRIMARY KEY,
    title TEXT NOT NULL
);
