CREATE SCHEMA reporting;

CREATE TABLE customers (
    id   integer PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE reporting.customer_snapshots (
    customer_id integer NOT NULL REFERENCES public.customers (id) ON DELETE CASCADE,
    taken_on    date NOT NULL,
    data        jsonb NOT NULL,
    PRIMARY KEY (customer_id, taken_on)
);
CREATE INDEX customer_snapshots_taken_on_idx ON reporting.customer_snapshots (taken_on);

CREATE VIEW reporting.latest_snapshots AS
    SELECT DISTINCT ON (customer_id) customer_id, taken_on, data
    FROM reporting.customer_snapshots
    ORDER BY customer_id, taken_on DESC;
