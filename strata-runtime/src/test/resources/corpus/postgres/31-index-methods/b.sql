CREATE TABLE documents (
    id         bigint PRIMARY KEY,
    title      text NOT NULL,
    body       tsvector,
    attrs      jsonb NOT NULL DEFAULT '{}',
    area       box,
    created_at timestamptz NOT NULL DEFAULT now(),
    checksum   text
);
CREATE INDEX documents_created_at_idx ON documents USING brin (created_at);
CREATE INDEX documents_body_idx ON documents USING gin (body);
CREATE INDEX documents_attrs_idx ON documents USING gin (attrs);
CREATE INDEX documents_area_idx ON documents USING gist (area);
CREATE INDEX documents_checksum_idx ON documents USING hash (checksum);
