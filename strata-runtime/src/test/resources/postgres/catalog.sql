-- A content catalogue: text search, arrays, ranges, domains over domains, enum arrays, collations,
-- expression and multi-method indexes, a table without a primary key, and partitioned tables.
CREATE TYPE media_kind AS ENUM ('book', 'film', 'record');
CREATE DOMAIN isbn AS char(13) CHECK (VALUE ~ '^[0-9]{13}$');
CREATE DOMAIN strict_isbn AS isbn NOT NULL;

CREATE TABLE items (
    id integer GENERATED ALWAYS AS IDENTITY (INCREMENT BY 2) PRIMARY KEY,
    kind media_kind NOT NULL,
    kinds media_kind[],
    title text NOT NULL,
    sort_title text COLLATE "C" GENERATED ALWAYS AS (lower(title)) STORED,
    isbn strict_isbn,
    released daterange,
    rating real CHECK (rating BETWEEN 0 AND 5),
    price numeric,
    body text,
    attrs jsonb,
    embedding double precision[]
);
CREATE INDEX items_fts ON items USING gin (to_tsvector('english', coalesce(title, '') || ' ' || coalesce(body, '')));
CREATE INDEX items_released ON items USING gist (released);
CREATE INDEX items_attrs_author ON items ((attrs ->> 'author'));
CREATE INDEX items_title_c ON items (title COLLATE "C" DESC);
CREATE UNIQUE INDEX items_isbn ON items (isbn) WHERE isbn IS NOT NULL;

CREATE TABLE audit_log (
    at timestamptz NOT NULL DEFAULT clock_timestamp(),
    actor text DEFAULT current_user,
    action text NOT NULL,
    detail jsonb
);
CREATE INDEX ON audit_log USING brin (at) WITH (pages_per_range = 32);

CREATE TABLE readings (
    sensor int NOT NULL,
    taken date NOT NULL,
    value double precision,
    PRIMARY KEY (sensor, taken)
) PARTITION BY RANGE (taken);
CREATE TABLE readings_2024 PARTITION OF readings FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX ON readings (value);
CREATE TABLE readings_2025 PARTITION OF readings FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE reading_notes (
    sensor int NOT NULL,
    taken date NOT NULL,
    note text,
    FOREIGN KEY (sensor, taken) REFERENCES readings ON DELETE CASCADE
);
