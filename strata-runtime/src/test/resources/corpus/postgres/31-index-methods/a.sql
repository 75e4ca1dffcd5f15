CREATE TABLE documents (
    id         bigint PRIMARY KEY,
    title      text NOT NULL,
    body       tsvector,
    attrs      jsonb NOT NULL DEFAULT '{}',
    area       box,
    created_at timestamptz NOT NULL DEFAULT now(),
    checksum   text
);
CREATE INDEX documents_created_at_idx ON documents (created_at);
