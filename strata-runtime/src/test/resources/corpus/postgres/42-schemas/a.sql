CREATE SCHEMA staging;

CREATE TABLE staging.raw_events (
    id      bigserial PRIMARY KEY,
    payload jsonb NOT NULL
);

CREATE TABLE customers (
    id   integer PRIMARY KEY,
    name text NOT NULL
);
