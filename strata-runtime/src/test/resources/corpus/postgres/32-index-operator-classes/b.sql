CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE cities (
    id      integer PRIMARY KEY,
    name    text NOT NULL,
    country varchar(2) NOT NULL,
    facts   jsonb
);
CREATE INDEX cities_name_idx ON cities (name text_pattern_ops);
CREATE INDEX cities_facts_idx ON cities USING gin (facts jsonb_path_ops);
CREATE INDEX cities_name_trgm_idx ON cities USING gin (name gin_trgm_ops);
CREATE INDEX cities_country_name_idx ON cities (country varchar_pattern_ops, name COLLATE "C");
