CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE cities (
    id      integer PRIMARY KEY,
    name    text NOT NULL,
    country varchar(2) NOT NULL,
    facts   jsonb
);
CREATE INDEX cities_name_idx ON cities (name);
CREATE INDEX cities_facts_idx ON cities USING gin (facts);
