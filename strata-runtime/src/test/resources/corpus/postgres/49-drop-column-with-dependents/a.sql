CREATE TABLE regions (
    code varchar(8) PRIMARY KEY
);

CREATE TABLE stores (
    id          integer PRIMARY KEY,
    name        text NOT NULL,
    region_code varchar(8) REFERENCES regions (code),
    opened_on   date,
    closed_on   date,
    CONSTRAINT stores_dates_check CHECK (closed_on IS NULL OR closed_on > opened_on)
);
CREATE INDEX stores_region_code_idx ON stores (region_code);
CREATE INDEX stores_closed_on_idx ON stores (closed_on) WHERE closed_on IS NOT NULL;
