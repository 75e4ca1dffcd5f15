CREATE TABLE tasks (
    id    serial PRIMARY KEY,
    title text NOT NULL
);
