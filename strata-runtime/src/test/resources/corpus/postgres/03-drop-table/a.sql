CREATE TABLE products (
    sku   varchar(40) PRIMARY KEY,
    title text NOT NULL
);

CREATE TABLE legacy_import_rows (
    id       bigserial PRIMARY KEY,
    batch    integer NOT NULL,
    payload  jsonb,
    imported timestamp without time zone DEFAULT LOCALTIMESTAMP
);
CREATE INDEX legacy_import_rows_batch_idx ON legacy_import_rows (batch);
